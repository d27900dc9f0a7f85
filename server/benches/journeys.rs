//! Benchmark (not a test): the server time of the account and dossier journeys, measured over
//! real HTTP against a portal started in-process, on SQLite and on PostgreSQL. Prints median,
//! p95 and max per step.
//!
//!     cargo bench -p server --bench journeys
//!
//! - registration: the three posts of a citizen's registration (details with captcha, the SMS
//!   code, the password), each timed, and their sum;
//! - login: password with captcha, then the SMS code, for accounts registered above;
//! - submission: the final "Nộp hồ sơ" of a composed dossier (code, timeline entry and the
//!   notifications in one transaction).
//!
//! PostgreSQL is taken from TEST_POSTGRES_URL (default postgres://postgres:postgres@127.0.0.1:5432/postgres).

#[path = "../tests/common/mod.rs"]
#[allow(unused_macros, unused_imports)]
mod common;

use common::{
    Backend, Browser, CAPTCHA_ANSWER, TestApp,
    dossiers::{compose, submit},
};
use std::time::{Duration, Instant};

const ACCOUNTS: usize = 40;
const SUBMISSIONS: usize = 40;

fn report(what: &str, mut samples: Vec<Duration>) {
    samples.sort();
    let at = |q: f64| samples[((samples.len() as f64 - 1.0) * q).round() as usize];
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "  {what:<32} n={:<3} median {:>8.2} ms   p95 {:>8.2} ms   max {:>8.2} ms",
        samples.len(),
        ms(at(0.5)),
        ms(at(0.95)),
        ms(*samples.last().unwrap())
    );
}

async fn timed<F: std::future::Future<Output = T>, T>(f: F) -> (T, Duration) {
    let start = Instant::now();
    let out = f.await;
    (out, start.elapsed())
}

/// A valid CCCD for a man born in 1990 in Khánh Hòa (province code 056), and a mobile number.
fn person(i: usize) -> (String, String) {
    (
        format!("056090{:06}", 100_000 + i),
        format!("0981{:06}", 100_000 + i),
    )
}

async fn run(backend: Backend) {
    println!("{backend:?}");
    let app = TestApp::spawn_with(
        backend,
        &[
            "--seed-demo",
            "true",
            "--test-captcha-answer",
            CAPTCHA_ANSWER,
        ],
    )
    .await;

    let (mut details, mut verify, mut password, mut registration) =
        (vec![], vec![], vec![], vec![]);
    for i in 0..ACCOUNTS {
        let (id, phone) = person(i);
        let b = app.browser();
        let captcha = b.captcha("/dang-ky/cong-dan").await;
        let (posted, d1) = timed(b.post(
            "/dang-ky/cong-dan",
            "/api/register/details",
            &[
                ("kind", "citizen"),
                ("id_number", &id),
                ("full_name", "Phạm Minh Khang"),
                ("birth_date", "12/08/1990"),
                ("phone", &phone),
                ("email", ""),
                ("username", ""),
                ("captcha_id", &captcha),
                ("captcha_answer", CAPTCHA_ANSWER),
            ],
        ))
        .await;
        posted.expect_redirect("/dang-ky/xac-thuc");
        let code = app.latest_code(&phone).await;
        let (posted, d2) = timed(b.post(
            "/dang-ky/xac-thuc",
            "/api/otp/verify",
            &[("journey", "register"), ("code", &code)],
        ))
        .await;
        posted.expect_redirect("/dang-ky/mat-khau");
        let (posted, d3) = timed(b.post(
            "/dang-ky/mat-khau",
            "/api/register/password",
            &[("password", "Mat-Khau@2026"), ("confirm", "Mat-Khau@2026")],
        ))
        .await;
        posted.expect_redirect("/dang-ky/hoan-tat");
        details.push(d1);
        verify.push(d2);
        password.push(d3);
        registration.push(d1 + d2 + d3);
    }
    report("register: details + captcha", details);
    report("register: SMS code", verify);
    report("register: password (argon2)", password);
    report("register: total", registration);

    let (mut pw, mut otp, mut total) = (vec![], vec![], vec![]);
    for i in 0..ACCOUNTS {
        let (id, phone) = person(i);
        let b = app.browser();
        let captcha = b.captcha("/dang-nhap").await;
        let (posted, d1) = timed(b.post(
            "/dang-nhap",
            "/api/login",
            &[
                ("identifier", &id),
                ("password", "Mat-Khau@2026"),
                ("next", ""),
                ("captcha_id", &captcha),
                ("captcha_answer", CAPTCHA_ANSWER),
            ],
        ))
        .await;
        posted.expect_redirect("/dang-nhap/xac-thuc");
        let code = app.latest_code(&phone).await;
        let (posted, d2) = timed(b.post(
            "/dang-nhap/xac-thuc",
            "/api/otp/verify",
            &[("journey", "login"), ("code", &code)],
        ))
        .await;
        posted.expect_redirect("/tai-khoan");
        pw.push(d1);
        otp.push(d2);
        total.push(d1 + d2);
    }
    report("login: password + captcha", pw);
    report("login: SMS code", otp);
    report("login: total", total);

    let b: Browser = common::dossiers::citizen(&app).await;
    let mut submits = vec![];
    for _ in 0..SUBMISSIONS {
        let pid = compose(&app, &b).await;
        let (posted, d) = timed(submit(&b, &pid)).await;
        posted.expect_redirect(&format!("/ho-so/{pid}/da-nop"));
        submits.push(d);
    }
    report("dossier submission", submits);
    app.stop().await;
}

fn main() {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");
    rt.block_on(async {
        run(Backend::Sqlite).await;
        run(Backend::Postgres).await;
    });
}
