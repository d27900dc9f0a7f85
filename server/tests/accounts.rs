//! Accounts and identity (SPEC §3) over real HTTP, as a browser without JavaScript uses them, on
//! SQLite and on PostgreSQL: registration, login with OTP, recovery, password and phone change,
//! sessions, profile, e-mail confirmation, and the abuse limits.

mod common;

use common::{Backend, Browser, TestApp, finish_registration, login, register};
use reqwest::StatusCode;

on_both_databases!(
    citizen_registers_with_an_sms_code_and_is_logged_in,
    organisation_registers_with_its_tax_code,
    every_bad_field_gets_its_own_message_and_answers_are_kept,
    existing_id_username_and_tax_code_get_the_seeds_messages,
    captcha_is_single_use_and_required,
    otp_allows_five_tries_then_needs_a_new_code,
    expired_otp_is_refused_and_resend_has_a_cooldown_and_an_hourly_cap,
    resend_says_once_that_a_new_code_was_sent,
    login_needs_password_captcha_and_code_and_rotates_the_session,
    login_failures_say_the_same_for_unknown_and_known_accounts_and_are_throttled,
    recovery_never_tells_whether_details_match_and_ends_every_session,
    password_change_ends_other_sessions_and_sends_a_notice,
    phone_change_needs_the_password_and_codes_to_both_numbers,
    phone_change_without_the_old_number_waits_and_can_be_stopped,
    profile_keeps_addresses_from_the_2025_units,
    sessions_page_lists_and_logs_out_the_others,
    email_link_confirms_the_address,
    account_pages_need_a_login,
);

use common::CAPTCHA_ANSWER as ANSWER;

async fn spawn(backend: Backend) -> TestApp {
    TestApp::spawn_with(backend, &["--test-captcha-answer", ANSWER]).await
}

async fn seed_citizen(app: &TestApp) -> Browser {
    register(
        app,
        "056090001234",
        "Nguyễn Văn An",
        "15/05/1990",
        "0912345678",
        "an@example.vn",
    )
    .await
}

async fn citizen_registers_with_an_sms_code_and_is_logged_in(backend: Backend) {
    let app = spawn(backend).await;
    let b = seed_citizen(&app).await;
    assert_eq!(b.whoami().await.as_deref(), Some("Nguyễn Văn An"));
    let (status, _, body) = b.page("/dang-ky/hoan-tat").await;
    assert_eq!(status, StatusCode::OK);
    assert!(body.contains("Đăng ký tài khoản thành công"), "{body}");

    let (hash, phone, birth): (String, String, String) =
        sqlx::query_as("SELECT password_hash, phone, birth_date FROM users WHERE id_number = $1")
            .bind("056090001234")
            .fetch_one(&app.state.db.pool)
            .await
            .unwrap();
    assert!(hash.starts_with("$argon2id$"), "argon2id hash at rest");
    assert_eq!(
        (phone.as_str(), birth.as_str()),
        ("0912345678", "1990-05-15")
    );
    // The code is never stored in clear: only its HMAC, and the flow is gone with the old session.
    let flows: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM auth_flows")
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap();
    assert_eq!(flows, 0);
    // The welcome SMS and the e-mail confirmation went through the outbox.
    let queued: Vec<(String, String)> =
        sqlx::query_as("SELECT channel, recipient FROM outbox ORDER BY id")
            .fetch_all(&app.state.db.pool)
            .await
            .unwrap();
    assert!(
        queued.contains(&("sms".into(), "0912345678".into())),
        "{queued:?}"
    );
    assert!(
        queued.contains(&("email".into(), "an@example.vn".into())),
        "{queued:?}"
    );
    app.stop().await;
}

async fn organisation_registers_with_its_tax_code(backend: Backend) {
    let app = spawn(backend).await;
    let b = app.browser();
    b.post_with_captcha(
        "/dang-ky/to-chuc",
        "/api/register/details",
        &[
            ("kind", "organisation"),
            ("tax_code", "0100109106-001"),
            ("org_name", "Chi nhánh Công ty Cổ phần Ví dụ"),
            ("representative", "Phạm Thị Hoa"),
            ("phone", "+84 90 512 3456"),
            ("email", ""),
            ("username", "vidu.chinhanh"),
        ],
    )
    .await
    .expect_redirect("/dang-ky/xac-thuc");
    let (_, _, otp_page) = b.page("/dang-ky/xac-thuc").await;
    assert!(
        otp_page.contains("090****456"),
        "masked phone on the OTP page"
    );
    assert!(!otp_page.contains("0905123456"), "never the whole number");
    finish_registration(&app, &b, "0905123456", "Chi-Nhanh#1").await;
    let (kind, username): (String, String) =
        sqlx::query_as("SELECT kind, username FROM users WHERE tax_code = $1")
            .bind("0100109106-001")
            .fetch_one(&app.state.db.pool)
            .await
            .unwrap();
    assert_eq!(
        (kind.as_str(), username.as_str()),
        ("organisation", "vidu.chinhanh")
    );
    // The chosen username logs in too.
    let b2 = login(&app, "VIDU.ChiNhanh", "Chi-Nhanh#1", "0905123456").await;
    assert_eq!(
        b2.whoami().await.as_deref(),
        Some("Chi nhánh Công ty Cổ phần Ví dụ")
    );
    app.stop().await;
}

async fn every_bad_field_gets_its_own_message_and_answers_are_kept(backend: Backend) {
    let app = spawn(backend).await;
    let b = app.browser();
    let cases: &[(&str, &str, &str, &str, &str)] = &[
        // (field, id_number, birth_date, phone, expected message fragment)
        (
            "id_number",
            "003090001234",
            "15/05/1990",
            "0912345678",
            "mã tỉnh",
        ),
        (
            "id_number",
            "056290001234",
            "15/05/1990",
            "0912345678",
            "thế kỷ",
        ),
        (
            "id_number",
            "056091001234",
            "15/05/1990",
            "0912345678",
            "năm sinh",
        ),
        (
            "id_number",
            "05609000123",
            "15/05/1990",
            "0912345678",
            "12 chữ số",
        ),
        (
            "birth_date",
            "056090001234",
            "31/02/1990",
            "0912345678",
            "không có thật",
        ),
        (
            "birth_date",
            "056090001234",
            "1990-05-15",
            "0912345678",
            "ngày/tháng/năm",
        ),
        (
            "phone",
            "056090001234",
            "15/05/1990",
            "0212345678",
            "Đầu số",
        ),
        (
            "phone",
            "056090001234",
            "15/05/1990",
            "01234567890",
            "10 chữ số",
        ),
    ];
    for (field, id, birth, phone, fragment) in cases {
        let r = b
            .post_with_captcha(
                "/dang-ky/cong-dan",
                "/api/register/details",
                &[
                    ("kind", "citizen"),
                    ("id_number", id),
                    ("full_name", "Nguyễn Văn An"),
                    ("birth_date", birth),
                    ("phone", phone),
                    ("email", "khong-hop-le@"),
                    ("username", "9sai"),
                ],
            )
            .await;
        assert_eq!(r.location, "/dang-ky/cong-dan", "{r:?}");
        let message = r.message(field).unwrap_or_default();
        assert!(
            message.contains(fragment),
            "{field} {id} {birth} {phone}: {message:?}"
        );
        assert!(
            r.message("email").is_some() && r.message("username").is_some(),
            "{r:?}"
        );
        // The page shows every answer again, and the title says there is an error.
        let (_, _, page) = b.page(&r.location).await;
        assert!(page.contains("error-summary"), "the refusal shown");
        for kept in [
            *id,
            *birth,
            *phone,
            "Nguyễn Văn An",
            "khong-hop-le@",
            "9sai",
        ] {
            assert!(page.contains(&format!("value=\"{kept}\"")), "{kept} kept");
        }
    }
    assert_eq!(
        app.sms_count("0912345678").await,
        0,
        "no code for invalid details"
    );
    app.stop().await;
}

async fn existing_id_username_and_tax_code_get_the_seeds_messages(backend: Backend) {
    let app = spawn(backend).await;
    seed_citizen(&app).await;
    sqlx::query("UPDATE users SET username = 'an.nguyen' WHERE id_number = '056090001234'")
        .execute(&app.state.db.pool)
        .await
        .unwrap();
    let b = app.browser();
    let r = b
        .post_with_captcha(
            "/dang-ky/cong-dan",
            "/api/register/details",
            &[
                ("kind", "citizen"),
                ("id_number", "056090001234"),
                ("full_name", "Nguyễn Văn An"),
                ("birth_date", "15/05/1990"),
                ("phone", "0987000111"),
                ("username", "An.Nguyen"),
            ],
        )
        .await;
    assert_eq!(
        r.message("id_number").as_deref(),
        Some("Mã số định danh này đã tồn tại.")
    );
    match &r.error {
        Some(app::error::AppError::Validation(list)) => {
            let id = list.iter().find(|e| e.field == "id_number").unwrap();
            assert_eq!(
                id.action.as_ref().map(|a| a.0.as_str()),
                Some("/quen-mat-khau")
            );
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(
        r.message("username").as_deref(),
        Some("Tên đăng nhập đã được sử dụng, vui lòng nhập tên đăng nhập khác")
    );
    // An organisation's tax code that has an account.
    sqlx::query(
        "INSERT INTO users (kind, tax_code, full_name, phone, password_hash, created_at, updated_at, \
         password_changed_at) VALUES ('organisation', '0100109106', 'Công ty A', '0905000111', 'x', 0, 0, 0)",
    )
    .execute(&app.state.db.pool)
    .await
    .unwrap();
    let r = b
        .post_with_captcha(
            "/dang-ky/to-chuc",
            "/api/register/details",
            &[
                ("kind", "organisation"),
                ("tax_code", "0100109106"),
                ("org_name", "Công ty B"),
                ("representative", "Trần Văn Bình"),
                ("phone", "0905000222"),
            ],
        )
        .await;
    assert_eq!(
        r.message("tax_code").as_deref(),
        Some("Mã số thuế này đã được sử dụng.")
    );
    app.stop().await;
}

async fn captcha_is_single_use_and_required(backend: Backend) {
    let app = spawn(backend).await;
    let b = app.browser();
    let captcha = b.captcha("/dang-nhap").await;
    let fields = |answer: &'static str, id: &str| {
        vec![
            ("identifier", "056090001234".to_string()),
            ("password", "x".to_string()),
            ("captcha_id", id.to_string()),
            ("captcha_answer", answer.to_string()),
        ]
    };
    let post = |f: Vec<(&'static str, String)>| {
        let b = &b;
        async move {
            let f: Vec<(&str, &str)> = f.iter().map(|(k, v)| (*k, v.as_str())).collect();
            b.post("/dang-nhap", "/api/login", &f).await
        }
    };
    let wrong = post(fields("nope", &captcha)).await;
    assert!(wrong.message("captcha_answer").is_some(), "{wrong:?}");
    // The same challenge cannot be answered again, even rightly.
    let again = post(fields(ANSWER, &captcha)).await;
    assert!(again.message("captcha_answer").is_some(), "{again:?}");
    let missing = post(fields("", "")).await;
    assert!(missing.message("captcha_answer").is_some(), "{missing:?}");
    // The real code drawn in the image (and the digits spoken in the audio) pass.
    let captcha = b.captcha("/dang-nhap").await;
    let (code, sum): (String, String) =
        sqlx::query_as("SELECT code, audio_code FROM captchas WHERE id = $1")
            .bind(&captcha)
            .fetch_one(&app.state.db.pool)
            .await
            .unwrap();
    let image = b
        .http
        .get(b.url(&format!("/captcha/{captcha}.png")))
        .send()
        .await
        .unwrap();
    assert_eq!(image.headers()["content-type"], "image/png");
    assert_eq!(image.headers()["cache-control"], "no-store");
    let with_code = post(vec![
        ("identifier", "056090001234".into()),
        ("password", "x".into()),
        ("captcha_id", captcha.clone()),
        ("captcha_answer", code.to_uppercase()),
    ])
    .await;
    assert!(
        with_code.message("captcha_answer").is_none(),
        "{with_code:?}"
    );
    let captcha = b.captcha("/dang-nhap").await;
    let _ = sum;
    let sum: String = sqlx::query_scalar("SELECT audio_code FROM captchas WHERE id = $1")
        .bind(&captcha)
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap();
    let with_sum = post(vec![
        ("identifier", "056090001234".into()),
        ("password", "x".into()),
        ("captcha_id", captcha.clone()),
        ("captcha_answer", sum),
    ])
    .await;
    assert!(with_sum.message("captcha_answer").is_none(), "{with_sum:?}");
    // Used challenges are gone; their image too.
    let gone = b
        .http
        .get(b.url(&format!("/captcha/{captcha}.png")))
        .send()
        .await
        .unwrap();
    assert_eq!(gone.status(), StatusCode::NOT_FOUND);
    app.stop().await;
}

/// Starts a registration and returns the browser on the OTP step.
async fn at_otp_step(app: &TestApp, phone: &str) -> Browser {
    let b = app.browser();
    b.post_with_captcha(
        "/dang-ky/cong-dan",
        "/api/register/details",
        &[
            ("kind", "citizen"),
            ("id_number", "001305001234"),
            ("full_name", "Đỗ Thị Ngà"),
            ("birth_date", "02/09/2005"),
            ("phone", phone),
        ],
    )
    .await
    .expect_redirect("/dang-ky/xac-thuc");
    b
}

async fn otp_allows_five_tries_then_needs_a_new_code(backend: Backend) {
    let app = spawn(backend).await;
    let b = at_otp_step(&app, "0977000111").await;
    let code = app.latest_code("0977000111").await;
    let wrong = if code == "000000" { "111111" } else { "000000" };
    for remaining in (1..=4).rev() {
        let r = b
            .post(
                "/dang-ky/xac-thuc",
                "/api/otp/verify",
                &[("journey", "register"), ("code", wrong)],
            )
            .await;
        assert_eq!(
            r.message("code"),
            Some(format!("Mã OTP không đúng. Bạn còn {remaining} lần thử.")),
            "{r:?}"
        );
    }
    let fifth = b
        .post(
            "/dang-ky/xac-thuc",
            "/api/otp/verify",
            &[("journey", "register"), ("code", wrong)],
        )
        .await;
    assert!(
        fifth.message("code").unwrap().contains("quá số lần"),
        "{fifth:?}"
    );
    // Even the right code no longer passes.
    let right = b
        .post(
            "/dang-ky/xac-thuc",
            "/api/otp/verify",
            &[("journey", "register"), ("code", &code)],
        )
        .await;
    assert!(
        right.message("code").unwrap().contains("quá số lần"),
        "{right:?}"
    );
    // A stored code is only its HMAC.
    let stored: String =
        sqlx::query_scalar("SELECT otp_hash FROM auth_flows WHERE purpose = 'register'")
            .fetch_one(&app.state.db.pool)
            .await
            .unwrap();
    assert_eq!(stored.len(), 64);
    assert!(!stored.contains(&code));
    app.stop().await;
}

async fn expired_otp_is_refused_and_resend_has_a_cooldown_and_an_hourly_cap(backend: Backend) {
    let app = TestApp::spawn_with(
        backend,
        &["--test-captcha-answer", ANSWER, "--otp-per-phone-hour", "5"],
    )
    .await;
    let b = at_otp_step(&app, "0977000222").await;
    let code = app.latest_code("0977000222").await;
    // Resending at once is refused: the cooldown.
    let r = b
        .post(
            "/dang-ky/xac-thuc",
            "/api/otp/resend",
            &[("journey", "register")],
        )
        .await;
    assert!(r.message("code").unwrap().contains("giây"), "{r:?}");
    assert_eq!(app.sms_count("0977000222").await, 1);
    // The code expires after five minutes.
    sqlx::query("UPDATE auth_flows SET otp_expires_at = 1")
        .execute(&app.state.db.pool)
        .await
        .unwrap();
    let r = b
        .post(
            "/dang-ky/xac-thuc",
            "/api/otp/verify",
            &[("journey", "register"), ("code", &code)],
        )
        .await;
    assert!(r.message("code").unwrap().contains("hết hạn"), "{r:?}");
    // After the cooldown a new code comes, up to five an hour per number.
    for n in 2..=5 {
        sqlx::query("UPDATE auth_flows SET otp_sent_at = 1")
            .execute(&app.state.db.pool)
            .await
            .unwrap();
        let r = b
            .post(
                "/dang-ky/xac-thuc",
                "/api/otp/resend",
                &[("journey", "register")],
            )
            .await;
        assert!(r.error.is_none(), "resend {n}: {r:?}");
        assert_eq!(app.sms_count("0977000222").await, n);
    }
    sqlx::query("UPDATE auth_flows SET otp_sent_at = 1")
        .execute(&app.state.db.pool)
        .await
        .unwrap();
    let r = b
        .post(
            "/dang-ky/xac-thuc",
            "/api/otp/resend",
            &[("journey", "register")],
        )
        .await;
    assert!(r.message("code").unwrap().contains("một giờ"), "{r:?}");
    assert_eq!(app.sms_count("0977000222").await, 5);
    // The newest code works.
    let code = app.latest_code("0977000222").await;
    b.post(
        "/dang-ky/xac-thuc",
        "/api/otp/verify",
        &[("journey", "register"), ("code", &code)],
    )
    .await
    .expect_redirect("/dang-ky/mat-khau");
    app.stop().await;
}

/// "Gửi lại OTP" is a plain form post answered with a redirect back to the code step: the page
/// drawn next says that a new code went out, once (the server keeps it in the session), and
/// never after a refused resend.
async fn resend_says_once_that_a_new_code_was_sent(backend: Backend) {
    const RESENT: &str = "Đã gửi mã xác thực mới.";
    let app = spawn(backend).await;
    let b = at_otp_step(&app, "0977000333").await;
    let (status, _, page) = b.page("/dang-ky/xac-thuc").await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("Xác thực mã OTP"), "{page}");
    assert!(!page.contains(RESENT), "no notice before a resend");
    // Refused during the cooldown: the error, no notice.
    let r = b
        .post(
            "/dang-ky/xac-thuc",
            "/api/otp/resend",
            &[("journey", "register")],
        )
        .await;
    assert!(r.message("code").unwrap().contains("giây"), "{r:?}");
    let (_, _, page) = b.page("/dang-ky/xac-thuc").await;
    assert!(!page.contains(RESENT), "no notice after a refused resend");
    // After the cooldown: a new code, and the page says so.
    sqlx::query("UPDATE auth_flows SET otp_sent_at = 1")
        .execute(&app.state.db.pool)
        .await
        .unwrap();
    let r = b
        .post(
            "/dang-ky/xac-thuc",
            "/api/otp/resend",
            &[("journey", "register")],
        )
        .await;
    // Back to the form that was posted (Leptos answers a plain post with its Referer).
    assert!(
        r.status.is_redirection()
            && r.error.is_none()
            && r.location.trim_end_matches('?') == "/dang-ky/xac-thuc",
        "{r:?}"
    );
    assert_eq!(app.sms_count("0977000333").await, 2);
    let (status, _, page) = b.page("/dang-ky/xac-thuc").await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains(RESENT), "{page}");
    assert!(page.contains("role=\"status\""), "{page}");
    // Told once.
    let (_, _, page) = b.page("/dang-ky/xac-thuc").await;
    assert!(!page.contains(RESENT), "told once: {page}");
    // The new code continues the journey.
    let code = app.latest_code("0977000333").await;
    b.post(
        "/dang-ky/xac-thuc",
        "/api/otp/verify",
        &[("journey", "register"), ("code", &code)],
    )
    .await
    .expect_redirect("/dang-ky/mat-khau");
    app.stop().await;
}

async fn login_needs_password_captcha_and_code_and_rotates_the_session(backend: Backend) {
    let app = spawn(backend).await;
    seed_citizen(&app).await;
    let b = app.browser();
    // Before login the visitor has an anonymous session (its journey lives there).
    b.post_with_captcha(
        "/dang-nhap",
        "/api/login",
        &[
            ("identifier", " 056 090 001234 "),
            ("password", "Mat-Khau@2026"),
            ("next", "/tai-khoan/phien"),
        ],
    )
    .await
    .expect_redirect("/dang-nhap/xac-thuc");
    assert_eq!(b.whoami().await, None, "not logged in before the code");
    let before: Vec<String> = sqlx::query_scalar("SELECT id FROM sessions WHERE user_id IS NULL")
        .fetch_all(&app.state.db.pool)
        .await
        .unwrap();
    let code = app.latest_code("0912345678").await;
    b.post(
        "/dang-nhap/xac-thuc",
        "/api/otp/verify",
        &[("journey", "login"), ("code", &code)],
    )
    .await
    .expect_redirect("/tai-khoan/phien");
    assert_eq!(b.whoami().await.as_deref(), Some("Nguyễn Văn An"));
    let after: Vec<String> =
        sqlx::query_scalar("SELECT id FROM sessions WHERE user_id IS NOT NULL")
            .fetch_all(&app.state.db.pool)
            .await
            .unwrap();
    for old in &before {
        assert!(!after.contains(old), "the session id changed at login");
        let left: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM sessions WHERE id = $1")
            .bind(old)
            .fetch_one(&app.state.db.pool)
            .await
            .unwrap();
        assert_eq!(left, 0, "the pre-login session is gone");
    }
    // A next= that leaves the site is ignored.
    let b2 = app.browser();
    b2.post_with_captcha(
        "/dang-nhap",
        "/api/login",
        &[
            ("identifier", "056090001234"),
            ("password", "Mat-Khau@2026"),
            ("next", "//evil.example/"),
        ],
    )
    .await
    .expect_redirect("/dang-nhap/xac-thuc");
    let code = app.latest_code("0912345678").await;
    b2.post(
        "/dang-nhap/xac-thuc",
        "/api/otp/verify",
        &[("journey", "login"), ("code", &code)],
    )
    .await
    .expect_redirect("/tai-khoan");
    // Logging out ends the session on the server.
    let out = b
        .http
        .post(b.url("/api/account/logout"))
        .header("accept", "text/html")
        .header("referer", b.url("/tai-khoan"))
        .send()
        .await
        .unwrap();
    assert!(out.status().is_redirection());
    assert_eq!(b.whoami().await, None);
    assert_eq!(
        b2.whoami().await.as_deref(),
        Some("Nguyễn Văn An"),
        "the other session lives on"
    );
    app.stop().await;
}

async fn login_failures_say_the_same_for_unknown_and_known_accounts_and_are_throttled(
    backend: Backend,
) {
    let app = spawn(backend).await;
    seed_citizen(&app).await;
    let b = app.browser();
    let attempt = |identifier: &'static str, password: &'static str| {
        let b = &b;
        async move {
            b.post_with_captcha(
                "/dang-nhap",
                "/api/login",
                &[("identifier", identifier), ("password", password)],
            )
            .await
        }
    };
    let unknown = attempt("079123456789", "Mat-Khau@2026").await;
    let wrong = attempt("056090001234", "Sai-Mat-Khau1").await;
    assert_eq!(unknown.error, wrong.error, "one message for both");
    assert!(
        unknown
            .message("identifier")
            .unwrap()
            .contains("không đúng")
    );
    for _ in 0..4 {
        attempt("056090001234", "Sai-Mat-Khau1").await;
    }
    // Five failures: even the right password is refused for a while, and no code is sent.
    let sent = app.sms_count("0912345678").await;
    let blocked = attempt("056090001234", "Mat-Khau@2026").await;
    assert!(
        blocked
            .message("identifier")
            .unwrap()
            .contains("quá nhiều lần"),
        "{blocked:?}"
    );
    assert_eq!(app.sms_count("0912345678").await, sent);
    app.stop().await;
}

async fn recovery_never_tells_whether_details_match_and_ends_every_session(backend: Backend) {
    let app = spawn(backend).await;
    let logged_in = seed_citizen(&app).await;
    // Details that match no account: the same next page, but no SMS and no code passes.
    let stranger = app.browser();
    stranger
        .post_with_captcha(
            "/quen-mat-khau",
            "/api/recover/start",
            &[
                ("kind", "citizen"),
                ("identifier", "056090001234"),
                ("phone", "0988777666"),
            ],
        )
        .await
        .expect_redirect("/quen-mat-khau/xac-thuc");
    assert_eq!(app.sms_count("0988777666").await, 0);
    let (_, _, page) = stranger.page("/quen-mat-khau/xac-thuc").await;
    assert!(page.contains("Nếu thông tin bạn nhập khớp"), "{page}");
    for guess in ["123456", "000000"] {
        let r = stranger
            .post(
                "/quen-mat-khau/xac-thuc",
                "/api/otp/verify",
                &[("journey", "recover"), ("code", guess)],
            )
            .await;
        assert!(r.message("code").unwrap().contains("không đúng"), "{r:?}");
    }
    // The owner's details: a code to the registered phone, then a new password.
    let owner = app.browser();
    let before = app.sms_count("0912345678").await;
    owner
        .post_with_captcha(
            "/quen-mat-khau",
            "/api/recover/start",
            &[
                ("kind", "citizen"),
                ("identifier", "056090001234"),
                ("phone", "0912 345 678"),
            ],
        )
        .await
        .expect_redirect("/quen-mat-khau/xac-thuc");
    let code = app.next_code("0912345678", before).await;
    owner
        .post(
            "/quen-mat-khau/xac-thuc",
            "/api/otp/verify",
            &[("journey", "recover"), ("code", &code)],
        )
        .await
        .expect_redirect("/quen-mat-khau/mat-khau-moi");
    let weak = owner
        .post(
            "/quen-mat-khau/mat-khau-moi",
            "/api/recover/password",
            &[("password", "abcdefgh"), ("confirm", "abcdefgh")],
        )
        .await;
    assert!(
        weak.message("password").unwrap().contains("chữ in hoa"),
        "{weak:?}"
    );
    owner
        .post(
            "/quen-mat-khau/mat-khau-moi",
            "/api/recover/password",
            &[("password", "Moi-Mat-Khau9"), ("confirm", "Moi-Mat-Khau9")],
        )
        .await
        .expect_redirect("/quen-mat-khau/hoan-tat");
    assert_eq!(logged_in.whoami().await, None, "every session ended");
    // A notice, never the password.
    let notices: Vec<String> =
        sqlx::query_scalar("SELECT body FROM outbox WHERE recipient = '0912345678'")
            .fetch_all(&app.state.db.pool)
            .await
            .unwrap();
    assert!(
        notices
            .iter()
            .any(|n| n.contains("mat khau tai khoan cua ban da duoc thay doi"))
    );
    assert!(notices.iter().all(|n| !n.contains("Moi-Mat-Khau9")));
    login(&app, "056090001234", "Moi-Mat-Khau9", "0912345678").await;
    app.stop().await;
}

async fn password_change_ends_other_sessions_and_sends_a_notice(backend: Backend) {
    let app = spawn(backend).await;
    let first = seed_citizen(&app).await;
    let second = login(&app, "056090001234", "Mat-Khau@2026", "0912345678").await;
    let wrong = second
        .post(
            "/tai-khoan/doi-mat-khau",
            "/api/account/password",
            &[
                ("current", "Sai-Mat-Khau1"),
                ("password", "Moi-Mat-Khau9"),
                ("confirm", "Moi-Mat-Khau9"),
            ],
        )
        .await;
    assert_eq!(
        wrong.message("current").as_deref(),
        Some("Mật khẩu hiện tại không đúng")
    );
    let mismatch = second
        .post(
            "/tai-khoan/doi-mat-khau",
            "/api/account/password",
            &[
                ("current", "Mat-Khau@2026"),
                ("password", "Moi-Mat-Khau9"),
                ("confirm", "Moi-Mat-Khau8"),
            ],
        )
        .await;
    assert!(mismatch.message("confirm").is_some(), "{mismatch:?}");
    second
        .post(
            "/tai-khoan/doi-mat-khau",
            "/api/account/password",
            &[
                ("current", "Mat-Khau@2026"),
                ("password", "Moi-Mat-Khau9"),
                ("confirm", "Moi-Mat-Khau9"),
            ],
        )
        .await
        .expect_redirect("/tai-khoan?tb=mat-khau");
    assert_eq!(
        second.whoami().await.as_deref(),
        Some("Nguyễn Văn An"),
        "this session continues"
    );
    assert_eq!(first.whoami().await, None, "the other one ended");
    let notices: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM outbox WHERE body LIKE '%mat khau tai khoan cua ban da duoc thay doi%'",
    )
    .fetch_one(&app.state.db.pool)
    .await
    .unwrap();
    assert!(notices >= 1);
    app.stop().await;
}

async fn phone_change_needs_the_password_and_codes_to_both_numbers(backend: Backend) {
    let app = spawn(backend).await;
    let b = seed_citizen(&app).await;
    let other_device = login(&app, "056090001234", "Mat-Khau@2026", "0912345678").await;
    let page = "/tai-khoan/so-dien-thoai";
    let same = b
        .post(
            page,
            "/api/account/phone",
            &[("phone", "0912345678"), ("password", "Mat-Khau@2026")],
        )
        .await;
    assert!(same.message("phone").is_some(), "{same:?}");
    // A borrowed session is not enough: the password is asked for, and checked.
    let no_password = b
        .post(page, "/api/account/phone", &[("phone", "0868 123 456")])
        .await;
    assert!(no_password.message("password").is_some(), "{no_password:?}");
    let wrong = b
        .post(
            page,
            "/api/account/phone",
            &[("phone", "0868 123 456"), ("password", "Sai-Mat-Khau1")],
        )
        .await;
    assert_eq!(
        wrong.message("password").as_deref(),
        Some("Mật khẩu hiện tại không đúng"),
        "{wrong:?}"
    );
    assert_eq!(
        app.sms_count("0868123456").await,
        0,
        "no code before the password"
    );
    b.post(
        page,
        "/api/account/phone",
        &[("phone", "0868 123 456"), ("password", "Mat-Khau@2026")],
    )
    .await
    .expect_redirect("/tai-khoan/so-dien-thoai/xac-thuc");
    let (_, _, otp_page) = b.page("/tai-khoan/so-dien-thoai/xac-thuc").await;
    assert!(otp_page.contains("name=\"f[code_old]\""), "two code fields");
    let new_code = app.latest_code("0868123456").await;
    let old_code = app.latest_code("0912345678").await;
    let verify = "/api/otp/verify";
    let at = "/tai-khoan/so-dien-thoai/xac-thuc";
    // The new number's code alone does not do.
    let only_new = b
        .post(at, verify, &[("journey", "phone"), ("code", &new_code)])
        .await;
    assert!(only_new.message("code_old").is_some(), "{only_new:?}");
    let wrong_old = if old_code == "000000" {
        "111111"
    } else {
        "000000"
    };
    let bad = b
        .post(
            at,
            verify,
            &[
                ("journey", "phone"),
                ("code", &new_code),
                ("code_old", wrong_old),
            ],
        )
        .await;
    assert!(
        bad.message("code").unwrap().contains("không đúng"),
        "{bad:?}"
    );
    // The codes swapped do not do either: each is bound to its number.
    let swapped = b
        .post(
            at,
            verify,
            &[
                ("journey", "phone"),
                ("code", &old_code),
                ("code_old", &new_code),
            ],
        )
        .await;
    assert!(swapped.message("code").is_some(), "{swapped:?}");
    b.post(
        at,
        verify,
        &[
            ("journey", "phone"),
            ("code", &new_code),
            ("code_old", &old_code),
        ],
    )
    .await
    .expect_redirect("/tai-khoan?tb=so-dien-thoai");
    let phone: String =
        sqlx::query_scalar("SELECT phone FROM users WHERE id_number = '056090001234'")
            .fetch_one(&app.state.db.pool)
            .await
            .unwrap();
    assert_eq!(phone, "0868123456");
    let told_old: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM outbox WHERE recipient = '0912345678' AND body LIKE '%086****456%'",
    )
    .fetch_one(&app.state.db.pool)
    .await
    .unwrap();
    assert_eq!(
        told_old, 1,
        "the old number is told, with the new one masked"
    );
    assert_eq!(
        other_device.whoami().await,
        None,
        "every other session ended"
    );
    assert_eq!(
        b.whoami().await.as_deref(),
        Some("Nguyễn Văn An"),
        "this one lives on"
    );
    app.stop().await;
}

/// "Đổi số điện thoại" to 0868123456 with the current number lost.
async fn ask_lost_phone_change(b: &Browser) {
    b.post(
        "/tai-khoan/so-dien-thoai",
        "/api/account/phone",
        &[
            ("phone", "0868123456"),
            ("password", "Mat-Khau@2026"),
            ("lost", "true"),
        ],
    )
    .await
    .expect_redirect("/tai-khoan/so-dien-thoai/xac-thuc");
}

async fn phone_change_without_the_old_number_waits_and_can_be_stopped(backend: Backend) {
    let app = spawn(backend).await;
    let b = seed_citizen(&app).await;
    // The e-mail address is confirmed, so it is told too.
    sqlx::query("UPDATE users SET email_verified_at = 1 WHERE id_number = '056090001234'")
        .execute(&app.state.db.pool)
        .await
        .unwrap();
    let page = "/tai-khoan/so-dien-thoai";
    let old_codes = app.sms_count("0912345678").await;
    ask_lost_phone_change(&b).await;
    assert_eq!(
        app.sms_count("0912345678").await,
        old_codes,
        "no code to a lost number"
    );
    let (_, _, otp_page) = b.page("/tai-khoan/so-dien-thoai/xac-thuc").await;
    assert!(!otp_page.contains("f[code_old]"), "one code field");
    let code = app.latest_code("0868123456").await;
    b.post(
        "/tai-khoan/so-dien-thoai/xac-thuc",
        "/api/otp/verify",
        &[("journey", "phone"), ("code", &code)],
    )
    .await
    .expect_redirect("/tai-khoan/so-dien-thoai?tb=cho-hieu-luc");
    let phone = || async {
        sqlx::query_scalar::<_, String>("SELECT phone FROM users WHERE id_number = '056090001234'")
            .fetch_one(&app.state.db.pool)
            .await
            .unwrap()
    };
    assert_eq!(phone().await, "0912345678", "nothing changes yet");
    let (_, _, pending) = b.page(page).await;
    assert!(
        pending.contains("086****456"),
        "the page shows the waiting change"
    );
    let warned: Vec<(String, String)> = sqlx::query_as(
        "SELECT channel, body FROM outbox WHERE (recipient = '0912345678' OR recipient = 'an@example.vn') \
         AND body LIKE '%086****456%'",
    )
    .fetch_all(&app.state.db.pool)
    .await
    .unwrap();
    assert!(
        warned.iter().any(|(c, _)| c == "sms"),
        "the old number is warned: {warned:?}"
    );
    assert!(
        warned.iter().any(|(c, _)| c == "email"),
        "the e-mail is warned: {warned:?}"
    );
    // "Hủy yêu cầu" stops it.
    b.post(page, "/api/account/phone/cancel", &[])
        .await
        .expect_redirect("/tai-khoan/so-dien-thoai?tb=da-huy");
    let left: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM phone_changes")
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap();
    assert_eq!(left, 0);
    // Asked again and left to run out, it takes effect and ends every session.
    ask_lost_phone_change(&b).await;
    let code = app.latest_code("0868123456").await;
    b.post(
        "/tai-khoan/so-dien-thoai/xac-thuc",
        "/api/otp/verify",
        &[("journey", "phone"), ("code", &code)],
    )
    .await
    .expect_redirect("/tai-khoan/so-dien-thoai?tb=cho-hieu-luc");
    let services = app.state.services.clone();
    assert_eq!(
        app::accounts::service::apply_due_phone_changes(&services, "1900 1023")
            .await
            .unwrap(),
        0,
        "not before its time"
    );
    sqlx::query("UPDATE phone_changes SET effective_at = 1")
        .execute(&app.state.db.pool)
        .await
        .unwrap();
    assert_eq!(
        app::accounts::service::apply_due_phone_changes(&services, "1900 1023")
            .await
            .unwrap(),
        1
    );
    assert_eq!(phone().await, "0868123456");
    assert_eq!(b.whoami().await, None, "every session ended");
    login(&app, "056090001234", "Mat-Khau@2026", "0868123456").await;
    app.stop().await;
}

async fn profile_keeps_addresses_from_the_2025_units(backend: Backend) {
    let app = spawn(backend).await;
    let b = seed_citizen(&app).await;
    let nha_trang: String = sqlx::query_scalar(
        "SELECT code FROM communes WHERE name = 'Nha Trang' AND province_code = '56'",
    )
    .fetch_one(&app.state.db.pool)
    .await
    .unwrap();
    let ba_dinh: String = sqlx::query_scalar(
        "SELECT code FROM communes WHERE name = 'Ba Đình' AND province_code = '01'",
    )
    .fetch_one(&app.state.db.pool)
    .await
    .unwrap();
    let base = [
        ("full_name", "Nguyễn Văn An"),
        ("gender", "nam"),
        ("birth_date", "15/05/1990"),
        ("nationality", "Việt Nam"),
        ("ethnicity", "Kinh"),
        ("religion", "khong"),
        ("doc_type", "cccd"),
        ("doc_number", "056090001234"),
        ("email", "an@example.vn"),
        ("residence_province", "56"),
        ("residence_street", "12 Trần Phú"),
        ("postal_same", "true"),
    ];
    // A commune of another province: refused, and the answers are kept for the next render.
    let mut fields = base.to_vec();
    fields.push(("residence_commune", &ba_dinh));
    let r = b
        .post("/tai-khoan", "/api/account/profile/save", &fields)
        .await;
    assert!(
        r.message("residence_commune")
            .unwrap()
            .contains("không thuộc"),
        "{r:?}"
    );
    let (_, _, page) = b.page("/tai-khoan").await;
    assert!(page.contains("value=\"12 Trần Phú\""), "answers kept");
    assert!(
        page.contains(&format!("value=\"{nha_trang}\"")),
        "the communes of the chosen province are listed"
    );
    // A birth date that contradicts the CCCD.
    let mut fields = base.to_vec();
    fields.retain(|(k, _)| *k != "birth_date");
    fields.push(("birth_date", "15/05/1991"));
    fields.push(("residence_commune", &nha_trang));
    let r = b
        .post("/tai-khoan", "/api/account/profile/save", &fields)
        .await;
    assert!(r.message("birth_date").is_some(), "{r:?}");
    let mut fields = base.to_vec();
    fields.push(("residence_commune", &nha_trang));
    b.post("/tai-khoan", "/api/account/profile/save", &fields)
        .await
        .expect_redirect("/tai-khoan?tb=da-luu");
    let saved: (String, String, String, String) = sqlx::query_as(
        "SELECT residence_commune, postal_province, postal_commune, postal_street FROM profiles \
         JOIN users ON users.id = profiles.user_id WHERE id_number = '056090001234'",
    )
    .fetch_one(&app.state.db.pool)
    .await
    .unwrap();
    assert_eq!(
        saved,
        (
            nha_trang.clone(),
            "56".into(),
            nha_trang,
            "12 Trần Phú".into()
        ),
        "postal = residence"
    );
    app.stop().await;
}

async fn sessions_page_lists_and_logs_out_the_others(backend: Backend) {
    let app = spawn(backend).await;
    let first = seed_citizen(&app).await;
    let second = login(&app, "056090001234", "Mat-Khau@2026", "0912345678").await;
    let (status, _, page) = second.page("/tai-khoan/phien").await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("Thiết bị này"), "{page}");
    assert_eq!(page.matches("<tr>").count(), 3, "header + two sessions");
    assert!(page.contains("127.0.0.*"), "addresses are shown masked");
    let res = second
        .http
        .post(second.url("/api/account/sessions/end-others"))
        .header("accept", "text/html")
        .header("referer", second.url("/tai-khoan/phien"))
        .send()
        .await
        .unwrap();
    assert!(res.status().is_redirection());
    assert_eq!(first.whoami().await, None);
    assert!(second.whoami().await.is_some());
    app.stop().await;
}

async fn email_link_confirms_the_address(backend: Backend) {
    let app = spawn(backend).await;
    let b = seed_citizen(&app).await;
    // Let the outbox worker deliver the confirmation e-mail through the development provider.
    let mut body = None;
    for _ in 0..50 {
        body = sqlx::query_scalar::<_, String>(
            "SELECT body FROM dev_messages WHERE channel = 'email' AND recipient = 'an@example.vn'",
        )
        .fetch_optional(&app.state.db.pool)
        .await
        .unwrap();
        if body.is_some() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    let body = body.expect("the outbox worker delivered the e-mail");
    let start =
        body.find("/xac-nhan-email/").expect("link in the e-mail") + "/xac-nhan-email/".len();
    let token: String = body[start..]
        .chars()
        .take_while(|c| c.is_ascii_hexdigit())
        .collect();
    // Opening the link changes nothing; pressing the button confirms.
    let (status, _, _) = b.page(&format!("/xac-nhan-email/{token}")).await;
    assert_eq!(status, StatusCode::OK);
    let verified = |app: &TestApp| {
        let pool = app.state.db.pool.clone();
        async move {
            sqlx::query_scalar::<_, Option<i64>>(
                "SELECT email_verified_at FROM users WHERE id_number = '056090001234'",
            )
            .fetch_one(&pool)
            .await
            .unwrap()
        }
    };
    assert_eq!(verified(&app).await, None);
    let page = format!("/xac-nhan-email/{token}");
    let anonymous = app.browser();
    anonymous
        .post(&page, "/api/account/email/confirm", &[("token", &token)])
        .await
        .expect_redirect("/xac-nhan-email-thanh-cong");
    assert!(verified(&app).await.is_some());
    let reuse = anonymous
        .post(&page, "/api/account/email/confirm", &[("token", &token)])
        .await;
    assert!(reuse.message("token").is_some(), "single use: {reuse:?}");
    app.stop().await;
}

async fn account_pages_need_a_login(backend: Backend) {
    let app = spawn(backend).await;
    let b = app.browser();
    for path in ["/tai-khoan", "/tai-khoan/phien", "/tai-khoan/so-dien-thoai"] {
        let (status, location, _) = b.page(path).await;
        assert!(status.is_redirection(), "{path}: {status}");
        assert_eq!(location, format!("/dang-nhap?next={path}"));
    }
    // Server functions refuse too.
    let r = b
        .post(
            "/tai-khoan",
            "/api/account/profile/save",
            &[("full_name", "Kẻ Gian")],
        )
        .await;
    assert_eq!(r.error, Some(app::error::AppError::Unauthenticated));
    // Journey pages without a journey go back to its start.
    for (path, start) in [
        ("/dang-ky/xac-thuc", "/dang-ky"),
        ("/dang-ky/mat-khau", "/dang-ky"),
        ("/quen-mat-khau/mat-khau-moi", "/quen-mat-khau"),
        ("/dang-nhap/xac-thuc", "/dang-nhap"),
    ] {
        let (status, location, _) = b.page(path).await;
        assert!(status.is_redirection(), "{path}");
        assert_eq!(location, start, "{path}");
    }
    app.stop().await;
}
