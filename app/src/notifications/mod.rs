//! The notification centre ("Thông báo", SPEC §8): the in-app notices a citizen gets when one of
//! their dossiers changes, sent together with the SMS and e-mail of the same change (queued in the
//! outbox in the change's transaction). The slices that change a dossier describe the change as a
//! [`store::Notice`] and call [`store::notify_in`] inside their own transaction.

pub mod pages;
#[cfg(feature = "ssr")]
pub mod service;
#[cfg(feature = "ssr")]
pub mod store;

use crate::error::AppError;
use serde::{Deserialize, Serialize};

/// The citizen's notification centre.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NotificationView {
    pub title: String,
    pub body: String,
    pub at: String,
    pub unread: bool,
    pub dossier_link: Option<String>,
}

server_only! {
    pub async fn get_notifications() -> Result<Vec<NotificationView>, AppError> {
        service::notifications().await
    }
}
