//! Spawns the whole portal on 127.0.0.1:0 against a fresh database (a temporary SQLite file, or
//! a new PostgreSQL database created for the test and dropped afterwards) and talks to it over HTTP.

#![allow(dead_code)]

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
                TestDb {
                    url: url.to_string(),
                    backend,
                    name,
                    dir: None,
                }
            }
        }
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
    ];
    args.extend(extra.iter().map(|s| s.to_string()));
    Cli::try_parse_from(args)
        .expect("test settings parse")
        .settings
}

/// A site root with a tiny `pkg/` so static serving can be tested without a wasm build.
fn site_root() -> PathBuf {
    let root = std::env::temp_dir().join("portal-test-site");
    let pkg = root.join("pkg");
    std::fs::create_dir_all(&pkg).expect("create test site root");
    std::fs::write(
        pkg.join("probe.js"),
        "export const probe = 1;\n".repeat(200),
    )
    .expect("write probe asset");
    std::fs::write(root.join("robots.txt"), "User-agent: *\nDisallow: /api/\n")
        .expect("write robots");
    root
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
        let db = TestDb::new(backend).await;
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

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.http.get(self.url(path)).send().await.expect("GET")
    }

    pub async fn stop(self) {
        let _ = self.stop.send(());
        tokio::task::spawn_blocking(move || self.server.join())
            .await
            .expect("join")
            .expect("server thread ends cleanly");
        self.db.cleanup().await;
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
