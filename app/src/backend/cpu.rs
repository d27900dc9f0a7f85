//! CPU-heavy work (argon2 password hashing, drawing a captcha, mixing its audio) runs on
//! tokio's blocking threads, never on the async workers that serve every other request, and at
//! most a few jobs at once: 200 parallel logins then queue for a permit instead of taking 19 MiB
//! and a core each, and a busy CPU does not turn every page's milliseconds into seconds.

use crate::error::AppError;
use std::sync::Arc;
use tokio::sync::Semaphore;

#[derive(Clone, Debug)]
pub struct CpuGate {
    permits: Arc<Semaphore>,
    size: usize,
}

impl CpuGate {
    /// At most `permits` jobs at once (at least one).
    pub fn new(permits: usize) -> CpuGate {
        let size = permits.max(1);
        CpuGate {
            permits: Arc::new(Semaphore::new(size)),
            size,
        }
    }

    /// One job per core of this machine.
    pub fn per_core() -> CpuGate {
        CpuGate::new(std::thread::available_parallelism().map_or(2, |n| n.get()))
    }

    /// How many jobs may run at once.
    pub fn size(&self) -> usize {
        self.size
    }

    /// Runs `job` on a blocking thread once a permit is free.
    pub async fn run<T: Send + 'static>(
        &self,
        job: impl FnOnce() -> T + Send + 'static,
    ) -> Result<T, AppError> {
        let _permit = self
            .permits
            .acquire()
            .await
            .map_err(|e| AppError::internal(format!("cpu gate closed: {e}")))?;
        tokio::task::spawn_blocking(job)
            .await
            .map_err(|e| AppError::internal(format!("cpu job failed: {e}")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn never_runs_more_jobs_than_permits() {
        let gate = CpuGate::new(2);
        let running = Arc::new(AtomicUsize::new(0));
        let peak = Arc::new(AtomicUsize::new(0));
        let jobs = (0..20).map(|_| {
            let (gate, running, peak) = (gate.clone(), running.clone(), peak.clone());
            tokio::spawn(async move {
                gate.run(move || {
                    let now = running.fetch_add(1, Ordering::SeqCst) + 1;
                    peak.fetch_max(now, Ordering::SeqCst);
                    std::thread::sleep(std::time::Duration::from_millis(5));
                    running.fetch_sub(1, Ordering::SeqCst);
                })
                .await
            })
        });
        for j in jobs.collect::<Vec<_>>() {
            j.await.unwrap().unwrap();
        }
        let peak = peak.load(Ordering::SeqCst);
        assert!((1..=2).contains(&peak), "{peak} jobs ran at once");
    }
}
