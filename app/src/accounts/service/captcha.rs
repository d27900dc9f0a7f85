//! Captcha challenges for the forms of registration, login and recovery.

use crate::{accounts::CaptchaView, backend, error::AppError};

/// Creates a challenge for a page being rendered (or says how long to wait for one).
pub async fn fresh(svc: &backend::Services) -> Result<CaptchaView, AppError> {
    CaptchaView::fresh(svc).await
}
