//! The axum host of Cổng Dịch vụ công. `main.rs` is a thin command-line wrapper around [`run`];
//! tests build the same application with [`Portal::start`] on a free port.

pub mod db;
pub mod demo;
pub mod http;
pub mod settings;

use app::site::SiteInfo;
use axum::extract::FromRef;
use leptos::config::{Env, LeptosOptions};
use settings::{Command, LogFormat, Mode, Settings};
use std::{net::SocketAddr, path::Path, sync::Arc, time::Duration};
use tokio::{net::TcpListener, sync::watch, task::JoinHandle};

pub use db::{Backend, Db};

/// Everything a request handler or server function may need, built once in `main`.
#[derive(Clone, FromRef)]
pub struct AppState {
    pub leptos: LeptosOptions,
    pub db: Db,
    pub settings: Arc<Settings>,
    pub site: SiteInfo,
}

impl AppState {
    pub async fn new(settings: Settings) -> anyhow::Result<Self> {
        settings.validate()?;
        let db = Db::connect(&settings.database_url, settings.db_max_connections).await?;
        db.migrate().await?;
        if settings.seed_demo {
            demo::seed(&db).await?;
        }
        let site = SiteInfo {
            province: settings.province.clone(),
            hotline: settings.hotline.clone(),
            support_email: settings.support_email.clone(),
            office_hours: settings.office_hours.clone(),
        };
        Ok(AppState {
            leptos: leptos_options(&settings),
            db,
            settings: Arc::new(settings),
            site,
        })
    }
}

/// Leptos' own options, derived from our settings and from what cargo-leptos tells the binary.
fn leptos_options(settings: &Settings) -> LeptosOptions {
    let output_name = std::env::var("LEPTOS_OUTPUT_NAME")
        .ok()
        .or_else(|| option_env!("LEPTOS_OUTPUT_NAME").map(str::to_string))
        .unwrap_or_else(|| "portal".to_string());
    // Hashed file names are used when cargo-leptos wrote its hash file beside this binary.
    let hash_files = std::env::var("LEPTOS_HASH_FILES")
        .map(|v| v == "true")
        .unwrap_or_else(|_| {
            std::env::current_exe()
                .ok()
                .and_then(|exe| exe.parent().map(|d| d.join("hash.txt")))
                .is_some_and(|p| p.exists())
        });
    LeptosOptions::builder()
        .output_name(output_name)
        .site_root(settings.site_root.to_string_lossy().to_string())
        .site_pkg_dir("pkg")
        .site_addr(settings.listen)
        .hash_files(hash_files)
        .env(if settings.mode == Mode::Production {
            Env::PROD
        } else {
            Env::DEV
        })
        .build()
}

/// A running portal: its address and the means to stop it.
pub struct Portal {
    pub addr: SocketAddr,
    pub state: AppState,
    shutdown: watch::Sender<bool>,
    task: JoinHandle<std::io::Result<()>>,
}

impl Portal {
    /// Binds `settings.listen` (port 0 picks a free one), then serves until [`Portal::stop`].
    pub async fn start(settings: Settings) -> anyhow::Result<Portal> {
        let state = AppState::new(settings).await?;
        let listener = TcpListener::bind(state.settings.listen).await?;
        let addr = listener.local_addr()?;
        let (shutdown, mut rx) = watch::channel(false);
        let app = http::router(state.clone());
        let task = tokio::spawn(async move {
            axum::serve(listener, app)
                .with_graceful_shutdown(async move {
                    let _ = rx.wait_for(|stop| *stop).await;
                })
                .await
        });
        Ok(Portal {
            addr,
            state,
            shutdown,
            task,
        })
    }

    /// Stops accepting connections, lets requests in flight finish, and closes the pool.
    pub async fn stop(self, grace: Duration) -> anyhow::Result<()> {
        let _ = self.shutdown.send(true);
        match tokio::time::timeout(grace, self.task).await {
            Ok(joined) => joined??,
            Err(_) => tracing::warn!("requests still in flight after {grace:?}; closing anyway"),
        }
        self.state.db.pool.close().await;
        Ok(())
    }
}

/// Runs one command of the command line.
pub async fn run(command: Command, settings: Settings) -> anyhow::Result<()> {
    match command {
        Command::CheckConfig => {
            settings.validate()?;
            println!("{settings:#?}");
            Ok(())
        }
        Command::Migrate => {
            settings.validate()?;
            let db = Db::connect(&settings.database_url, 1).await?;
            db.migrate().await?;
            tracing::info!(backend = db.backend.name(), "migrations applied");
            Ok(())
        }
        Command::SeedDemo => {
            settings.validate()?;
            if settings.mode == Mode::Production {
                anyhow::bail!("demo data is not allowed in production mode");
            }
            let db = Db::connect(&settings.database_url, 1).await?;
            db.migrate().await?;
            demo::seed(&db).await
        }
        Command::Serve => serve(settings).await,
    }
}

async fn serve(settings: Settings) -> anyhow::Result<()> {
    let grace = Duration::from_secs(settings.shutdown_timeout_secs);
    if !Path::new(&settings.site_root).join("pkg").exists() {
        tracing::warn!(site_root = %settings.site_root.display(), "no built site (pkg/) found: pages will render without styles or scripts; build with `cargo leptos build`");
    }
    tracing::info!(database = %settings.database_url_redacted(), mode = ?settings.mode, "starting");
    let portal = Portal::start(settings).await?;
    tracing::info!("listening on http://{}", portal.addr);
    shutdown_signal().await;
    tracing::info!("shutdown signal received; finishing requests in flight");
    portal.stop(grace).await?;
    tracing::info!("stopped");
    Ok(())
}

/// Resolves on SIGTERM or Ctrl-C.
async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! { _ = ctrl_c => {}, _ = term => {} }
}

/// Sets up tracing: human-readable text or JSON lines, filtered by `PORTAL_LOG`.
pub fn init_tracing(filter: &str, format: LogFormat) {
    use tracing_subscriber::{EnvFilter, fmt, prelude::*};
    let filter = EnvFilter::try_new(filter).unwrap_or_else(|_| EnvFilter::new("info"));
    let registry = tracing_subscriber::registry().with(filter);
    let _ = match format {
        LogFormat::Text => registry.with(fmt::layer()).try_init(),
        LogFormat::Json => registry
            .with(fmt::layer().json().flatten_event(true))
            .try_init(),
    };
}
