//! The axum host of Cổng Dịch vụ công. `main.rs` is a thin command-line wrapper around [`run`];
//! tests build the same application with [`Portal::start`] on a free port.

pub mod catalog_seed;
pub mod demo;
pub mod http;
pub mod metrics;
pub mod momo_standin;
pub mod payments;
pub mod reference;
pub mod serve;
pub mod settings;
pub mod staff;
pub mod standin;
pub mod standin_page;
pub mod watchdog;

use app::{
    backend::{
        self, Config, RunMode, Services,
        messaging::{
            DevProvider, MailProvider, SmsProvider,
            esms::EsmsProvider,
            smtp::{SmtpProvider, SmtpSecurity},
        },
    },
    site::SiteInfo,
};
use axum::extract::FromRef;
use leptos::config::{Env, LeptosOptions};
use secrecy::{ExposeSecret as _, SecretString};
use settings::{
    Command, LogFormat, MailProviderKind, Mode, Settings, SmsProviderKind, SmtpSecurityKind,
};
use std::{net::SocketAddr, path::Path, sync::Arc, time::Duration};
use tokio::{net::TcpListener, sync::watch, task::JoinHandle};

pub use app::backend::db::{Backend, Db};

/// Everything a request handler or server function may need, built once in `main`.
#[derive(Clone, FromRef)]
pub struct AppState {
    pub leptos: LeptosOptions,
    pub db: Db,
    pub settings: Arc<Settings>,
    pub site: SiteInfo,
    pub services: Services,
    /// The database pool's wait, sampled (`/metrics`).
    pub pool_probe: Arc<metrics::PoolProbe>,
    /// Requests in flight, watched for the ones that take too long.
    pub in_flight: Arc<watchdog::InFlight>,
}

impl AppState {
    pub async fn new(settings: Settings) -> anyhow::Result<Self> {
        settings.validate()?;
        let db = Db::connect(
            settings.database.database_url.expose_secret(),
            settings.database.db_max_connections,
        )
        .await?;
        db.migrate().await?;
        reference::load(&db).await?;
        let year = app::format::vn_date(app::backend::now_epoch()).year();
        app::calendar::store::prefill_holidays(&db, year - 1..=year + 2)
            .await
            .map_err(|e| anyhow::anyhow!("holidays: {e:?}"))?;
        let services = build_services(&settings, db.clone())?;
        if settings.seed_demo {
            demo::seed(&services).await?;
        }
        let site = SiteInfo {
            province: settings.site.province.clone(),
            province_code: settings.site.province_code.clone(),
            hotline: settings.site.hotline.clone(),
            support_email: settings.site.support_email.clone(),
            office_hours: settings.site.office_hours.clone(),
        };
        Ok(AppState {
            leptos: leptos_options(&settings),
            db,
            settings: Arc::new(settings),
            site,
            services,
            pool_probe: Arc::new(metrics::PoolProbe::default()),
            in_flight: Arc::new(watchdog::InFlight::default()),
        })
    }
}

/// The services that server functions use, from the settings.
pub fn build_services(settings: &Settings, db: Db) -> anyhow::Result<Services> {
    // TLS of the S3 client (reqwest 0.13) uses rustls' ring provider; the others choose theirs.
    let _ = rustls::crypto::ring::default_provider().install_default();
    let mode = match settings.mode() {
        Mode::Development => RunMode::Development,
        Mode::Test => RunMode::Test,
        Mode::Production => RunMode::Production,
    };
    let dev = Config::for_development();
    let config = Config {
        mode,
        secret_key: settings
            .secret_key
            .as_ref()
            .map(|k| k.expose_secret().as_bytes().to_vec())
            .unwrap_or(dev.secret_key),
        secure_cookies: settings.http.is_https(),
        public_url: settings
            .http
            .public_url
            .as_ref()
            .map(|u| u.as_str().trim_end_matches('/').to_string())
            .unwrap_or_else(|| format!("http://{}", settings.http.listen)),
        session_idle_secs: settings.sessions.session_idle_minutes * 60,
        session_absolute_secs: settings.sessions.session_max_hours * 3600,
        test_captcha_answer: settings
            .test_captcha_answer
            .as_ref()
            .map(|a| a.expose_secret().to_string()),
        trust_forwarded_for: settings.http.trust_forwarded_for,
        test_crash_after_send: settings.test_crash_after_send,
        otp: backend::OtpPolicy {
            resend_cooldown_secs: settings.limits.otp_resend_seconds,
            ..dev.otp
        },
        login_limits: backend::LoginLimits {
            per_address: settings.limits.login_failures_per_address,
            per_network: settings.limits.login_failures_per_network,
            account: backend::throttle::GuardPolicy {
                free_failures: settings.limits.login_account_free_failures,
                first_delay_secs: settings.limits.login_account_first_delay_secs,
                max_delay_secs: settings.limits.login_account_max_delay_minutes * 60,
            },
            place_secs: settings.limits.login_place_days * 86_400,
            ..dev.login_limits
        },
        start_limits: backend::StartLimits {
            register_per_address: settings.limits.register_per_address_hour,
            register_per_network: settings.limits.register_per_network_hour,
            recover_per_address: settings.limits.recover_per_address_hour,
            recover_per_network: settings.limits.recover_per_network_hour,
        },
        budget: backend::budget::MessageBudget {
            per_recipient_hour: settings.limits.otp_per_phone_hour,
            per_address_hour: settings.limits.messages_per_address_hour,
            per_address_day: settings.limits.messages_per_address_day,
            per_network_hour: settings.limits.messages_per_network_hour,
            per_network_day: settings.limits.messages_per_network_day,
            total_hour: settings.limits.messages_per_hour,
            total_day: settings.limits.messages_per_day,
            accounts_hour: settings.limits.account_messages_per_hour,
            accounts_day: settings.limits.account_messages_per_day,
        },
        track_per_minute: settings.limits.track_per_address_minute,
        captcha_limits: backend::captcha::CaptchaLimits {
            new_per_address: settings.limits.captchas_per_address_hour,
            new_per_network: settings.limits.captchas_per_network_hour,
            media_per_address: settings.limits.captcha_media_per_address_hour,
            media_per_network: settings.limits.captcha_media_per_network_hour,
        },
        max_drafts: settings.limits.max_drafts,
        max_store_bytes: settings.limits.max_store_mb * 1024 * 1024,
        phone_change_wait_secs: settings.limits.phone_change_wait_hours * 3600,
        dev_outbox: settings.sms.sms_provider == SmsProviderKind::Dev
            || settings.mail.mail_provider == MailProviderKind::Dev,
        province_code: settings.site.province_code.clone(),
        upload_timeout_secs: settings.http.upload_timeout_secs,
        pay: settings.payments.limits(),
    };
    let dev_provider = DevProvider { db: db.clone() };
    let sms: Arc<dyn SmsProvider> = match settings.sms.sms_provider {
        SmsProviderKind::Dev => Arc::new(dev_provider.clone()),
        SmsProviderKind::Esms => Arc::new(EsmsProvider::new(
            settings.sms.esms_url.clone(),
            exposed(&settings.sms.esms_api_key),
            exposed(&settings.sms.esms_secret_key),
            settings.sms.esms_brandname.clone(),
            settings.sms.esms_sandbox,
        )),
    };
    let mail: Arc<dyn MailProvider> = match settings.mail.mail_provider {
        MailProviderKind::Dev => Arc::new(dev_provider),
        MailProviderKind::Smtp => Arc::new(SmtpProvider::new(
            &settings.mail.smtp_host,
            settings.mail.smtp_port,
            match settings.mail.smtp_security {
                SmtpSecurityKind::None => SmtpSecurity::None,
                SmtpSecurityKind::Starttls => SmtpSecurity::StartTls,
                SmtpSecurityKind::Tls => SmtpSecurity::Tls,
            },
            settings
                .mail
                .smtp_username
                .clone()
                .zip(settings.mail.smtp_password.as_ref())
                .map(|(user, password)| (user, password.expose_secret().to_string())),
            &settings.mail.mail_from,
        )?),
    };
    let max_bytes = settings.storage.max_upload_mb * 1024 * 1024;
    let storage = match &settings.storage.s3_bucket {
        Some(bucket) => backend::storage::Storage::s3(
            bucket,
            settings.storage.s3_endpoint.as_deref(),
            &settings.storage.s3_region,
            &exposed(&settings.storage.s3_access_key),
            &exposed(&settings.storage.s3_secret_key),
            max_bytes,
        )?,
        None => backend::storage::Storage::local(&settings.storage.storage_dir, max_bytes)?,
    };
    let mut gateways: Vec<Arc<dyn app::backend::payments::Gateway>> = Vec::new();
    if let (Some(tmn), Some(secret)) = (
        &settings.payments.vnpay_tmn_code,
        &settings.payments.vnpay_hash_secret,
    ) {
        gateways.push(Arc::new(app::backend::payments::vnpay::VnPay {
            id: app::backend::payments::GatewayId::Vnpay,
            tmn_code: tmn.clone(),
            hash_secret: secret.expose_secret().to_string(),
            pay_url: settings.payments.vnpay_url.clone(),
            api_url: settings.payments.vnpay_api_url.clone(),
            http: reqwest::Client::new(),
        }));
    }
    if let (Some(partner), Some(access), Some(secret)) = (
        &settings.payments.momo_partner_code,
        &settings.payments.momo_access_key,
        &settings.payments.momo_secret_key,
    ) {
        gateways.push(Arc::new(app::backend::payments::momo::MoMo {
            partner_code: partner.clone(),
            access_key: access.expose_secret().to_string(),
            secret_key: secret.expose_secret().to_string(),
            url: settings.payments.momo_url.trim_end_matches('/').to_string(),
            http: reqwest::Client::new(),
        }));
    }
    if settings.sandbox_gateway() {
        gateways.push(Arc::new(app::backend::payments::Gateways::sandbox(
            &config.public_url,
            &config.secret_key,
        )));
    }
    Ok(Services {
        payments: app::backend::payments::Gateways::new(gateways),
        db,
        config: Arc::new(config),
        sms,
        mail,
        outbox: Arc::new(tokio::sync::Notify::new()),
        storage,
        cpu: if settings.limits.cpu_jobs == 0 {
            backend::cpu::CpuGate::per_core()
        } else {
            backend::cpu::CpuGate::new(settings.limits.cpu_jobs)
        },
        // One drawing at a time (a captcha takes milliseconds, a receipt tens of them): media
        // are never worth more than one core, whatever arrives.
        media: backend::cpu::CpuGate::new(1),
    })
}

/// A secret setting's value for a provider that takes it as text ("" when unset).
fn exposed(secret: &Option<SecretString>) -> String {
    secret
        .as_ref()
        .map(|s| s.expose_secret().to_string())
        .unwrap_or_default()
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
        .site_root(settings.http.site_root.to_string_lossy().to_string())
        .site_pkg_dir("pkg")
        .site_addr(settings.http.listen)
        .hash_files(hash_files)
        .env(if settings.mode() == Mode::Production {
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
    workers: Vec<JoinHandle<()>>,
}

impl Portal {
    /// Binds `settings.http.listen` (port 0 picks a free one), then serves until [`Portal::stop`].
    pub async fn start(mut settings: Settings) -> anyhow::Result<Portal> {
        // Bound first, so that the portal's own address (its links, the gateways' return and
        // callback URLs, without PORTAL_PUBLIC_URL) is the one it really listens on (port 0).
        let listener = TcpListener::bind(settings.http.listen).await?;
        let addr = listener.local_addr()?;
        settings.http.listen = addr;
        let state = AppState::new(settings).await?;
        let (shutdown, rx) = watch::channel(false);
        let app = http::router(state.clone());
        let header_timeout = Duration::from_secs(state.settings.http.header_timeout_secs);
        let task = tokio::spawn(serve::serve(listener, app, header_timeout, rx));
        let workers = vec![
            tokio::spawn(backend::messaging::outbox::run_worker(
                state.services.clone(),
                shutdown.subscribe(),
            )),
            tokio::spawn(maintenance(
                state.services.clone(),
                state.site.hotline.clone(),
                shutdown.subscribe(),
            )),
            tokio::spawn(
                state
                    .pool_probe
                    .clone()
                    .run(state.db.clone(), shutdown.subscribe()),
            ),
            tokio::spawn(state.in_flight.clone().watch(shutdown.subscribe())),
            tokio::spawn(payments::reconcile_worker(
                state.services.clone(),
                Duration::from_secs(state.settings.payments.payment_check_minutes as u64 * 60),
                shutdown.subscribe(),
            )),
        ];
        Ok(Portal {
            addr,
            state,
            shutdown,
            task,
            workers,
        })
    }

    /// Stops accepting connections, lets requests in flight finish, and closes the pool.
    pub async fn stop(self, grace: Duration) -> anyhow::Result<()> {
        let _ = self.shutdown.send(true);
        let mut task = self.task;
        match tokio::time::timeout(grace, &mut task).await {
            Ok(joined) => joined??,
            Err(_) => {
                // The requests still running are dropped with the server's task: left running,
                // they would keep their database connections and the pool below would wait for
                // them for ever.
                tracing::warn!(
                    in_flight = self.state.in_flight.count(),
                    "requests still in flight after {grace:?}; closing anyway"
                );
                task.abort();
                let _ = task.await;
            }
        }
        for worker in self.workers {
            // A delivery in progress finishes (its lease would otherwise hand it to another worker).
            let _ = tokio::time::timeout(grace, worker).await;
        }
        // Closing waits for every connection to come back; one held by something stuck must not
        // keep the process from ending.
        if tokio::time::timeout(grace, self.state.db.pool.close())
            .await
            .is_err()
        {
            tracing::warn!("database connections still in use after {grace:?}; exiting anyway");
        }
        Ok(())
    }
}

/// Deletes what has expired (sessions, journeys, captchas, rate-limit counters), applies the
/// phone changes whose waiting period is over and writes the officers' due-date notices, every
/// few minutes.
async fn maintenance(svc: Services, hotline: String, mut shutdown: watch::Receiver<bool>) {
    loop {
        let results = [
            backend::session::purge_expired(&svc).await,
            backend::otp::purge_stale(&svc.db).await,
            backend::captcha::purge_expired(&svc.db).await,
            backend::throttle::purge_old(&svc.db, svc.config.login_limits.place_secs).await,
            app::payments::service::purge_stale(&svc).await,
        ];
        for r in results {
            if let Err(e) = r {
                tracing::warn!(error = %e, "maintenance step failed");
            }
        }
        if let Err(e) = app::accounts::service::apply_due_phone_changes(&svc, &hotline).await {
            tracing::warn!(error = ?e, "applying phone changes failed");
        }
        // The officers' "due on the next working day" notices: written once per officer,
        // dossier and due date (a unique key), so every run and every instance may try.
        if let Err(e) = app::notifications::service::notify_due_soon(&svc).await {
            tracing::warn!(error = ?e, "due-date notices failed");
        }
        tokio::select! {
            _ = tokio::time::sleep(Duration::from_secs(300)) => {}
            _ = shutdown.wait_for(|stop| *stop) => return,
        }
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
            let db = Db::connect(settings.database.database_url.expose_secret(), 1).await?;
            db.migrate().await?;
            tracing::info!(backend = db.backend.name(), "migrations applied");
            Ok(())
        }
        Command::SeedDemo => {
            settings.validate()?;
            if settings.mode() == Mode::Production {
                anyhow::bail!("demo data is not allowed in production mode");
            }
            let db = Db::connect(settings.database.database_url.expose_secret(), 1).await?;
            db.migrate().await?;
            reference::load(&db).await?;
            let services = build_services(&settings, db)?;
            demo::seed(&services).await
        }
        Command::CreateUser(args) => {
            settings.validate()?;
            let db = Db::connect(settings.database.database_url.expose_secret(), 1).await?;
            db.migrate().await?;
            let password = staff::read_password()?;
            let id = staff::create(&db, &args, &password).await?;
            println!(
                "created {:?} account {} (id {id})",
                args.role, args.username
            );
            Ok(())
        }
        Command::PaymentStandin(args) => standin::run(args).await,
        Command::Serve => serve(settings).await,
    }
}

async fn serve(settings: Settings) -> anyhow::Result<()> {
    let grace = Duration::from_secs(settings.http.shutdown_timeout_secs);
    if !Path::new(&settings.http.site_root).join("pkg").exists() {
        tracing::warn!(site_root = %settings.http.site_root.display(), "no built site (pkg/) found: pages will render without styles or scripts; build with `cargo leptos build`");
    }
    tracing::info!(database = %settings.database.database_url.redacted(), mode = ?settings.mode(), "starting");
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
