//! The database life cycle and the process life cycle: migrations and demo data are idempotent on
//! both backends; the binary documents its settings, refuses unsafe ones and stops cleanly on SIGTERM.

mod common;

use common::{Backend, TestApp, TestDb, settings};
use server::{Db, Portal, demo};
use std::{
    io::{BufRead as _, BufReader, Read as _, Write as _},
    process::{Command, Stdio},
    time::{Duration, Instant},
};

on_both_databases!(
    migrations_and_demo_data_are_idempotent,
    stopped_portal_refuses_connections,
    a_stuck_request_does_not_keep_the_portal_from_stopping
);

async fn migrations_and_demo_data_are_idempotent(backend: Backend) {
    let db = TestDb::new(backend).await;
    for _ in 0..2 {
        let portal = Portal::start(settings(&db, &["--seed-demo", "true"]))
            .await
            .expect("start");
        portal.stop(Duration::from_secs(5)).await.unwrap();
    }
    let conn = Db::connect(&db.url, 1).await.unwrap();
    conn.migrate()
        .await
        .expect("re-running migrations is a no-op");
    let services = server::build_services(&settings(&db, &[]), conn.clone()).unwrap();
    demo::seed(&services)
        .await
        .expect("seeding again is a no-op");
    let accounts: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM users")
        .fetch_one(&conn.pool)
        .await
        .unwrap();
    assert_eq!(
        accounts,
        demo::ACCOUNTS.len() as i64,
        "one of each demo account"
    );
    let applied: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM _sqlx_migrations")
        .fetch_one(&conn.pool)
        .await
        .unwrap();
    let files = std::fs::read_dir(format!(
        "{}/../migrations/{}",
        env!("CARGO_MANIFEST_DIR"),
        match backend {
            Backend::Sqlite => "sqlite",
            Backend::Postgres => "postgres",
        }
    ))
    .unwrap()
    .count() as i64;
    assert_eq!(applied, files, "every migration file applied exactly once");
    let markers: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM portal_settings WHERE key = $1")
        .bind(demo::DEMO_MARKER)
        .fetch_one(&conn.pool)
        .await
        .unwrap();
    assert_eq!(markers, 1);
    conn.pool.close().await;
    db.cleanup().await;
}

async fn stopped_portal_refuses_connections(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let url = app.url("/healthz");
    let http = app.http.clone();
    assert!(http.get(&url).send().await.is_ok());
    app.stop().await;
    assert!(
        http.get(&url).send().await.is_err(),
        "nothing listens after stop"
    );
}

/// A request that never ends, holding a database connection, used to keep the process from
/// ending after SIGTERM: the server waited for it, then for the pool to get the connection back,
/// for ever. Now the stop drops what still runs after the grace period and bounds the pool's close.
async fn a_stuck_request_does_not_keep_the_portal_from_stopping(backend: Backend) {
    let db = TestDb::new(backend).await;
    let portal = Portal::start(settings(&db, &[])).await.expect("start");
    // What a stuck request holds: a connection taken from the pool and never given back.
    let held = portal.state.db.pool.acquire().await.unwrap();
    // And a request in flight that does not end within the grace period: a request for a
    // province's communes (the address island's server function) whose body never comes (the
    // body timeout is 30 s).
    let mut stream = tokio::net::TcpStream::connect(portal.addr).await.unwrap();
    tokio::io::AsyncWriteExt::write_all(
        &mut stream,
        b"POST /api/units/communes HTTP/1.1\r\nHost: localhost\r\n\
          Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 1000\r\n\r\nprovince=",
    )
    .await
    .unwrap();
    let deadline = Instant::now() + Duration::from_secs(10);
    while portal.state.in_flight.count() == 0 && Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert_eq!(portal.state.in_flight.count(), 1, "it is in flight");
    // A bound on a hang, not a timing assertion: the grace is 1 s per step.
    let stopped =
        tokio::time::timeout(Duration::from_secs(30), portal.stop(Duration::from_secs(1))).await;
    assert!(stopped.is_ok(), "the portal stops despite what is stuck");
    stopped.unwrap().expect("a clean stop");
    drop(held);
    drop(stream);
    db.cleanup().await;
}

fn server_bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_server"))
}

#[test]
fn help_lists_every_setting_with_its_environment_variable() {
    let out = server_bin().arg("--help").output().unwrap();
    assert!(out.status.success());
    let help = String::from_utf8(out.stdout).unwrap();
    for var in [
        "DATABASE_URL",
        "PORTAL_DB_MAX_CONNECTIONS",
        "LEPTOS_SITE_ADDR",
        "LEPTOS_SITE_ROOT",
        "PORTAL_MODE",
        "PORTAL_PUBLIC_URL",
        "PORTAL_SEED_DEMO",
        "PORTAL_PROVINCE",
        "PORTAL_HOTLINE",
        "PORTAL_SUPPORT_EMAIL",
        "PORTAL_OFFICE_HOURS",
        "PORTAL_LOG",
        "PORTAL_LOG_FORMAT",
        "PORTAL_SHUTDOWN_TIMEOUT",
        "PORTAL_CONFIG",
        "PORTAL_SECRET_KEY",
        "PORTAL_SESSION_IDLE_MINUTES",
        "PORTAL_SESSION_MAX_HOURS",
        "PORTAL_SMS_PROVIDER",
        "PORTAL_ESMS_API_KEY",
        "PORTAL_MAIL_PROVIDER",
        "PORTAL_SMTP_HOST",
        "PORTAL_MAIL_FROM",
        "PORTAL_TEST_CAPTCHA_ANSWER",
        "PORTAL_OTP_PER_PHONE_HOUR",
        "PORTAL_MESSAGES_PER_ADDRESS_HOUR",
        "PORTAL_MESSAGES_PER_NETWORK_DAY",
        "PORTAL_MESSAGES_PER_HOUR",
        "PORTAL_MESSAGES_PER_DAY",
        "PORTAL_TRACK_PER_ADDRESS_MINUTE",
        "PORTAL_CAPTCHAS_PER_ADDRESS_HOUR",
        "PORTAL_CAPTCHA_MEDIA_PER_NETWORK_HOUR",
        "PORTAL_MAX_DRAFTS",
        "PORTAL_MAX_STORE_MB",
        "PORTAL_PHONE_CHANGE_WAIT_HOURS",
        "PORTAL_HEADER_TIMEOUT",
        "PORTAL_BODY_TIMEOUT",
        "PORTAL_UPLOAD_TIMEOUT",
    ] {
        assert!(help.contains(var), "--help mentions {var}");
    }
}

#[test]
fn production_mode_refuses_unsafe_settings() {
    let out = server_bin()
        .args([
            "check-config",
            "--mode",
            "production",
            "--database-url",
            "sqlite::memory:",
        ])
        .env_remove("PORTAL_PUBLIC_URL")
        .env_remove("PORTAL_SECRET_KEY")
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("PORTAL_SECRET_KEY"));
    let safe = [
        "--secret-key",
        "0123456789abcdef0123456789abcdef",
        "--sms-provider",
        "esms",
        "--esms-api-key",
        "k",
        "--esms-secret-key",
        "s",
        "--mail-provider",
        "smtp",
    ];
    let out = server_bin()
        .args([
            "check-config",
            "--mode",
            "production",
            "--database-url",
            "sqlite::memory:",
        ])
        .args(safe)
        .env_remove("PORTAL_PUBLIC_URL")
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("PORTAL_PUBLIC_URL"));
    // The development message provider and the test captcha answer are refused.
    for (flag, value, says) in [
        ("--sms-provider", "dev", "development message provider"),
        ("--test-captcha-answer", "x", "PORTAL_TEST_CAPTCHA_ANSWER"),
    ] {
        let mut args = safe.to_vec();
        match args.iter().position(|a| *a == flag) {
            Some(i) => args[i + 1] = value,
            None => args.extend([flag, value]),
        }
        let out = server_bin()
            .args([
                "check-config",
                "--mode",
                "production",
                "--public-url",
                "https://dvc.example.vn",
            ])
            .args(&args)
            .output()
            .unwrap();
        assert!(!out.status.success(), "{flag}");
        assert!(
            String::from_utf8_lossy(&out.stderr).contains(says),
            "{flag}"
        );
    }
    let out = server_bin()
        .args([
            "check-config",
            "--mode",
            "production",
            "--public-url",
            "https://dvc.example.vn",
        ])
        .args(safe)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        !String::from_utf8_lossy(&out.stdout).contains("0123456789abcdef"),
        "secret hidden"
    );
    let out = server_bin()
        .args([
            "check-config",
            "--mode",
            "production",
            "--public-url",
            "https://dvc.example.vn",
            "--seed-demo",
            "true",
        ])
        .output()
        .unwrap();
    assert!(!out.status.success());
}

#[test]
fn settings_file_is_read_and_environment_wins() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("portal.env");
    std::fs::write(&file, "# quoted because of the spaces\nPORTAL_PROVINCE=\"Đắk Lắk\"\nPORTAL_HOTLINE=\"0262 000 111\"\n").unwrap();
    let out = server_bin()
        .args(["check-config", "--config"])
        .arg(&file)
        .env_remove("PORTAL_PROVINCE")
        .env("PORTAL_HOTLINE", "1900 0000")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let printed = String::from_utf8(out.stdout).unwrap();
    assert!(printed.contains("Đắk Lắk"), "{printed}");
    assert!(printed.contains("1900 0000"), "{printed}");
}

#[test]
fn development_mode_is_refused_on_a_public_address_unless_asked_for() {
    let dir = tempfile::tempdir().unwrap();
    let db = format!("sqlite:{}", dir.path().join("p.db").display());
    let out = server_bin()
        .args(["serve", "--listen", "0.0.0.0:0", "--database-url", &db])
        .env_remove("PORTAL_MODE")
        .env_remove("PORTAL_CONFIG")
        .env("PORTAL_LOG", "error")
        .output()
        .unwrap();
    assert!(!out.status.success(), "the server must not start");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("PORTAL_MODE"),
        "the message says what to do: {err}"
    );
    assert!(err.contains("0.0.0.0"), "{err}");
    // Asked for explicitly, it may.
    let out = server_bin()
        .args([
            "check-config",
            "--listen",
            "0.0.0.0:0",
            "--mode",
            "development",
            "--database-url",
            &db,
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn sigterm_stops_the_server_gracefully() {
    let dir = tempfile::tempdir().unwrap();
    let mut child = server_bin()
        .args([
            "serve",
            "--listen",
            "127.0.0.1:0",
            "--log-format",
            "text",
            "--header-timeout-secs",
            "1",
            "--database-url",
        ])
        .arg(format!("sqlite:{}", dir.path().join("p.db").display()))
        .env("PORTAL_LOG", "info")
        .env("NO_COLOR", "1")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let mut lines = BufReader::new(stdout).lines();
    let addr = loop {
        let line = lines.next().expect("server printed its address").unwrap();
        if let Some(rest) = line.split("listening on http://").nth(1) {
            break rest.trim().to_string();
        }
    };
    // One request, to find its id in the log afterwards.
    let mut stream = std::net::TcpStream::connect(&addr).expect("server accepts connections");
    stream
        .write_all(
            b"GET /healthz?secret=0912345678 HTTP/1.1\r\nHost: portal\r\nConnection: close\r\n\r\n",
        )
        .unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).unwrap();
    assert!(response.starts_with("HTTP/1.1 200"), "{response}");
    let request_id = response
        .lines()
        .find_map(|l| l.strip_prefix("x-request-id: "))
        .expect("response carries x-request-id")
        .trim()
        .to_string();
    // An e-mail confirmation link: its token is a secret and never reaches the log.
    let mut stream = std::net::TcpStream::connect(&addr).unwrap();
    stream
        .write_all(
            b"GET /xac-nhan-email/5ec2e7f00d5ec2e7f00d HTTP/1.1\r\nHost: portal\r\nConnection: close\r\n\r\n",
        )
        .unwrap();
    let mut page = String::new();
    stream.read_to_string(&mut page).unwrap();
    assert!(page.starts_with("HTTP/1.1 200"), "{page}");
    // A client that sends its headers too slowly is cut off (slowloris).
    let mut slow = std::net::TcpStream::connect(&addr).unwrap();
    slow.set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    slow.write_all(b"GET / HTTP/1.1\r\nHost: portal\r\n")
        .unwrap();
    let cut = Instant::now();
    let mut rest = Vec::new();
    let read = slow.read_to_end(&mut rest);
    assert!(read.is_ok(), "the server closed the connection: {read:?}");
    assert!(
        cut.elapsed() < Duration::from_secs(8),
        "closed after the header timeout, not left open ({:?})",
        cut.elapsed()
    );
    let status = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let started = Instant::now();
    let exit = loop {
        if let Some(code) = child.try_wait().unwrap() {
            break code;
        }
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "server did not stop after SIGTERM"
        );
        std::thread::sleep(Duration::from_millis(50));
    };
    assert!(exit.success(), "clean exit code after SIGTERM: {exit:?}");
    let rest: Vec<String> = lines.map_while(Result::ok).collect();
    assert!(rest.iter().any(|l| l.contains("stopped")), "{rest:?}");
    let logged = rest
        .iter()
        .find(|l| l.contains(&request_id))
        .expect("the request is logged with its id");
    assert!(logged.contains("/healthz"), "{logged}");
    assert!(
        !rest.iter().any(|l| l.contains("0912345678")),
        "query strings are never logged"
    );
    assert!(
        rest.iter().any(|l| l.contains("/xac-nhan-email/…")),
        "the confirmation request is logged without its token: {rest:?}"
    );
    assert!(
        !rest.iter().any(|l| l.contains("5ec2e7f00d")),
        "the e-mail token is never logged"
    );
}
