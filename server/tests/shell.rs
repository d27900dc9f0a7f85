//! The document shell over real HTTP, on SQLite and on PostgreSQL: the bundle's resource hints
//! carry the page's CSP nonce (leptos-rs/leptos#4843), and the Speculation Rules are there with
//! the nonce and never name a path whose fetch has an effect or is a download.

mod common;

use common::{Backend, TestApp};
use reqwest::header;
use serde_json::Value;

on_both_databases!(
    preload_hints_carry_the_page_nonce,
    speculation_rules_carry_the_nonce_and_skip_what_must_not_be_fetched,
);

/// A page's CSP nonce and its body.
async fn page(app: &TestApp, path: &str) -> (String, String) {
    let res = app.get(path).await;
    assert_eq!(res.status(), 200, "{path}");
    let csp = res.headers()[header::CONTENT_SECURITY_POLICY]
        .to_str()
        .unwrap()
        .to_string();
    let nonce = csp
        .split("'nonce-")
        .nth(1)
        .and_then(|s| s.split('\'').next())
        .unwrap_or_else(|| panic!("{path}: page CSP without a nonce: {csp}"))
        .to_string();
    assert!(
        csp.contains(&format!("script-src 'self' 'nonce-{nonce}'")),
        "{csp}"
    );
    (nonce, res.text().await.expect("body"))
}

/// Every `<link …>` tag of the document whose `rel` is `rel`.
fn links<'a>(body: &'a str, rel: &str) -> Vec<&'a str> {
    body.split("<link ")
        .skip(1)
        .map(|t| &t[..t.find('>').expect("tag ends")])
        .filter(|t| t.contains(&format!(r#"rel="{rel}""#)))
        .collect()
}

async fn preload_hints_carry_the_page_nonce(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    // The home page, and a catalog search: pages whose resources' data Leptos streams in
    // scripts after `</html>` (the case where Firefox dropped the unclaimed preload).
    for path in ["/", "/thu-tuc?q=khai+sinh"] {
        let (nonce, body) = page(&app, path).await;
        let (_, after) = body.split_once("</html>").expect("a whole document");
        assert!(
            after.contains(&format!(r#"<script nonce="{nonce}">"#)),
            "{path} streams its resources after the document: {after}"
        );
        let module = links(&body, "modulepreload");
        let wasm: Vec<_> = links(&body, "preload")
            .into_iter()
            .filter(|t| t.contains(r#"as="fetch""#))
            .collect();
        assert_eq!(module.len(), 1, "{path}: one module preload: {module:?}");
        assert_eq!(wasm.len(), 1, "{path}: one WebAssembly preload: {wasm:?}");
        for tag in module.iter().chain(&wasm) {
            assert!(
                tag.contains(&format!(r#"nonce="{nonce}""#)),
                "{path}: {tag}"
            );
            // The credentials mode of the loader's import() and of wasm-bindgen's fetch(), so
            // the browser uses what it preloaded; never the nonce (leptos-rs/leptos#4843).
            assert!(tag.contains(r#"crossorigin="anonymous""#), "{path}: {tag}");
        }
        assert!(wasm[0].contains(r#"type="application/wasm""#), "{wasm:?}");
        assert!(
            !body.contains(&format!(r#"crossorigin="{nonce}""#)),
            "{path}: no nonce as a crossorigin value"
        );
        // The island loader itself still runs under the nonce, once.
        assert_eq!(
            body.matches(&format!(r#"<script type="module" nonce="{nonce}">"#))
                .count(),
            1,
            "{path}"
        );
    }
    app.stop().await;
}

/// The Speculation Rules of a page, with the nonce they carry.
fn speculation_rules(body: &str) -> (String, Value) {
    let start = body
        .find(r#"<script type="speculationrules""#)
        .expect("the page has speculation rules");
    let tag = &body[start..];
    let open = &tag[..tag.find('>').unwrap()];
    let nonce = open
        .split(r#"nonce=""#)
        .nth(1)
        .and_then(|s| s.split('"').next())
        .expect("the rules carry a nonce")
        .to_string();
    let json = &tag[open.len() + 1..tag.find("</script>").unwrap()];
    (
        nonce,
        serde_json::from_str(json).expect("the rules are JSON"),
    )
}

/// Whether `pattern` (a URL pattern's pathname: `*` matches anything, `/` included) matches `path`.
fn path_matches(pattern: &str, path: &str) -> bool {
    let parts: Vec<&str> = pattern.split('*').collect();
    let (first, last) = (parts[0], parts[parts.len() - 1]);
    if parts.len() == 1 {
        return pattern == path;
    }
    if !path.starts_with(first) || !path[first.len()..].ends_with(last) {
        return false;
    }
    let mut rest = &path[first.len()..path.len() - last.len()];
    for part in &parts[1..parts.len() - 1] {
        match rest.find(part) {
            Some(i) => rest = &rest[i + part.len()..],
            None => return false,
        }
    }
    true
}

/// A link to `path` (on this origin, with no attribute that a selector names): whether the
/// `where` condition holds for it. The patterns are same-origin paths only.
fn holds(condition: &Value, path: &str) -> bool {
    let obj = condition.as_object().expect("a condition is an object");
    assert_eq!(obj.len(), 1, "one predicate per condition: {condition}");
    let (key, value) = obj.iter().next().unwrap();
    match key.as_str() {
        "and" => value.as_array().unwrap().iter().all(|c| holds(c, path)),
        "or" => value.as_array().unwrap().iter().any(|c| holds(c, path)),
        "not" => !holds(value, path),
        // A plain link matches none of the selectors (`[download]`, `.no-prefetch`…).
        "selector_matches" => false,
        "href_matches" => {
            let patterns = match value {
                Value::Array(list) => list.clone(),
                one => vec![one.clone()],
            };
            patterns.iter().any(|p| {
                // A URL pattern string that is a path alone: this origin, any query string.
                let pathname = p
                    .as_str()
                    .expect("patterns are strings (the HTML checker's rule)");
                assert!(
                    pathname.starts_with('/')
                        && !pathname.starts_with("//")
                        && !pathname.contains(['?', '#', ':', '(', '{']),
                    "only plain paths on this origin: {pathname}"
                );
                path_matches(pathname, path)
            })
        }
        other => panic!("unexpected predicate {other}"),
    }
}

/// The eagerness with which the rules fetch a link to `path` ahead of the click, if any.
fn eagerness(rules: &Value, path: &str) -> Vec<(String, String)> {
    let mut found = Vec::new();
    for kind in ["prefetch", "prerender"] {
        for rule in rules[kind].as_array().into_iter().flatten() {
            assert_eq!(rule["source"], "document", "{rule}");
            if holds(&rule["where"], path) {
                found.push((
                    kind.to_string(),
                    rule["eagerness"].as_str().unwrap().to_string(),
                ));
            }
        }
    }
    found
}

async fn speculation_rules_carry_the_nonce_and_skip_what_must_not_be_fetched(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    for path in ["/", "/thu-tuc", "/dang-nhap"] {
        let (nonce, body) = page(&app, path).await;
        let (rules_nonce, rules) = speculation_rules(&body);
        assert_eq!(
            rules_nonce, nonce,
            "{path}: the rules run under the page's nonce"
        );
        let keys: Vec<_> = rules.as_object().unwrap().keys().cloned().collect();
        assert_eq!(keys, ["prefetch"], "prefetch only (see app/src/shell.rs)");
        for kind in ["prefetch", "prerender"] {
            for rule in rules[kind].as_array().into_iter().flatten() {
                let e = rule["eagerness"].as_str().unwrap();
                assert!(
                    e == "moderate" || e == "conservative",
                    "{kind}: never eager or immediate: {rule}"
                );
                let selectors = rule.to_string();
                for attr in ["[download]", "[rel~=nofollow]", ".no-prefetch"] {
                    assert!(
                        selectors.contains(attr),
                        "{kind} skips {attr} links: {rule}"
                    );
                }
            }
        }
        // Fetched early on hover: the catalog's results, a citizen's dossiers, the queue's pages.
        for page in [
            "/thu-tuc/1.001234",
            "/thu-tuc",
            "/ho-so",
            "/ho-so/abcdef",
            "/can-bo/ho-so",
            "/tra-cuu",
            "/dang-nhap",
        ] {
            let e = eagerness(&rules, page);
            assert!(
                !e.is_empty() && e.iter().all(|(_, e)| e == "moderate"),
                "{page}: {e:?}"
            );
        }
        // An officer's dossier logs each viewing: only once the click has begun.
        for page in ["/can-bo/ho-so/abcdef", "/can-bo/ho-so/abcdef/tiep-nhan"] {
            assert_eq!(
                eagerness(&rules, page),
                [("prefetch".to_string(), "conservative".to_string())],
                "{page}"
            );
        }
        // Never: server functions (logout among them), the captcha, developer pages, downloads
        // and printable documents, the gateways' return and IPN addresses, a GET that confirms
        // or marks read.
        for never in [
            "/api/account/logout",
            "/api/anything",
            "/captcha/abc.wav",
            "/dev/outbox",
            "/dev/outbox.json",
            "/pkg/portal.js",
            "/templates/don.docx",
            "/ho-so/abcdef/bien-nhan",
            "/ho-so/abcdef/tep-da-nop/xyz",
            "/ho-so/abcdef/ket-qua/xyz",
            "/ho-so/abcdef/bien-lai-thu-phi/xyz",
            "/ho-so/abcdef/bien-lai-thu-phi/xyz/pdf",
            "/ho-so/abcdef/van-ban-xin-loi/xyz",
            "/kho-tai-lieu/12/tai-ve",
            "/quan-tri/thanh-toan.csv",
            "/bao-cao.pdf",
            "/thanh-toan/vnpay/ket-qua",
            "/thanh-toan/momo/ket-qua",
            "/thanh-toan/vnpay/ipn",
            "/xac-nhan-email/token",
            "/thong-bao",
        ] {
            let e = eagerness(&rules, never);
            assert!(e.is_empty(), "{never} is never fetched early: {e:?}");
        }
    }
    app.stop().await;
}

#[test]
fn path_patterns_match_like_url_patterns() {
    assert!(path_matches("/api/*", "/api/account/logout"));
    assert!(!path_matches("/api/*", "/apis"));
    assert!(path_matches("/ho-so/*/bien-nhan", "/ho-so/x/bien-nhan"));
    assert!(!path_matches("/ho-so/*/bien-nhan", "/ho-so/x/bien-nhan/y"));
    assert!(path_matches("/*.csv", "/quan-tri/thanh-toan.csv"));
    assert!(path_matches("/thong-bao", "/thong-bao"));
    assert!(!path_matches("/thong-bao", "/thong-bao/1"));
    assert!(path_matches("/*", "/"));
}
