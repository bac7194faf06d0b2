//! The prerendered pages' Content-Security-Policy: written from each page's
//! final inline scripts (hashes checked against values computed outside
//! Rust), and a page changed after its policy was written is refused.
#![cfg(not(target_arch = "wasm32"))]

use crewbuilder::page_policy::{PolicyError, check_policy, inline_scripts, with_policy};

/// A page shaped like the shell: a charset, two inline scripts, the
/// season's JSON block and an external script.
const PAGE: &str = r#"<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <script>alert(1)</script>
    <script type="text/plain" id="season-data">crewbuilder-page 1</script>
    <script src="pkg/app.js"></script>
  </head>
  <body><script type="module">console.log("early")</script></body>
</html>"#;

#[test]
fn the_policy_names_each_inline_script_by_its_sha256_and_nothing_else_runs() {
    let page = with_policy(PAGE).unwrap();
    let meta = page
        .lines()
        .find(|line| line.contains("Content-Security-Policy"))
        .unwrap();
    // `printf 'alert(1)' | openssl dgst -sha256 -binary | base64`, likewise.
    for hash in [
        "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='",
        "'sha256-/DILrtfoqFtQT9xo3cqy77PbiwyNDTFXedzwwGMFkGI='",
    ] {
        assert!(meta.contains(hash), "{meta}");
    }
    for directive in [
        "default-src 'self'",
        "script-src 'self' 'wasm-unsafe-eval' 'sha256-",
        "style-src 'self';",
        "img-src 'self' data: blob:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'none'",
    ] {
        assert!(meta.contains(directive), "{directive} missing: {meta}");
    }
    assert!(!meta.contains("unsafe-inline"), "{meta}");
    assert_eq!(
        meta.matches("'sha256-").count(),
        2,
        "the JSON block is data"
    );
    let charset = page.find(r#"<meta charset="utf-8" />"#).unwrap();
    assert!(charset < page.find("Content-Security-Policy").unwrap());
    assert!(page.find("Content-Security-Policy").unwrap() < page.find("<script").unwrap());
    assert_eq!(check_policy(&page), Ok(()));
}

#[test]
fn a_page_whose_inline_script_changed_after_hashing_fails_the_check() {
    let page = with_policy(PAGE).unwrap();
    let changed = page.replace("alert(1)", "alert(2)");
    assert_eq!(
        check_policy(&changed),
        Err(PolicyError::Unhashed("alert(2)".to_string()))
    );
    assert!(
        check_policy(&changed)
            .unwrap_err()
            .to_string()
            .contains("the page was changed after its policy was written")
    );
    let added = page.replace("</body>", "<script>steal()</script></body>");
    assert_eq!(
        check_policy(&added),
        Err(PolicyError::Unhashed("steal()".to_string()))
    );
}

#[test]
fn a_page_without_one_policy_or_charset_is_refused() {
    assert_eq!(check_policy(PAGE), Err(PolicyError::Policies(0)));
    let page = with_policy(PAGE).unwrap();
    assert_eq!(
        check_policy(&with_policy(&page).unwrap()),
        Err(PolicyError::Policies(2))
    );
    assert_eq!(
        with_policy("<html><script>x()</script></html>"),
        Err(PolicyError::NoCharset)
    );
    assert_eq!(
        inline_scripts("<meta charset=\"utf-8\" /><script>x()"),
        Err(PolicyError::Unclosed)
    );
}
