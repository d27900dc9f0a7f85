//! The database: where it is and how many connections the pool keeps.

use clap::Args;
use secrecy::{ExposeSecret as _, SecretString};
use std::fmt;
use url::Url;

#[derive(Debug, Clone, Args)]
#[command(next_help_heading = "Database")]
pub struct DatabaseSettings {
    /// Database: `sqlite:PATH` (created on first start) or `postgres://USER:PASSWORD@HOST/DB`.
    #[arg(
        long,
        env = "DATABASE_URL",
        default_value = "sqlite:data/portal.db",
        global = true
    )]
    pub database_url: DatabaseUrl,

    /// Largest number of pooled database connections.
    #[arg(
        long,
        env = "PORTAL_DB_MAX_CONNECTIONS",
        default_value_t = 10,
        global = true
    )]
    pub db_max_connections: u32,
}

impl DatabaseSettings {
    pub fn validate(&self) -> anyhow::Result<()> {
        let url = self.database_url.expose_secret();
        if !(url.starts_with("sqlite:")
            || url.starts_with("postgres://")
            || url.starts_with("postgresql://"))
        {
            anyhow::bail!("DATABASE_URL must start with sqlite: or postgres://");
        }
        if self.db_max_connections == 0 {
            anyhow::bail!("PORTAL_DB_MAX_CONNECTIONS must be at least 1");
        }
        Ok(())
    }
}

/// A database URL, which may carry a password: kept as a secret, printed (Debug) with the
/// password replaced.
#[derive(Clone)]
pub struct DatabaseUrl(SecretString);

impl DatabaseUrl {
    /// The URL as given, password included: for connecting only.
    pub fn expose_secret(&self) -> &str {
        self.0.expose_secret()
    }

    /// The URL with any password replaced, safe to print or log.
    pub fn redacted(&self) -> String {
        let raw = self.expose_secret();
        match Url::parse(raw) {
            Ok(mut u) if u.password().is_some() => {
                let _ = u.set_password(Some("***"));
                u.to_string()
            }
            _ => raw.to_string(),
        }
    }
}

impl From<String> for DatabaseUrl {
    fn from(url: String) -> Self {
        DatabaseUrl(url.into())
    }
}

impl fmt::Debug for DatabaseUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.redacted(), f)
    }
}
