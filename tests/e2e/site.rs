//! A static file server over the release build in `dist/`, on a free port of
//! 127.0.0.1, gzipping its files as a real server would, with optional
//! stand-in answers for chosen paths; at the root, or in folders as a
//! static host serves copies of a site. It notes every path it could not
//! answer. Hyper serves it, each connection on its own task: a browser's
//! keep-alive connections never hold up a new one (tiny_http's thread pool
//! could leave a new connection queued behind them, and a service worker's
//! precache waited on it for good).

use bytes::Bytes;
use http_body_util::Full;
use hyper::body::Incoming;
use hyper::header::{ACCEPT_ENCODING, CONTENT_ENCODING, CONTENT_TYPE};
use hyper::{Request, Response, StatusCode};
use std::collections::HashMap;
use std::convert::Infallible;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use tokio::sync::oneshot;

/// A stand-in answer: status code and body.
pub type Override = (u16, &'static str);

/// Stand-in answers by path.
type Overrides = Arc<Mutex<HashMap<&'static str, Override>>>;

/// The paths answered 404.
type Misses = Arc<Mutex<Vec<String>>>;

/// An answer, its body whole.
type Answer = Response<Full<Bytes>>;

/// The served release build; stops when dropped, closing every connection.
pub struct Site {
    pub url: String,
    overrides: Overrides,
    misses: Misses,
    stop: Option<oneshot::Sender<()>>,
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
        let listener =
            std::net::TcpListener::bind("127.0.0.1:0").expect("a free port on 127.0.0.1");
        listener
            .set_nonblocking(true)
            .expect("a listener the runtime can poll");
        let url = format!("http://{}/", listener.local_addr().expect("its address"));
        let overrides: Overrides = Arc::new(Mutex::new(overrides));
        let served = Arc::new(Served {
            root,
            folders: folders.to_vec(),
            overrides: overrides.clone(),
            packed: packed(),
            misses: Misses::default(),
        });
        let misses = served.misses.clone();
        let (stop, stopped) = oneshot::channel();
        let worker = std::thread::spawn(move || run(listener, served, stopped));
        Site {
            url,
            overrides,
            misses,
            stop: Some(stop),
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
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(worker) = self.worker.take() {
            let _ = worker.join();
        }
    }
}

/// Serves connections until `stopped`; the runtime's end closes them all,
/// as a server that went away would.
fn run(listener: std::net::TcpListener, served: Arc<Served>, stopped: oneshot::Receiver<()>) {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_io()
        .build()
        .expect("a runtime for the test server");
    runtime.block_on(async move {
        let listener =
            tokio::net::TcpListener::from_std(listener).expect("the listener on the runtime");
        tokio::select! {
            () = accept(listener, served) => {}
            _ = stopped => {}
        }
    });
}

/// Accepts each connection and answers its requests on a task of its own.
async fn accept(listener: tokio::net::TcpListener, served: Arc<Served>) {
    loop {
        let Ok((stream, _)) = listener.accept().await else {
            continue;
        };
        let served = served.clone();
        tokio::spawn(async move {
            let service = hyper::service::service_fn(move |request: Request<Incoming>| {
                let answer = answer(&request, &served);
                async move { Ok::<_, Infallible>(answer) }
            });
            // A failed connection only means the browser went away.
            let _ = hyper::server::conn::http1::Builder::new()
                .serve_connection(hyper_util::rt::TokioIo::new(stream), service)
                .await;
        });
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
type Packed = Arc<Mutex<HashMap<PathBuf, Bytes>>>;

/// The gzipped files, shared by every site the process serves: each file of
/// the build is gzipped once per run, not once per test (a service worker
/// precaching the whole build waited on it).
fn packed() -> Packed {
    static PACKED: std::sync::OnceLock<Packed> = std::sync::OnceLock::new();
    PACKED.get_or_init(Packed::default).clone()
}

/// What the server answers from: the build, the folders it is served in,
/// the stand-in answers, the gzipped files, and the paths it could not
/// answer.
struct Served {
    root: PathBuf,
    folders: Vec<&'static str>,
    overrides: Overrides,
    packed: Packed,
    misses: Misses,
}

/// The answer to `request`: its stand-in, or the file it names in one of
/// the folders served.
fn answer(request: &Request<Incoming>, served: &Served) -> Answer {
    let path = request.uri().path();
    let stand_in = served.overrides.lock().unwrap().get(path).copied();
    let gzip = accepts_gzip(request).then_some(&served.packed);
    let inside = served
        .folders
        .iter()
        .find_map(|folder| path.strip_prefix(folder.trim_end_matches('/')));
    let response = match (stand_in, inside) {
        (Some((status, body)), _) => reply(
            status,
            Bytes::from_static(body.as_bytes()),
            content_type(&served_file(path)),
        ),
        (None, Some(inside)) => file_response(&served.root, inside, gzip),
        (None, None) => not_found(),
    };
    if response.status() == StatusCode::NOT_FOUND {
        served.misses.lock().unwrap().push(path.to_string());
    }
    response
}

/// Whether the browser takes gzipped answers (as a real server would give
/// them, so transfer sizes and Lighthouse see what a fan downloads).
fn accepts_gzip(request: &Request<Incoming>) -> bool {
    request
        .headers()
        .get_all(ACCEPT_ENCODING)
        .iter()
        .any(|value| value.to_str().is_ok_and(|value| value.contains("gzip")))
}

/// An answer with `status`, `body` and its type.
fn reply(status: u16, body: Bytes, kind: &'static str) -> Answer {
    Response::builder()
        .status(status)
        .header(CONTENT_TYPE, kind)
        .body(Full::new(body))
        .expect("a valid answer")
}

fn not_found() -> Answer {
    reply(404, Bytes::from_static(b"not found"), "text/plain")
}

/// `bytes` gzipped at the best compression.
pub fn gzipped(bytes: &[u8]) -> Vec<u8> {
    use std::io::Write;
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(bytes).expect("gzip into memory");
    encoder.finish().expect("gzip into memory")
}

/// The file at `path`, gzipped through the `packed` cache when given.
fn file_response(root: &Path, path: &str, packed: Option<&Packed>) -> Answer {
    let relative = served_file(path);
    let file: PathBuf = root.join(&relative);
    let inside = !relative
        .components()
        .any(|part| part == std::path::Component::ParentDir);
    let bytes = match std::fs::read(&file) {
        Ok(bytes) if inside => bytes,
        _ => return not_found(),
    };
    let Some(packed) = packed else {
        return reply(200, Bytes::from(bytes), content_type(&file));
    };
    let known = packed.lock().unwrap().get(&file).cloned();
    let body = known.unwrap_or_else(|| {
        let body = Bytes::from(gzipped(&bytes));
        packed.lock().unwrap().insert(file.clone(), body.clone());
        body
    });
    let mut response = reply(200, body, content_type(&file));
    response
        .headers_mut()
        .insert(CONTENT_ENCODING, "gzip".parse().expect("a valid header"));
    response
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
