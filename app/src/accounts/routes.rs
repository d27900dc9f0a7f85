//! The accounts slice's plain axum route (server only): the captcha's picture and its spoken
//! digits, served while the challenge is live (made once, then served as stored).

use crate::backend::{
    Services,
    captcha::{Medium, media},
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

/// `/captcha/{id}.png` and `/captcha/{id}.wav`.
async fn captcha_media(State(svc): State<Services>, Path(file): Path<String>) -> Response {
    let (id, medium, content_type) = if let Some(id) = file.strip_suffix(".png") {
        (id, Medium::Image, "image/png")
    } else if let Some(id) = file.strip_suffix(".wav") {
        (id, Medium::Audio, "audio/wav")
    } else {
        return StatusCode::NOT_FOUND.into_response();
    };
    match media(&svc, id, medium).await {
        Ok(Some(bytes)) => (
            [
                (header::CONTENT_TYPE, content_type),
                (header::CACHE_CONTROL, "no-store"),
            ],
            bytes,
        )
            .into_response(),
        Ok(None) => StatusCode::NOT_FOUND.into_response(),
        Err(e) => {
            tracing::error!(error = ?e, "captcha media");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}
