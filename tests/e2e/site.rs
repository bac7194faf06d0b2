//! A static file server over the release build in `dist/`, on a free port of
//! 127.0.0.1, with optional stand-in answers for chosen paths.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::thread::JoinHandle;
use tiny_http::{Header, Response, Server};

/// A stand-in answer: status code and body.
pub type Override = (u16, &'static str);

/// The served release build; stops when dropped.
pub struct Site {
    pub url: String,
    server: Arc<Server>,
    worker: Option<JoinHandle<()>>,
}

impl Site {
    /// Serves `dist/` as built by `cargo xtask test` (`trunk build --release`).
    pub fn serve(overrides: HashMap<&'static str, Override>) -> Site {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("dist");
        assert!(
            root.join("index.html").is_file(),
            "no release build in {}: run `cargo xtask test`, which builds it first",
            root.display()
        );
        let server = Arc::new(Server::http("127.0.0.1:0").expect("a free port on 127.0.0.1"));
        let url = format!("http://{}/", server.server_addr());
        let worker = std::thread::spawn({
            let server = server.clone();
            move || {
                for request in server.incoming_requests() {
                    let path = request
                        .url()
                        .split(['?', '#'])
                        .next()
                        .unwrap_or("/")
                        .to_string();
                    // A failed reply only means the browser went away.
                    let _ = match overrides.get(path.as_str()) {
                        Some(&(status, body)) => request.respond(
                            Response::from_string(body)
                                .with_status_code(status)
                                .with_header(type_header(Path::new(&path))),
                        ),
                        None => request.respond(file_response(&root, &path)),
                    };
                }
            }
        });
        Site {
            url,
            server,
            worker: Some(worker),
        }
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

fn file_response(root: &Path, path: &str) -> Response<std::io::Cursor<Vec<u8>>> {
    let relative = match path.trim_start_matches('/') {
        "" => "index.html",
        other => other,
    };
    let file: PathBuf = root.join(relative);
    let inside = !relative.split('/').any(|part| part == "..");
    match std::fs::read(&file) {
        Ok(bytes) if inside => Response::from_data(bytes).with_header(type_header(&file)),
        _ => Response::from_string("not found").with_status_code(404),
    }
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
