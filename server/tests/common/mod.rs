//! Spawns the whole portal on 127.0.0.1:0 against a fresh database (a temporary SQLite file, or
//! a new PostgreSQL database created for the test and dropped afterwards) and talks to it over HTTP.

#![allow(dead_code)]

pub mod dossiers;
pub mod sinks;

use clap::Parser as _;
use server::{
    AppState, Portal,
    settings::{Cli, Settings},
};
use sqlx::{Connection as _, Executor as _, PgConnection};
use std::{path::PathBuf, time::Duration};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// The PostgreSQL server used to create throw-away test databases.
pub fn postgres_admin_url() -> String {
    std::env::var("TEST_POSTGRES_URL")
        .unwrap_or_else(|_| "postgres://postgres:postgres@127.0.0.1:5432/postgres".to_string())
}

/// A fresh, empty database of the given kind; dropped (PostgreSQL) or deleted (SQLite) by `cleanup`.
pub struct TestDb {
    pub url: String,
    backend: Backend,
    name: String,
    dir: Option<tempfile::TempDir>,
}

impl TestDb {
    pub async fn new(backend: Backend) -> TestDb {
        let name = format!("portal_test_{}", uuid::Uuid::new_v4().simple());
        match backend {
            Backend::Sqlite => {
                let dir = tempfile::Builder::new()
                    .prefix(&name)
                    .tempdir()
                    .expect("temp dir");
                let url = format!("sqlite:{}", dir.path().join("portal.db").display());
                TestDb {
                    url,
                    backend,
                    name,
                    dir: Some(dir),
                }
            }
            Backend::Postgres => {
                let admin = postgres_admin_url();
                let mut conn = PgConnection::connect(&admin).await.unwrap_or_else(|e| {
                    panic!(
                        "PostgreSQL is required for these tests (TEST_POSTGRES_URL={admin}): {e}. \
                         `make test` starts one."
                    )
                });
                conn.execute(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
                    .await
                    .expect("create test database");
                let mut url = url::Url::parse(&admin).expect("valid TEST_POSTGRES_URL");
                url.set_path(&name);
                let dir = tempfile::Builder::new()
                    .prefix(&name)
                    .tempdir()
                    .expect("temp dir");
                TestDb {
                    url: url.to_string(),
                    backend,
                    name,
                    dir: Some(dir),
                }
            }
        }
    }

    /// Where the test portal stores uploaded files.
    pub fn files_dir(&self) -> PathBuf {
        self.dir.as_ref().expect("test dir").path().join("files")
    }

    pub async fn cleanup(self) {
        if self.backend == Backend::Postgres
            && let Ok(mut conn) = PgConnection::connect(&postgres_admin_url()).await
        {
            let _ = conn
                .execute(sqlx::AssertSqlSafe(format!(
                    "DROP DATABASE IF EXISTS {} WITH (FORCE)",
                    self.name
                )))
                .await;
        }
        drop(self.dir);
    }
}

/// Settings as the binary would parse them, for a test on `db`.
pub fn settings(db: &TestDb, extra: &[&str]) -> Settings {
    let mut args = vec![
        "server".to_string(),
        "--database-url".into(),
        db.url.clone(),
        "--listen".into(),
        "127.0.0.1:0".into(),
        "--site-root".into(),
        site_root().display().to_string(),
        "--mode".into(),
        "test".into(),
        "--db-max-connections".into(),
        "5".into(),
        "--storage-dir".into(),
        db.files_dir().display().to_string(),
    ];
    // Tests register and log in many accounts from 127.0.0.1 within minutes: the message
    // budgets are raised unless a test sets one itself (the budget tests do).
    for (flag, value) in GENEROUS_LIMITS {
        if !extra.contains(flag) {
            args.extend([flag.to_string(), value.to_string()]);
        }
    }
    args.extend(extra.iter().map(|s| s.to_string()));
    Cli::try_parse_from(args)
        .expect("test settings parse")
        .settings
}

/// Limits that no ordinary test reaches.
pub const GENEROUS_LIMITS: &[(&str, &str)] = &[
    ("--otp-per-phone-hour", "1000"),
    ("--messages-per-address-hour", "100000"),
    ("--messages-per-address-day", "100000"),
    ("--messages-per-network-hour", "100000"),
    ("--messages-per-network-day", "100000"),
    ("--messages-per-hour", "100000"),
    ("--messages-per-day", "100000"),
    ("--account-messages-per-hour", "100000"),
    ("--account-messages-per-day", "100000"),
    ("--register-per-address-hour", "100000"),
    ("--register-per-network-hour", "100000"),
    ("--recover-per-address-hour", "100000"),
    ("--recover-per-network-hour", "100000"),
    ("--track-per-address-minute", "100000"),
    ("--captchas-per-address-hour", "100000"),
    ("--captchas-per-network-hour", "100000"),
    ("--captcha-media-per-address-hour", "100000"),
    ("--captcha-media-per-network-hour", "100000"),
    ("--max-drafts", "100000"),
];

/// A site root with a tiny `pkg/` so static serving can be tested without a wasm build.
///
/// Shared by every portal of every test process, and served while other tests start: a file is
/// written only when it is missing or different, and then under a temporary name renamed over
/// the old one. (Rewriting it in place truncated it under a `ServeDir` that had already sent its
/// length: the response ended short and the client saw `IncompleteMessage`, one run in a dozen
/// of `http::page_nonces_hold_under_concurrent_static_and_404_requests`, whose two databases'
/// portals start beside each other.)
pub fn site_root() -> PathBuf {
    let root = std::env::temp_dir().join("portal-test-site");
    let pkg = root.join("pkg");
    std::fs::create_dir_all(&pkg).expect("create test site root");
    put(
        &pkg.join("probe.js"),
        &"export const probe = 1;\n".repeat(200),
    );
    put(&root.join("robots.txt"), "User-agent: *\nDisallow: /api/\n");
    root
}

/// Writes `text` to `path` atomically, unless it is there already.
fn put(path: &std::path::Path, text: &str) {
    if std::fs::read_to_string(path).is_ok_and(|t| t == text) {
        return;
    }
    let tmp = path.with_extension(format!("tmp-{}", uuid::Uuid::new_v4().simple()));
    std::fs::write(&tmp, text).expect("write a test site file");
    std::fs::rename(&tmp, path).expect("put a test site file in place");
}

pub struct TestApp {
    /// The running portal's state (its database pool, settings).
    pub state: AppState,
    pub db: TestDb,
    pub base: String,
    /// A client that does not follow redirects, so tests can see them.
    pub http: reqwest::Client,
    stop: tokio::sync::oneshot::Sender<()>,
    server: std::thread::JoinHandle<()>,
}

impl TestApp {
    pub async fn spawn(backend: Backend) -> TestApp {
        Self::spawn_with(backend, &[]).await
    }

    /// Starts the portal on its own multi-threaded runtime in its own thread, as in production,
    /// so that the test's client never competes with the server for the same worker threads.
    pub async fn spawn_with(backend: Backend, extra: &[&str]) -> TestApp {
        Self::spawn_on(TestDb::new(backend).await, extra).await
    }

    /// Starts the portal with the demo data and the test captcha answer (journeys that log in
    /// the demo accounts).
    pub async fn spawn_demo(backend: Backend) -> TestApp {
        Self::spawn_with(
            backend,
            &[
                "--seed-demo",
                "true",
                "--test-captcha-answer",
                CAPTCHA_ANSWER,
            ],
        )
        .await
    }

    /// Starts the portal on an existing test database (and its files), e.g. after [`Self::shutdown`].
    pub async fn spawn_on(db: TestDb, extra: &[&str]) -> TestApp {
        let settings = settings(&db, extra);
        let (ready_tx, ready_rx) = tokio::sync::oneshot::channel();
        let (stop, stop_rx) = tokio::sync::oneshot::channel::<()>();
        let server = std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_multi_thread()
                .worker_threads(2)
                .enable_all()
                .build()
                .expect("server runtime");
            rt.block_on(async move {
                let portal = Portal::start(settings).await.expect("portal starts");
                let _ = ready_tx.send((portal.addr, portal.state.clone()));
                let _ = stop_rx.await;
                portal
                    .stop(Duration::from_secs(5))
                    .await
                    .expect("clean stop");
            });
        });
        let (addr, state) = ready_rx.await.expect("portal started");
        let base = format!("http://{addr}");
        let http = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .timeout(Duration::from_secs(30))
            .build()
            .expect("http client");
        TestApp {
            state,
            db,
            base,
            http,
            stop,
            server,
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.base, path)
    }

    /// The database this portal runs on.
    pub fn db_backend(&self) -> Backend {
        self.db.backend
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.http.get(self.url(path)).send().await.expect("GET")
    }

    pub async fn stop(self) {
        self.shutdown().await.cleanup().await;
    }

    /// Stops the portal and keeps its database and files, for another portal to start on.
    pub async fn shutdown(self) -> TestDb {
        let _ = self.stop.send(());
        let server = self.server;
        tokio::task::spawn_blocking(move || server.join())
            .await
            .expect("join")
            .expect("server thread ends cleanly");
        self.state.db.pool.close().await;
        self.db
    }
}

/// Runs each listed async test body once on SQLite and once on PostgreSQL.
#[macro_export]
macro_rules! on_both_databases {
    ($($name:ident),* $(,)?) => {
        mod sqlite {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() { super::$name(super::common::Backend::Sqlite).await }
            )*
        }
        mod postgres {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() { super::$name(super::common::Backend::Postgres).await }
            )*
        }
    };
}

/// The captcha answer the test portal is started with (`--test-captcha-answer`).
pub const CAPTCHA_ANSWER: &str = "test-captcha";

/// A browser without JavaScript: its own cookies, plain HTML form posts (Accept: text/html, a
/// Referer and an Origin, as a browser sends them; `Sec-Fetch-Site: same-origin` on every request,
/// as Chromium does on its own pages), redirects not followed so tests can see them.
pub struct Browser {
    pub http: reqwest::Client,
    pub base: String,
    /// Its cookies (the session a refused form's error is kept in).
    pub jar: std::sync::Arc<reqwest::cookie::Jar>,
    /// The portal's database, where a refused form's error waits for the next page.
    db: app::backend::Db,
}

/// What a form post came back with.
#[derive(Debug)]
pub struct Posted {
    pub status: reqwest::StatusCode,
    /// The redirect's target path (and query).
    pub location: String,
    /// The error a refused form left for the page it goes back to (kept in the session, see
    /// `app::backend::form_errors`).
    pub error: Option<app::error::AppError>,
}

impl Posted {
    /// The field names of a validation error.
    pub fn fields(&self) -> Vec<String> {
        match &self.error {
            Some(app::error::AppError::Validation(list)) => {
                list.iter().map(|e| e.field.clone()).collect()
            }
            _ => Vec::new(),
        }
    }

    /// The message of `field` in a validation error.
    pub fn message(&self, field: &str) -> Option<String> {
        match &self.error {
            Some(app::error::AppError::Validation(list)) => list
                .iter()
                .find(|e| e.field == field)
                .map(|e| e.message.clone()),
            _ => None,
        }
    }

    /// Fails unless the post succeeded with a redirect to `path`.
    #[track_caller]
    pub fn expect_redirect(&self, path: &str) {
        assert!(
            self.status.is_redirection() && self.error.is_none() && self.location == path,
            "expected a redirect to {path}, got {self:?}"
        );
    }
}

impl TestApp {
    pub fn browser(&self) -> Browser {
        self.browser_with(reqwest::header::HeaderMap::new())
    }

    /// A browser that also sends `headers` with every request.
    pub fn browser_with(&self, headers: reqwest::header::HeaderMap) -> Browser {
        Browser::open(
            &self.base,
            self.state.db.clone(),
            headers,
            Duration::from_secs(30),
        )
    }

    /// A browser whose requests come from `ip` (for a portal started with
    /// `--trust-forwarded-for true`, which then reads the client's address from X-Forwarded-For).
    pub fn browser_from(&self, ip: &str) -> Browser {
        let mut headers = reqwest::header::HeaderMap::new();
        headers.insert("x-forwarded-for", ip.parse().expect("an address"));
        self.browser_with(headers)
    }

    /// The newest one-time password texted to `phone` by the development provider (waiting a
    /// moment for the first: a recovery's code is sent in the background).
    pub async fn latest_code(&self, phone: &str) -> String {
        self.next_code(phone, 0).await
    }

    /// The newest one-time password texted to `phone`, once more than `before` were (a
    /// recovery's code is sent in the background, after the answer: wait for it, not an older
    /// one).
    pub async fn next_code(&self, phone: &str, before: i64) -> String {
        for _ in 0..100 {
            if self.sms_count(phone).await > before {
                break;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        let body: String = sqlx::query_scalar(
            "SELECT body FROM dev_messages WHERE channel = 'sms' AND recipient = $1 \
             AND body LIKE '%ma xac thuc%' ORDER BY id DESC LIMIT 1",
        )
        .bind(phone)
        .fetch_one(&self.state.db.pool)
        .await
        .expect("an OTP SMS was sent");
        body.split_whitespace()
            .map(|w| w.trim_matches(|c: char| !c.is_ascii_digit()))
            .find(|w| w.len() == 6 && w.chars().all(|c| c.is_ascii_digit()))
            .expect("a 6-digit code in the SMS")
            .to_string()
    }

    /// How many one-time codes the development provider has "delivered" to `phone` (other SMS,
    /// such as the welcome message the outbox worker sends a moment after a registration, do
    /// not count).
    pub async fn sms_count(&self, phone: &str) -> i64 {
        sqlx::query_scalar(
            "SELECT COUNT(*) FROM dev_messages WHERE channel = 'sms' AND recipient = $1 \
             AND body LIKE '%ma xac thuc%'",
        )
        .bind(phone)
        .fetch_one(&self.state.db.pool)
        .await
        .unwrap()
    }
}

impl Browser {
    /// A browser of the portal at `base` whose database is `db` (where it reads the errors its
    /// refused forms leave in its session), sending `headers` with every request and
    /// `Sec-Fetch-Site: same-origin`, as Chromium does on its own pages.
    pub fn open(
        base: &str,
        db: app::backend::Db,
        mut headers: reqwest::header::HeaderMap,
        timeout: Duration,
    ) -> Browser {
        let jar = std::sync::Arc::new(reqwest::cookie::Jar::default());
        headers.insert(
            "sec-fetch-site",
            reqwest::header::HeaderValue::from_static("same-origin"),
        );
        Browser {
            http: reqwest::Client::builder()
                .cookie_provider(jar.clone())
                .default_headers(headers)
                .redirect(reqwest::redirect::Policy::none())
                .timeout(timeout)
                .build()
                .expect("browser client"),
            base: base.to_string(),
            jar,
            db,
        }
    }

    /// The same browser (its cookies: they do not depend on the port) on another portal.
    pub fn on(&self, app: &TestApp) -> Browser {
        Browser {
            http: self.http.clone(),
            base: app.base.clone(),
            jar: self.jar.clone(),
            db: app.state.db.clone(),
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.base, path)
    }

    /// A page as a browser asks for it; returns the status, the redirect target and the body.
    pub async fn page(&self, path: &str) -> (reqwest::StatusCode, String, String) {
        let res = self
            .http
            .get(self.url(path))
            .header("accept", "text/html")
            .send()
            .await
            .expect("GET page");
        let status = res.status();
        let location = location(&res, &self.base);
        let body = res.text().await.unwrap().replace("<!>", "");
        (status, location, body)
    }

    /// Posts a form of `page` to the server function at `endpoint`, as a browser without
    /// JavaScript does. Fields are named as in the page (`f[...]`).
    pub async fn post(&self, page: &str, endpoint: &str, fields: &[(&str, &str)]) -> Posted {
        let form: Vec<(String, String)> = fields
            .iter()
            .map(|(k, v)| (format!("f[{k}]"), v.to_string()))
            .collect();
        let res = self
            .http
            .post(self.url(endpoint))
            .header("accept", "text/html")
            .header("referer", self.url(page))
            .header("origin", self.base.clone())
            .form(&form)
            .send()
            .await
            .expect("POST form");
        let status = res.status();
        let location = location(&res, &self.base);
        let error = if status.is_redirection() {
            self.kept_error().await
        } else {
            None
        };
        Posted {
            status,
            location,
            error,
        }
    }

    /// The session token in this browser's cookie jar.
    pub fn session_token(&self) -> Option<String> {
        use reqwest::cookie::CookieStore as _;
        let url = reqwest::Url::parse(&self.base).ok()?;
        let cookies = self.jar.cookies(&url)?;
        cookies
            .to_str()
            .ok()?
            .split(';')
            .filter_map(|c| c.trim().split_once('='))
            .find(|(name, value)| *name == app::backend::session::COOKIE && !value.is_empty())
            .map(|(_, value)| value.to_string())
    }

    /// The error a refused form left in this browser's session for the next page, without taking
    /// it (the page still shows it).
    pub async fn kept_error(&self) -> Option<app::error::AppError> {
        let token = self.session_token()?;
        let data: Option<String> = sqlx::query_scalar(
            "SELECT data FROM auth_flows WHERE session_id = $1 AND purpose = $2",
        )
        .bind(app::backend::crypto::sha256_hex(&token))
        .bind(app::backend::form_errors::PURPOSE)
        .fetch_optional(&self.db.pool)
        .await
        .expect("read the kept form error");
        let kept: app::backend::form_errors::Kept =
            serde_json::from_str(&data?).expect("a kept form error");
        use base64::Engine as _;
        let bytes = base64::engine::general_purpose::URL_SAFE
            .decode(kept.err.as_bytes())
            .expect("the kept error is server_fn's base64");
        Some(serde_json::from_slice(&bytes).expect("the kept error is an AppError"))
    }

    /// Posts a form of `page` that has a captcha, answered with the test answer the test
    /// portal accepts ([`CAPTCHA_ANSWER`]).
    pub async fn post_with_captcha(
        &self,
        page: &str,
        endpoint: &str,
        fields: &[(&str, &str)],
    ) -> Posted {
        let id = self.captcha(page).await;
        let mut all = fields.to_vec();
        all.push(("captcha_id", &id));
        all.push(("captcha_answer", CAPTCHA_ANSWER));
        self.post(page, endpoint, &all).await
    }

    /// The captcha id of the form on `path` (each render draws a new one).
    pub async fn captcha(&self, path: &str) -> String {
        let (_, _, body) = self.page(path).await;
        let marker = "name=\"f[captcha_id]\" value=\"";
        let start = body
            .find(marker)
            .unwrap_or_else(|| panic!("no captcha on {path}"))
            + marker.len();
        body[start..start + 32].to_string()
    }

    /// The logged-in user's name as the header of a page shows it, or `None`.
    pub async fn whoami(&self) -> Option<String> {
        let (status, _, body) = self.page("/hoi-dap").await;
        assert!(status.is_success(), "GET /hoi-dap: {status}");
        let links = body
            .split(r#"class="nav-account""#)
            .nth(1)
            .expect("the header's account links");
        let links = &links[..links.find("</li>").unwrap_or(links.len())];
        // `<a href="/tai-khoan"><span class="visually-hidden">Tài khoản: </span>{name}</a>`
        let account = &links[links.find(r#"href="/tai-khoan""#)?..];
        let name = &account[account.find("</span>")? + "</span>".len()..account.find("</a>")?];
        Some(strip_tags(name).trim().replace("&amp;", "&"))
    }
}

/// The text of an HTML fragment (tags and comments left out).
fn strip_tags(html: &str) -> String {
    let mut text = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            _ if !in_tag => text.push(c),
            _ => {}
        }
    }
    text
}

fn location(res: &reqwest::Response, base: &str) -> String {
    res.headers()
        .get(reqwest::header::LOCATION)
        .and_then(|v| v.to_str().ok())
        .map(|l| l.strip_prefix(base).unwrap_or(l).to_string())
        .unwrap_or_default()
}

/// A citizen registration that must succeed; returns the logged-in browser.
pub async fn register(
    app: &TestApp,
    id: &str,
    name: &str,
    birth: &str,
    phone: &str,
    email: &str,
) -> Browser {
    let b = app.browser();
    b.post_with_captcha(
        "/dang-ky/cong-dan",
        "/api/register/details",
        &[
            ("kind", "citizen"),
            ("id_number", id),
            ("full_name", name),
            ("birth_date", birth),
            ("phone", phone),
            ("email", email),
            ("username", ""),
        ],
    )
    .await
    .expect_redirect("/dang-ky/xac-thuc");
    finish_registration(app, &b, phone, "Mat-Khau@2026").await;
    b
}

/// Logs in with the demo citizen (or another account): password, captcha, then the code.
pub async fn login(app: &TestApp, identifier: &str, password: &str, phone: &str) -> Browser {
    let b = app.browser();
    login_with(app, &b, identifier, password, phone).await;
    b
}

/// Login's first step (identifier, password, captcha) in browser `b`; what the portal said.
pub async fn password_step(b: &Browser, identifier: &str, password: &str) -> Posted {
    b.post_with_captcha(
        "/dang-nhap",
        "/api/login",
        &[
            ("identifier", identifier),
            ("password", password),
            ("next", ""),
        ],
    )
    .await
}

/// The same in browser `b` (one whose requests come from an address of the test's choice, say).
pub async fn login_with(app: &TestApp, b: &Browser, identifier: &str, password: &str, phone: &str) {
    let before = app.sms_count(phone).await;
    password_step(b, identifier, password)
        .await
        .expect_redirect("/dang-nhap/xac-thuc");
    let code = app.next_code(phone, before).await;
    let landed = b
        .post(
            "/dang-nhap/xac-thuc",
            "/api/otp/verify",
            &[("journey", "login"), ("code", &code)],
        )
        .await;
    // Citizens land on their account, officers on their agency's queue, administrators on
    // the audit log.
    let home: String = sqlx::query_scalar("SELECT kind FROM users WHERE phone = $1")
        .bind(phone)
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap();
    landed.expect_redirect(match home.as_str() {
        "officer" => "/can-bo/ho-so",
        "admin" => "/quan-tri/nhat-ky",
        _ => "/tai-khoan",
    });
}

/// The end of a registration: the SMS code, then the password; the browser is then logged in.
pub async fn finish_registration(app: &TestApp, b: &Browser, phone: &str, password: &str) {
    let code = app.latest_code(phone).await;
    b.post(
        "/dang-ky/xac-thuc",
        "/api/otp/verify",
        &[("journey", "register"), ("code", &code)],
    )
    .await
    .expect_redirect("/dang-ky/mat-khau");
    b.post(
        "/dang-ky/mat-khau",
        "/api/register/password",
        &[("password", password), ("confirm", password)],
    )
    .await
    .expect_redirect("/dang-ky/hoan-tat");
}

/// A printable document (`backend::printable`) styles itself: its response's policy allows the
/// nonce its `<style>` carries (the portal's own `style-src 'self'` used to block it).
pub fn assert_own_stylesheet(csp: &str, html: &str) {
    let nonce = html
        .split("<style nonce=\"")
        .nth(1)
        .and_then(|s| s.split('"').next())
        .expect("the document's stylesheet has a nonce");
    assert!(csp.contains(&format!("style-src 'nonce-{nonce}'")), "{csp}");
}
