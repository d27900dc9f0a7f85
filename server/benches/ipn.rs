//! Benchmark (not a test): how many payment callbacks (VNPay-style IPNs to the sandbox gateway)
//! the portal settles per second, and their latency, on SQLite and on PostgreSQL, over real HTTP
//! against a portal started in-process, 16 clients at once.
//!
//!     cargo bench -p server --bench ipn
//!
//! Three kinds, IPN_COUNT each (default 2000): "paid" (each for a different pending payment:
//! verified, recorded, the payment settled in one transaction; payments of the same notice, so
//! after the first they are flagged for refund instead of moving the dossier), "replay" (an IPN
//! already settled: answered 02) and "forged" (a bad signature: answered 97). PostgreSQL is taken
//! from TEST_POSTGRES_URL (default postgres://postgres:postgres@127.0.0.1:5432/postgres).

#[path = "../tests/common/mod.rs"]
#[allow(unused_macros, unused_imports)]
mod common;

use app::backend::payments::{GatewayId, SANDBOX_TMN, sandbox_secret, vnpay};
use common::{Backend, TestApp};
use std::{
    sync::Arc,
    time::{Duration, Instant},
};

const CLIENTS: usize = 16;

fn signed(secret: &str, txn_ref: &str, amount: i64) -> String {
    let amount = (amount * 100).to_string();
    let params = [
        ("vnp_Amount", amount.as_str()),
        ("vnp_BankCode", "NCB"),
        ("vnp_PayDate", "20261206120000"),
        ("vnp_ResponseCode", "00"),
        ("vnp_TmnCode", SANDBOX_TMN),
        ("vnp_TransactionNo", "14422574"),
        ("vnp_TransactionStatus", "00"),
        ("vnp_TxnRef", txn_ref),
    ];
    format!(
        "{}&vnp_SecureHash={}",
        vnpay::signed_data(params),
        vnpay::sign(secret, params)
    )
}

/// Sends every query of `queries` to the IPN, CLIENTS at a time; returns the latencies, the
/// wall time, and the answers seen.
async fn fire(app: &TestApp, queries: Vec<String>) -> (Vec<Duration>, Duration, Vec<String>) {
    let queue = Arc::new(tokio::sync::Mutex::new(queries));
    let started = Instant::now();
    let mut tasks = Vec::new();
    for _ in 0..CLIENTS {
        let queue = queue.clone();
        let http = app.http.clone();
        let url = app.url("/thanh-toan/sandbox/ipn");
        tasks.push(tokio::spawn(async move {
            let mut out = Vec::new();
            loop {
                let Some(q) = queue.lock().await.pop() else {
                    break;
                };
                let t = Instant::now();
                let body: serde_json::Value = http
                    .get(format!("{url}?{q}"))
                    .send()
                    .await
                    .expect("IPN")
                    .json()
                    .await
                    .expect("JSON answer");
                out.push((
                    t.elapsed(),
                    body["RspCode"].as_str().unwrap_or("?").to_string(),
                ));
            }
            out
        }));
    }
    let mut latencies = Vec::new();
    let mut answers = Vec::new();
    for t in tasks {
        for (d, a) in t.await.unwrap() {
            latencies.push(d);
            answers.push(a);
        }
    }
    (latencies, started.elapsed(), answers)
}

fn report(what: &str, mut samples: Vec<Duration>, wall: Duration, answers: &[String]) {
    samples.sort();
    let at = |q: f64| samples[((samples.len() as f64 - 1.0) * q).round() as usize];
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    let mut codes: Vec<(String, usize)> = Vec::new();
    for a in answers {
        match codes.iter_mut().find(|c| &c.0 == a) {
            Some(c) => c.1 += 1,
            None => codes.push((a.clone(), 1)),
        }
    }
    println!(
        "  {what:<8} {:>7.0} IPN/s   median {:>7.2} ms   p99 {:>7.2} ms   max {:>7.2} ms   answers {codes:?}",
        samples.len() as f64 / wall.as_secs_f64(),
        ms(at(0.5)),
        ms(at(0.99)),
        ms(*samples.last().unwrap()),
    );
}

async fn bench(backend: Backend, n: usize) {
    let app = TestApp::spawn_demo(backend).await;
    let db = &app.state.db;
    let services = &app.state.services;
    let (dossier_id,): (i64,) = sqlx::query_as(
        "SELECT d.id FROM dossiers d JOIN users u ON u.id = d.owner_id \
         WHERE u.id_number = '056185004321' AND d.status = 'awaiting_payment' LIMIT 1",
    )
    .fetch_one(&db.pool)
    .await
    .expect("the demo dossier waiting for its fee");
    let notice = app::payments::store::open_notice(db, dossier_id)
        .await
        .unwrap()
        .expect("its notice");
    let now = app::backend::now_epoch();
    let mut refs = Vec::with_capacity(n);
    for _ in 0..n {
        let p = app::payments::store::create(
            db,
            &notice,
            dossier_id,
            GatewayId::Sandbox,
            None,
            now,
            now + 900,
        )
        .await
        .unwrap();
        refs.push(p.txn_ref);
    }
    let secret = sandbox_secret(&services.config.secret_key);
    let paid: Vec<String> = refs
        .iter()
        .map(|r| signed(&secret, r, notice.total))
        .collect();
    println!("{backend:?} ({n} IPNs of each kind, {CLIENTS} clients):");
    let (lat, wall, answers) = fire(&app, paid.clone()).await;
    report("paid", lat, wall, &answers);
    let (lat, wall, answers) = fire(&app, paid.clone()).await;
    report("replay", lat, wall, &answers);
    let forged: Vec<String> = refs
        .iter()
        .map(|r| signed("wrong", r, notice.total))
        .collect();
    let (lat, wall, answers) = fire(&app, forged).await;
    report("forged", lat, wall, &answers);
    app.stop().await;
}

fn main() {
    let n = std::env::var("IPN_COUNT")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(2000);
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        bench(Backend::Sqlite, n).await;
        bench(Backend::Postgres, n).await;
    });
}
