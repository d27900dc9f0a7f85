//! Benchmark (not a test): the officer's queue page ("Hồ sơ của cơ quan") with 100 000 dossiers
//! in one agency, on SQLite and on PostgreSQL, over real HTTP against a portal started
//! in-process. Prints median, p95 and max per view, and the query plans of the queue's queries.
//!
//!     cargo bench -p server --bench queue
//!
//! The dossiers are inserted directly (spread over every status, submission dates over two
//! years, due dates around today); the officer is the demo one. QUEUE_DOSSIERS changes the count.
//! PostgreSQL is taken from TEST_POSTGRES_URL (default postgres://postgres:postgres@127.0.0.1:5432/postgres).

#[path = "../tests/common/mod.rs"]
#[allow(unused_macros, unused_imports)]
mod common;

use common::{Backend, TestApp, login};
use std::time::{Duration, Instant};

const RUNS: usize = 30;

fn report(what: &str, mut samples: Vec<Duration>) {
    samples.sort();
    let at = |q: f64| samples[((samples.len() as f64 - 1.0) * q).round() as usize];
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "  {what:<40} median {:>8.2} ms   p95 {:>8.2} ms   max {:>8.2} ms",
        ms(at(0.5)),
        ms(at(0.95)),
        ms(*samples.last().unwrap())
    );
}

const STATUSES: &[&str] = &[
    "submitted",
    "received",
    "processing",
    "supplement_requested",
    "supplemented",
    "paused",
    "awaiting_payment",
    "resolved",
    "returned",
    "returned",
    "returned",
    "returned",
    "refused",
    "withdrawn",
];

async fn fill(app: &TestApp, n: usize) -> i64 {
    let db = &app.state.db;
    let (agency, procedure, owner): (i64, i64, i64) = sqlx::query_as(
        "SELECT d.agency_id, d.procedure_id, d.owner_id FROM dossiers d \
         JOIN users u ON u.id = d.owner_id WHERE u.id_number = '056185004321' LIMIT 1",
    )
    .fetch_one(&db.pool)
    .await
    .expect("the demo queue");
    let now = app::backend::now_epoch();
    let mut tx = db.pool.begin().await.unwrap();
    for i in 0..n {
        let status = STATUSES[i % STATUSES.len()];
        let submitted = now - 730 * 86_400 + (i as i64 * 631) % (730 * 86_400);
        let due =
            (status != "submitted").then_some(now - 30 * 86_400 + (i as i64 * 997) % (60 * 86_400));
        let resolved = matches!(status, "resolved" | "returned").then_some(submitted + 5 * 86_400);
        let name = format!("Người Nộp Số {i}");
        sqlx::query(
            "INSERT INTO dossiers (public_id, code, procedure_id, agency_id, owner_id, applicant_name, status, \
             created_at, submitted_at, received_at, due_at, resolved_at, updated_at, applicant_id, applicant_folded) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8, $9, $10, $11, $8, $12, $13)",
        )
        .bind(format!("bench{i:07}"))
        .bind(format!("B{}.H34-250101-{:04}", i / 9999, i % 9999 + 1))
        .bind(procedure)
        .bind(agency)
        .bind(owner)
        .bind(&name)
        .bind(status)
        .bind(submitted)
        .bind(due.map(|d| d - 5 * 86_400))
        .bind(due)
        .bind(resolved)
        .bind(format!("0561{i:08}"))
        .bind(domain::fold(&name))
        .execute(&mut *tx)
        .await
        .unwrap();
    }
    tx.commit().await.unwrap();
    match app.db_backend() {
        Backend::Sqlite => {
            sqlx::query("ANALYZE").execute(&db.pool).await.unwrap();
        }
        Backend::Postgres => {
            sqlx::query("ANALYZE dossiers")
                .execute(&db.pool)
                .await
                .unwrap();
        }
    }
    agency
}

async fn plans(app: &TestApp, agency: i64) {
    let db = &app.state.db;
    let queries = [
        (
            "tab list (Đang xử lý, by due date)",
            format!(
                "SELECT d.public_id FROM dossiers d JOIN procedures p ON p.id = d.procedure_id \
                 WHERE d.agency_id = {agency} AND d.status IN ('received', 'processing') \
                 ORDER BY CASE WHEN d.due_at IS NULL THEN 1 ELSE 0 END, d.due_at, d.submitted_at, d.id LIMIT 20"
            ),
        ),
        (
            "tab counts",
            format!(
                "SELECT status, COUNT(*) FROM dossiers WHERE agency_id = {agency} AND status <> 'draft' GROUP BY status"
            ),
        ),
        (
            "overdue count",
            format!(
                "SELECT COUNT(*) FROM dossiers WHERE agency_id = {agency} AND status IN ('received', 'processing', 'supplemented') \
                 AND due_at >= -1 AND due_at < {}",
                app::backend::now_epoch()
            ),
        ),
        (
            "search by code",
            format!(
                "SELECT public_id FROM dossiers d WHERE d.agency_id = {agency} AND d.code = 'B0.H34-250101-0042'"
            ),
        ),
    ];
    for (what, sql) in queries {
        let explain = match app.db_backend() {
            Backend::Sqlite => format!("EXPLAIN QUERY PLAN {sql}"),
            Backend::Postgres => format!("EXPLAIN {sql}"),
        };
        let lines: Vec<String> = match app.db_backend() {
            Backend::Sqlite => {
                sqlx::query_as::<_, (i64, i64, i64, String)>(sqlx::AssertSqlSafe(explain))
                    .fetch_all(&db.pool)
                    .await
                    .unwrap()
                    .into_iter()
                    .map(|r| r.3)
                    .collect()
            }
            Backend::Postgres => sqlx::query_scalar::<_, String>(sqlx::AssertSqlSafe(explain))
                .fetch_all(&db.pool)
                .await
                .unwrap(),
        };
        println!("  plan: {what}");
        for l in lines {
            println!("    {l}");
        }
    }
}

async fn run(backend: Backend) {
    let n: usize = std::env::var("QUEUE_DOSSIERS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100_000);
    println!("{backend:?}: {n} dossiers in one agency");
    let app = TestApp::spawn_with(
        backend,
        &[
            "--seed-demo",
            "true",
            "--test-captcha-answer",
            common::CAPTCHA_ANSWER,
        ],
    )
    .await;
    let started = Instant::now();
    let agency = fill(&app, n).await;
    println!("  (inserted in {:.1} s)", started.elapsed().as_secs_f64());
    let staff = login(&app, "canbo.motcua", "CanBo@2026", "0905123456").await;
    let views = [
        ("default tab (Chờ tiếp nhận)", "/can-bo/ho-so".to_string()),
        (
            "Đang xử lý, by due date",
            "/can-bo/ho-so?tab=dang-xu-ly".to_string(),
        ),
        (
            "Đã giải quyết, page 200",
            "/can-bo/ho-so?tab=da-giai-quyet&trang=200".to_string(),
        ),
        ("Quá hạn", "/can-bo/ho-so?tab=qua-han".to_string()),
        (
            "search by name (folded)",
            "/can-bo/ho-so?q=nguoi%20nop%20so%2077777".to_string(),
        ),
        (
            "search by code",
            "/can-bo/ho-so?q=b0.h34-250101-0042".to_string(),
        ),
        (
            "dates and newest first",
            "/can-bo/ho-so?tab=tat-ca&tu=01/01/2026&den=31/03/2026&sap-xep=moi-nhat".to_string(),
        ),
    ];
    for (what, path) in views {
        let mut samples = Vec::new();
        for _ in 0..RUNS {
            let t = Instant::now();
            let (status, _, _) = staff.page(&path).await;
            samples.push(t.elapsed());
            assert!(status.is_success(), "{path}: {status}");
        }
        report(what, samples);
    }
    plans(&app, agency).await;
    app.stop().await;
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    run(Backend::Sqlite).await;
    run(Backend::Postgres).await;
}
