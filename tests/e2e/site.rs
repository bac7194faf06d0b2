//! A static file server over the release build in `dist/`, on a free port of
//! 127.0.0.1, gzipping its files as a real server would, with optional
//! stand-in answers for chosen paths; at the root, or in folders as a
//! static host serves copies of a site. It notes every path it could not
//! answer.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use tiny_http::{Header, Response, Server};

/// A stand-in answer: status code and body.
pub type Override = (u16, &'static str);

/// Stand-in answers by path.
type Overrides = Arc<Mutex<HashMap<&'static str, Override>>>;

/// The paths answered 404.
type Misses = Arc<Mutex<Vec<String>>>;

/// The served release build; stops when dropped.
pub struct Site {
    pub url: String,
    overrides: Overrides,
    misses: Misses,
    server: Arc<Server>,
    worker: Option<JoinHandle<()>>,
}

impl Site {
    /// Serves `dist/` as built by `cargo xtask test` (`trunk build --release`).
    pub fn serve(overrides: HashMap<&'static str, Override>) -> Site {
        Site::serve_at(overrides, &["/"])
    }

    /// Serves a copy of `dist/` in each of `folders` (`/crewbuilder/`), and
    /// nothing at the root.
    pub fn serve_in(folders: &[&'static str]) -> Site {
        Site::serve_at(HashMap::new(), folders)
    }

    fn serve_at(overrides: HashMap<&'static str, Override>, folders: &[&'static str]) -> Site {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("dist");
        assert!(
            root.join("index.html").is_file(),
            "no release build in {}: run `cargo xtask test`, which builds it first",
            root.display()
        );
        let server = Arc::new(Server::http("127.0.0.1:0").expect("a free port on 127.0.0.1"));
        let url = format!("http://{}/", server.server_addr());
        let overrides: Overrides = Arc::new(Mutex::new(overrides));
        // Each file is gzipped once: the site answers like a server that
        // keeps its files compressed, and it answers requests side by side,
        // as a browser expects of a real server.
        let served = Arc::new(Served {
            root,
            folders: folders.to_vec(),
            packed: packed(),
            misses: Misses::default(),
        });
        let misses = served.misses.clone();
        let worker = std::thread::spawn({
            let server = server.clone();
            let overrides = overrides.clone();
            move || {
                for request in server.incoming_requests() {
                    let stand_in = overrides.lock().unwrap().get(path_of(&request)).copied();
                    let served = served.clone();
                    std::thread::spawn(move || answer(request, stand_in, &served));
                }
            }
        });
        Site {
            url,
            overrides,
            misses,
            server,
            worker: Some(worker),
        }
    }

    /// The reply to a plain `GET path` as the server sends it (headers
    /// and body), before any script runs.
    pub fn raw(&self, path: &str) -> String {
        use std::io::{Read, Write};
        let address = self.url.trim_start_matches("http://").trim_end_matches('/');
        let mut stream = std::net::TcpStream::connect(address).expect("the test server");
        write!(stream, "GET {path} HTTP/1.0\r\nHost: {address}\r\n\r\n").unwrap();
        let mut reply = String::new();
        stream.read_to_string(&mut reply).unwrap();
        reply
    }

    /// The paths answered 404 so far.
    pub fn not_found(&self) -> Vec<String> {
        self.misses.lock().unwrap().clone()
    }

    /// From now on, answers `path` with `reply`.
    pub fn answer(&self, path: &'static str, reply: Override) {
        self.overrides.lock().unwrap().insert(path, reply);
    }

    /// From now on, answers `path` with its file again.
    pub fn stop_answering(&self, path: &'static str) {
        self.overrides.lock().unwrap().remove(path);
    }
}

impl Drop for Site {
    fn drop(&mut self) {
        self.server.unblock();
        if let Some(worker) = self.worker.take() {
            let _ = worker.join();
        }
    }
}

/// The file a path names: a folder's is its `index.html`.
fn served_file(path: &str) -> PathBuf {
    let relative = path.trim_start_matches('/');
    if relative.is_empty() || relative.ends_with('/') {
        PathBuf::from(relative).join("index.html")
    } else {
        PathBuf::from(relative)
    }
}

/// Gzipped files by path.
type Packed = Arc<Mutex<HashMap<PathBuf, Vec<u8>>>>;

/// The gzipped files, shared by every site the process serves: each file of
/// the build is gzipped once per run, not once per test (a service worker
/// precaching the whole build waited on it).
fn packed() -> Packed {
    static PACKED: std::sync::OnceLock<Packed> = std::sync::OnceLock::new();
    PACKED.get_or_init(Packed::default).clone()
}

/// The path a request asks for, without its query or fragment.
fn path_of(request: &tiny_http::Request) -> &str {
    request.url().split(['?', '#']).next().unwrap_or("/")
}

/// What the server answers from: the build, the folders it is served in,
/// the gzipped files, and the paths it could not answer.
struct Served {
    root: PathBuf,
    folders: Vec<&'static str>,
    packed: Packed,
    misses: Misses,
}

/// Answers `request` with its stand-in, or with the file it names in one
/// of the folders served.
fn answer(request: tiny_http::Request, stand_in: Option<Override>, served: &Served) {
    let path = path_of(&request).to_string();
    let gzip = accepts_gzip(&request).then_some(&served.packed);
    let inside = served
        .folders
        .iter()
        .find_map(|folder| path.strip_prefix(folder.trim_end_matches('/')));
    let response = match (stand_in, inside) {
        (Some((status, body)), _) => Response::from_string(body)
            .with_status_code(status)
            .with_header(type_header(&served_file(&path))),
        (None, Some(inside)) => file_response(&served.root, inside, gzip),
        (None, None) => Response::from_string("not found").with_status_code(404),
    };
    if response.status_code().0 == 404 {
        served.misses.lock().unwrap().push(path);
    }
    // A failed reply only means the browser went away.
    let _ = request.respond(response);
}

/// Whether the browser takes gzipped answers (as a real server would give
/// them, so transfer sizes and Lighthouse see what a fan downloads).
fn accepts_gzip(request: &tiny_http::Request) -> bool {
    request.headers().iter().any(|header| {
        header.field.equiv("Accept-Encoding") && header.value.as_str().contains("gzip")
    })
}

/// `bytes` gzipped at the best compression.
pub fn gzipped(bytes: &[u8]) -> Vec<u8> {
    use std::io::Write;
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(bytes).expect("gzip into memory");
    encoder.finish().expect("gzip into memory")
}

/// The file at `path`, gzipped through the `packed` cache when given.
fn file_response(
    root: &Path,
    path: &str,
    packed: Option<&Packed>,
) -> Response<std::io::Cursor<Vec<u8>>> {
    let relative = served_file(path);
    let file: PathBuf = root.join(&relative);
    let inside = !relative
        .components()
        .any(|part| part == std::path::Component::ParentDir);
    let bytes = match std::fs::read(&file) {
        Ok(bytes) if inside => bytes,
        _ => return Response::from_string("not found").with_status_code(404),
    };
    let response = match packed {
        Some(packed) => {
            let known = packed.lock().unwrap().get(&file).cloned();
            // Gzipped outside the lock: other files are served meanwhile.
            let body = known.unwrap_or_else(|| {
                let body = gzipped(&bytes);
                packed.lock().unwrap().insert(file.clone(), body.clone());
                body
            });
            Response::from_data(body).with_header(
                Header::from_bytes("Content-Encoding", "gzip").expect("a valid header"),
            )
        }
        None => Response::from_data(bytes),
    };
    response.with_header(type_header(&file))
}

fn type_header(file: &Path) -> Header {
    Header::from_bytes("Content-Type", content_type(file)).expect("a valid header")
}

fn content_type(file: &Path) -> &'static str {
    match file.extension().and_then(|ext| ext.to_str()) {
        Some("html") => "text/html; charset=utf-8",
        Some("js") => "text/javascript",
        Some("wasm") => "application/wasm",
        Some("css") => "text/css",
        Some("json") => "application/json",
        Some("png") => "image/png",
        Some("svg") => "image/svg+xml",
        Some("webmanifest") => "application/manifest+json",
        _ => "application/octet-stream",
    }
}
