//! What an operator needs to see the portal is healthy under load, at `/metrics` (Prometheus
//! text format, answered only to the local machine): the database pool's size and use, and how
//! long getting a connection from it takes. That wait is sampled by a probe that asks the pool
//! for a connection every 250 ms, queueing like any request does; its longest wait since start
//! is the "longest pool wait" of the soak benchmark.

use crate::Db;
use std::{
    sync::{
        Arc,
        atomic::{AtomicU64, Ordering},
    },
    time::{Duration, Instant},
};
use tokio::sync::watch;

#[derive(Debug, Default)]
pub struct PoolProbe {
    samples: AtomicU64,
    /// Longest wait seen, in microseconds.
    max_wait_us: AtomicU64,
    /// Sum of the waits, in microseconds.
    total_wait_us: AtomicU64,
    /// Samples that waited a second or more.
    slow: AtomicU64,
    /// Samples that got no connection within the pool's acquire timeout.
    failed: AtomicU64,
}

impl PoolProbe {
    fn record(&self, waited: Duration, ok: bool) {
        let us = u64::try_from(waited.as_micros()).unwrap_or(u64::MAX);
        self.samples.fetch_add(1, Ordering::Relaxed);
        self.total_wait_us.fetch_add(us, Ordering::Relaxed);
        self.max_wait_us.fetch_max(us, Ordering::Relaxed);
        if waited >= Duration::from_secs(1) {
            self.slow.fetch_add(1, Ordering::Relaxed);
        }
        if !ok {
            self.failed.fetch_add(1, Ordering::Relaxed);
        }
    }

    /// Samples the pool until `shutdown` turns true.
    pub async fn run(self: Arc<Self>, db: Db, mut shutdown: watch::Receiver<bool>) {
        loop {
            let start = Instant::now();
            let got = db.pool.acquire().await;
            self.record(start.elapsed(), got.is_ok());
            drop(got);
            tokio::select! {
                _ = tokio::time::sleep(Duration::from_millis(250)) => {}
                _ = shutdown.wait_for(|stop| *stop) => return,
            }
        }
    }

    /// The metrics in Prometheus' text format.
    pub fn render(&self, db: &Db) -> String {
        let samples = self.samples.load(Ordering::Relaxed);
        let total = self.total_wait_us.load(Ordering::Relaxed) as f64 / 1e6;
        let max = self.max_wait_us.load(Ordering::Relaxed) as f64 / 1e6;
        let size = db.pool.size();
        let idle = db.pool.num_idle() as u32;
        let limit = db.pool.options().get_max_connections();
        format!(
            "# HELP portal_db_pool_max_connections Largest number of pooled connections.\n\
             # TYPE portal_db_pool_max_connections gauge\n\
             portal_db_pool_max_connections {limit}\n\
             # HELP portal_db_pool_connections Open pooled connections by state.\n\
             # TYPE portal_db_pool_connections gauge\n\
             portal_db_pool_connections{{state=\"idle\"}} {idle}\n\
             portal_db_pool_connections{{state=\"in_use\"}} {}\n\
             # HELP portal_db_pool_acquire_seconds Time the probe waited for a pooled connection.\n\
             # TYPE portal_db_pool_acquire_seconds summary\n\
             portal_db_pool_acquire_seconds_sum {total:.6}\n\
             portal_db_pool_acquire_seconds_count {samples}\n\
             # HELP portal_db_pool_acquire_seconds_max Longest wait of the probe since start.\n\
             # TYPE portal_db_pool_acquire_seconds_max gauge\n\
             portal_db_pool_acquire_seconds_max {max:.6}\n\
             # HELP portal_db_pool_acquire_slow_total Probe waits of a second or more.\n\
             # TYPE portal_db_pool_acquire_slow_total counter\n\
             portal_db_pool_acquire_slow_total {}\n\
             # HELP portal_db_pool_acquire_failed_total Probe waits that got no connection.\n\
             # TYPE portal_db_pool_acquire_failed_total counter\n\
             portal_db_pool_acquire_failed_total {}\n",
            size.saturating_sub(idle),
            self.slow.load(Ordering::Relaxed),
            self.failed.load(Ordering::Relaxed),
        )
    }
}

/// The message budgets' use in their current windows (`app::backend::budget::usage`): how many
/// were sent, the limit, and a warning flag at 80 % (an operator's alert rule watches it; the
/// log says it once per pool and window too).
pub fn render_budgets(usage: &[app::backend::budget::Usage]) -> String {
    let mut out = String::from(
        "# HELP portal_message_budget_used Codes and links counted in a budget pool's current window.\n\
         # TYPE portal_message_budget_used gauge\n",
    );
    let label = |u: &app::backend::budget::Usage| {
        let window = if u.window_secs >= 86_400 {
            "day"
        } else {
            "hour"
        };
        format!("pool=\"{}\",window=\"{window}\"", u.pool.name())
    };
    for u in usage {
        out += &format!("portal_message_budget_used{{{}}} {}\n", label(u), u.used);
    }
    out += "# HELP portal_message_budget_limit A budget pool's limit per window.\n\
            # TYPE portal_message_budget_limit gauge\n";
    for u in usage {
        out += &format!("portal_message_budget_limit{{{}}} {}\n", label(u), u.limit);
    }
    out += "# HELP portal_message_budget_warning 1 when a pool has used 80 % of its window's limit.\n\
            # TYPE portal_message_budget_warning gauge\n";
    for u in usage {
        out += &format!(
            "portal_message_budget_warning{{{}}} {}\n",
            label(u),
            u8::from(u.warning())
        );
    }
    out
}
