//! Requests in flight, and a watchdog that names the ones that take too long: a request still
//! running after [`SLOW`] ([`SLOW_UPLOAD`] for a file upload, which a phone on a bad network
//! may legitimately take minutes to send) is logged once (request id, method and path, never the query), so a
//! stall shows where it is while it happens, not only as a timeout at the client. `/metrics`
//! reports how many are in flight and how many were slow.

use axum::{
    extract::{Request, State},
    middleware::Next,
    response::Response,
};
use std::{
    collections::HashMap,
    sync::{
        Arc, Mutex,
        atomic::{AtomicU64, Ordering},
    },
    time::Duration,
};
use tokio::{sync::watch, time::Instant};

/// How long a request may run before the watchdog names it.
pub const SLOW: Duration = Duration::from_secs(10);
/// The same for a request that sends a file (`multipart/form-data`).
pub const SLOW_UPLOAD: Duration = Duration::from_secs(120);

struct Entry {
    started: Instant,
    limit: Duration,
    method: String,
    path: String,
    request_id: String,
    warned: bool,
}

#[derive(Default)]
pub struct InFlight {
    next: AtomicU64,
    slow_total: AtomicU64,
    entries: Mutex<HashMap<u64, Entry>>,
}

/// Removes its request from the table however the request ends (a client that goes away drops
/// the handler's future, and this with it).
struct Registered<'a> {
    table: &'a InFlight,
    key: u64,
}

impl Drop for Registered<'_> {
    fn drop(&mut self) {
        if let Ok(mut entries) = self.table.entries.lock() {
            entries.remove(&self.key);
        }
    }
}

impl InFlight {
    fn register(&self, req: &Request) -> Registered<'_> {
        let key = self.next.fetch_add(1, Ordering::Relaxed);
        let upload = req
            .headers()
            .get(axum::http::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("multipart/form-data"));
        let entry = Entry {
            started: Instant::now(),
            limit: if upload { SLOW_UPLOAD } else { SLOW },
            method: req.method().to_string(),
            path: loggable_path(req.uri().path()).into_owned(),
            request_id: req
                .headers()
                .get("x-request-id")
                .and_then(|v| v.to_str().ok())
                .unwrap_or("-")
                .to_string(),
            warned: false,
        };
        if let Ok(mut entries) = self.entries.lock() {
            entries.insert(key, entry);
        }
        Registered { table: self, key }
    }

    /// Requests in flight now.
    pub fn count(&self) -> usize {
        self.entries.lock().map(|e| e.len()).unwrap_or_default()
    }

    /// Requests that ran longer than their limit since start.
    pub fn slow_total(&self) -> u64 {
        self.slow_total.load(Ordering::Relaxed)
    }

    /// Logs, once each, the requests running longer than their limit.
    fn check(&self) {
        let Ok(mut entries) = self.entries.lock() else {
            return;
        };
        for entry in entries.values_mut() {
            let running = entry.started.elapsed();
            if running >= entry.limit && !entry.warned {
                entry.warned = true;
                self.slow_total.fetch_add(1, Ordering::Relaxed);
                tracing::warn!(
                    request_id = %entry.request_id,
                    method = %entry.method,
                    path = %entry.path,
                    running_secs = running.as_secs(),
                    "request still running"
                );
            }
        }
    }

    /// Checks every second until `shutdown` turns true.
    pub async fn watch(self: Arc<Self>, mut shutdown: watch::Receiver<bool>) {
        loop {
            self.check();
            tokio::select! {
                _ = tokio::time::sleep(Duration::from_secs(1)) => {}
                _ = shutdown.wait_for(|stop| *stop) => return,
            }
        }
    }
}

/// The middleware that keeps the table.
pub async fn track(State(table): State<Arc<InFlight>>, req: Request, next: Next) -> Response {
    let _registered = table.register(&req);
    next.run(req).await
}

/// A request path as it may be logged: the token of an e-mail confirmation link is cut off.
pub fn loggable_path(path: &str) -> std::borrow::Cow<'_, str> {
    const SECRET_TAIL: &[&str] = &["/xac-nhan-email/"];
    for prefix in SECRET_TAIL {
        if path.len() > prefix.len() && path.starts_with(prefix) {
            return format!("{prefix}…").into();
        }
    }
    path.into()
}

#[cfg(test)]
mod tests {
    #[test]
    fn email_tokens_are_cut_from_logged_paths() {
        assert_eq!(
            loggable_path("/xac-nhan-email/0123456789abcdef"),
            "/xac-nhan-email/…"
        );
        assert_eq!(loggable_path("/ho-so/abc"), "/ho-so/abc");
        assert_eq!(loggable_path("/xac-nhan-email/"), "/xac-nhan-email/");
    }

    use super::*;
    use axum::body::Body;

    fn request(content_type: &str) -> Request {
        Request::builder()
            .method("POST")
            .uri("/ho-so/abc/tep/1?secret=1")
            .header("x-request-id", "r-1")
            .header("content-type", content_type)
            .body(Body::empty())
            .unwrap()
    }

    #[tokio::test(start_paused = true)]
    async fn a_slow_request_is_counted_once_and_leaves_the_table_when_it_ends() {
        let table = InFlight::default();
        let form = table.register(&request("application/x-www-form-urlencoded"));
        assert_eq!(table.count(), 1);
        tokio::time::advance(SLOW - Duration::from_secs(1)).await;
        table.check();
        assert_eq!(table.slow_total(), 0, "not slow yet");
        tokio::time::advance(Duration::from_secs(2)).await;
        table.check();
        table.check();
        assert_eq!(table.slow_total(), 1, "named once");
        drop(form);
        assert_eq!(table.count(), 0);
    }

    #[tokio::test(start_paused = true)]
    async fn an_upload_has_longer_before_it_is_slow() {
        let table = InFlight::default();
        let _upload = table.register(&request("multipart/form-data; boundary=x"));
        tokio::time::advance(SLOW * 2).await;
        table.check();
        assert_eq!(table.slow_total(), 0);
        tokio::time::advance(SLOW_UPLOAD).await;
        table.check();
        assert_eq!(table.slow_total(), 1);
    }
}
