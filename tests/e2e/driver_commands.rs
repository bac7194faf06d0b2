//! ChromeDriver's commands beyond WebDriver: a DevTools protocol command,
//! and one of its logs.

use fantoccini::wd::WebDriverCompatibleCommand;
use serde_json::{Value, json};

/// ChromeDriver's command that runs a DevTools protocol command.
#[derive(Debug)]
pub struct DevTools(pub &'static str, pub Value);

impl WebDriverCompatibleCommand for DevTools {
    fn endpoint(
        &self,
        base: &url::Url,
        session: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base.join(&format!(
            "session/{}/goog/cdp/execute",
            session.unwrap_or_default()
        ))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        let body = json!({ "cmd": self.0, "params": self.1 });
        (http::Method::POST, Some(body.to_string()))
    }
}

/// ChromeDriver's command for one of its logs.
#[derive(Debug)]
pub struct DriverLog(pub &'static str);

impl WebDriverCompatibleCommand for DriverLog {
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
            Some(json!({ "type": self.0 }).to_string()),
        )
    }
}
