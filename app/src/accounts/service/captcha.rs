//! Captcha challenges for the forms of registration, login and recovery.

use crate::{accounts::CaptchaView, backend, error::AppError};

/// Creates a challenge for a page being rendered.
pub async fn fresh(svc: &backend::Services) -> Result<CaptchaView, AppError> {
    let c = backend::captcha::create(&svc.db).await?;
    Ok(CaptchaView { id: c.id })
}
