//! Journeys and their steps, shared by registration, login, password recovery and the mobile
//! number change: the `Journey` enum, where a journey stands (`Step`), the fields every stored
//! journey has (`FlowHeader`), the helpers that load, advance and send the code of a stored
//! journey, and the wrapper that opens a journey's last step once its code was confirmed.
//!
//! A leaf: it imports nothing from the journeys' modules, which all import it.

use crate::{error::AppError, i18n::*};
use leptos::prelude::*;
use leptos_router::components::Redirect;
use serde::{Deserialize, Serialize};

/// The journeys that confirm a phone number with a code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Journey {
    Register,
    Login,
    Recover,
    Phone,
}

impl Journey {
    /// The flow's key in the session (also bound into the code's HMAC).
    pub fn purpose(self) -> &'static str {
        match self {
            Journey::Register => "register",
            Journey::Login => "login",
            Journey::Recover => "recover",
            Journey::Phone => "phone",
        }
    }

    /// Where the journey starts.
    pub fn start_path(self) -> &'static str {
        match self {
            Journey::Register => "/dang-ky",
            Journey::Login => "/dang-nhap",
            Journey::Recover => "/quen-mat-khau",
            Journey::Phone => "/tai-khoan/so-dien-thoai",
        }
    }

    /// What the SMS says the code is for ("đăng ký tài khoản").
    pub fn purpose_text(self, locale: Locale) -> String {
        match self {
            Journey::Register => td_string!(locale, otp.for_register),
            Journey::Login => td_string!(locale, otp.for_login),
            Journey::Recover => td_string!(locale, otp.for_recover),
            Journey::Phone => td_string!(locale, otp.for_phone),
        }
        .to_string()
    }
}

/// Where a journey stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
pub enum Step {
    /// Answering the first form.
    #[default]
    Details,
    /// A code was sent and waits to be typed.
    Otp,
    /// The code was right; the journey's last step is open.
    Verified,
}

/// The fields every journey's flow has: its step and the phone the code goes to (and, for a
/// phone change that proves the current number too, that number).
#[cfg(feature = "ssr")]
#[derive(Debug, Clone, Deserialize)]
pub struct FlowHeader {
    pub step: Step,
    pub phone: String,
    #[serde(default)]
    pub old_phone: Option<String>,
}

#[cfg(feature = "ssr")]
pub mod server {
    //! Loading and advancing a journey's flow, and sending its code.
    use super::*;
    use crate::{
        accounts::messages,
        backend::{Services, otp, session},
    };

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
    /// message for the visitor on failure.
    pub async fn send_code(
        svc: &Services,
        session_id: &str,
        journey: Journey,
        deliver: bool,
    ) -> Result<Result<(), String>, AppError> {
        let locale = crate::locale::current();
        let purpose_text = journey.purpose_text(locale);
        let sent = otp::issue(svc, session_id, journey.purpose(), &purpose_text, deliver).await?;
        Ok(sent.map_err(|e| messages::otp_error(locale, e)))
    }
}

/// Shows the journey's last step once its code was confirmed; otherwise back to its start.
#[component]
pub fn WhenVerified(
    verified: Resource<Result<bool, AppError>>,
    start: &'static str,
    children: ChildrenFn,
) -> impl IntoView {
    view! {
        <Transition fallback=|| ()>
            {move || {
                let children = children.clone();
                Suspend::new(async move {
                    match verified.await {
                        Ok(true) => children().into_any(),
                        Ok(false) => view! { <Redirect path=start/> }.into_any(),
                        Err(e) => view! { <crate::components::ErrorNotice error=e/> }.into_any(),
                    }
                })
            }}
        </Transition>
    }
}
