//! A journey's stored state: loading and advancing it, and sending its code.

use crate::{
    accounts::{Journey, Step, messages},
    backend::{
        Services,
        budget::Pool,
        otp::{self, Delivery},
        session,
    },
    error::AppError,
};
use serde::Deserialize;

/// The fields every journey's flow has: its step and the phone the code goes to (and, for a
/// phone change that proves the current number too, that number).
#[derive(Debug, Clone, Deserialize)]
pub struct FlowHeader {
    pub step: Step,
    pub phone: String,
    #[serde(default)]
    pub old_phone: Option<String>,
}

/// The visitor's session id and the journey's flow as raw JSON, if there is one.
pub async fn load(
    svc: &Services,
    journey: Journey,
) -> Result<Option<(String, otp::Flow<serde_json::Value>)>, AppError> {
    let Some(s) = session::current(svc).await? else {
        return Ok(None);
    };
    Ok(
        otp::load::<serde_json::Value>(&svc.db, &s.id, journey.purpose())
            .await?
            .map(|f| (s.id, f)),
    )
}

pub fn header(flow: &otp::Flow<serde_json::Value>) -> Result<FlowHeader, AppError> {
    serde_json::from_value(flow.data.clone()).map_err(crate::backend::internal)
}

/// Sets the flow's step.
pub async fn set_step(
    svc: &Services,
    session_id: &str,
    journey: Journey,
    mut data: serde_json::Value,
    step: Step,
) -> Result<(), AppError> {
    data["step"] = serde_json::to_value(step).map_err(crate::backend::internal)?;
    otp::save(&svc.db, session_id, journey.purpose(), &data).await
}

/// Sends the journey's code(s) to the phone(s) its flow names, as stored; returns the
/// message for the visitor on failure. `matched`: for a recovery, whether its details match an
/// account (when they do not, nothing is sent, but the visitor cannot tell).
///
/// Codes to an existing account's number (login, a matched recovery) are counted in the
/// accounts' pool of the message budget, every other one in the open pool. A recovery's code is
/// sent in the background, so that the answer takes as long whether the details match or not.
pub async fn send_code(
    svc: &Services,
    session_id: &str,
    journey: Journey,
    matched: bool,
) -> Result<Result<(), String>, AppError> {
    let locale = crate::locale::current();
    let purpose_text = journey.purpose_text(locale);
    let (delivery, pool) = match journey {
        Journey::Login => (Delivery::Now, Pool::Accounts),
        Journey::Recover if matched => (Delivery::InBackground, Pool::Accounts),
        Journey::Recover => (Delivery::Pretend, Pool::Open),
        Journey::Register | Journey::Phone => (Delivery::Now, Pool::Open),
    };
    let sent = otp::issue(
        svc,
        session_id,
        journey.purpose(),
        &purpose_text,
        delivery,
        pool,
    )
    .await?;
    Ok(sent.map_err(|e| messages::otp_error(locale, e)))
}
