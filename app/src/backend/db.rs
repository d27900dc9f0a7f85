//! The database: one portable query layer on `sqlx::Any` (integer ids, epoch-second timestamps,
//! VND as integers, text), SQLite by default and PostgreSQL when `DATABASE_URL` says so.
//! Each backend has its own migration folder; both are embedded in the binary.

use anyhow::Context as _;
use sqlx::{
    AnyPool, Executor as _,
    any::{AnyPoolOptions, install_default_drivers},
    migrate::Migrator,
};
use std::{
    any::{Any, TypeId},
    collections::HashMap,
    path::Path,
    str::FromStr as _,
    sync::{Arc, Mutex},
    time::Duration,
};

static SQLITE_MIGRATIONS: Migrator = sqlx::migrate!("../migrations/sqlite");
static POSTGRES_MIGRATIONS: Migrator = sqlx::migrate!("../migrations/postgres");

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    pub fn from_url(url: &str) -> anyhow::Result<Self> {
        if url.starts_with("sqlite:") {
            Ok(Backend::Sqlite)
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Ok(Backend::Postgres)
        } else {
            anyhow::bail!("unsupported database URL scheme (use sqlite: or postgres://)")
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Backend::Sqlite => "sqlite",
            Backend::Postgres => "postgres",
        }
    }
}

/// The connection pool and the backend it talks to.
#[derive(Clone, Debug)]
pub struct Db {
    pub pool: AnyPool,
    pub backend: Backend,
    /// What slices derive from the database and keep in memory (the catalog's search index).
    pub memo: Memo,
}

/// Values derived from the database, one per type, shared by every clone of a [`Db`]. Each
/// slice stores its own type here and checks it against a version the database keeps, so this
/// module knows nothing of what is stored.
#[derive(Clone, Default)]
pub struct Memo(Arc<Mutex<HashMap<TypeId, Arc<dyn Any + Send + Sync>>>>);

impl Memo {
    pub fn get<T: Any + Send + Sync>(&self) -> Option<Arc<T>> {
        let map = self.0.lock().unwrap_or_else(|e| e.into_inner());
        map.get(&TypeId::of::<T>())
            .cloned()
            .and_then(|v| v.downcast::<T>().ok())
    }

    pub fn put<T: Any + Send + Sync>(&self, value: Arc<T>) {
        let mut map = self.0.lock().unwrap_or_else(|e| e.into_inner());
        map.insert(TypeId::of::<T>(), value);
    }
}

impl std::fmt::Debug for Memo {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Memo")
    }
}

impl Db {
    /// Connects (creating the SQLite file and its folder when missing).
    pub async fn connect(url: &str, max_connections: u32) -> anyhow::Result<Self> {
        install_default_drivers();
        let backend = Backend::from_url(url)?;
        let url = match backend {
            Backend::Sqlite => prepare_sqlite_url(url)?,
            Backend::Postgres => url.to_string(),
        };
        let pool = AnyPoolOptions::new()
            .max_connections(max_connections)
            .acquire_timeout(Duration::from_secs(10))
            // A request that waits half a second for a connection is worth a warning (sqlx logs
            // it with the wait): the soak benchmark and the operator look for these.
            .acquire_slow_threshold(Duration::from_millis(500))
            .after_connect(move |conn, _meta| {
                Box::pin(async move {
                    if backend == Backend::Sqlite {
                        // WAL lets readers work while one writer commits; the busy timeout makes
                        // concurrent writers wait instead of failing.
                        conn.execute("PRAGMA journal_mode = WAL").await?;
                        conn.execute("PRAGMA synchronous = NORMAL").await?;
                        conn.execute("PRAGMA foreign_keys = ON").await?;
                        conn.execute("PRAGMA busy_timeout = 10000").await?;
                    }
                    Ok(())
                })
            })
            .connect(&url)
            .await
            .with_context(|| format!("cannot connect to the {} database", backend.name()))?;
        Ok(Db {
            pool,
            backend,
            memo: Memo::default(),
        })
    }

    /// Applies pending migrations; fails loudly on a changed or unknown migration.
    pub async fn migrate(&self) -> anyhow::Result<()> {
        let migrator = match self.backend {
            Backend::Sqlite => &SQLITE_MIGRATIONS,
            Backend::Postgres => &POSTGRES_MIGRATIONS,
        };
        migrator
            .run(&self.pool)
            .await
            .with_context(|| format!("{} migrations failed", self.backend.name()))
    }

    /// Starts a transaction. Every transaction of the portal writes, so on SQLite it takes the
    /// write lock at once (`BEGIN IMMEDIATE`, waiting up to the busy timeout for another writer):
    /// a deferred one that reads first and writes later fails at once with SQLITE_BUSY when
    /// another connection wrote in between, whatever the busy timeout.
    pub async fn begin(&self) -> Result<sqlx::Transaction<'static, sqlx::Any>, sqlx::Error> {
        match self.backend {
            Backend::Sqlite => self.pool.begin_with("BEGIN IMMEDIATE").await,
            Backend::Postgres => self.pool.begin().await,
        }
    }

    /// A cheap round trip, for the readiness probe.
    pub async fn ping(&self) -> Result<(), sqlx::Error> {
        sqlx::query_scalar::<_, i32>("SELECT 1")
            .fetch_one(&self.pool)
            .await
            .map(|_| ())
    }
}

/// Makes sure the SQLite file's folder exists and asks SQLite to create the file if missing.
fn prepare_sqlite_url(url: &str) -> anyhow::Result<String> {
    let opts = sqlx::sqlite::SqliteConnectOptions::from_str(url).context("invalid sqlite URL")?;
    let file = opts.get_filename();
    if file != Path::new(":memory:")
        && let Some(dir) = file.parent().filter(|d| !d.as_os_str().is_empty())
    {
        std::fs::create_dir_all(dir)
            .with_context(|| format!("cannot create database folder {}", dir.display()))?;
    }
    Ok(if url.contains("mode=") {
        url.to_string()
    } else if url.contains('?') {
        format!("{url}&mode=rwc")
    } else {
        format!("{url}?mode=rwc")
    })
}

/// Seconds since the Unix epoch: how every timestamp is stored.
/// Decodes one of our JSON columns. A value that does not decode is a damaged row or a bug: an
/// internal error with a reference id (the column named in the log), never an empty value that
/// would show a citizen a dossier without its applicant.
pub fn json_column<T: serde::de::DeserializeOwned>(
    column: &str,
    raw: &str,
) -> Result<T, crate::error::AppError> {
    serde_json::from_str(raw)
        .map_err(|e| crate::error::AppError::internal(format!("JSON column {column}: {e}")))
}

pub fn now_epoch() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or_default()
}

/// Whether `err` is a unique-constraint violation (on either backend). Callers find out which
/// value was taken with a query, never by reading the database's message text.
pub fn is_unique_violation(err: &sqlx::Error) -> bool {
    err.as_database_error()
        .is_some_and(|e| e.is_unique_violation())
}

#[cfg(test)]
mod tests {
    use super::json_column;
    use crate::error::AppError;

    #[test]
    fn a_damaged_json_column_is_an_error_with_a_reference_not_an_empty_value() {
        let ok: Vec<String> = json_column("t.c", r#"["a","b"]"#).unwrap();
        assert_eq!(ok, ["a", "b"]);
        match json_column::<Vec<String>>("t.c", "[\"a\",") {
            Err(AppError::Internal { reference }) => assert_eq!(reference.len(), 12),
            other => panic!("expected an internal error, got {other:?}"),
        }
    }
}
