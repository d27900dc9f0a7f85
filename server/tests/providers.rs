//! The message providers against local stand-ins that speak their protocols: e-mail over a real
//! SMTP conversation, SMS over eSMS's JSON API; the outbox's retries; staff accounts created on
//! the command line.

mod common;

use common::{
    Backend, TestApp, finish_registration,
    sinks::{EsmsStandIn, SmtpSink},
};
use server::settings::{CreateUser, StaffRole};
use std::time::Duration;

on_both_databases!(
    otp_sms_goes_through_the_esms_protocol,
    refused_sms_is_told_to_the_visitor,
    email_goes_over_smtp_from_the_outbox,
    undeliverable_email_stays_queued_for_a_retry,
    staff_accounts_come_from_the_command_and_log_in,
);

use common::CAPTCHA_ANSWER as ANSWER;

async fn start_registration(
    app: &TestApp,
    phone: &str,
    email: &str,
) -> (common::Browser, common::Posted) {
    let b = app.browser();
    let posted = b
        .post_with_captcha(
            "/dang-ky/cong-dan",
            "/api/register/details",
            &[
                ("kind", "citizen"),
                ("id_number", "056090001234"),
                ("full_name", "Nguyễn Văn An"),
                ("birth_date", "15/05/1990"),
                ("phone", phone),
                ("email", email),
            ],
        )
        .await;
    (b, posted)
}

async fn otp_sms_goes_through_the_esms_protocol(backend: Backend) {
    let esms = EsmsStandIn::start().await;
    let app = TestApp::spawn_with(
        backend,
        &[
            "--test-captcha-answer",
            ANSWER,
            "--sms-provider",
            "esms",
            "--esms-url",
            &esms.url,
            "--esms-api-key",
            "key-1",
            "--esms-secret-key",
            "secret-1",
            "--esms-brandname",
            "DVC-KHANHHOA",
        ],
    )
    .await;
    start_registration(&app, "0912345678", "")
        .await
        .1
        .expect_redirect("/dang-ky/xac-thuc");
    let calls = esms.calls();
    assert_eq!(calls.len(), 1, "{calls:?}");
    let call = &calls[0];
    assert_eq!(call.phone, "0912345678");
    assert_eq!(call.brandname, "DVC-KHANHHOA");
    assert_eq!(
        (call.sms_type.as_str(), call.is_unicode.as_str()),
        ("2", "0"),
        "GSM 7-bit, not Unicode"
    );
    assert!(
        call.content.contains("ma xac thuc dang ky tai khoan"),
        "{}",
        call.content
    );
    // The development provider kept no copy.
    assert_eq!(app.sms_count("0912345678").await, 0);
    app.stop().await;
}

async fn refused_sms_is_told_to_the_visitor(backend: Backend) {
    let esms = EsmsStandIn::start().await;
    let app = TestApp::spawn_with(
        backend,
        &[
            "--test-captcha-answer",
            ANSWER,
            "--sms-provider",
            "esms",
            "--esms-url",
            &esms.url,
            "--esms-api-key",
            "wrong-key",
            "--esms-secret-key",
            "secret-1",
        ],
    )
    .await;
    let (_, r) = start_registration(&app, "0912345678", "").await;
    assert_eq!(r.location, "/dang-ky/cong-dan");
    assert!(
        r.message("phone")
            .unwrap()
            .contains("Chưa gửi được tin nhắn"),
        "{r:?}"
    );
    assert_eq!(esms.calls().len(), 1);
    app.stop().await;
}

async fn wait_for<F, Fut>(mut check: F) -> bool
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = bool>,
{
    for _ in 0..100 {
        if check().await {
            return true;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    false
}

async fn email_goes_over_smtp_from_the_outbox(backend: Backend) {
    let sink = SmtpSink::start().await;
    let port = sink.port.to_string();
    let app = TestApp::spawn_with(
        backend,
        &[
            "--test-captcha-answer",
            ANSWER,
            "--mail-provider",
            "smtp",
            "--smtp-port",
            &port,
        ],
    )
    .await;
    // Registration with an e-mail address queues the confirmation link.
    let (b, posted) = start_registration(&app, "0912345678", "an@example.vn").await;
    posted.expect_redirect("/dang-ky/xac-thuc");
    finish_registration(&app, &b, "0912345678", "Mat-Khau@2026").await;
    assert!(
        wait_for(|| {
            let s = sink.clone();
            async move { !s.mails().is_empty() }
        })
        .await,
        "no mail reached the SMTP sink"
    );
    let mail = &sink.mails()[0];
    assert!(
        mail.to.iter().any(|t| t.contains("an@example.vn")),
        "{mail:?}"
    );
    assert!(
        mail.from.contains("khong-tra-loi@dichvucong.example.vn"),
        "{mail:?}"
    );
    assert!(mail.data.contains("Subject:"), "{}", mail.data);
    assert!(
        mail.data.contains("/xac-nhan-email/"),
        "the confirmation link: {}",
        mail.data
    );
    let pool = app.state.db.pool.clone();
    assert!(
        wait_for(|| {
            let pool = pool.clone();
            async move {
                sqlx::query_scalar::<_, String>("SELECT status FROM outbox WHERE channel = 'email' AND recipient = 'an@example.vn'")
                    .fetch_one(&pool)
                    .await
                    .unwrap()
                    == "sent"
            }
        })
        .await
    );
    app.stop().await;
}

async fn undeliverable_email_stays_queued_for_a_retry(backend: Backend) {
    // A port nobody listens on.
    let closed = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let app = TestApp::spawn_with(
        backend,
        &[
            "--mail-provider",
            "smtp",
            "--smtp-port",
            &closed.to_string(),
        ],
    )
    .await;
    sqlx::query("INSERT INTO outbox (channel, recipient, subject, body, next_attempt_at, created_at) VALUES ('email', 'an@example.vn', 'Thử', 'Nội dung', 0, 0)")
        .execute(&app.state.db.pool)
        .await
        .unwrap();
    app.state.services.outbox.notify_one();
    let pool = app.state.db.pool.clone();
    assert!(
        wait_for(|| {
            let pool = pool.clone();
            async move {
                let (attempts, status): (i64, String) =
                    sqlx::query_as("SELECT attempts, status FROM outbox")
                        .fetch_one(&pool)
                        .await
                        .unwrap();
                attempts == 1 && status == "pending"
            }
        })
        .await,
        "one failed attempt, queued again"
    );
    let (next, error): (i64, Option<String>) =
        sqlx::query_as("SELECT next_attempt_at, last_error FROM outbox")
            .fetch_one(&pool)
            .await
            .unwrap();
    assert!(
        next > app::backend::now_epoch() + 20,
        "retried after a back-off"
    );
    assert!(error.is_some());
    app.stop().await;
}

async fn staff_accounts_come_from_the_command_and_log_in(backend: Backend) {
    let app = TestApp::spawn_with(backend, &["--test-captcha-answer", ANSWER]).await;
    // The catalog's agencies, one of which the officer works for.
    server::catalog_seed::load(&app.state.db, "56")
        .await
        .expect("catalog");
    let args = CreateUser {
        role: StaffRole::Officer,
        username: "canbo.thu".into(),
        name: "Võ Thị Thu".into(),
        phone: "0905111222".into(),
        email: None,
        agencies: vec!["000.00.12.H34".into()],
    };
    assert!(
        server::staff::create(&app.state.db, &args, "yeu")
            .await
            .is_err(),
        "weak password refused"
    );
    server::staff::create(&app.state.db, &args, "Can-Bo#2026")
        .await
        .expect("created");
    assert!(
        server::staff::create(&app.state.db, &args, "Can-Bo#2026")
            .await
            .is_err(),
        "username taken"
    );
    let b = app.browser();
    b.post_with_captcha(
        "/dang-nhap",
        "/api/login",
        &[("identifier", "canbo.thu"), ("password", "Can-Bo#2026")],
    )
    .await
    .expect_redirect("/dang-nhap/xac-thuc");
    let code = app.latest_code("0905111222").await;
    b.post(
        "/dang-nhap/xac-thuc",
        "/api/otp/verify",
        &[("journey", "login"), ("code", &code)],
    )
    .await
    .expect_redirect("/can-bo/ho-so");
    assert_eq!(b.whoami().await.as_deref(), Some("Võ Thị Thu"));
    // The agency given on the command line is theirs: its queue opens.
    let (status, _, page) = b.page("/can-bo/ho-so").await;
    assert_eq!(status, reqwest::StatusCode::OK);
    assert!(page.contains("Sở Tư pháp"), "the agency's queue");
    // Staff cannot register themselves: the registration form only makes citizens and organisations.
    app.stop().await;
}
