//! A headless Chromium driven through the system's ChromeDriver, one fresh
//! profile per test.

use fantoccini::actions::{InputSource, KeyAction, KeyActions};
use fantoccini::elements::Element;
use fantoccini::{Client, ClientBuilder, Locator};
use hyper_util::client::legacy::connect::HttpConnector;
use serde_json::{Value, json};
use std::net::{TcpListener, TcpStream};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// ChromeDriver's own commands (DevTools, logs), beside WebDriver's.
#[path = "driver_commands.rs"]
mod driver_commands;
use driver_commands::{DevTools, DriverLog};

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

/// A browser session and the ChromeDriver behind it (stopped on drop,
/// with the temporary folder they used).
pub struct Browser {
    pub client: Client,
    driver: Child,
    scratch: PathBuf,
}

/// Records every `securitypolicyviolation` of a page, before its own scripts
/// run (DevTools' scripts are not subject to the page's policy).
const RECORD_VIOLATIONS: &str = "window.cspViolations = []; \
    document.addEventListener('securitypolicyviolation', event => window.cspViolations.push( \
        `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}`));";

impl Browser {
    /// Starts ChromeDriver and a headless Chromium with a fresh profile.
    pub async fn open(viewport: Viewport) -> Browser {
        Browser::open_with(viewport, json!({})).await
    }

    /// Likewise, with Chrome preferences set in the profile (for instance
    /// `profile.managed_default_content_settings.javascript: 2`, no JavaScript).
    pub async fn open_with(viewport: Viewport, prefs: Value) -> Browser {
        Browser::launch(viewport, prefs, false).await
    }

    /// A browser that records Chrome's trace of what each frame did
    /// (`devtools.timeline`), read with [`Browser::trace`]. For the browser
    /// benchmark, which shares this harness.
    #[allow(dead_code)]
    pub async fn open_traced(viewport: Viewport) -> Browser {
        Browser::launch(viewport, json!({}), true).await
    }

    async fn launch(viewport: Viewport, prefs: Value, traced: bool) -> Browser {
        let chromedriver =
            std::env::var_os("CHROMEDRIVER").unwrap_or_else(|| "/usr/bin/chromedriver".into());
        let port = TcpListener::bind("127.0.0.1:0")
            .and_then(|listener| listener.local_addr())
            .expect("a free port")
            .port();
        // ChromeDriver's profile and Chromium's lock socket go in a folder
        // of their own, removed with the browser (Chromium leaves its socket
        // folder behind when it is stopped).
        let scratch = std::env::temp_dir().join(format!("crewbuilder-e2e-{port}"));
        std::fs::create_dir_all(&scratch).expect("a temporary folder for the browser");
        let driver = Command::new(&chromedriver)
            .arg(format!("--port={port}"))
            .env("TMPDIR", &scratch)
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
        let mut logging = json!({ "browser": "ALL" });
        if traced {
            options["perfLoggingPrefs"] = json!({ "traceCategories": "devtools.timeline" });
            logging["performance"] = json!("ALL");
        }
        let capabilities = json!({
            "goog:chromeOptions": options,
            "goog:loggingPrefs": logging,
        });
        let Value::Object(capabilities) = capabilities else {
            unreachable!()
        };
        let client = ClientBuilder::new(HttpConnector::new())
            .capabilities(capabilities)
            .connect(&format!("http://127.0.0.1:{port}"))
            .await
            .expect("a ChromeDriver session");
        let browser = Browser {
            client,
            driver,
            scratch,
        };
        browser.before_every_page(RECORD_VIOLATIONS).await;
        browser
    }

    /// Ends the session; the driver stops when the browser is dropped.
    /// Fails the test if the page open last broke its own
    /// Content-Security-Policy (every test's session runs under it).
    pub async fn close(self) {
        let violations = self
            .client
            .execute("return window.cspViolations || []", vec![])
            .await
            .unwrap_or_else(|_| json!([]));
        let _ = self.client.clone().close().await;
        assert_eq!(violations, json!([]), "Content-Security-Policy violations");
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
        let log = self.log("browser").await;
        log.as_array()
            .into_iter()
            .flatten()
            .filter(|entry| entry["level"] == "SEVERE")
            .map(|entry| entry["message"].as_str().unwrap_or_default().to_string())
            .collect()
    }

    /// The trace events recorded since the last call (a browser from
    /// [`Browser::open_traced`]): each event's `name` and `dur` (µs), …
    #[allow(dead_code)]
    pub async fn trace(&self) -> Vec<Value> {
        let log = self.log("performance").await;
        log.as_array()
            .into_iter()
            .flatten()
            .filter_map(|entry| entry["message"].as_str())
            .filter_map(|message| serde_json::from_str::<Value>(message).ok())
            .filter(|message| message["message"]["method"] == "Tracing.dataCollected")
            .map(|message| message["message"]["params"].clone())
            .collect()
    }

    /// Sends a DevTools protocol command to the page's tab (through
    /// ChromeDriver) and returns its result.
    pub async fn devtools(&self, command: &'static str, params: Value) -> Value {
        self.client
            .issue_cmd(DevTools(command, params))
            .await
            .unwrap_or_else(|error| panic!("DevTools {command}: {error}"))
    }

    /// From now on the tab loads and runs like a mid-range phone on slow
    /// 4G: 150 ms round trips, 1.6 Mbit/s down, the CPU four times slower
    /// (the DevTools protocol's own throttling, not a simulation).
    pub async fn throttle_like_a_phone(&self) {
        self.devtools("Network.enable", json!({})).await;
        self.devtools(
            "Network.emulateNetworkConditions",
            json!({ "offline": false, "latency": 150, "downloadThroughput": 200_000, "uploadThroughput": 93_750 }),
        )
        .await;
        self.devtools("Emulation.setCPUThrottlingRate", json!({ "rate": 4 }))
            .await;
    }

    /// Runs `script` in every page the tab loads from now on, before the
    /// page's own scripts.
    pub async fn before_every_page(&self, script: &str) {
        self.devtools(
            "Page.addScriptToEvaluateOnNewDocument",
            json!({ "source": script }),
        )
        .await;
    }

    /// The entries of one of ChromeDriver's logs (`browser`, `performance`).
    async fn log(&self, kind: &'static str) -> Value {
        self.client
            .issue_cmd(DriverLog(kind))
            .await
            .unwrap_or_else(|error| panic!("the {kind} log: {error}"))
    }

    /// Presses `keys` together as the keyboard would (WebDriver actions, so
    /// the browser counts the input as trusted): down in order, up in
    /// reverse. Special keys are `char::from(Key::Tab)` and so on.
    pub async fn press(&self, keys: &[char]) {
        let downs = keys.iter().map(|&value| KeyAction::Down { value });
        let ups = keys.iter().rev().map(|&value| KeyAction::Up { value });
        let actions = downs
            .chain(ups)
            .fold(KeyActions::new("keyboard".to_string()), InputSource::then);
        self.client
            .perform_actions(actions)
            .await
            .unwrap_or_else(|error| panic!("cannot press {keys:?}: {error}"));
    }

    /// What axe-core finds wrong in the page as it is now: one line per rule
    /// broken, with the elements concerned. Every rule of axe's default set
    /// runs, plus "label-content-name-mismatch" (WCAG 2.5.3) and
    /// "target-size" (WCAG 2.5.8).
    pub async fn axe_violations(&self) -> Vec<String> {
        let axe = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("tools/node_modules/axe-core/axe.min.js");
        let source = std::fs::read_to_string(&axe).unwrap_or_else(|error| {
            panic!(
                "no axe-core at {} ({error}): run `cargo xtask test`",
                axe.display()
            )
        });
        self.client
            .execute(
                &format!("if (!window.axe) {{ {source} }} return true"),
                vec![],
            )
            .await
            .expect("axe-core injected");
        let script = r#"
            const done = arguments[arguments.length - 1];
            axe.run(document, { rules: {
                "label-content-name-mismatch": { enabled: true },
                "target-size": { enabled: true },
            } }).then(
                result => done(result.violations.map(v =>
                    `${v.id} (${v.impact}): ${v.help}: ${v.nodes.map(n => n.target.join(" ")).join(", ")}`)),
                error => done([`axe failed: ${error}`]),
            );
        "#;
        let found = self
            .client
            .execute_async(script, vec![])
            .await
            .expect("axe-core's run");
        serde_json::from_value(found).expect("a list of violations")
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
        let _ = std::fs::remove_dir_all(&self.scratch);
    }
}
