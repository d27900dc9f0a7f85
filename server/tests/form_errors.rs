//! No message from the address (issue 22): a refused form's error reaches the page through the
//! visitor's session, never through Leptos' `__path` / `__err` parameters, so a link cannot put
//! its author's words on our pages and refusals do not lengthen the address; and a
//! state-changing request that carries a session but says nothing of where it was sent from is
//! refused. Over real HTTP, on SQLite and PostgreSQL.

mod common;

use app::error::{AppError, FieldError};
use common::{Backend, Browser, CAPTCHA_ANSWER, TestApp};
use reqwest::{StatusCode, header};

on_both_databases!(
    a_forged_error_link_shows_nothing_of_its_author,
    ten_refusals_leave_the_address_clean_and_show_the_genuine_error,
    a_refused_step_of_a_dossier_shows_its_error_once_from_the_session,
    a_post_with_a_session_but_no_sender_is_refused,
);

/// What the author of a forged link wants a citizen to read on the real login page.
const ATTACKER_TEXT: &str = "Tài khoản bị khóa. Gọi 0999 999 999 để mở khóa";
const ATTACKER_LINK: &str = "https://mo-khoa.example/dang-nhap";

/// The forged link, built the way Leptos writes a refused form's error into an address:
/// `__path` the server function, `__err` the base64 (URL-safe) of the error's JSON.
fn forged_link(page: &str) -> String {
    let error = AppError::Validation(vec![FieldError {
        field: "identifier".to_string(),
        message: ATTACKER_TEXT.to_string(),
        action: Some((ATTACKER_LINK.to_string(), "Mở khóa ngay".to_string())),
    }]);
    use base64::Engine as _;
    let err = base64::engine::general_purpose::URL_SAFE
        .encode(serde_json::to_vec(&error).expect("an error's JSON"));
    let sep = if page.contains('?') { '&' } else { '?' };
    format!("{page}{sep}__path=/api/login&__err={err}")
}

fn assert_nothing_of_the_author(body: &str, what: &str) {
    for text in [
        ATTACKER_TEXT,
        "0999 999 999",
        "mo-khoa.example",
        "Mở khóa ngay",
    ] {
        assert!(!body.contains(text), "{what}: the page shows {text:?}");
    }
}

/// A refused login without a password: the form's own check refuses it (not a guess at a
/// password, so the login limits never come into it).
async fn refuse_login(b: &Browser, page: &str) -> common::Posted {
    b.post(
        page,
        "/api/login",
        &[
            ("identifier", "nguoi-thu-nghiem"),
            ("password", ""),
            ("next", ""),
            ("captcha_id", ""),
            ("captcha_answer", ""),
        ],
    )
    .await
}

async fn a_forged_error_link_shows_nothing_of_its_author(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let b = app.browser();
    for page in ["/dang-nhap", "/dang-nhap?next=%2Fho-so"] {
        // A visitor who has never been here, then one with a session and a genuine refusal
        // waiting (the forged parameters never replace it, nor show beside it).
        let (status, location, body) = b.page(&forged_link(page)).await;
        assert_eq!(status, StatusCode::SEE_OTHER, "{page}: {body}");
        assert_eq!(location, page, "the address without the parameters");
        assert_nothing_of_the_author(&body, page);
        let (status, _, body) = b.page(&location).await;
        assert_eq!(status, StatusCode::OK);
        assert_nothing_of_the_author(&body, page);
        assert!(!body.contains("error-summary"), "{page}: no error at all");
    }
    // Whatever the parameters hold (not base64, not an error, another function), no error page.
    for junk in [
        "/dang-nhap?__err=%21%21%21&__path=/api/login",
        "/dang-nhap?__path=/api/login",
        "/dang-ky/cong-dan?__err=e30",
        "/thanh-toan?%5F%5Fpath=%2Fapi%2Flogin&%5F%5Ferr=e30",
    ] {
        let (status, location, _) = b.page(junk).await;
        assert_eq!(status, StatusCode::SEE_OTHER, "{junk}");
        assert!(!location.contains("__"), "{junk} → {location}");
        let (status, _, body) = b.page(&location).await;
        assert_eq!(status, StatusCode::OK, "{junk}");
        assert!(!body.contains("error-summary"), "{junk}");
    }
    // A genuine refusal waiting in the session, then the forged link: only the plain page.
    let refused = refuse_login(&b, "/dang-nhap").await;
    assert!(refused.error.is_some(), "{refused:?}");
    let (_, location, body) = b.page(&forged_link("/dang-nhap")).await;
    assert_nothing_of_the_author(&body, "with a refusal waiting");
    let (_, _, body) = b.page(&location).await;
    assert_nothing_of_the_author(&body, "with a refusal waiting");
    app.stop().await;
}

async fn ten_refusals_leave_the_address_clean_and_show_the_genuine_error(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let b = app.browser();
    let mut page = "/dang-nhap?next=%2Fho-so".to_string();
    for round in 1..=10 {
        let posted = refuse_login(&b, &page).await;
        assert!(posted.status.is_redirection(), "round {round}: {posted:?}");
        // Back to the page's own address, as long as it was at the first refusal.
        assert_eq!(posted.location, "/dang-nhap?next=%2Fho-so", "round {round}");
        assert!(
            posted.fields().contains(&"password".to_string()),
            "round {round}: {posted:?}"
        );
        let (status, _, body) = b.page(&posted.location).await;
        assert_eq!(status, StatusCode::OK);
        assert!(body.contains("error-summary"), "round {round}: the summary");
        assert!(body.contains("Nhập mật khẩu"), "round {round}: the message");
        // What was typed is still there.
        assert!(
            body.contains(r#"value="nguoi-thu-nghiem""#),
            "round {round}: the identifier kept"
        );
        page = posted.location;
    }
    // The error was shown once: the page asked for again is the plain form.
    let (_, _, body) = b.page(&page).await;
    assert!(!body.contains("error-summary"), "shown once only");
    assert!(body.contains(r#"value="nguoi-thu-nghiem""#), "still kept");

    // A visitor without a session is given one with the refusal (the error has somewhere to be).
    let fresh = app.browser();
    assert!(fresh.session_token().is_none());
    let posted = fresh
        .post(
            "/dang-nhap",
            "/api/login",
            &[
                ("identifier", ""),
                ("password", ""),
                ("next", ""),
                ("captcha_id", ""),
                ("captcha_answer", CAPTCHA_ANSWER),
            ],
        )
        .await;
    assert_eq!(posted.location, "/dang-nhap");
    assert!(fresh.session_token().is_some(), "a session for the refusal");
    let (_, _, body) = fresh.page("/dang-nhap").await;
    assert!(body.contains("Nhập tên đăng nhập"), "the genuine message");
    app.stop().await;
}

async fn a_refused_step_of_a_dossier_shows_its_error_once_from_the_session(backend: Backend) {
    let app = TestApp::spawn_demo(backend).await;
    let b = common::dossiers::citizen(&app).await;
    let pid = common::dossiers::start(&b, common::dossiers::BIRTH).await;
    let page = format!("/ho-so/{pid}/nguoi-nop");
    let refused: [(&str, &str); 8] = [
        ("pid", pid.as_str()),
        ("full_name", "Nguyễn Văn An"),
        ("id_number", ""),
        ("birth_date", ""),
        ("phone", "12"),
        ("email", ""),
        ("address", "12 Trần Phú, phường Nha Trang"),
        ("save_only", ""),
    ];
    let refuse = || b.post(&page, "/api/dossier/applicant", &refused);
    for round in 1..=10 {
        let posted = refuse().await;
        assert!(
            posted.fields().contains(&"phone".to_string()),
            "round {round}: {posted:?}"
        );
        // The address the form was posted from, however many refusals came before.
        assert_eq!(posted.location, page, "round {round}");
        let (_, _, body) = b.page(&posted.location).await;
        assert!(
            body.contains("error-summary"),
            "round {round}: the refusal shown"
        );
        assert!(
            body.contains("12 Trần Phú, phường Nha Trang"),
            "what was typed"
        );
    }
    // Kept for its own page only, and taken by the first page load.
    assert!(refuse().await.error.is_some());
    let (_, _, body) = b.page("/ho-so").await;
    assert!(!body.contains("error-summary"), "not on another page");
    let (_, _, body) = b.page(&page).await;
    assert!(!body.contains("error-summary"), "nor later on its own");
    // A successful post forgets a refusal left over.
    assert!(refuse().await.error.is_some());
    common::dossiers::applicant(&b, &pid)
        .await
        .expect_redirect(&format!("/ho-so/{pid}/giay-to"));
    let (_, _, body) = b.page(&page).await;
    assert!(!body.contains("error-summary"), "nothing after a success");
    app.stop().await;
}

async fn a_post_with_a_session_but_no_sender_is_refused(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let b = app.browser();
    refuse_login(&b, "/dang-nhap").await;
    let token = b.session_token().expect("a session");
    let cookie = format!("{}={token}", app::backend::session::COOKIE);
    let post = |path: &str| {
        app.http
            .post(app.url(path))
            .header(header::ACCEPT, "text/html")
            .header(header::COOKIE, cookie.clone())
            .form(&[("lang", "en"), ("next", "/")])
    };
    // Neither Sec-Fetch-Site nor Origin, with the session: refused, with a page that says why
    // and what to do.
    for path in ["/ngon-ngu", "/api/login", "/api/account/logout"] {
        let res = post(path).send().await.unwrap();
        assert_eq!(res.status(), StatusCode::FORBIDDEN, "{path}");
        assert!(res.headers().get(header::SET_COOKIE).is_none());
        let body = res.text().await.unwrap();
        assert!(
            body.contains("Trình duyệt không cho biết yêu cầu này được gửi từ trang nào"),
            "{path}: {body}"
        );
        assert!(body.contains("gửi lại biểu mẫu"), "what to do next");
    }
    // The session is still there (the refused logout did nothing).
    assert!(
        app::backend::session::lookup(&app.state.services, Some(&token))
            .await
            .unwrap()
            .is_some()
    );
    // In English for a visitor who chose it.
    let res = app
        .http
        .post(app.url("/ngon-ngu"))
        .header(header::COOKIE, format!("{cookie}; lang=en"))
        .form(&[("lang", "vi"), ("next", "/")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    assert!(
        res.text()
            .await
            .unwrap()
            .contains("Your browser did not say")
    );
    // What browsers send passes: Sec-Fetch-Site, or Origin alone (older browsers).
    let res = post("/ngon-ngu")
        .header("sec-fetch-site", "same-origin")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let res = post("/ngon-ngu")
        .header(header::ORIGIN, app.base.clone())
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    // Without a session (a gateway's callback, a script) nothing of a visitor's is at stake.
    let res = app
        .http
        .post(app.url("/ngon-ngu"))
        .form(&[("lang", "en"), ("next", "/")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    // And the browser-like client of the other tests is a browser: its post passes.
    let res = b
        .http
        .post(b.url("/ngon-ngu"))
        .form(&[("lang", "vi"), ("next", "/")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    app.stop().await;
}
