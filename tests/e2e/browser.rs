//! A headless Chromium driven through the system's ChromeDriver, one fresh
//! profile per test.

use fantoccini::elements::Element;
use fantoccini::wd::WebDriverCompatibleCommand;
use fantoccini::{Client, ClientBuilder, Locator};
use hyper_util::client::legacy::connect::HttpConnector;
use serde_json::{Value, json};
use std::net::{TcpListener, TcpStream};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const PATIENCE: Duration = Duration::from_secs(15);

/// The size of the page the browser shows.
#[derive(Clone, Copy, Debug)]
pub enum Viewport {
    /// A desktop window of this many CSS pixels.
    Desktop(u32, u32),
    /// A phone of this many CSS pixels, emulated by ChromeDriver (a headless
    /// window cannot be narrower than about 500 px).
    Phone(u32, u32),
}

/// A browser session and the ChromeDriver behind it (stopped on drop).
pub struct Browser {
    pub client: Client,
    driver: Child,
}

impl Browser {
    /// Starts ChromeDriver and a headless Chromium with a fresh profile.
    pub async fn open(viewport: Viewport) -> Browser {
        Browser::open_with(viewport, json!({})).await
    }

    /// Likewise, with Chrome preferences set in the profile (for instance
    /// `profile.managed_default_content_settings.javascript: 2`, no JavaScript).
    pub async fn open_with(viewport: Viewport, prefs: Value) -> Browser {
        let chromedriver =
            std::env::var_os("CHROMEDRIVER").unwrap_or_else(|| "/usr/bin/chromedriver".into());
        let port = TcpListener::bind("127.0.0.1:0")
            .and_then(|listener| listener.local_addr())
            .expect("a free port")
            .port();
        let driver = Command::new(&chromedriver)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|error| {
                panic!(
                    "cannot start {}: {error}",
                    PathBuf::from(&chromedriver).display()
                )
            });
        let started = Instant::now();
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(started.elapsed() < PATIENCE, "ChromeDriver did not start");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        let mut options = json!({
            "args": [
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync",
            ]
        });
        match viewport {
            Viewport::Desktop(width, height) => {
                options["args"]
                    .as_array_mut()
                    .unwrap()
                    .push(json!(format!("--window-size={width},{height}")));
            }
            Viewport::Phone(width, height) => {
                options["mobileEmulation"] = json!({
                    "deviceMetrics": { "width": width, "height": height, "pixelRatio": 2.0, "touch": true }
                });
            }
        }
        options["prefs"] = prefs;
        if let Some(chrome) = std::env::var_os("CHROME") {
            options["binary"] = json!(chrome.to_string_lossy());
        }
        let capabilities = json!({
            "goog:chromeOptions": options,
            "goog:loggingPrefs": { "browser": "ALL" },
        });
        let Value::Object(capabilities) = capabilities else {
            unreachable!()
        };
        let client = ClientBuilder::new(HttpConnector::new())
            .capabilities(capabilities)
            .connect(&format!("http://127.0.0.1:{port}"))
            .await
            .expect("a ChromeDriver session");
        Browser { client, driver }
    }

    /// Ends the session; the driver stops when the browser is dropped.
    pub async fn close(self) {
        let _ = self.client.clone().close().await;
    }

    /// Runs a script and returns its value.
    pub async fn eval(&self, script: &str) -> Value {
        self.client
            .execute(script, vec![])
            .await
            .unwrap_or_else(|error| panic!("script failed: {script}: {error}"))
    }

    /// Waits until `script` returns `true`, or fails the test naming `what`.
    pub async fn wait_until(&self, what: &str, script: &str) {
        let started = Instant::now();
        while self.eval(script).await != Value::Bool(true) {
            assert!(started.elapsed() < PATIENCE, "timed out waiting for {what}");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Waits until exactly `count` elements match `selector`.
    pub async fn wait_for_count(&self, what: &str, selector: &str, count: usize) {
        let script = format!("return document.querySelectorAll({selector:?}).length === {count}");
        self.wait_until(what, &script).await;
    }

    /// The first element matching a CSS selector.
    pub async fn find(&self, selector: &str) -> Element {
        self.client
            .find(Locator::Css(selector))
            .await
            .unwrap_or_else(|error| panic!("no {selector}: {error}"))
    }

    /// Clicks the first element matching a CSS selector, scrolled to the
    /// middle of the window first (clear of the sticky filter bar).
    pub async fn click(&self, selector: &str) {
        let element = self.find(selector).await;
        let argument = serde_json::to_value(&element).expect("an element as an argument");
        self.client
            .execute(
                "arguments[0].scrollIntoView({ block: 'center' })",
                vec![argument],
            )
            .await
            .unwrap_or_else(|error| panic!("cannot scroll to {selector}: {error}"));
        element
            .click()
            .await
            .unwrap_or_else(|error| panic!("cannot click {selector}: {error}"));
    }

    /// Clicks the button whose text is `text`.
    pub async fn click_button(&self, text: &str) {
        let button = self
            .client
            .find(Locator::XPath(&format!("//button[.='{text}']")))
            .await
            .unwrap_or_else(|error| panic!("no button {text:?}: {error}"));
        button.click().await.unwrap();
    }

    /// Types `text` into the first element matching a CSS selector.
    pub async fn type_into(&self, selector: &str, text: &str) {
        self.find(selector)
            .await
            .send_keys(text)
            .await
            .unwrap_or_else(|error| panic!("cannot type into {selector}: {error}"));
    }

    /// Chooses `value` in the select matching a CSS selector.
    pub async fn choose(&self, selector: &str, value: &str) {
        self.find(selector)
            .await
            .select_by_value(value)
            .await
            .unwrap_or_else(|error| panic!("cannot choose {value} in {selector}: {error}"));
    }

    /// The text of the first element matching a CSS selector.
    pub async fn text(&self, selector: &str) -> String {
        self.find(selector)
            .await
            .text()
            .await
            .expect("the element's text")
    }

    /// How many elements match a CSS selector.
    pub async fn count(&self, selector: &str) -> usize {
        self.client
            .find_all(Locator::Css(selector))
            .await
            .expect("a valid selector")
            .len()
    }

    /// The browser console's messages at error level so far.
    pub async fn console_errors(&self) -> Vec<String> {
        let log = self
            .client
            .issue_cmd(BrowserLog)
            .await
            .expect("the browser log");
        log.as_array()
            .into_iter()
            .flatten()
            .filter(|entry| entry["level"] == "SEVERE")
            .map(|entry| entry["message"].as_str().unwrap_or_default().to_string())
            .collect()
    }

    /// Saves a screenshot as `target/screenshots/{name}.png`.
    pub async fn screenshot(&self, name: &str) {
        let folder = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/screenshots");
        std::fs::create_dir_all(&folder).expect("a screenshot folder");
        let png = self.client.screenshot().await.expect("a screenshot");
        std::fs::write(folder.join(format!("{name}.png")), png).expect("the screenshot saved");
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

/// ChromeDriver's command for the browser console log.
#[derive(Debug)]
struct BrowserLog;

impl WebDriverCompatibleCommand for BrowserLog {
    fn endpoint(
        &self,
        base: &url::Url,
        session: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base.join(&format!("session/{}/se/log", session.unwrap_or_default()))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        (
            http::Method::POST,
            Some(json!({ "type": "browser" }).to_string()),
        )
    }
}
