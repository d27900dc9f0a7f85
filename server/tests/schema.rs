//! The SQLite and PostgreSQL migrations give the same tables with the same columns, so that
//! every query of the portal means the same on both.

mod common;

use common::{Backend, TestApp};
use std::collections::BTreeSet;

async fn columns(backend: Backend) -> BTreeSet<(String, String)> {
    let app = TestApp::spawn(backend).await;
    let sql = match backend {
        Backend::Sqlite => {
            "SELECT m.name, p.name FROM sqlite_master m JOIN pragma_table_info(m.name) p \
             WHERE m.type = 'table' AND m.name NOT IN ('sqlite_sequence', '_sqlx_migrations')"
        }
        Backend::Postgres => {
            "SELECT CAST(table_name AS TEXT), CAST(column_name AS TEXT) FROM information_schema.columns \
             WHERE table_schema = 'public' AND table_name <> '_sqlx_migrations'"
        }
    };
    let rows: Vec<(String, String)> = sqlx::query_as(sql)
        .fetch_all(&app.state.db.pool)
        .await
        .unwrap();
    app.stop().await;
    rows.into_iter().collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn both_databases_have_the_same_tables_and_columns() {
    let (sqlite, postgres) = tokio::join!(columns(Backend::Sqlite), columns(Backend::Postgres));
    assert!(
        sqlite.len() > 100,
        "the schema was read: {} columns",
        sqlite.len()
    );
    let only_sqlite: Vec<_> = sqlite.difference(&postgres).collect();
    let only_postgres: Vec<_> = postgres.difference(&sqlite).collect();
    assert!(
        only_sqlite.is_empty() && only_postgres.is_empty(),
        "only in SQLite: {only_sqlite:?}\nonly in PostgreSQL: {only_postgres:?}"
    );
}
