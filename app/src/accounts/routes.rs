//! The accounts slice's plain axum route (server only): the captcha's picture and its spoken
//! digits, served while the challenge is live (made once, then served as stored), so many an
//! hour per address and per network.

use crate::{
    accounts::extract::ClientIp,
    backend::{
        Services,
        captcha::{Medium, media},
    },
    i18n::*,
};
use axum::{
    Router,
    extract::{FromRef, Path, State},
    http::{StatusCode, header},
    response::{IntoResponse, Response},
    routing::get,
};

/// The routes, for the host to merge.
pub fn router<S>() -> Router<S>
where
    Services: FromRef<S>,
    S: Clone + Send + Sync + 'static,
{
    Router::new().route("/captcha/{file}", get(captcha_media))
}

/// `/captcha/{id}.png` and `/captcha/{id}.wav`; over the limit a 429 with `Retry-After` and
/// the wait in words (Vietnamese, then English: a media request carries no page language).
async fn captcha_media(
    State(svc): State<Services>,
    ClientIp(ip): ClientIp,
    Path(file): Path<String>,
) -> Response {
    let (id, medium, content_type) = if let Some(id) = file.strip_suffix(".png") {
        (id, Medium::Image, "image/png")
    } else if let Some(id) = file.strip_suffix(".wav") {
        (id, Medium::Audio, "audio/wav")
    } else {
        return StatusCode::NOT_FOUND.into_response();
    };
    match media(&svc, &ip, id, medium).await {
        Ok(Err(limited)) => {
            let minutes = limited.minutes().to_string();
            let say = |locale: Locale| {
                td_string!(locale, captcha_limits.media, minutes = minutes.as_str()).to_string()
            };
            (
                StatusCode::TOO_MANY_REQUESTS,
                [
                    (header::RETRY_AFTER, limited.wait_secs.to_string()),
                    (
                        header::CONTENT_TYPE,
                        "text/plain; charset=utf-8".to_string(),
                    ),
                    (header::CACHE_CONTROL, "no-store".to_string()),
                ],
                format!("{}\n{}\n", say(Locale::vi), say(Locale::en)),
            )
                .into_response()
        }
        Ok(Ok(Some(bytes))) => (
            [
                (header::CONTENT_TYPE, content_type),
                (header::CACHE_CONTROL, "no-store"),
            ],
            bytes,
        )
            .into_response(),
        Ok(Ok(None)) => StatusCode::NOT_FOUND.into_response(),
        Err(e) => {
            tracing::error!(error = ?e, "captcha media");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}
