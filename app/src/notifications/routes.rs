//! The notification centre's plain routes (server only): opening a notice, "Đánh dấu đã đọc",
//! "Đánh dấu tất cả đã đọc" (form posts that come back to the centre: no JavaScript needed),
//! and the unread count the header's bell asks for. Someone else's notice is "not found".

use super::{MARK_ALL_PATH, NOTICES_PATH, UNREAD_COUNT_PATH, service};
use crate::{
    accounts::extract::{MaybeSignedIn, SignedIn},
    backend::Services,
    error::AppError,
};
use axum::{
    Form, Json, Router,
    extract::{FromRef, Path, State},
    http::{StatusCode, header},
    response::{IntoResponse, Redirect, Response},
    routing::{get, post},
};
use serde::Deserialize;

/// The routes, for the host to merge.
pub fn router<S>() -> Router<S>
where
    Services: FromRef<S>,
    S: Clone + Send + Sync + 'static,
{
    Router::new()
        .route(UNREAD_COUNT_PATH, get(unread))
        .route(MARK_ALL_PATH, post(mark_all_read))
        .route("/thong-bao/{id}", get(open))
        .route("/thong-bao/{id}/da-doc", post(mark_read))
}

/// A notice's id from the address: anything else is no notice.
fn notice_id(raw: &str) -> Result<i64, AppError> {
    raw.parse().map_err(|_| AppError::NotFound)
}

/// The centre's page to come back to after a post (the filter and page it was on); anything
/// that is not the centre's own address is the centre.
fn back_to(next: &str) -> &str {
    let ours = next == NOTICES_PATH
        || next
            .strip_prefix(NOTICES_PATH)
            .and_then(|rest| rest.strip_prefix('?'))
            .is_some_and(|q| {
                q.bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b"=&-".contains(&b))
            });
    if ours { next } else { NOTICES_PATH }
}

#[derive(Deserialize)]
struct Back {
    #[serde(default)]
    next: String,
}

/// `GET /thong-bao/chua-doc`: `{"unread": n}` for the signed-in user, never cached.
async fn unread(
    State(svc): State<Services>,
    MaybeSignedIn(user): MaybeSignedIn,
) -> Result<Response, AppError> {
    let no_store = [(header::CACHE_CONTROL, "no-store")];
    let Some(user) = user else {
        return Ok((
            StatusCode::UNAUTHORIZED,
            no_store,
            Json(serde_json::json!({})),
        )
            .into_response());
    };
    let n = service::unread(&svc, user.id).await?;
    Ok((no_store, Json(serde_json::json!({ "unread": n }))).into_response())
}

/// `GET /thong-bao/{id}`: marks the notice read and opens its dossier.
async fn open(
    State(svc): State<Services>,
    SignedIn(user): SignedIn,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let to = service::open(&svc, user.id, notice_id(&id)?).await?;
    Ok(Redirect::to(&to).into_response())
}

/// `POST /thong-bao/{id}/da-doc` ("Đánh dấu đã đọc"): back to the centre where it was.
async fn mark_read(
    State(svc): State<Services>,
    SignedIn(user): SignedIn,
    Path(id): Path<String>,
    Form(back): Form<Back>,
) -> Result<Response, AppError> {
    service::mark_read(&svc, user.id, notice_id(&id)?).await?;
    Ok(Redirect::to(back_to(&back.next)).into_response())
}

/// `POST /thong-bao/da-doc-tat-ca` ("Đánh dấu tất cả đã đọc"): back to the centre where it was.
async fn mark_all_read(
    State(svc): State<Services>,
    SignedIn(user): SignedIn,
    Form(back): Form<Back>,
) -> Result<Response, AppError> {
    service::mark_all_read(&svc, user.id).await?;
    Ok(Redirect::to(back_to(&back.next)).into_response())
}

#[cfg(test)]
mod tests {
    use super::back_to;

    #[test]
    fn only_the_centre_is_come_back_to() {
        assert_eq!(
            back_to("/thong-bao?loc=chua-doc&trang=2"),
            "/thong-bao?loc=chua-doc&trang=2"
        );
        assert_eq!(back_to("/thong-bao"), "/thong-bao");
        for other in [
            "//evil.example",
            "https://evil.example",
            "/thong-bao/1",
            "/thong-bao?x=%2F",
            "/thong-baox",
            "",
        ] {
            assert_eq!(back_to(other), "/thong-bao", "{other}");
        }
    }
}
