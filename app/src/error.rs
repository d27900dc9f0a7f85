//! The one error type returned by server functions.
//!
//! Validation errors carry per-field messages; internal errors carry only a reference id
//! (the details are in the server log under that id).

use serde::{Deserialize, Serialize};
use server_fn::{
    codec::JsonEncoding,
    error::{FromServerFnError, ServerFnErrorErr},
};

/// A message attached to one form field (by its `name`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldError {
    pub field: String,
    pub message: String,
    /// A way out shown with the message: (path, link text), e.g. "Quên mật khẩu".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action: Option<(String, String)>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum AppError {
    #[error("invalid input")]
    Validation(Vec<FieldError>),
    #[error("not logged in")]
    Unauthenticated,
    #[error("forbidden")]
    Forbidden,
    #[error("not found")]
    NotFound,
    #[error("conflict: {0}")]
    Conflict(String),
    /// The record changed after the page that asked for the change was read (another officer or
    /// the citizen acted first): nothing was done.
    #[error("stale: the record changed since it was read")]
    Stale,
    /// A rate limit: the message says how long to wait.
    #[error("too many requests: {0}")]
    TooManyRequests(String),
    #[error("internal error (reference {reference})")]
    Internal { reference: String },
    #[error("request failed: {0}")]
    Transport(String),
}

impl FromServerFnError for AppError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        AppError::Transport(value.to_string())
    }
}

impl AppError {
    /// A validation error on one field.
    pub fn field(field: &str, message: impl Into<String>) -> Self {
        AppError::Validation(vec![FieldError {
            field: field.to_string(),
            message: message.into(),
            action: None,
        }])
    }

    /// The HTTP status this error is answered with.
    pub fn status(&self) -> http::StatusCode {
        use http::StatusCode;
        match self {
            AppError::Validation(_) => StatusCode::UNPROCESSABLE_ENTITY,
            AppError::Unauthenticated => StatusCode::UNAUTHORIZED,
            AppError::Forbidden => StatusCode::FORBIDDEN,
            AppError::NotFound => StatusCode::NOT_FOUND,
            AppError::Conflict(_) | AppError::Stale => StatusCode::CONFLICT,
            AppError::TooManyRequests(_) => StatusCode::TOO_MANY_REQUESTS,
            AppError::Internal { .. } | AppError::Transport(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// Gives the response of a server function that fails the status of its error (422 for
    /// invalid input, 401, 403…) instead of 500. Not for a plain HTML form post: that one is
    /// answered with a redirect back to the form, whose status must stay.
    #[cfg(feature = "ssr")]
    pub fn respond(self) -> Self {
        use leptos::prelude::use_context;
        let plain_form = use_context::<http::request::Parts>().is_some_and(|p| {
            p.headers
                .get(http::header::ACCEPT)
                .and_then(|v| v.to_str().ok())
                .is_some_and(|v| v.contains("text/html"))
        });
        if !plain_form && let Some(res) = use_context::<leptos_axum::ResponseOptions>() {
            res.set_status(self.status());
        }
        self
    }

    /// Logs `err` with a fresh reference id and returns an error that shows only that id.
    #[cfg(feature = "ssr")]
    pub fn internal(err: impl std::fmt::Display) -> Self {
        let reference = uuid::Uuid::new_v4().simple().to_string()[..12].to_string();
        tracing::error!(%reference, error = %err, "internal error");
        AppError::Internal { reference }
    }
}

/// `?` on a database error: a missing row is "not found" (404), anything else is logged with a
/// reference id and shown only as that id.
#[cfg(feature = "ssr")]
impl From<sqlx::Error> for AppError {
    fn from(err: sqlx::Error) -> Self {
        match err {
            sqlx::Error::RowNotFound => AppError::NotFound,
            other => AppError::internal(other),
        }
    }
}

/// Our own JSON columns and journey data: a failure is a bug, logged with a reference id.
#[cfg(feature = "ssr")]
impl From<serde_json::Error> for AppError {
    fn from(err: serde_json::Error) -> Self {
        AppError::internal(err)
    }
}

/// Plain axum routes return `Result<Response, AppError>`: the error's status with a short
/// plain-text body (the reference id of an internal error, never its details).
#[cfg(feature = "ssr")]
impl axum::response::IntoResponse for AppError {
    fn into_response(self) -> axum::response::Response {
        let body = match &self {
            AppError::Internal { reference } => format!("Lỗi hệ thống (mã tham chiếu {reference})"),
            AppError::NotFound => "Không tìm thấy".to_string(),
            AppError::Forbidden => "Không có quyền truy cập".to_string(),
            AppError::Unauthenticated => "Chưa đăng nhập".to_string(),
            AppError::Conflict(m) | AppError::TooManyRequests(m) => m.clone(),
            AppError::Stale => "Hồ sơ đã được cập nhật bởi người khác.".to_string(),
            AppError::Validation(_) => "Dữ liệu không hợp lệ".to_string(),
            AppError::Transport(_) => "Yêu cầu không thành công".to_string(),
        };
        (self.status(), body).into_response()
    }
}

/// Collects field errors while a form is checked.
#[derive(Debug, Default)]
pub struct FieldErrors(pub Vec<FieldError>);

impl FieldErrors {
    pub fn add(&mut self, field: &str, message: impl Into<String>) {
        // One message per field: the first problem found.
        if !self.has(field) {
            self.0.push(FieldError {
                field: field.to_string(),
                message: message.into(),
                action: None,
            });
        }
    }

    /// A message with a link that offers a way out (e.g. to "Quên mật khẩu").
    pub fn add_with_action(
        &mut self,
        field: &str,
        message: impl Into<String>,
        href: &str,
        link_text: impl Into<String>,
    ) {
        if !self.has(field) {
            self.0.push(FieldError {
                field: field.to_string(),
                message: message.into(),
                action: Some((href.to_string(), link_text.into())),
            });
        }
    }

    pub fn has(&self, field: &str) -> bool {
        self.0.iter().any(|e| e.field == field)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// `Ok(())` when nothing was added, else the validation error.
    pub fn into_result(self) -> Result<(), AppError> {
        if self.0.is_empty() {
            Ok(())
        } else {
            Err(AppError::Validation(self.0))
        }
    }
}

/// What a form shows for an error: the field messages of a validation error, or one message
/// (not tied to a field) for anything else, in the visitor's language.
pub fn messages(locale: crate::i18n::Locale, err: &AppError) -> Vec<FieldError> {
    use crate::i18n::*;
    let general = |message: String| {
        vec![FieldError {
            field: String::new(),
            message,
            action: None,
        }]
    };
    match err {
        AppError::Validation(list) => list.clone(),
        AppError::Unauthenticated => {
            general(td_string!(locale, errors.unauthenticated).to_string())
        }
        AppError::Forbidden => general(td_string!(locale, errors.forbidden).to_string()),
        AppError::NotFound => general(td_string!(locale, errors.not_found).to_string()),
        AppError::Stale => general(td_string!(locale, errors.stale).to_string()),
        AppError::Conflict(message) | AppError::TooManyRequests(message) => {
            general(message.clone())
        }
        AppError::Internal { reference } => {
            general(td_string!(locale, errors.internal, reference = reference.as_str()).to_string())
        }
        AppError::Transport(_) => general(td_string!(locale, errors.transport).to_string()),
    }
}
