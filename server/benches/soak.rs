//! Soak benchmark (not a test: it never asserts on timings): mixed traffic from many concurrent
//! clients against the real server binary (its own process, as in production) for a bounded
//! time, on SQLite and on PostgreSQL, then figures per kind of operation and what the server
//! logged about its database pool.
//!
//!     cargo bench -p server --bench soak                  # both databases, 300 s each, 32 clients
//!     SOAK_SECS=60 SOAK_CLIENTS=32 SOAK_DB=sqlite cargo bench -p server --bench soak
//!
//! Settings (environment):
//! - `SOAK_SECS` (default 300): how long the traffic runs on each database;
//! - `SOAK_CLIENTS` (default 32): concurrent clients, each with its own citizen account;
//! - `SOAK_DB` = `sqlite` | `postgres` | `both` (default `both`);
//! - `SOAK_MAX_OPS` (default 1 000 000): the most operations started per database;
//! - `SOAK_KEEP_LOG` (set to anything): keep the server's log and print where it is;
//! - `SOAK_SERVER_LOG`: the server's log filter (default `warn,sqlx=warn`), e.g.
//!   `warn,sqlx::query=debug` to log every statement with its time when looking into a stall;
//! - `SOAK_HOLD_SECS`: when the server does not stop after SIGTERM, leave it running this long
//!   (to attach a debugger) before SIGKILL;
//! - `SOAK_SERVER_BIN`: the server binary to drive (default: this build's), e.g. an earlier
//!   commit's release build for a before/after comparison;
//! - PostgreSQL is taken from `TEST_POSTGRES_URL` (default
//!   postgres://postgres:postgres@127.0.0.1:5432/postgres); each run gets a fresh database.
//!
//! For each database: a fresh `TestDb`, the server binary started on a free port with the demo
//! data, the test captcha answer, the default pool of 10 connections and every rate limit raised
//! out of the way; its stdout and stderr go to a log file. Before the clock starts, one citizen
//! account per client is registered (details with captcha, the SMS code read from
//! `dev_messages`, the password) and each client composes and submits one dossier, so that it
//! has a dossier page to look at. Then every client loops until the deadline, picking by weight:
//!
//! - `anon` (30%): `/`, `/thu-tuc/<code>`, `/tra-cuu?ma=<code>` or `/dang-nhap` without cookies,
//!   each over a new connection (a new visitor);
//! - `search` (25%): `/thu-tuc?q=<term>` (sometimes `&trang=2`), without cookies;
//! - `login` (10%): the login page, password + captcha, then the SMS code, for the client's
//!   account; the client goes on with the new session;
//! - `page` (25%): a logged-in page: `/tai-khoan`, `/ho-so`, `/kho-tai-lieu` or one of the
//!   client's dossiers `/ho-so/<pid>`;
//! - `submit` (10%): a whole dossier of "Đăng ký khai sinh" composed step by step (start, agency,
//!   applicant, the mandatory uploads, documents, delivery) and submitted, timed as one
//!   operation; the final "Nộp hồ sơ" post alone is also shown as `submit: final POST`.
//!
//! Every request has a 30 s timeout; a timeout is counted, never stops the run. An operation
//! fails on a status other than 2xx/3xx, a form post not redirected where it should go (the
//! reason is the server's message), a page showing an error notice, or a logged-in page
//! redirected to the login. Latencies cover every operation, failed ones included.
//!
//! Printed per database (plain text on stdout): the duration, operations and HTTP requests per
//! second; per kind n, errors, timeouts, p50 / p99 / max in ms; the failure reasons; the
//! longest database pool wait from `/metrics` (`portal_db_pool_acquire_seconds_max`, or "n/a");
//! the server log's WARN/ERROR lines, how many say "time to acquire exceeded slow threshold"
//! and the longest wait they mention; and how the server stopped on SIGTERM.

#[path = "../tests/common/mod.rs"]
#[allow(unused_macros, unused_imports)]
mod common;

use app::backend::db::Db;
use common::{
    Backend, Browser, CAPTCHA_ANSWER, Posted, TestDb,
    dossiers::{BIRTH, pdf},
};
use std::{
    collections::HashMap,
    path::{Path, PathBuf},
    process::{Child, Command, Stdio},
    str::FromStr,
    sync::{
        Arc, Mutex,
        atomic::{AtomicU64, Ordering},
    },
    time::{Duration, Instant},
};

const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);
/// How long operations still running at the deadline may take to finish.
const GRACE: Duration = Duration::from_secs(90);
const PASSWORD: &str = "Mat-Khau@2026";
const NAME: &str = "Phạm Minh Khang";
const BIRTH_DATE: &str = "12/08/1990";
const SEARCH_TERMS: &[&str] = &[
    "khai sinh",
    "dang ky",
    "ho tich",
    "dat dai",
    "giay phep",
    "ket hon",
    "chung thuc",
];
/// Rate limits the server has or will have, raised so that the soak measures the work itself.
const LIMITS: &[(&str, &str)] = &[
    ("PORTAL_OTP_PER_PHONE_HOUR", "100000"),
    ("PORTAL_MESSAGES_PER_ADDRESS_HOUR", "1000000"),
    ("PORTAL_MESSAGES_PER_ADDRESS_DAY", "1000000"),
    ("PORTAL_MESSAGES_PER_NETWORK_HOUR", "1000000"),
    ("PORTAL_MESSAGES_PER_NETWORK_DAY", "1000000"),
    ("PORTAL_MESSAGES_PER_HOUR", "1000000"),
    ("PORTAL_MESSAGES_PER_DAY", "1000000"),
    ("PORTAL_TRACK_PER_ADDRESS_MINUTE", "1000000"),
    ("PORTAL_MAX_DRAFTS", "100000"),
    ("PORTAL_MAX_STORE_MB", "100000"),
    ("PORTAL_LOGIN_FAILURES_PER_ADDRESS", "1000000"),
];
const SLOW_ACQUIRE: &str = "time to acquire exceeded slow threshold";

// ---------------------------------------------------------------------------------------------
// Settings

struct Settings {
    secs: u64,
    clients: usize,
    max_ops: u64,
    databases: Vec<Backend>,
}

fn env_or<T: FromStr>(name: &str, default: T) -> T {
    match std::env::var(name) {
        Ok(v) if !v.trim().is_empty() => v
            .trim()
            .parse()
            .unwrap_or_else(|_| panic!("{name}={v} is not a valid value")),
        _ => default,
    }
}

impl Settings {
    fn from_env() -> Settings {
        let databases = match std::env::var("SOAK_DB").unwrap_or_default().trim() {
            "" | "both" => vec![Backend::Sqlite, Backend::Postgres],
            "sqlite" => vec![Backend::Sqlite],
            "postgres" | "postgresql" => vec![Backend::Postgres],
            other => panic!("SOAK_DB={other}: use sqlite, postgres or both"),
        };
        Settings {
            secs: env_or("SOAK_SECS", 300),
            clients: env_or("SOAK_CLIENTS", 32usize).max(1),
            max_ops: env_or("SOAK_MAX_OPS", 1_000_000),
            databases,
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Figures

/// Why an operation failed.
enum Failure {
    Timeout,
    Error(String),
}

type Outcome<T = ()> = Result<T, Failure>;

fn error<T>(reason: impl Into<String>) -> Outcome<T> {
    Err(Failure::Error(reason.into()))
}

#[derive(Default)]
struct KindStats {
    latencies: Vec<Duration>,
    errors: u64,
    timeouts: u64,
    reasons: HashMap<String, u64>,
}

/// What one client saw, by kind name.
#[derive(Default)]
struct Stats(HashMap<&'static str, KindStats>);

impl Stats {
    fn record<T>(&mut self, kind: &'static str, took: Duration, outcome: &Outcome<T>) {
        let s = self.0.entry(kind).or_default();
        s.latencies.push(took);
        match outcome {
            Ok(_) => {}
            Err(Failure::Timeout) => s.timeouts += 1,
            Err(Failure::Error(reason)) => {
                s.errors += 1;
                *s.reasons.entry(reason.clone()).or_default() += 1;
            }
        }
    }

    fn merge(&mut self, other: Stats) {
        for (kind, o) in other.0 {
            let s = self.0.entry(kind).or_default();
            s.latencies.extend(o.latencies);
            s.errors += o.errors;
            s.timeouts += o.timeouts;
            for (r, n) in o.reasons {
                *s.reasons.entry(r).or_default() += n;
            }
        }
    }
}

const KINDS: [&str; 6] = [
    "anon",
    "search",
    "login",
    "page",
    "submit",
    "submit: final POST",
];

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// Nearest-rank percentile of sorted samples.
fn percentile(sorted: &[Duration], q: f64) -> Duration {
    let rank = ((q * sorted.len() as f64).ceil() as usize).clamp(1, sorted.len());
    sorted[rank - 1]
}

fn print_stats(stats: &mut Stats) {
    println!(
        "  {:<20} {:>7} {:>7} {:>8} {:>10} {:>10} {:>10}",
        "kind", "n", "errors", "timeouts", "p50 ms", "p99 ms", "max ms"
    );
    for kind in KINDS {
        let Some(s) = stats.0.get_mut(kind) else {
            println!("  {kind:<20} {:>7}", 0);
            continue;
        };
        s.latencies.sort_unstable();
        let l = &s.latencies;
        println!(
            "  {kind:<20} {:>7} {:>7} {:>8} {:>10.1} {:>10.1} {:>10.1}",
            l.len(),
            s.errors,
            s.timeouts,
            ms(percentile(l, 0.5)),
            ms(percentile(l, 0.99)),
            ms(*l.last().unwrap())
        );
    }
    let mut reasons: Vec<(&str, &str, u64)> = stats
        .0
        .iter()
        .flat_map(|(k, s)| s.reasons.iter().map(move |(r, n)| (*k, r.as_str(), *n)))
        .collect();
    if !reasons.is_empty() {
        reasons.sort_by(|a, b| b.2.cmp(&a.2).then(a.0.cmp(b.0)));
        println!("  failure reasons:");
        for (kind, reason, n) in reasons.iter().take(15) {
            println!("    {n:>6} × {kind}: {reason}");
        }
        if reasons.len() > 15 {
            println!("    … and {} other reasons", reasons.len() - 15);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// HTTP without panics (the shared test helpers panic on a failed request; here a timeout or a
// refused connection is a figure)

/// What every client shares for one database.
struct Target {
    base: String,
    db: Db,
    /// HTTP requests sent.
    requests: AtomicU64,
    /// Operations started (bounded by SOAK_MAX_OPS).
    ops: AtomicU64,
    procedures: Vec<String>,
    track_codes: Vec<String>,
    /// The agency a birth registration goes to, and its mandatory document components.
    agency: i64,
    mandatory: Vec<i64>,
}

fn client(cookies: bool, keep_alive: bool) -> reqwest::Client {
    let mut b = reqwest::Client::builder()
        .cookie_store(cookies)
        .redirect(reqwest::redirect::Policy::none())
        .timeout(REQUEST_TIMEOUT);
    if !keep_alive {
        b = b.pool_max_idle_per_host(0);
    }
    b.build().expect("http client")
}

fn browser(t: &Target) -> Browser {
    Browser::open(
        &t.base,
        t.db.clone(),
        reqwest::header::HeaderMap::new(),
        REQUEST_TIMEOUT,
    )
}

fn transport(what: &str, e: reqwest::Error) -> Failure {
    if e.is_timeout() {
        Failure::Timeout
    } else {
        Failure::Error(format!("{what}: {}", e.without_url()))
    }
}

fn location_of(res: &reqwest::Response, base: &str) -> String {
    res.headers()
        .get(reqwest::header::LOCATION)
        .and_then(|v| v.to_str().ok())
        .map(|l| l.strip_prefix(base).unwrap_or(l).to_string())
        .unwrap_or_default()
}

/// GETs a page as a browser does; `what` names it in failure reasons. Fails on a status other
/// than 2xx/3xx and on a page that shows an error notice. Returns the redirect target and body.
async fn get(
    t: &Target,
    http: &reqwest::Client,
    path: &str,
    what: &str,
) -> Outcome<(String, String)> {
    t.requests.fetch_add(1, Ordering::Relaxed);
    let res = http
        .get(format!("{}{path}", t.base))
        .header("accept", "text/html")
        .send()
        .await
        .map_err(|e| transport(what, e))?;
    let status = res.status();
    let location = location_of(&res, &t.base);
    let body = res.text().await.map_err(|e| transport(what, e))?;
    if !(status.is_success() || status.is_redirection()) {
        return error(format!("{what}: HTTP {status}"));
    }
    if body.contains("notice--error") {
        return error(format!("{what}: the page shows an error notice"));
    }
    Ok((location, body))
}

/// The captcha id of a form page's body.
fn captcha_id(body: &str) -> Option<String> {
    let marker = "name=\"f[captcha_id]\" value=\"";
    let start = body.find(marker)? + marker.len();
    body.get(start..start + 32).map(str::to_string)
}

/// A form post to a server function, as `Browser::post` does it, without panicking.
async fn post(
    t: &Target,
    b: &Browser,
    page: &str,
    endpoint: &str,
    fields: &[(&str, &str)],
) -> Outcome<Posted> {
    let form: Vec<(String, String)> = fields
        .iter()
        .map(|(k, v)| (format!("f[{k}]"), v.to_string()))
        .collect();
    t.requests.fetch_add(1, Ordering::Relaxed);
    let res = b
        .http
        .post(b.url(endpoint))
        .header("accept", "text/html")
        .header("referer", b.url(page))
        .header("origin", b.base.clone())
        .form(&form)
        .send()
        .await
        .map_err(|e| transport(endpoint, e))?;
    let status = res.status();
    let location = location_of(&res, &b.base);
    res.bytes().await.map_err(|e| transport(endpoint, e))?;
    let error = url::Url::parse(&b.url(&location)).ok().and_then(|u| {
        u.query_pairs()
            .find(|(k, _)| k == "__err")
            .and_then(|(_, v)| {
                use base64::Engine as _;
                let bytes = base64::engine::general_purpose::URL_SAFE
                    .decode(v.as_bytes())
                    .ok()?;
                serde_json::from_slice(&bytes).ok()
            })
    });
    let location = location
        .split("?__path")
        .next()
        .unwrap_or_default()
        .to_string();
    Ok(Posted {
        status,
        location,
        error,
    })
}

/// A short, repeatable reason for a post that did not go where it should.
fn refusal(what: &str, p: &Posted) -> String {
    use app::error::AppError;
    let why = match &p.error {
        Some(AppError::Validation(list)) => list
            .iter()
            .map(|e| format!("{}: {}", e.field, e.message))
            .collect::<Vec<_>>()
            .join("; "),
        Some(AppError::Internal { .. }) => "internal error".to_string(),
        Some(e) => e.to_string(),
        None if !p.status.is_redirection() => format!("HTTP {}", p.status),
        None => format!(
            "redirected to {}",
            p.location.split('?').next().unwrap_or("")
        ),
    };
    let why: String = why.chars().take(140).collect();
    format!("{what}: {why}")
}

fn expect_redirect(what: &str, p: &Posted, path: &str) -> Outcome {
    if p.status.is_redirection() && p.error.is_none() && p.location == path {
        Ok(())
    } else {
        error(refusal(what, p))
    }
}

/// The newest one-time password texted to `phone` (the development provider keeps them in
/// `dev_messages`), as `TestApp::latest_code` reads it.
async fn latest_code(t: &Target, phone: &str) -> Outcome<String> {
    let query = sqlx::query_scalar::<_, String>(
        "SELECT body FROM dev_messages WHERE channel = 'sms' AND recipient = $1 \
         AND body LIKE '%mã xác thực%' ORDER BY id DESC LIMIT 1",
    )
    .bind(phone)
    .fetch_optional(&t.db.pool);
    let body = match tokio::time::timeout(REQUEST_TIMEOUT, query).await {
        Err(_) => return Err(Failure::Timeout),
        Ok(Err(e)) => return error(format!("reading the SMS code: {e}")),
        Ok(Ok(None)) => return error("no SMS code was sent"),
        Ok(Ok(Some(body))) => body,
    };
    body.split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_ascii_digit()))
        .find(|w| w.len() == 6 && w.chars().all(|c| c.is_ascii_digit()))
        .map(str::to_string)
        .map_or_else(|| error("no 6-digit code in the SMS"), Ok)
}

// ---------------------------------------------------------------------------------------------
// Journeys

struct Account {
    id: String,
    phone: String,
}

/// A valid CCCD for a man born in 1990 in Khánh Hòa (province code 056), and a mobile number.
fn account(i: usize) -> Account {
    Account {
        id: format!("056090{:06}", 100_000 + i),
        phone: format!("0981{:06}", 100_000 + i),
    }
}

/// A citizen registration (as `common::register`); the browser is then logged in.
async fn register(t: &Target, a: &Account) -> Outcome<Browser> {
    let b = browser(t);
    let (_, body) = get(t, &b.http, "/dang-ky/cong-dan", "registration page").await?;
    let captcha = captcha_id(&body).map_or_else(|| error("no captcha on /dang-ky/cong-dan"), Ok)?;
    let p = post(
        t,
        &b,
        "/dang-ky/cong-dan",
        "/api/register/details",
        &[
            ("kind", "citizen"),
            ("id_number", &a.id),
            ("full_name", NAME),
            ("birth_date", BIRTH_DATE),
            ("phone", &a.phone),
            ("email", ""),
            ("username", ""),
            ("captcha_id", &captcha),
            ("captcha_answer", CAPTCHA_ANSWER),
        ],
    )
    .await?;
    expect_redirect("registration details", &p, "/dang-ky/xac-thuc")?;
    let code = latest_code(t, &a.phone).await?;
    let p = post(
        t,
        &b,
        "/dang-ky/xac-thuc",
        "/api/otp/verify",
        &[("journey", "register"), ("code", &code)],
    )
    .await?;
    expect_redirect("registration code", &p, "/dang-ky/mat-khau")?;
    let p = post(
        t,
        &b,
        "/dang-ky/mat-khau",
        "/api/register/password",
        &[("password", PASSWORD), ("confirm", PASSWORD)],
    )
    .await?;
    expect_redirect("registration password", &p, "/dang-ky/hoan-tat")?;
    Ok(b)
}

/// A whole login (as `common::login`): the page, password + captcha, then the SMS code.
async fn login(t: &Target, a: &Account) -> Outcome<Browser> {
    let b = browser(t);
    let (_, body) = get(t, &b.http, "/dang-nhap", "login page").await?;
    let captcha = captcha_id(&body).map_or_else(|| error("no captcha on /dang-nhap"), Ok)?;
    let p = post(
        t,
        &b,
        "/dang-nhap",
        "/api/login",
        &[
            ("identifier", &a.id),
            ("password", PASSWORD),
            ("next", ""),
            ("captcha_id", &captcha),
            ("captcha_answer", CAPTCHA_ANSWER),
        ],
    )
    .await?;
    expect_redirect("login password", &p, "/dang-nhap/xac-thuc")?;
    let code = latest_code(t, &a.phone).await?;
    let p = post(
        t,
        &b,
        "/dang-nhap/xac-thuc",
        "/api/otp/verify",
        &[("journey", "login"), ("code", &code)],
    )
    .await?;
    expect_redirect("login code", &p, "/tai-khoan")?;
    Ok(b)
}

/// Uploads the demo PDF into a component of a dossier (as `common::dossiers::upload`).
async fn upload(t: &Target, b: &Browser, pid: &str, component: i64) -> Outcome {
    let part = reqwest::multipart::Part::bytes(pdf()).file_name("giay-to.pdf");
    let form = reqwest::multipart::Form::new().part("file", part);
    t.requests.fetch_add(1, Ordering::Relaxed);
    let res = b
        .http
        .post(b.url(&format!("/ho-so/{pid}/tep/{component}")))
        .header("accept", "text/html")
        .header("origin", b.base.clone())
        .header("referer", b.url(&format!("/ho-so/{pid}/giay-to")))
        .multipart(form)
        .send()
        .await
        .map_err(|e| transport("upload", e))?;
    let status = res.status();
    let location = location_of(&res, &b.base);
    res.bytes().await.map_err(|e| transport("upload", e))?;
    if !status.is_redirection() {
        return error(format!("upload: HTTP {status}"));
    }
    if location.contains("loi=") {
        let why = location.split("loi=").nth(1).unwrap_or("");
        return error(format!(
            "upload refused: loi={}",
            why.split('&').next().unwrap_or("")
        ));
    }
    Ok(())
}

/// Every step of a dossier of "Đăng ký khai sinh" up to the review page (as
/// `common::dossiers::compose`, with the account's own details); returns its public id.
async fn compose(t: &Target, b: &Browser, a: &Account) -> Outcome<String> {
    let p = post(
        t,
        b,
        &format!("/thu-tuc/{BIRTH}"),
        "/api/dossier/start",
        &[("code", BIRTH)],
    )
    .await?;
    let pid = match p
        .location
        .strip_prefix("/ho-so/")
        .and_then(|s| s.strip_suffix("/co-quan"))
    {
        Some(pid) if p.status.is_redirection() && p.error.is_none() => pid.to_string(),
        _ => return error(refusal("start", &p)),
    };
    let p = post(
        t,
        b,
        &format!("/ho-so/{pid}/co-quan"),
        "/api/dossier/agency",
        &[
            ("pid", &pid),
            ("agency", &t.agency.to_string()),
            ("save_only", ""),
        ],
    )
    .await?;
    expect_redirect("agency", &p, &format!("/ho-so/{pid}/nguoi-nop"))?;
    let p = post(
        t,
        b,
        &format!("/ho-so/{pid}/nguoi-nop"),
        "/api/dossier/applicant",
        &[
            ("pid", &pid),
            ("full_name", NAME),
            ("id_number", &a.id),
            ("birth_date", BIRTH_DATE),
            ("phone", &a.phone),
            ("email", ""),
            ("address", "12 Trần Phú, phường Nha Trang, tỉnh Khánh Hòa"),
            ("save_only", ""),
        ],
    )
    .await?;
    expect_redirect("applicant", &p, &format!("/ho-so/{pid}/giay-to"))?;
    for component in &t.mandatory {
        upload(t, b, &pid, *component).await?;
    }
    let p = post(
        t,
        b,
        &format!("/ho-so/{pid}/giay-to"),
        "/api/dossier/documents",
        &[("pid", &pid), ("save_only", "")],
    )
    .await?;
    expect_redirect("documents", &p, &format!("/ho-so/{pid}/nhan-ket-qua"))?;
    let p = post(
        t,
        b,
        &format!("/ho-so/{pid}/nhan-ket-qua"),
        "/api/dossier/delivery",
        &[
            ("pid", &pid),
            ("receive", "online"),
            ("pickup", ""),
            ("postal_province", ""),
            ("postal_commune", ""),
            ("postal_street", ""),
            ("save_only", ""),
        ],
    )
    .await?;
    expect_redirect("delivery", &p, &format!("/ho-so/{pid}/kiem-tra"))?;
    Ok(pid)
}

/// "Nộp hồ sơ" of a composed dossier (as `common::dossiers::submit`).
async fn submit(t: &Target, b: &Browser, pid: &str) -> Outcome {
    let p = post(
        t,
        b,
        &format!("/ho-so/{pid}/kiem-tra"),
        "/api/dossier/submit",
        &[("pid", pid), ("save_only", "")],
    )
    .await?;
    expect_redirect("submit", &p, &format!("/ho-so/{pid}/da-nop"))
}

// ---------------------------------------------------------------------------------------------
// The clients

/// xorshift64*: enough randomness to pick kinds and pages, without a dependency.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// The kinds and their weights (percent).
const WEIGHTS: [(&str, usize); 5] = [
    ("anon", 30),
    ("search", 25),
    ("login", 10),
    ("page", 25),
    ("submit", 10),
];

struct Client {
    account: Account,
    /// Logged in; replaced by each successful login.
    browser: Browser,
    /// A cookie-less client opening a new connection per request: new visitors.
    visitor: reqwest::Client,
    /// A cookie-less client that keeps its connection: someone searching.
    searcher: reqwest::Client,
    /// The client's submitted dossiers.
    pids: Vec<String>,
    rng: Rng,
}

impl Client {
    async fn anon(&mut self, t: &Target) -> Outcome {
        let (path, what) = match self.rng.below(4) {
            0 => ("/".to_string(), "GET /"),
            1 => (
                format!("/thu-tuc/{}", self.rng.pick(&t.procedures)),
                "GET /thu-tuc/<code>",
            ),
            2 => (
                format!("/tra-cuu?ma={}", self.rng.pick(&t.track_codes)),
                "GET /tra-cuu?ma=",
            ),
            _ => ("/dang-nhap".to_string(), "GET /dang-nhap"),
        };
        get(t, &self.visitor, &path, what).await.map(drop)
    }

    async fn search(&mut self, t: &Target) -> Outcome {
        let term = self.rng.pick(SEARCH_TERMS).replace(' ', "+");
        let path = if self.rng.below(4) == 0 {
            format!("/thu-tuc?q={term}&trang=2")
        } else {
            format!("/thu-tuc?q={term}")
        };
        get(t, &self.searcher, &path, "GET /thu-tuc?q=")
            .await
            .map(drop)
    }

    async fn login(&mut self, t: &Target) -> Outcome {
        self.browser = login(t, &self.account).await?;
        Ok(())
    }

    async fn page(&mut self, t: &Target) -> Outcome {
        let (path, what) = match self.rng.below(4) {
            0 => ("/tai-khoan".to_string(), "GET /tai-khoan"),
            1 => ("/ho-so".to_string(), "GET /ho-so"),
            2 => ("/kho-tai-lieu".to_string(), "GET /kho-tai-lieu"),
            _ => match self.pids.is_empty() {
                true => ("/ho-so".to_string(), "GET /ho-so"),
                false => (
                    format!("/ho-so/{}", self.rng.pick(&self.pids)),
                    "GET /ho-so/<pid>",
                ),
            },
        };
        let (location, _) = get(t, &self.browser.http, &path, what).await?;
        if location.starts_with("/dang-nhap") {
            return error(format!("{what}: redirected to the login (session lost)"));
        }
        Ok(())
    }

    /// Compose and submit; the final post is also recorded on its own.
    async fn submit(&mut self, t: &Target, stats: &Mutex<Stats>) -> Outcome {
        let pid = compose(t, &self.browser, &self.account).await?;
        let started = Instant::now();
        let submitted = submit(t, &self.browser, &pid).await;
        stats
            .lock()
            .unwrap()
            .record("submit: final POST", started.elapsed(), &submitted);
        submitted?;
        self.pids.push(pid);
        Ok(())
    }

    async fn run(
        mut self,
        t: Arc<Target>,
        deadline: Instant,
        max_ops: u64,
        stats: Arc<Mutex<Stats>>,
    ) {
        while Instant::now() < deadline && t.ops.fetch_add(1, Ordering::Relaxed) < max_ops {
            let mut roll = self.rng.below(100);
            let kind = WEIGHTS
                .iter()
                .find(|(_, w)| {
                    let hit = roll < *w;
                    roll = roll.saturating_sub(*w);
                    hit
                })
                .map_or("anon", |(k, _)| *k);
            let started = Instant::now();
            let outcome = match kind {
                "anon" => self.anon(&t).await,
                "search" => self.search(&t).await,
                "login" => self.login(&t).await,
                "page" => self.page(&t).await,
                _ => self.submit(&t, &stats).await,
            };
            stats
                .lock()
                .unwrap()
                .record(kind, started.elapsed(), &outcome);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The server process

/// The server binary serving `db` on `port` (as `tests/crash.rs` starts it), its output in `log`.
/// Killed when dropped, so that a panic in the benchmark does not leave it running.
struct Server {
    child: Option<Child>,
    log: PathBuf,
}

impl Server {
    fn start(db: &TestDb, port: u16, log: &Path) -> Server {
        let out = std::fs::File::create(log).expect("create the server log");
        let err = out.try_clone().expect("server log handle");
        // Another build (an earlier commit's, to compare) can be named by SOAK_SERVER_BIN.
        let bin = std::env::var("SOAK_SERVER_BIN")
            .unwrap_or_else(|_| env!("CARGO_BIN_EXE_server").to_string());
        let mut cmd = Command::new(bin);
        cmd.arg("serve")
            .env_remove("PORTAL_CONFIG")
            .env_remove("PORTAL_DB_MAX_CONNECTIONS")
            .env("DATABASE_URL", &db.url)
            .env("LEPTOS_SITE_ADDR", format!("127.0.0.1:{port}"))
            .env("LEPTOS_SITE_ROOT", common::site_root())
            .env("PORTAL_MODE", "test")
            .env("PORTAL_STORAGE_DIR", db.files_dir())
            .env("PORTAL_SEED_DEMO", "true")
            .env("PORTAL_TEST_CAPTCHA_ANSWER", CAPTCHA_ANSWER)
            .env(
                "PORTAL_LOG",
                std::env::var("SOAK_SERVER_LOG").unwrap_or_else(|_| "warn,sqlx=warn".into()),
            )
            .env("PORTAL_LOG_FORMAT", "text")
            .env("NO_COLOR", "1")
            .envs(LIMITS.iter().copied())
            .stdin(Stdio::null())
            .stdout(Stdio::from(out))
            .stderr(Stdio::from(err));
        let child = cmd.spawn().expect("start the server binary");
        Server {
            child: Some(child),
            log: log.to_path_buf(),
        }
    }

    async fn wait_ready(&mut self, base: &str) {
        let http = reqwest::Client::new();
        for _ in 0..1200 {
            let child = self.child.as_mut().expect("server running");
            if let Some(status) = child.try_wait().expect("poll the server") {
                let log = std::fs::read_to_string(&self.log).unwrap_or_default();
                panic!("the server exited early ({status}); its log:\n{log}");
            }
            if http
                .get(format!("{base}/readyz"))
                .timeout(Duration::from_secs(5))
                .send()
                .await
                .is_ok_and(|r| r.status().is_success())
            {
                return;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("the server was not ready within 2 minutes");
    }

    /// SIGTERM, then SIGKILL if it has not stopped within 20 s. Says how it went.
    async fn stop(mut self) -> String {
        let mut child = self.child.take().expect("server running");
        let started = Instant::now();
        let sent = Command::new("kill")
            .arg("-TERM")
            .arg(child.id().to_string())
            .status()
            .is_ok_and(|s| s.success());
        if !sent {
            let _ = child.kill();
        }
        while started.elapsed() < Duration::from_secs(20) {
            if let Ok(Some(status)) = child.try_wait() {
                return format!(
                    "SIGTERM: exited ({status}) after {:.2} s",
                    started.elapsed().as_secs_f64()
                );
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        // Looking into a stall: leave the stuck process alive for a while to attach a debugger.
        if let Some(hold) = std::env::var("SOAK_HOLD_SECS")
            .ok()
            .and_then(|v| v.parse::<u64>().ok())
        {
            println!(
                "  server {} still running after SIGTERM: held {hold} s for a debugger",
                child.id()
            );
            tokio::time::sleep(Duration::from_secs(hold)).await;
        }
        let _ = child.kill();
        let status = child.wait().map(|s| s.to_string()).unwrap_or_default();
        format!("SIGTERM: still running after 20 s, killed ({status})")
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        if let Some(child) = self.child.as_mut() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port()
}

/// `portal_db_pool_acquire_seconds_max` from the server's `/metrics`, or why there is none.
async fn pool_wait_metric(base: &str) -> String {
    let res = reqwest::Client::new()
        .get(format!("{base}/metrics"))
        .timeout(REQUEST_TIMEOUT)
        .send()
        .await;
    let res = match res {
        Ok(r) if r.status().is_success() => r,
        Ok(r) => return format!("n/a (/metrics answered {})", r.status()),
        Err(e) => return format!("n/a ({})", e.without_url()),
    };
    let body = res.text().await.unwrap_or_default();
    let values = |name: &str| -> Vec<&str> {
        body.lines()
            .filter(|l| l.starts_with(name))
            .filter_map(|l| l.split_whitespace().last())
            .collect()
    };
    let max = values("portal_db_pool_acquire_seconds_max");
    if max.is_empty() {
        return "n/a (no portal_db_pool_acquire_seconds_max line)".to_string();
    }
    // The counters next to it, when the server has them.
    let others: Vec<String> = [
        "portal_db_pool_acquire_slow_total",
        "portal_db_pool_acquire_failed_total",
        "portal_http_requests_slow_total",
    ]
    .into_iter()
    .filter_map(|name| {
        let v = values(name);
        (!v.is_empty()).then(|| format!("{name} {}", v.join(", ")))
    })
    .collect();
    if others.is_empty() {
        format!("{} s", max.join(", "))
    } else {
        format!("{} s ({})", max.join(", "), others.join(", "))
    }
}

/// Removes terminal colour codes.
fn plain(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            for c in chars.by_ref() {
                if c.is_ascii_alphabetic() {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// The duration (seconds) a log line gives under a key about waiting: `acquired_after_secs=2.5`,
/// `elapsed=2.5s`, `"elapsed_ms":2500`…
fn waits_in(line: &str) -> Vec<f64> {
    let mut found = Vec::new();
    for key in [
        "acquired_after_secs",
        "elapsed_secs",
        "elapsed_ms",
        "elapsed",
        "duration",
    ] {
        let mut rest = line;
        while let Some(at) = rest.find(key) {
            rest = &rest[at + key.len()..];
            let value = rest.trim_start_matches(['"', ':', '=', ' ']);
            let number: String = value
                .chars()
                .take_while(|c| c.is_ascii_digit() || *c == '.')
                .collect();
            let Ok(n) = number.parse::<f64>() else {
                continue;
            };
            let unit: String = value[number.len()..]
                .chars()
                .take_while(|c| c.is_alphabetic())
                .collect();
            let secs = match (key, unit.as_str()) {
                ("elapsed_ms", _) | (_, "ms") => n / 1e3,
                (_, "µs" | "us") => n / 1e6,
                (_, "ns") => n / 1e9,
                _ => n,
            };
            found.push(secs);
        }
    }
    found
}

/// What the server logged: WARN/ERROR counts and the most frequent messages, the slow pool
/// acquires and the longest wait they mention.
fn summarise_log(path: &Path) {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    let lines: Vec<String> = text.lines().map(plain).collect();
    let warns = lines.iter().filter(|l| l.contains(" WARN ")).count();
    let errors = lines.iter().filter(|l| l.contains(" ERROR ")).count();
    println!(
        "  server log: {} lines, {warns} WARN, {errors} ERROR",
        lines.len()
    );
    // Most frequent WARN/ERROR messages, timestamps dropped and numbers folded.
    let mut messages: HashMap<String, usize> = HashMap::new();
    for l in lines
        .iter()
        .filter(|l| l.contains(" WARN ") || l.contains(" ERROR "))
    {
        let from = l.find(" WARN ").or_else(|| l.find(" ERROR ")).unwrap_or(0);
        let mut key = String::new();
        let mut digits = false;
        for c in l[from..].trim().chars() {
            if c.is_ascii_digit() {
                if !digits {
                    key.push('#');
                }
                digits = true;
            } else {
                digits = false;
                key.push(c);
            }
        }
        *messages.entry(key.chars().take(200).collect()).or_default() += 1;
    }
    let mut messages: Vec<_> = messages.into_iter().collect();
    messages.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    for (m, n) in messages.iter().take(8) {
        println!("    {n:>6} × {m}");
    }
    let slow: Vec<&String> = lines.iter().filter(|l| l.contains(SLOW_ACQUIRE)).collect();
    let longest = slow
        .iter()
        .flat_map(|l| waits_in(l).into_iter().map(move |w| (w, *l)))
        .max_by(|a, b| a.0.total_cmp(&b.0));
    match (slow.len(), longest) {
        (0, _) => println!("  slow pool acquires (\"{SLOW_ACQUIRE}\"): 0"),
        (n, Some((w, _))) => {
            println!("  slow pool acquires (\"{SLOW_ACQUIRE}\"): {n}, longest {w:.3} s")
        }
        (n, None) => println!(
            "  slow pool acquires (\"{SLOW_ACQUIRE}\"): {n}, longest line: {}",
            slow.iter().max_by_key(|l| l.len()).unwrap()
        ),
    }
}

// ---------------------------------------------------------------------------------------------
// One database

async fn prepare(t: &Target, clients: usize) -> Vec<Client> {
    // Accounts, a few at a time (password hashing is the server's slow part).
    let mut ready: Vec<Option<(Account, Browser)>> = (0..clients).map(|_| None).collect();
    let mut next = 0;
    while next < clients {
        let batch: Vec<usize> = (next..clients.min(next + 4)).collect();
        next += batch.len();
        let done = futures_join(batch.iter().map(|&i| async move {
            let a = account(i);
            let b = match register(t, &a).await {
                Ok(b) => b,
                Err(Failure::Timeout) => panic!("registering {}: timed out", a.id),
                Err(Failure::Error(e)) => panic!("registering {}: {e}", a.id),
            };
            (i, a, b)
        }))
        .await;
        for (i, a, b) in done {
            ready[i] = Some((a, b));
        }
    }
    let mut out = Vec::new();
    for (i, slot) in ready.into_iter().enumerate() {
        let (account, browser) = slot.expect("registered");
        out.push(Client {
            account,
            browser,
            visitor: client(false, false),
            searcher: client(false, true),
            pids: Vec::new(),
            rng: Rng::new(
                (i as u64 + 1)
                    ^ std::time::SystemTime::now()
                        .duration_since(std::time::UNIX_EPOCH)
                        .map_or(0, |d| d.as_nanos() as u64),
            ),
        });
    }
    // One submitted dossier per client, for its dossier page.
    for chunk in out.chunks_mut(4) {
        futures_join(chunk.iter_mut().map(|c| async move {
            let pid = match compose(t, &c.browser, &c.account).await {
                Ok(pid) => pid,
                Err(Failure::Timeout) => panic!("composing a first dossier: timed out"),
                Err(Failure::Error(e)) => panic!("composing a first dossier: {e}"),
            };
            if let Err(Failure::Error(e)) = submit(t, &c.browser, &pid).await {
                panic!("submitting a first dossier: {e}");
            }
            c.pids.push(pid);
        }))
        .await;
    }
    out
}

/// Runs futures concurrently on this task and returns their outputs in order.
async fn futures_join<F: std::future::Future>(
    futures: impl IntoIterator<Item = F>,
) -> Vec<F::Output> {
    let mut pinned: Vec<_> = futures.into_iter().map(Box::pin).collect();
    let mut outputs: Vec<Option<F::Output>> = pinned.iter().map(|_| None).collect();
    std::future::poll_fn(|cx| {
        let mut pending = false;
        for (f, out) in pinned.iter_mut().zip(outputs.iter_mut()) {
            if out.is_none() {
                match f.as_mut().poll(cx) {
                    std::task::Poll::Ready(v) => *out = Some(v),
                    std::task::Poll::Pending => pending = true,
                }
            }
        }
        if pending {
            std::task::Poll::Pending
        } else {
            std::task::Poll::Ready(())
        }
    })
    .await;
    outputs.into_iter().map(|o| o.expect("finished")).collect()
}

async fn run(backend: Backend, s: &Settings) {
    let name = match backend {
        Backend::Sqlite => "SQLite",
        Backend::Postgres => "PostgreSQL",
    };
    println!(
        "== {name}: {} s of mixed traffic from {} clients (at most {} operations) ==",
        s.secs, s.clients, s.max_ops
    );
    let db = TestDb::new(backend).await;
    let logs = tempfile::Builder::new()
        .prefix("portal-soak")
        .tempdir()
        .expect("temp dir");
    let log = logs.path().join("server.log");
    let port = free_port();
    let base = format!("http://127.0.0.1:{port}");
    let mut server = Server::start(&db, port, &log);
    let started = Instant::now();
    server.wait_ready(&base).await;
    println!("  server ready in {:.1} s", started.elapsed().as_secs_f64());

    let pool = Db::connect(&db.url, 2)
        .await
        .expect("open the test database");
    let procedures: Vec<String> = sqlx::query_scalar("SELECT code FROM procedures ORDER BY id")
        .fetch_all(&pool.pool)
        .await
        .expect("procedure codes");
    let track_codes: Vec<String> =
        sqlx::query_scalar("SELECT code FROM dossiers WHERE code IS NOT NULL ORDER BY id")
            .fetch_all(&pool.pool)
            .await
            .expect("dossier codes");
    let agency: i64 = sqlx::query_scalar(
        "SELECT MAX(pa.agency_id) FROM procedure_agencies pa JOIN procedures p ON p.id = pa.procedure_id \
         WHERE p.code = $1",
    )
    .bind(BIRTH)
    .fetch_one(&pool.pool)
    .await
    .expect("an agency for birth registrations");
    // As `common::dossiers::components` reads them.
    let components: Vec<(i64, i64)> = sqlx::query_as(
        "SELECT c.id, CAST(c.mandatory AS BIGINT) FROM procedure_components c \
         JOIN procedures p ON p.id = c.procedure_id WHERE p.code = $1 ORDER BY c.position",
    )
    .bind(BIRTH)
    .fetch_all(&pool.pool)
    .await
    .expect("document components");
    let mandatory: Vec<i64> = components
        .into_iter()
        .filter(|(_, m)| *m == 1)
        .map(|(id, _)| id)
        .collect();
    assert!(!procedures.is_empty(), "the catalog is empty");
    let track_codes = if track_codes.is_empty() {
        vec!["H34.99-260101-0001".to_string()]
    } else {
        track_codes
    };
    let target = Arc::new(Target {
        base: base.clone(),
        db: pool,
        requests: AtomicU64::new(0),
        ops: AtomicU64::new(0),
        procedures,
        track_codes,
        agency,
        mandatory,
    });

    let started = Instant::now();
    let clients = prepare(&target, s.clients).await;
    println!(
        "  prepared {} accounts and {} dossiers in {:.1} s ({} procedures, {} tracking codes)",
        clients.len(),
        clients.len(),
        started.elapsed().as_secs_f64(),
        target.procedures.len(),
        target.track_codes.len()
    );

    // The clock starts.
    target.requests.store(0, Ordering::Relaxed);
    let started = Instant::now();
    let deadline = started + Duration::from_secs(s.secs);
    let mut tasks = tokio::task::JoinSet::new();
    let mut all_stats = Vec::new();
    for c in clients {
        let stats = Arc::new(Mutex::new(Stats::default()));
        all_stats.push(stats.clone());
        tasks.spawn(c.run(target.clone(), deadline, s.max_ops, stats));
    }
    let mut cut = 0;
    let all_done = tokio::time::timeout_at((deadline + GRACE).into(), async {
        while let Some(r) = tasks.join_next().await {
            if let Err(e) = r {
                println!("  a client panicked: {e}");
            }
        }
    })
    .await;
    if all_done.is_err() {
        cut = tasks.len();
        tasks.abort_all();
        while tasks.join_next().await.is_some() {}
    }
    let elapsed = started.elapsed();
    let requests = target.requests.load(Ordering::Relaxed);

    let mut stats = Stats::default();
    for s in all_stats {
        stats.merge(std::mem::take(&mut *s.lock().unwrap()));
    }
    let total: usize = WEIGHTS
        .iter()
        .map(|(k, _)| stats.0.get(k).map_or(0, |s| s.latencies.len()))
        .sum();
    let secs = elapsed.as_secs_f64();
    println!(
        "  duration {secs:.1} s: {total} operations ({:.1}/s), {requests} HTTP requests ({:.1}/s)",
        total as f64 / secs,
        requests as f64 / secs
    );
    if cut > 0 {
        println!(
            "  {cut} clients were still in an operation {} s after the deadline and were stopped (not counted)",
            GRACE.as_secs()
        );
    }
    print_stats(&mut stats);
    println!(
        "  longest database pool wait (/metrics): {}",
        pool_wait_metric(&base).await
    );

    target.db.pool.close().await;
    let stopped = server.stop().await;
    summarise_log(&log);
    println!("  server stop: {stopped}");
    if std::env::var_os("SOAK_KEEP_LOG").is_some() {
        let kept = logs.keep();
        println!("  log kept in {}", kept.display());
    }
    db.cleanup().await;
    println!();
}

fn main() {
    let settings = Settings::from_env();
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");
    rt.block_on(async {
        for backend in settings.databases.clone() {
            run(backend, &settings).await;
        }
    });
}
