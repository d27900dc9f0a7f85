//! Benchmark (not a test): how fast the outbox delivers through the development provider, on
//! SQLite and on PostgreSQL. A burst of messages is queued in one transaction (as a job that
//! tells many people at once would), the worker is woken, and the time until every one is
//! recorded as sent is measured; messages per second are printed.
//!
//!     cargo bench -p server --bench outbox          # OUTBOX_MESSAGES=2000 by default
//!
//! PostgreSQL is taken from TEST_POSTGRES_URL (default postgres://postgres:postgres@127.0.0.1:5432/postgres).

#[path = "../tests/common/mod.rs"]
#[allow(unused_macros, unused_imports)]
mod common;

use app::backend::messaging::outbox::{Channel, enqueue};
use common::{Backend, TestApp};
use std::time::{Duration, Instant};

async fn sent(app: &TestApp) -> i64 {
    sqlx::query_scalar("SELECT COUNT(*) FROM outbox WHERE status = 'sent'")
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap()
}

#[tokio::main]
async fn main() {
    let n: i64 = std::env::var("OUTBOX_MESSAGES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(2000);
    for backend in [Backend::Sqlite, Backend::Postgres] {
        let app = TestApp::spawn(backend).await;
        let before = sent(&app).await;
        let mut tx = app.state.db.begin().await.unwrap();
        for i in 0..n {
            enqueue(
                &mut *tx,
                Channel::Sms,
                &format!("09{:08}", i),
                "",
                "Cong Dich vu cong: ho so 000.00.40.H34-261231-9999 chuyen sang trang thai \"Dang xu ly\".",
            )
            .await
            .unwrap();
        }
        tx.commit().await.unwrap();
        let start = Instant::now();
        app.state.services.outbox.notify_one();
        while sent(&app).await - before < n {
            assert!(
                start.elapsed() < Duration::from_secs(600),
                "not delivered in 10 minutes"
            );
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        let took = start.elapsed().as_secs_f64();
        println!(
            "{backend:?}: {n} SMS through the development provider in {took:.2} s: {:.0} messages/s",
            n as f64 / took
        );
        app.stop().await;
    }
}
