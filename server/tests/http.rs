//! The walking skeleton over real HTTP, on SQLite and on PostgreSQL: pages, 404, probes,
//! headers, compression, static assets, the language switch and cross-site refusal.

mod common;

use common::{Backend, TestApp};
use reqwest::{StatusCode, header};

on_both_databases!(
    home_page_is_vietnamese_by_default,
    every_page_has_one_description,
    unknown_path_is_a_404_page,
    placeholder_pages_say_they_are_not_available,
    health_and_readiness,
    readiness_fails_when_the_database_is_gone,
    pages_carry_security_headers_and_a_matching_script_nonce,
    every_response_gets_its_own_request_id,
    pages_are_compressed,
    static_assets_are_served_with_cache_headers,
    language_switch_sets_a_cookie_and_returns_to_the_page,
    language_switch_never_redirects_off_site,
    cross_site_posts_are_refused,
    site_facts_reach_the_pages_without_an_endpoint,
    only_islands_and_forms_have_server_function_endpoints,
    page_nonces_hold_under_concurrent_static_and_404_requests,
);

/// The response body with Leptos' hydration markers (`<!>`) removed, as a reader would see the text.
async fn text(res: reqwest::Response) -> String {
    res.text().await.expect("body").replace("<!>", "")
}

async fn home_page_is_vietnamese_by_default(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let res = app.get("/").await;
    assert_eq!(res.status(), StatusCode::OK);
    assert!(
        res.headers()[header::CONTENT_TYPE]
            .to_str()
            .unwrap()
            .starts_with("text/html")
    );
    let body = text(res).await;
    assert!(body.contains(r#"<html lang="vi""#), "{body}");
    assert!(
        body.contains("<title>Trang chủ – Cổng Dịch vụ công</title>"),
        "{body}"
    );
    assert!(body.contains("tỉnh Khánh Hòa"), "province from settings");
    assert!(body.contains("Bỏ qua đến nội dung chính"), "skip link");
    assert!(body.contains(r#"id="noi-dung""#), "main landmark target");
    for nav in [
        "Trang chủ",
        "Thủ tục hành chính",
        "Tra cứu hồ sơ",
        "Thanh toán trực tuyến",
        "Đánh giá",
        "Hỏi đáp",
        "Đăng nhập",
        "Đăng ký",
    ] {
        assert!(body.contains(nav), "navigation item {nav}");
    }
    assert!(body.contains("1900 1023"), "support hotline in the footer");
    assert!(
        body.contains(r#"<meta name="description""#),
        "meta description"
    );
    app.stop().await;
}

/// Search engines show a page's meta description: the pages with none of their own (forms,
/// placeholders) carry the portal's, and no page has two.
async fn every_page_has_one_description(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    for path in [
        "/",
        "/thu-tuc",
        "/tra-cuu",
        "/dang-nhap",
        "/dang-ky",
        "/quen-mat-khau",
        "/hoi-dap",
    ] {
        let page = text(app.get(path).await).await;
        assert_eq!(
            page.matches("<meta name=\"description\"").count(),
            1,
            "{path}"
        );
    }
    let login = text(app.get("/dang-nhap").await).await;
    assert!(login.contains("content=\"Tra cứu thủ tục hành chính, nộp hồ sơ trực tuyến"));
    app.stop().await;
}

async fn unknown_path_is_a_404_page(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let res = app.get("/khong-ton-tai/o-day").await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    let body = text(res).await;
    assert!(body.contains("Không tìm thấy trang"), "{body}");
    assert!(
        body.contains("Bỏ qua đến nội dung chính"),
        "404 is rendered inside the page shell"
    );
    app.stop().await;
}

async fn placeholder_pages_say_they_are_not_available(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    for (path, title) in [
        ("/danh-gia", "Đánh giá chất lượng phục vụ"),
        ("/hoi-dap", "Hỏi đáp"),
    ] {
        let res = app.get(path).await;
        assert_eq!(res.status(), StatusCode::OK, "{path}");
        let body = text(res).await;
        assert!(
            body.contains(&format!("<title>{title} – Cổng Dịch vụ công</title>")),
            "{path}: {body}"
        );
        assert!(
            body.contains("Chức năng này chưa được đưa vào sử dụng."),
            "{path}"
        );
    }
    app.stop().await;
}

async fn health_and_readiness(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let res = app.get("/healthz").await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(res.headers()[header::CACHE_CONTROL], "no-store");
    let res = app.get("/readyz").await;
    assert_eq!(res.status(), StatusCode::OK);
    let json: serde_json::Value = res.json().await.unwrap();
    assert_eq!(json["database"], "ok");
    app.stop().await;
}

async fn readiness_fails_when_the_database_is_gone(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    app.state.db.pool.close().await;
    let res = app.get("/readyz").await;
    assert_eq!(res.status(), StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(
        app.get("/healthz").await.status(),
        StatusCode::OK,
        "liveness does not depend on the database"
    );
    app.stop().await;
}

async fn pages_carry_security_headers_and_a_matching_script_nonce(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let res = app.get("/").await;
    let h = res.headers().clone();
    let csp = h[header::CONTENT_SECURITY_POLICY]
        .to_str()
        .unwrap()
        .to_string();
    assert!(csp.contains("frame-ancestors 'none'"), "{csp}");
    assert!(csp.contains("default-src 'self'"), "{csp}");
    assert!(!csp.contains("unsafe-inline"), "{csp}");
    assert_eq!(h[header::X_CONTENT_TYPE_OPTIONS], "nosniff");
    assert_eq!(h[header::X_FRAME_OPTIONS], "DENY");
    assert_eq!(h[header::REFERRER_POLICY], "same-origin");
    assert!(
        h.get(header::STRICT_TRANSPORT_SECURITY).is_none(),
        "no HSTS over plain HTTP"
    );
    assert_eq!(h[header::CACHE_CONTROL], "no-cache");
    let nonce = csp
        .split("'nonce-")
        .nth(1)
        .and_then(|s| s.split('\'').next())
        .expect("page CSP has a nonce");
    let body = text(res).await;
    assert!(
        body.contains(&format!(r#"nonce="{nonce}""#)),
        "inline hydration script carries the CSP nonce"
    );
    // Each page gets a fresh nonce.
    let again = app.get("/").await;
    assert!(
        !again.headers()[header::CONTENT_SECURITY_POLICY]
            .to_str()
            .unwrap()
            .contains(nonce)
    );
    // Non-page responses carry a CSP too.
    let res = app.get("/healthz").await;
    assert!(
        res.headers()[header::CONTENT_SECURITY_POLICY]
            .to_str()
            .unwrap()
            .contains("frame-ancestors 'none'")
    );
    app.stop().await;
}

async fn every_response_gets_its_own_request_id(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let a = app.get("/healthz").await.headers()["x-request-id"]
        .to_str()
        .unwrap()
        .to_string();
    let b = app.get("/healthz").await.headers()["x-request-id"]
        .to_str()
        .unwrap()
        .to_string();
    assert!(!a.is_empty() && a != b, "{a} vs {b}");
    app.stop().await;
}

async fn pages_are_compressed(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    for (enc, expected) in [("br", "br"), ("gzip", "gzip")] {
        let res = app
            .http
            .get(app.url("/"))
            .header(header::ACCEPT_ENCODING, enc)
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), StatusCode::OK);
        assert_eq!(res.headers()[header::CONTENT_ENCODING], expected);
    }
    app.stop().await;
}

async fn static_assets_are_served_with_cache_headers(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let res = app.get("/pkg/probe.js").await;
    assert_eq!(res.status(), StatusCode::OK);
    // This test build has no hash file, so the bundle's names are not content-hashed: revalidate.
    assert_eq!(res.headers()[header::CACHE_CONTROL], "no-cache");
    assert!(text(res).await.contains("probe"));
    let res = app.get("/robots.txt").await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(
        res.headers()[header::CACHE_CONTROL],
        "public, max-age=86400"
    );
    assert_eq!(
        app.get("/pkg/missing.js").await.status(),
        StatusCode::NOT_FOUND
    );
    app.stop().await;
}

async fn language_switch_sets_a_cookie_and_returns_to_the_page(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let res = app
        .http
        .post(app.url("/ngon-ngu"))
        .header(header::ORIGIN, &app.base)
        .form(&[("lang", "en"), ("next", "/tra-cuu?ma=1")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_eq!(res.headers()[header::LOCATION], "/tra-cuu?ma=1");
    let cookie = res.headers()[header::SET_COOKIE]
        .to_str()
        .unwrap()
        .to_string();
    assert!(cookie.starts_with("lang=en;"), "{cookie}");
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"),
        "{cookie}"
    );
    let body = text(
        app.http
            .get(app.url("/tra-cuu"))
            .header(header::COOKIE, "lang=en")
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert!(body.contains(r#"<html lang="en""#), "{body}");
    assert!(
        body.contains("<title>Track a dossier – Public Service Portal</title>"),
        "{body}"
    );
    assert!(body.contains("Tiếng Việt"), "switch back offered");
    // An unknown language value falls back to Vietnamese.
    let body = text(
        app.http
            .get(app.url("/"))
            .header(header::COOKIE, "lang=fr")
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert!(body.contains(r#"<html lang="vi""#));
    app.stop().await;
}

async fn language_switch_never_redirects_off_site(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    for next in [
        "https://evil.example/",
        "//evil.example",
        "/\\evil.example",
        "",
    ] {
        let res = app
            .http
            .post(app.url("/ngon-ngu"))
            .form(&[("lang", "vi"), ("next", next)])
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), StatusCode::SEE_OTHER);
        assert_eq!(res.headers()[header::LOCATION], "/", "next={next}");
    }
    app.stop().await;
}

async fn cross_site_posts_are_refused(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let res = app
        .http
        .post(app.url("/ngon-ngu"))
        .header("sec-fetch-site", "cross-site")
        .form(&[("lang", "en"), ("next", "/")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    assert!(res.headers().get(header::SET_COOKIE).is_none());
    let res = app
        .http
        .post(app.url("/ngon-ngu"))
        .header(header::ORIGIN, "https://evil.example")
        .form(&[("lang", "en"), ("next", "/")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    let res = app
        .http
        .post(app.url("/ngon-ngu"))
        .header("sec-fetch-site", "same-origin")
        .form(&[("lang", "en"), ("next", "/")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    app.stop().await;
}

async fn site_facts_reach_the_pages_without_an_endpoint(backend: Backend) {
    let app = TestApp::spawn_with(
        backend,
        &["--province", "Gia Lai", "--hotline", "0269 123 456"],
    )
    .await;
    let body = text(app.get("/").await).await;
    assert!(body.contains("tỉnh Gia Lai"), "province from settings");
    assert!(body.contains("0269 123 456"), "hotline from settings");
    app.stop().await;
}

/// Reads that only the server's render calls are plain functions: their former `/api/…`
/// addresses answer "not found". The server functions that remain are those an island calls
/// (a new captcha, a province's communes) and those a form posts to.
async fn only_islands_and_forms_have_server_function_endpoints(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let post = |path: &str| {
        app.http
            .post(app.url(path))
            .header(header::ORIGIN, &app.base)
            .header(header::ACCEPT, "application/json")
    };
    for former in [
        "/api/site-info",
        "/api/account/me",
        "/api/account/profile",
        "/api/account/sessions",
        "/api/login/state",
        "/api/otp/state",
        "/api/catalog/search",
        "/api/catalog/procedure",
        "/api/home/figures",
        "/api/dossier/get",
        "/api/dossier/list",
        "/api/dossier/track",
        "/api/documents/list",
        "/api/notifications",
        "/api/office/queue",
        "/api/office/dossier",
        "/api/admin/audit",
        "/api/pay/ledger",
        "/api/pay/page",
        "/api/pay/result",
        "/api/pay/lookup-state",
    ] {
        let res = post(former).send().await.unwrap();
        assert!(
            matches!(
                res.status(),
                StatusCode::NOT_FOUND | StatusCode::METHOD_NOT_ALLOWED
            ),
            "{former}: {}",
            res.status()
        );
    }

    // The captcha island's "Đổi mã khác".
    let res = post("/api/captcha/new").send().await.unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(res.headers()[header::CACHE_CONTROL], "no-store");
    let json: serde_json::Value = res.json().await.unwrap();
    assert_eq!(json["id"].as_str().map(str::len), Some(32), "{json}");

    // The address island's commune list (Khánh Hòa's communes, by name).
    let res = post("/api/units/communes")
        .form(&[("province", "56")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    let communes: Vec<(String, String)> = res.json().await.unwrap();
    assert!(
        communes.iter().any(|(_, name)| name == "Nha Trang"),
        "{communes:?}"
    );

    // A form's server function still answers its post: a login without answers is refused
    // with the fields' messages.
    let b = app.browser();
    let refused = b
        .post(
            "/dang-nhap",
            "/api/login",
            &[("identifier", ""), ("password", "")],
        )
        .await;
    assert!(refused.status.is_redirection(), "{refused:?}");
    assert!(
        refused.fields().contains(&"identifier".to_string()),
        "{refused:?}"
    );
    app.stop().await;
}

/// Regression: static files served inside a Leptos owner made concurrent page responses lose
/// their CSP nonce (so the browser blocked hydration). Every page must keep header and body in step.
async fn page_nonces_hold_under_concurrent_static_and_404_requests(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    // One connection per request, like many separate visitors.
    let http = reqwest::Client::builder()
        .pool_max_idle_per_host(0)
        .timeout(std::time::Duration::from_secs(30))
        .build()
        .unwrap();
    let mut noise = Vec::new();
    for i in 0..60 {
        let (http, url) = (
            http.clone(),
            app.url(if i % 2 == 0 {
                "/robots.txt"
            } else {
                "/khong-co"
            }),
        );
        noise.push(tokio::spawn(async move {
            let res = http.get(url).send().await?;
            let status = res.status();
            res.bytes().await.map(|_| status)
        }));
    }
    let mut pages = Vec::new();
    for _ in 0..20 {
        let (http, url) = (http.clone(), app.url("/dang-nhap"));
        pages.push(tokio::spawn(async move {
            let res = http.get(url).send().await.expect("page");
            let csp = res.headers()[header::CONTENT_SECURITY_POLICY]
                .to_str()
                .unwrap()
                .to_string();
            (csp, res.text().await.unwrap())
        }));
    }
    for page in pages {
        let (csp, body) = page.await.unwrap();
        let nonce = csp
            .split("'nonce-")
            .nth(1)
            .and_then(|s| s.split('\'').next())
            .unwrap_or_else(|| panic!("page CSP without nonce: {csp}"));
        assert!(
            body.contains(&format!(r#"<script type="module" nonce="{nonce}""#)),
            "hydration script nonce matches"
        );
    }
    for n in noise {
        let status = n.await.unwrap().expect("noise request");
        assert!(
            status == StatusCode::OK || status == StatusCode::NOT_FOUND,
            "{status}"
        );
    }
    app.stop().await;
}

/// A page render never hangs while another portal of the same process starts. Starting a
/// portal used to generate Leptos' route list, which raises a process-global flag that makes
/// every resource first polled meanwhile wait forever (leptos-rs/leptos#4773): the test suite,
/// with several portals per process, saw a render hang now and then. The list is now generated
/// once per process (`server::http::route_list`).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pages_render_while_other_portals_start() {
    use std::sync::{
        Arc,
        atomic::{AtomicBool, AtomicUsize, Ordering},
    };
    let app = TestApp::spawn(Backend::Sqlite).await;
    let http = reqwest::Client::builder()
        .timeout(std::time::Duration::from_secs(20))
        .build()
        .unwrap();
    let stop = Arc::new(AtomicBool::new(false));
    let served = Arc::new(AtomicUsize::new(0));
    let mut hammers = Vec::new();
    for _ in 0..4 {
        let (http, url, stop, served) = (
            http.clone(),
            app.url("/dang-nhap"),
            stop.clone(),
            served.clone(),
        );
        hammers.push(tokio::spawn(async move {
            let mut failures = Vec::new();
            while !stop.load(Ordering::Relaxed) {
                match http.get(&url).send().await {
                    Ok(res) => match res.text().await {
                        Ok(body) if body.contains("captcha_answer") => {
                            served.fetch_add(1, Ordering::Relaxed);
                        }
                        Ok(_) => failures.push("a page without its form".to_string()),
                        Err(e) => failures.push(format!("body: {e}")),
                    },
                    Err(e) => failures.push(format!("request: {e}")),
                }
            }
            failures
        }));
    }
    for _ in 0..6 {
        TestApp::spawn(Backend::Sqlite).await.stop().await;
    }
    stop.store(true, Ordering::Relaxed);
    for h in hammers {
        let failures = h.await.unwrap();
        assert!(failures.is_empty(), "renders failed or hung: {failures:?}");
    }
    assert!(served.load(Ordering::Relaxed) > 0);
    app.stop().await;
}
