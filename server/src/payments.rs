//! The payments' wiring in the host: the built-in test gateway's pages (a stand-in, mounted when
//! that gateway is offered) and the reconciliation worker. The gateways' callbacks and the
//! receipts are the `payments` slice's routes (`app::payments::routes`).

use crate::{AppState, standin};
use app::{
    backend::{
        Services,
        payments::{GatewayId, SANDBOX_PATH, SANDBOX_TMN, sandbox_secret},
    },
    payments::service,
};
use axum::Router;
use std::time::Duration;
use tokio::sync::watch;

/// The sandbox gateway's pages and API, when it is offered.
pub fn sandbox_router(state: &AppState) -> Router<AppState> {
    let Some(g) = state.services.payments.get(GatewayId::Sandbox) else {
        return Router::new();
    };
    let sandbox = standin::Standin::new(
        "Cổng thanh toán thử nghiệm",
        SANDBOX_TMN.to_string(),
        sandbox_secret(&state.services.config.secret_key),
        SANDBOX_PATH,
        standin::Deliver::InProcess {
            services: state.services.clone(),
            gateway: g,
        },
        Default::default(),
    );
    sandbox.router(&format!("{SANDBOX_PATH}/api"))
}

/// Reconciliation, every minute: payments pending longer than `after` are asked about at
/// their gateway, and settled or expired.
pub async fn reconcile_worker(svc: Services, after: Duration, mut shutdown: watch::Receiver<bool>) {
    loop {
        tokio::select! {
            _ = tokio::time::sleep(Duration::from_secs(60)) => {}
            _ = shutdown.wait_for(|stop| *stop) => return,
        }
        match service::reconcile(&svc, after.as_secs() as i64).await {
            Ok(0) => {}
            Ok(n) => tracing::info!(payments = n, "reconciliation: payments checked"),
            Err(e) => tracing::warn!(error = ?e, "reconciliation failed"),
        }
    }
}
