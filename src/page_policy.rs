//! The Content-Security-Policy a prerendered page carries (a `<meta
//! http-equiv>`, since a static host may not set headers): only the site's
//! own code runs, and its inline scripts by their SHA-256 hashes, computed
//! from the final page. A page whose inline script no longer matches its
//! policy is a build failure, not a broken page.

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use sha2::{Digest, Sha256};

/// Where the policy goes: right after the page's charset, before any script.
const CHARSET: &str = r#"<meta charset="utf-8" />"#;
/// How the policy's `<meta>` begins.
const POLICY_META: &str = r#"<meta http-equiv="Content-Security-Policy" content=""#;

/// What is wrong with a page's policy.
#[derive(Debug, PartialEq, Eq)]
pub enum PolicyError {
    /// The page has no `<meta charset="utf-8" />` to put the policy after.
    NoCharset,
    /// The page has no policy, or more than one.
    Policies(usize),
    /// An inline script whose hash the policy lacks (its first characters).
    Unhashed(String),
    /// A `<script>` that is never closed.
    Unclosed,
}

impl std::fmt::Display for PolicyError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PolicyError::NoCharset => {
                write!(f, "the page has no {CHARSET} to put its policy after")
            }
            PolicyError::Policies(count) => {
                write!(
                    f,
                    "the page has {count} Content-Security-Policy tags, not one"
                )
            }
            PolicyError::Unhashed(start) => write!(
                f,
                "an inline script's hash is not in the page's policy (it begins {start:?}): \
                 the page was changed after its policy was written"
            ),
            PolicyError::Unclosed => write!(f, "a <script> is never closed"),
        }
    }
}

/// The inline scripts of `page` that run (not its data blocks: a script of
/// a type that is not JavaScript), as
/// their exact text between `<script …>` and `</script>`.
pub fn inline_scripts(page: &str) -> Result<Vec<&str>, PolicyError> {
    let mut scripts = Vec::new();
    let mut rest = page;
    while let Some(open) = rest.find("<script") {
        let tag_end = rest[open..].find('>').ok_or(PolicyError::Unclosed)? + open;
        let tag = &rest[open..tag_end];
        let close = rest[tag_end..]
            .find("</script>")
            .ok_or(PolicyError::Unclosed)?
            + tag_end;
        let data = tag.contains("type=\"text/plain\"");
        if !data && !tag.contains(" src=") {
            scripts.push(&rest[tag_end + 1..close]);
        }
        rest = &rest[close..];
    }
    Ok(scripts)
}

/// The CSP source of `script`: `'sha256-…'`.
fn hash_source(script: &str) -> String {
    format!(
        "'sha256-{}'",
        STANDARD.encode(Sha256::digest(script.as_bytes()))
    )
}

/// The policy for a page whose inline scripts are `scripts`.
fn policy(scripts: &[&str]) -> String {
    let hashes: Vec<String> = scripts.iter().map(|script| hash_source(script)).collect();
    [
        "default-src 'self'".to_string(),
        format!("script-src 'self' 'wasm-unsafe-eval' {}", hashes.join(" ")),
        "style-src 'self'".to_string(),
        "img-src 'self' data: blob:".to_string(),
        "connect-src 'self'".to_string(),
        "object-src 'none'".to_string(),
        "base-uri 'none'".to_string(),
        "form-action 'none'".to_string(),
    ]
    .join("; ")
}

/// `page` with its policy, written for its final inline scripts.
pub fn with_policy(page: &str) -> Result<String, PolicyError> {
    let at = page.find(CHARSET).ok_or(PolicyError::NoCharset)? + CHARSET.len();
    let meta = format!("\n    {POLICY_META}{}\" />", policy(&inline_scripts(page)?));
    let mut out = page.to_string();
    out.insert_str(at, &meta);
    Ok(out)
}

/// Checks that `page` has one policy and that it names the hash of every
/// inline script the page runs.
pub fn check_policy(page: &str) -> Result<(), PolicyError> {
    let count = page.matches(POLICY_META).count();
    if count != 1 {
        return Err(PolicyError::Policies(count));
    }
    let start = page.find(POLICY_META).unwrap_or_default() + POLICY_META.len();
    let policy = &page[start..start + page[start..].find('"').unwrap_or_default()];
    match inline_scripts(page)?
        .into_iter()
        .find(|script| !policy.contains(&hash_source(script)))
    {
        Some(script) => Err(PolicyError::Unhashed(
            script.trim().chars().take(40).collect(),
        )),
        None => Ok(()),
    }
}
