//! Uploads and downloads (plain axum routes: multipart forms work the same with JavaScript or
//! without, and downloads stream bytes): the files of a dossier, the personal document store,
//! and the dossier's receipt (Giấy tiếp nhận hồ sơ).
//!
//! Every route checks that the file is the caller's (or, for a dossier, that the caller is an
//! officer of the receiving agency). Upload errors come back to the page as a short code in the
//! query string (`?loi=kich-thuoc`), never with personal data.

use crate::AppState;
use app::{
    accounts::{
        AccountKind,
        service::{UserRow, user_of_request},
    },
    backend::{
        now_epoch,
        storage::{Stored, UploadError, clean_name, download_name},
    },
    dossiers::{
        api::server::{closed_page, component_of, files_page, may_change},
        store::{self, DossierRow, FilesRefused, NewFile},
    },
    format,
};
use axum::{
    extract::{Multipart, Path, Request, State},
    http::{HeaderMap, HeaderValue, StatusCode, header},
    response::{IntoResponse, Redirect, Response},
};
use domain::dossier::Status;

fn login(next: &str) -> Response {
    Redirect::to(&format!("/dang-nhap?next={next}")).into_response()
}

fn error_code(e: UploadError) -> &'static str {
    match e {
        UploadError::Empty => "trong",
        UploadError::TooLarge => "kich-thuoc",
        UploadError::Type => "dinh-dang",
    }
}

/// The code shown for a full document store.
const STORE_FULL: &str = "kho-day";

/// The uploaded file (`file` field): its name (cleaned) and bytes; `Err` with the error code
/// to show. A part larger than the limit is refused without being read into memory beyond it,
/// and the whole body must arrive within the upload timeout (a pause between pieces is bounded
/// by the body timeout of every request).
async fn read_file(
    state: &AppState,
    form: Multipart,
) -> Result<(String, bytes::Bytes), &'static str> {
    let deadline = std::time::Duration::from_secs(state.settings.upload_timeout_secs);
    tokio::time::timeout(deadline, read_file_part(state, form))
        .await
        .unwrap_or(Err("het-gio"))
}

async fn read_file_part(
    state: &AppState,
    mut form: Multipart,
) -> Result<(String, bytes::Bytes), &'static str> {
    let max = state.services.storage.max_bytes;
    while let Ok(Some(mut field)) = form.next_field().await {
        if field.name() != Some("file") {
            continue;
        }
        let name = clean_name(field.file_name().unwrap_or("tai-lieu"));
        let mut data = bytes::BytesMut::new();
        loop {
            match field.chunk().await {
                Ok(Some(chunk)) => {
                    if data.len() + chunk.len() > max {
                        return Err(error_code(UploadError::TooLarge));
                    }
                    data.extend_from_slice(&chunk);
                }
                Ok(None) => break,
                // Over the body limit, or the client stalled (the body timeout).
                Err(e) if e.status() == StatusCode::PAYLOAD_TOO_LARGE => {
                    return Err(error_code(UploadError::TooLarge));
                }
                Err(_) => return Err("loi"),
            }
        }
        if data.is_empty() {
            return Err(error_code(UploadError::Empty));
        }
        return Ok((name, data.freeze()));
    }
    Err(error_code(UploadError::Empty))
}

async fn user(
    state: &AppState,
    req_headers: &HeaderMap,
    ext: &axum::http::Extensions,
) -> Option<UserRow> {
    user_of_request(&state.services, req_headers, ext)
        .await
        .ok()
        .flatten()
}

/// Checks an upload and stores its bytes (recorded later, in the transaction that uses them).
async fn store_bytes(
    state: &AppState,
    data: bytes::Bytes,
) -> Result<Result<Stored, &'static str>, Response> {
    match state.services.storage.put(data).await {
        Ok(Ok(s)) => Ok(Ok(s)),
        Ok(Err(e)) => Ok(Err(error_code(e))),
        Err(e) => {
            tracing::error!(error = %e, "storing an upload");
            Err(StatusCode::INTERNAL_SERVER_ERROR.into_response())
        }
    }
}

/// `POST /ho-so/{pid}/tep/{component}`: a file for one document component of a dossier.
pub async fn upload_dossier_file(
    State(state): State<AppState>,
    Path((pid, component)): Path<(String, i64)>,
    req: Request,
) -> Response {
    let (parts, body) = req.into_parts();
    let Some(user) = user(&state, &parts.headers, &parts.extensions).await else {
        return login(&format!("/ho-so/{pid}"));
    };
    let Ok(d) = store::load_owned(&state.db, &pid, user.id).await else {
        return StatusCode::NOT_FOUND.into_response();
    };
    if !matches!(d.status, Status::Draft | Status::SupplementRequested) {
        // Sent meanwhile (another tab): the page says its files stay as they were, as when
        // the submission lands while this upload's body is still arriving.
        return Redirect::to(&closed_page(&d)).into_response();
    }
    if !may_change(&d, component) {
        return StatusCode::FORBIDDEN.into_response();
    }
    if !component_of(&state.services, &d, component)
        .await
        .unwrap_or(false)
    {
        return StatusCode::NOT_FOUND.into_response();
    }
    let back = files_page(&d);
    let req = Request::from_parts(parts, body);
    let form = match Multipart::from_request(req, &state).await {
        Ok(f) => f,
        Err(_) => return Redirect::to(&format!("{back}?loi=loi&tp={component}")).into_response(),
    };
    let (name, data) = match read_file(&state, form).await {
        Ok(x) => x,
        Err(code) => {
            return Redirect::to(&format!(
                "{back}?loi={code}&tp={component}#file-{component}"
            ))
            .into_response();
        }
    };
    let refused = |code: &str| {
        Redirect::to(&format!(
            "{back}?loi={code}&tp={component}#file-{component}"
        ))
        .into_response()
    };
    let stored = match store_bytes(&state, data).await {
        Ok(Ok(stored)) => stored,
        Ok(Err(code)) => return refused(code),
        Err(r) => return r,
    };
    // The body may have taken minutes: whether the dossier still takes files is decided in
    // the transaction that stores this one.
    let file = NewFile::Upload {
        name: &name,
        stored: &stored,
    };
    match store::put_file(&state.services, &d, component, file).await {
        Ok(Ok(())) => Redirect::to(&format!("{back}#file-{component}")).into_response(),
        Ok(Err(FilesRefused::StoreFull)) => refused(STORE_FULL),
        Ok(Err(FilesRefused::Closed)) => Redirect::to(&closed_page(&d)).into_response(),
        Err(e) => {
            tracing::error!(error = ?e, "putting an upload into a dossier");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

use axum::extract::FromRequest as _;

/// `POST /kho-tai-lieu/tai-len`: a new document in the store.
pub async fn upload_document(State(state): State<AppState>, req: Request) -> Response {
    let (parts, body) = req.into_parts();
    let Some(user) = user(&state, &parts.headers, &parts.extensions).await else {
        return login("/kho-tai-lieu");
    };
    let req = Request::from_parts(parts, body);
    let Ok(form) = Multipart::from_request(req, &state).await else {
        return Redirect::to("/kho-tai-lieu?loi=loi").into_response();
    };
    let (name, data) = match read_file(&state, form).await {
        Ok(x) => x,
        Err(code) => return Redirect::to(&format!("/kho-tai-lieu?loi={code}")).into_response(),
    };
    let stored = match store_bytes(&state, data).await {
        Ok(Ok(stored)) => stored,
        Ok(Err(code)) => return Redirect::to(&format!("/kho-tai-lieu?loi={code}")).into_response(),
        Err(r) => return r,
    };
    match store::add_document(&state.services, user.id, &name, &stored).await {
        Ok(Ok(())) => Redirect::to("/kho-tai-lieu?tb=tai-len").into_response(),
        Ok(Err(_)) => Redirect::to(&format!("/kho-tai-lieu?loi={STORE_FULL}")).into_response(),
        Err(e) => {
            tracing::error!(error = ?e, "adding a document");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

/// `POST /kho-tai-lieu/{id}/thay-the`: new content for a stored document (same name).
pub async fn replace_document(
    State(state): State<AppState>,
    Path(id): Path<String>,
    req: Request,
) -> Response {
    let (parts, body) = req.into_parts();
    let Some(user) = user(&state, &parts.headers, &parts.extensions).await else {
        return login("/kho-tai-lieu");
    };
    let owned: Option<i64> =
        sqlx::query_scalar("SELECT id FROM documents WHERE public_id = $1 AND owner_id = $2")
            .bind(&id)
            .bind(user.id)
            .fetch_optional(&state.db.pool)
            .await
            .unwrap_or(None);
    if owned.is_none() {
        return StatusCode::NOT_FOUND.into_response();
    }
    let req = Request::from_parts(parts, body);
    let Ok(form) = Multipart::from_request(req, &state).await else {
        return Redirect::to("/kho-tai-lieu?loi=loi").into_response();
    };
    let (_, data) = match read_file(&state, form).await {
        Ok(x) => x,
        Err(code) => return Redirect::to(&format!("/kho-tai-lieu?loi={code}")).into_response(),
    };
    let stored = match store_bytes(&state, data).await {
        Ok(Ok(stored)) => stored,
        Ok(Err(code)) => return Redirect::to(&format!("/kho-tai-lieu?loi={code}")).into_response(),
        Err(r) => return r,
    };
    match store::replace_document(&state.services, user.id, &id, &stored).await {
        Ok(Some(Ok(()))) => Redirect::to("/kho-tai-lieu?tb=thay-the").into_response(),
        Ok(Some(Err(_))) => {
            Redirect::to(&format!("/kho-tai-lieu?loi={STORE_FULL}")).into_response()
        }
        Ok(None) => StatusCode::NOT_FOUND.into_response(),
        Err(e) => {
            tracing::error!(error = ?e, "replacing a document");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

/// Sends stored bytes as a download named `name`, with the extension of their type.
async fn send(state: &AppState, sha256: &str, name: &str) -> Response {
    let content_type: String =
        sqlx::query_scalar("SELECT content_type FROM blobs WHERE sha256 = $1")
            .bind(sha256)
            .fetch_optional(&state.db.pool)
            .await
            .ok()
            .flatten()
            .unwrap_or_else(|| "application/octet-stream".into());
    match state.services.storage.get(sha256).await {
        Ok(bytes) => {
            let mut res = bytes.into_response();
            let h = res.headers_mut();
            if let Ok(v) = HeaderValue::from_str(&content_type) {
                h.insert(header::CONTENT_TYPE, v);
            }
            let name = download_name(name, &content_type);
            if let Ok(v) = HeaderValue::from_str(&content_disposition(&name)) {
                h.insert(header::CONTENT_DISPOSITION, v);
            }
            h.insert(
                header::CACHE_CONTROL,
                HeaderValue::from_static("private, no-store"),
            );
            res
        }
        Err(e) => {
            tracing::error!(error = %e, "reading a stored file");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

/// `attachment` with an ASCII fallback and the UTF-8 name (RFC 6266 / 5987).
pub fn content_disposition(name: &str) -> String {
    let ascii: String = domain::fold(name)
        .chars()
        .map(|c| {
            if c.is_ascii_graphic() && c != '"' && c != '\\' || c == ' ' {
                c
            } else {
                '_'
            }
        })
        .collect();
    let mut encoded = String::new();
    for b in name.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            encoded.push(b as char);
        } else {
            encoded.push_str(&format!("%{b:02X}"));
        }
    }
    format!("attachment; filename=\"{ascii}\"; filename*=UTF-8''{encoded}")
}

/// `GET /kho-tai-lieu/{id}/tai-ve`: the owner's document.
pub async fn download_document(
    State(state): State<AppState>,
    Path(id): Path<String>,
    headers: HeaderMap,
    req: Request,
) -> Response {
    let Some(user) = user(&state, &headers, req.extensions()).await else {
        return login("/kho-tai-lieu");
    };
    let doc: Option<(String, String)> =
        sqlx::query_as("SELECT name, sha256 FROM documents WHERE public_id = $1 AND owner_id = $2")
            .bind(&id)
            .bind(user.id)
            .fetch_optional(&state.db.pool)
            .await
            .unwrap_or(None);
    match doc {
        Some((name, sha)) => send(&state, &sha, &name).await,
        None => StatusCode::NOT_FOUND.into_response(),
    }
}

/// The dossier, if the caller owns it or is an officer of its receiving agency (once it is
/// submitted: a draft is its owner's alone).
async fn dossier_for(state: &AppState, user: &UserRow, pid: &str) -> Option<DossierRow> {
    let d = store::load(&state.db, pid).await.ok().flatten()?;
    if d.owner_id == user.id {
        return Some(d);
    }
    if user.kind == AccountKind::Officer && d.status != Status::Draft {
        let agency: Option<Option<i64>> =
            sqlx::query_scalar("SELECT agency_id FROM users WHERE id = $1")
                .bind(user.id)
                .fetch_optional(&state.db.pool)
                .await
                .ok()?;
        if agency.flatten() == Some(d.agency_id) {
            return Some(d);
        }
    }
    None
}

/// `GET /ho-so/{pid}/tep-da-nop/{file}`: a dossier's file.
pub async fn download_dossier_file(
    State(state): State<AppState>,
    Path((pid, file)): Path<(String, String)>,
    headers: HeaderMap,
    req: Request,
) -> Response {
    let Some(user) = user(&state, &headers, req.extensions()).await else {
        return login(&format!("/ho-so/{pid}"));
    };
    let Some(d) = dossier_for(&state, &user, &pid).await else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let f: Option<(String, String)> = sqlx::query_as(
        "SELECT name, sha256 FROM dossier_files WHERE public_id = $1 AND dossier_id = $2",
    )
    .bind(&file)
    .bind(d.id)
    .fetch_optional(&state.db.pool)
    .await
    .unwrap_or(None);
    match f {
        Some((name, sha)) => send(&state, &sha, &name).await,
        None => StatusCode::NOT_FOUND.into_response(),
    }
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// `GET /ho-so/{pid}/bien-nhan`: "Giấy tiếp nhận hồ sơ" as a printable HTML file.
pub async fn receipt(
    State(state): State<AppState>,
    Path(pid): Path<String>,
    headers: HeaderMap,
    req: Request,
) -> Response {
    let Some(user) = user(&state, &headers, req.extensions()).await else {
        return login(&format!("/ho-so/{pid}"));
    };
    let Some(d) = dossier_for(&state, &user, &pid).await else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let Some(code) = d.code.clone() else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let names: Option<(String, String, String)> = sqlx::query_as(
        "SELECT p.name, a.name, a.address FROM procedures p, agencies a WHERE p.id = $1 AND a.id = $2",
    )
    .bind(d.procedure_id)
    .bind(d.agency_id)
    .fetch_optional(&state.db.pool)
    .await
    .unwrap_or(None);
    let (procedure, agency, address) = names.unwrap_or_default();
    let files: Vec<(String, String)> = sqlx::query_as(
        "SELECT c.name, f.name FROM dossier_files f JOIN procedure_components c ON c.id = f.component_id \
         WHERE f.dossier_id = $1 AND f.replaced = 0 ORDER BY c.position",
    )
    .bind(d.id)
    .fetch_all(&state.db.pool)
    .await
    .unwrap_or_default();
    let rows: String = files
        .iter()
        .enumerate()
        .map(|(i, (c, f))| {
            format!(
                "<tr><td>{}</td><td>{}</td><td>{}</td></tr>",
                i + 1,
                esc(c),
                esc(f)
            )
        })
        .collect();
    let html = format!(
        "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>Giấy tiếp nhận hồ sơ {code}</title>\
         <style>body{{font-family:serif;max-width:46rem;margin:2rem auto;line-height:1.5}}h1,h2,.c{{text-align:center}}\
         table{{width:100%;border-collapse:collapse}}td,th{{border:1px solid #000;padding:.25rem .5rem;text-align:left}}</style>\
         </head><body><p class=\"c\"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br>Độc lập - Tự do - Hạnh phúc</p>\
         <h1>GIẤY TIẾP NHẬN HỒ SƠ TRỰC TUYẾN</h1><p class=\"c\">Mã hồ sơ: <strong>{code}</strong></p>\
         <p>Cơ quan tiếp nhận: {agency}{addr}</p><p>Thủ tục: {procedure}</p>\
         <p>Người nộp: {name}</p><p>Thời điểm nộp: {submitted}</p>\
         <h2>Thành phần hồ sơ đã nộp</h2><table><tr><th>STT</th><th>Tên giấy tờ</th><th>Tệp</th></tr>{rows}</table>\
         <p>Cơ quan tiếp nhận sẽ kiểm tra hồ sơ và thông báo kết quả tiếp nhận qua tài khoản, tin nhắn \
         và thư điện tử. Tra cứu tình trạng hồ sơ bằng mã trên tại mục Tra cứu hồ sơ của Cổng Dịch vụ công.</p>\
         <p><em>Giấy này được tạo lúc {now} từ Cổng Dịch vụ công.</em></p></body></html>",
        code = esc(&code),
        agency = esc(&agency),
        addr = if address.is_empty() {
            String::new()
        } else {
            format!(", {}", esc(&address))
        },
        procedure = esc(&procedure),
        name = esc(&d.applicant_name),
        submitted = d.submitted_at.map(format::datetime).unwrap_or_default(),
        now = format::datetime(now_epoch()),
    );
    let mut res = html.into_response();
    let h = res.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    if let Ok(v) = HeaderValue::from_str(&content_disposition(&format!("bien-nhan-{code}.html"))) {
        h.insert(header::CONTENT_DISPOSITION, v);
    }
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, no-store"),
    );
    res
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dispositions() {
        let d = content_disposition("Giấy tờ.pdf");
        assert!(d.starts_with("attachment; filename=\"giay to.pdf\"; filename*=UTF-8''Gi%E1%BA%A5y%20t%E1%BB%9D.pdf"), "{d}");
    }
}
