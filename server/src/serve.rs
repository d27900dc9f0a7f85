//! The accept loop: like `axum::serve`, plus the timeouts a public server needs. A client must
//! send a request's headers within `header` (hyper's HTTP/1 header-read timeout, which needs
//! the timer `axum::serve` does not give it), so slow-header connections (slowloris) do not pile
//! up; request bodies are timed by a layer in `http::router`. Stopping finishes the requests in
//! flight (hyper's graceful shutdown) and refuses new connections; aborting the task that serves
//! drops the connections still open.

use axum::{Router, body::Body, extract::ConnectInfo};
use hyper::body::Incoming;
use hyper_util::{
    rt::{TokioExecutor, TokioIo, TokioTimer},
    server::{conn::auto::Builder, graceful::GracefulShutdown},
    service::TowerToHyperService,
};
use std::{net::SocketAddr, time::Duration};
use tokio::{net::TcpListener, sync::watch};
use tower::ServiceExt as _;

/// Resolves once `shutdown` turns true (the guard `wait_for` returns is not `Send`).
async fn stopped(shutdown: &mut watch::Receiver<bool>) {
    let _ = shutdown.wait_for(|stop| *stop).await;
}

/// Serves `app` on `listener` until `shutdown` turns true, then waits for the connections in
/// flight to finish (the caller bounds that wait).
pub async fn serve(
    listener: TcpListener,
    app: Router,
    header_timeout: Duration,
    mut shutdown: watch::Receiver<bool>,
) -> std::io::Result<()> {
    let mut builder = Builder::new(TokioExecutor::new());
    builder
        .http1()
        .timer(TokioTimer::new())
        .header_read_timeout(header_timeout);
    builder
        .http2()
        .timer(TokioTimer::new())
        .keep_alive_interval(Some(Duration::from_secs(30)));
    let graceful = GracefulShutdown::new();
    // The connections belong to this task: if it is aborted (a stop whose grace ran out), they
    // are dropped with it instead of running on unseen.
    let mut connections = tokio::task::JoinSet::new();
    loop {
        while connections.try_join_next().is_some() {}
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(pair) => pair,
                Err(e) => {
                    // Out of file descriptors and the like: wait a little instead of spinning.
                    tracing::warn!(error = %e, "accepting a connection failed");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
            _ = stopped(&mut shutdown) => break,
        };
        let _ = stream.set_nodelay(true);
        let app = app
            .clone()
            .map_request(move |mut req: http::Request<Incoming>| {
                req.extensions_mut().insert(ConnectInfo::<SocketAddr>(peer));
                req.map(Body::new)
            });
        let conn = builder
            .serve_connection_with_upgrades(TokioIo::new(stream), TowerToHyperService::new(app));
        let conn = graceful.watch(conn.into_owned());
        connections.spawn(async move {
            if let Err(e) = conn.await {
                tracing::debug!(error = %e, "connection ended with an error");
            }
        });
    }
    drop(listener);
    graceful.shutdown().await;
    while connections.join_next().await.is_some() {}
    Ok(())
}
