//! Typed settings, loaded once at start-up: defaults → optional `KEY=VALUE` file → environment → flags.
//! `server --help` lists every setting with its environment variable.

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::{fmt, net::SocketAddr, path::PathBuf};
use url::Url;

#[derive(Debug, Parser)]
#[command(
    name = "server",
    version,
    about = "Cổng Dịch vụ công – the provincial public-service portal (web server and admin commands)",
    long_about = "Cổng Dịch vụ công – the provincial public-service portal.\n\n\
        Every setting can be given as a flag or as the environment variable shown in brackets, \
        or in a KEY=VALUE file named by --config / PORTAL_CONFIG (the environment wins over the file)."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    #[command(flatten)]
    pub settings: Settings,
}

#[derive(Debug, Clone, Subcommand)]
pub enum Command {
    /// Apply migrations and serve the portal (the default).
    Serve,
    /// Apply pending database migrations, then exit.
    Migrate,
    /// Apply migrations and load the demo data (idempotent), then exit.
    SeedDemo,
    /// Check the settings (as production would) and print them with secrets hidden.
    CheckConfig,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Mode {
    /// Local development: development-only helpers may be switched on.
    Development,
    /// Automated tests: like development, plus test-only shortcuts later issues add.
    Test,
    /// A real deployment: every development and test shortcut is refused.
    Production,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LogFormat {
    Text,
    Json,
}

#[derive(Clone, Args)]
pub struct Settings {
    /// KEY=VALUE file with settings (variables already in the environment take precedence).
    #[arg(long, env = "PORTAL_CONFIG", global = true)]
    pub config: Option<PathBuf>,

    /// Database: `sqlite:PATH` (created on first start) or `postgres://USER:PASSWORD@HOST/DB`.
    #[arg(
        long,
        env = "DATABASE_URL",
        default_value = "sqlite:data/portal.db",
        global = true
    )]
    pub database_url: String,

    /// Largest number of pooled database connections.
    #[arg(
        long,
        env = "PORTAL_DB_MAX_CONNECTIONS",
        default_value_t = 10,
        global = true
    )]
    pub db_max_connections: u32,

    /// Address and port to listen on.
    #[arg(
        long,
        env = "LEPTOS_SITE_ADDR",
        default_value = "127.0.0.1:3000",
        global = true
    )]
    pub listen: SocketAddr,

    /// Folder with the built site (the `pkg/` bundle and the public assets), made by cargo-leptos.
    #[arg(
        long,
        env = "LEPTOS_SITE_ROOT",
        default_value = "target/site",
        global = true
    )]
    pub site_root: PathBuf,

    /// Run mode: development, test or production.
    #[arg(long, env = "PORTAL_MODE", value_enum, default_value_t = Mode::Development, global = true)]
    pub mode: Mode,

    /// Public address of the portal, e.g. https://dichvucong.example.gov.vn (required in production).
    /// When it is https, cookies are marked Secure and HSTS is sent.
    #[arg(long, env = "PORTAL_PUBLIC_URL", global = true)]
    pub public_url: Option<Url>,

    /// Load the demo data at start-up (idempotent). Refused in production.
    #[arg(long, env = "PORTAL_SEED_DEMO", default_value_t = false, action = clap::ArgAction::Set, global = true)]
    pub seed_demo: bool,

    /// Province name shown in the header and footer (without "tỉnh").
    #[arg(
        long,
        env = "PORTAL_PROVINCE",
        default_value = "Khánh Hòa",
        global = true
    )]
    pub province: String,

    /// Support hotline shown on every page.
    #[arg(
        long,
        env = "PORTAL_HOTLINE",
        default_value = "1900 1023",
        global = true
    )]
    pub hotline: String,

    /// Support e-mail address shown on every page.
    #[arg(
        long,
        env = "PORTAL_SUPPORT_EMAIL",
        default_value = "hotro@dichvucong.example.vn",
        global = true
    )]
    pub support_email: String,

    /// Office hours shown on every page.
    #[arg(
        long,
        env = "PORTAL_OFFICE_HOURS",
        default_value = "Thứ Hai – Thứ Sáu: 07:00 – 11:30, 13:30 – 17:00",
        global = true
    )]
    pub office_hours: String,

    /// Log filter (tracing's EnvFilter syntax).
    #[arg(
        long,
        env = "PORTAL_LOG",
        default_value = "info,sqlx=warn,tower_http=info",
        global = true
    )]
    pub log: String,

    /// Log format: text or json.
    #[arg(long, env = "PORTAL_LOG_FORMAT", value_enum, default_value_t = LogFormat::Text, global = true)]
    pub log_format: LogFormat,

    /// Seconds to let requests in flight finish after SIGTERM before closing.
    #[arg(
        long,
        env = "PORTAL_SHUTDOWN_TIMEOUT",
        default_value_t = 20,
        global = true
    )]
    pub shutdown_timeout_secs: u64,
}

impl Settings {
    /// Reads the command line and the environment, after loading the `--config` file if one is named.
    pub fn load() -> anyhow::Result<Cli> {
        let first = Cli::parse();
        let Some(path) = first.settings.config.clone() else {
            return Ok(first);
        };
        dotenvy::from_path(&path)
            .map_err(|e| anyhow::anyhow!("cannot read settings file {}: {e}", path.display()))?;
        Ok(Cli::parse())
    }

    /// Whether the public address is served over TLS.
    pub fn is_https(&self) -> bool {
        self.public_url
            .as_ref()
            .is_some_and(|u| u.scheme() == "https")
    }

    /// Refuses settings that are unsafe or inconsistent; called before anything starts.
    pub fn validate(&self) -> anyhow::Result<()> {
        let url = self.database_url.as_str();
        if !(url.starts_with("sqlite:")
            || url.starts_with("postgres://")
            || url.starts_with("postgresql://"))
        {
            anyhow::bail!("DATABASE_URL must start with sqlite: or postgres://");
        }
        if self.db_max_connections == 0 {
            anyhow::bail!("PORTAL_DB_MAX_CONNECTIONS must be at least 1");
        }
        if self.mode == Mode::Production {
            if self.seed_demo {
                anyhow::bail!("PORTAL_SEED_DEMO is not allowed in production mode");
            }
            match &self.public_url {
                Some(u) if u.scheme() == "https" => {}
                Some(_) => anyhow::bail!(
                    "PORTAL_PUBLIC_URL must be an https:// address in production mode"
                ),
                None => anyhow::bail!("PORTAL_PUBLIC_URL is required in production mode"),
            }
        }
        Ok(())
    }

    /// The database URL with any password replaced, safe to print or log.
    pub fn database_url_redacted(&self) -> String {
        redact_url(&self.database_url)
    }
}

fn redact_url(raw: &str) -> String {
    match Url::parse(raw) {
        Ok(mut u) if u.password().is_some() => {
            let _ = u.set_password(Some("***"));
            u.to_string()
        }
        _ => raw.to_string(),
    }
}

impl fmt::Debug for Settings {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Settings")
            .field("config", &self.config)
            .field("database_url", &self.database_url_redacted())
            .field("db_max_connections", &self.db_max_connections)
            .field("listen", &self.listen)
            .field("site_root", &self.site_root)
            .field("mode", &self.mode)
            .field("public_url", &self.public_url.as_ref().map(Url::as_str))
            .field("seed_demo", &self.seed_demo)
            .field("province", &self.province)
            .field("hotline", &self.hotline)
            .field("support_email", &self.support_email)
            .field("office_hours", &self.office_hours)
            .field("log", &self.log)
            .field("log_format", &self.log_format)
            .field("shutdown_timeout_secs", &self.shutdown_timeout_secs)
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings(args: &[&str]) -> Settings {
        let mut argv = vec!["server"];
        argv.extend_from_slice(args);
        Cli::try_parse_from(argv).expect("valid arguments").settings
    }

    #[test]
    fn password_is_hidden_in_debug_output() {
        let s = settings(&["--database-url", "postgres://portal:s3cret@db/portal"]);
        let printed = format!("{s:?}");
        assert!(!printed.contains("s3cret"), "{printed}");
        assert!(printed.contains("portal:***@db"), "{printed}");
    }

    #[test]
    fn production_requires_https_public_url_and_no_demo_data() {
        assert!(settings(&["--mode", "production"]).validate().is_err());
        assert!(
            settings(&["--mode", "production", "--public-url", "http://x.vn"])
                .validate()
                .is_err()
        );
        assert!(
            settings(&[
                "--mode",
                "production",
                "--public-url",
                "https://x.vn",
                "--seed-demo",
                "true"
            ])
            .validate()
            .is_err()
        );
        assert!(
            settings(&["--mode", "production", "--public-url", "https://x.vn"])
                .validate()
                .is_ok()
        );
    }

    #[test]
    fn unknown_database_scheme_is_refused() {
        assert!(
            settings(&["--database-url", "mysql://x"])
                .validate()
                .is_err()
        );
        assert!(
            settings(&["--database-url", "sqlite:x.db"])
                .validate()
                .is_ok()
        );
    }
}
