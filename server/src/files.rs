//! Uploads and downloads (plain axum routes: multipart forms work the same with JavaScript or
//! without, and downloads stream bytes): the files of a dossier, the personal document store,
//! and the dossier's receipt (Giấy tiếp nhận hồ sơ).
//!
//! Every route checks that the file is the caller's (or, for a dossier, that the caller is an
//! officer of the receiving agency). Upload errors come back to the page as a short code in the
//! query string (`?loi=kich-thuoc`), never with personal data.

use crate::AppState;
use app::{
    accounts::service::{UserRow, user_of_request},
    backend::{
        now_epoch,
        printable::{self, Disposition, Printable, esc},
        storage::{Stored, UploadError, clean_name, download_name},
    },
    dossiers::{
        access::{self, ClientIp, SignedIn},
        service::{closed_page, component_of, files_page, may_change},
        store::{self, FilesRefused, NewFile},
    },
    error::AppError,
    format,
};
use axum::{
    extract::{Multipart, Path, Query, Request, State},
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
    let mut files = read_files(state, form, 1).await?;
    files.pop().ok_or(error_code(UploadError::Empty))
}

/// What a multipart form brought: its files (name, bytes) and the text fields asked for.
pub struct Upload {
    pub files: Vec<(String, bytes::Bytes)>,
    pub fields: std::collections::HashMap<String, String>,
}

/// Up to `max_files` uploaded files (`file` fields), each within the size limit, the whole body
/// within the upload timeout; `Err` with the error code to show. None at all is an error.
pub async fn read_files(
    state: &AppState,
    form: Multipart,
    max_files: usize,
) -> Result<Vec<(String, bytes::Bytes)>, &'static str> {
    Ok(read_files_with(state, form, max_files, &[]).await?.files)
}

/// The same, keeping the text fields named in `fields` (at most 4 KB each).
pub async fn read_files_with(
    state: &AppState,
    form: Multipart,
    max_files: usize,
    fields: &[&str],
) -> Result<Upload, &'static str> {
    let deadline = std::time::Duration::from_secs(state.settings.http.upload_timeout_secs);
    tokio::time::timeout(deadline, read_parts(state, form, max_files, fields))
        .await
        .unwrap_or(Err("het-gio"))
}

async fn read_parts(
    state: &AppState,
    mut form: Multipart,
    max_files: usize,
    wanted: &[&str],
) -> Result<Upload, &'static str> {
    let max = state.services.storage.max_bytes;
    let mut upload = Upload {
        files: Vec::new(),
        fields: Default::default(),
    };
    while let Ok(Some(mut field)) = form.next_field().await {
        let field_name = field.name().unwrap_or_default().to_string();
        let is_file = field_name == "file";
        if !is_file && !wanted.contains(&field_name.as_str()) {
            continue;
        }
        let limit = if is_file { max } else { 4096 };
        let name = clean_name(field.file_name().unwrap_or("tai-lieu"));
        let mut data = bytes::BytesMut::new();
        loop {
            match field.chunk().await {
                Ok(Some(chunk)) => {
                    if data.len() + chunk.len() > limit {
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
        if !is_file {
            upload
                .fields
                .insert(field_name, String::from_utf8_lossy(&data).into_owned());
            continue;
        }
        // A file input left empty still sends a part, without bytes.
        if data.is_empty() {
            continue;
        }
        upload.files.push((name, data.freeze()));
        if upload.files.len() == max_files {
            break;
        }
    }
    if upload.files.is_empty() {
        return Err(error_code(UploadError::Empty));
    }
    Ok(upload)
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
pub async fn store_bytes(
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
    let d = match store::load_owned(&state.db, &pid, user.id).await {
        Ok(d) => d,
        Err(e) => return e.into_response(),
    };
    if !matches!(d.status, Status::Draft | Status::SupplementRequested) {
        // Sent meanwhile (another tab): the page says its files stay as they were, as when
        // the submission lands while this upload's body is still arriving.
        return Redirect::to(&closed_page(&d)).into_response();
    }
    if !may_change(&d, component) {
        return StatusCode::FORBIDDEN.into_response();
    }
    match component_of(&state.services, &d, component).await {
        Ok(true) => {}
        Ok(false) => return StatusCode::NOT_FOUND.into_response(),
        Err(e) => return e.into_response(),
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
    match store::owned_document(&state.db, &id, user.id).await {
        Ok(Some(_)) => {}
        Ok(None) => return StatusCode::NOT_FOUND.into_response(),
        Err(e) => return e.into_response(),
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

/// Sends stored bytes named `name` (with the extension of their type): as a download, or
/// `inline` for a preview, sandboxed so that a stored document can run nothing.
pub async fn send(
    state: &AppState,
    sha256: &str,
    name: &str,
    inline: bool,
) -> Result<Response, AppError> {
    let content_type = store::blob_type(&state.db, sha256)
        .await?
        .unwrap_or_else(|| "application/octet-stream".into());
    let bytes = state
        .services
        .storage
        .get(sha256)
        .await
        .map_err(AppError::internal)?;
    let mut res = bytes.into_response();
    let h = res.headers_mut();
    if let Ok(v) = HeaderValue::from_str(&content_type) {
        h.insert(header::CONTENT_TYPE, v);
    }
    let name = download_name(name, &content_type);
    let image = content_type.starts_with("image/");
    // Only images and PDFs (their type is what the bytes are, checked at upload) are shown.
    let inline = inline && (image || content_type == "application/pdf");
    let disposition = if inline {
        content_disposition(&name).replacen("attachment", "inline", 1)
    } else {
        content_disposition(&name)
    };
    if let Ok(v) = HeaderValue::from_str(&disposition) {
        h.insert(header::CONTENT_DISPOSITION, v);
    }
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, no-store"),
    );
    if inline && image {
        // Shown in the officer's page: no script, no form, no navigation from the file. (A PDF
        // opens in the browser's own viewer, which does not run in a sandbox.)
        h.insert(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(
                "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'",
            ),
        );
        h.insert(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        );
    }
    Ok(res)
}

/// Bytes left as they are in `filename*` (RFC 3986's unreserved characters); every other byte
/// of the UTF-8 name is percent-encoded.
/// `attachment` with an ASCII fallback and the UTF-8 name (RFC 6266 / 5987).
pub fn content_disposition(name: &str) -> String {
    printable::content_disposition(name, Disposition::Attachment)
}

/// `GET /kho-tai-lieu/{id}/tai-ve`: the owner's document.
pub async fn download_document(
    State(state): State<AppState>,
    SignedIn(user): SignedIn,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let (name, sha) = store::owned_document(&state.db, &id, user.id)
        .await?
        .ok_or(AppError::NotFound)?;
    send(&state, &sha, &name, false).await
}

/// `GET /ho-so/{pid}/tep-da-nop/{file}`: a dossier's file, for its owner and the officers of
/// its receiving agency (whose download is in the audit log).
pub async fn download_dossier_file(
    State(state): State<AppState>,
    SignedIn(user): SignedIn,
    ClientIp(ip): ClientIp,
    Path((pid, file)): Path<(String, String)>,
    Query(view): Query<View>,
) -> Result<Response, AppError> {
    let d = access::readable(&state.db, &user, &pid).await?;
    let (name, sha) = store::dossier_file(&state.db, d.id, &file)
        .await?
        .ok_or(AppError::NotFound)?;
    // "Xem": shown in the browser rather than saved, for the types it shows safely.
    let inline = view.xem.as_deref() == Some("1");
    if d.owner_id != user.id {
        app::office::store::audit(
            &state.db,
            &user,
            if inline {
                "dossier.file_viewed"
            } else {
                "dossier.file_downloaded"
            },
            Some(d.id),
            &ip,
            &file,
        )
        .await?;
    }
    send(&state, &sha, &name, inline).await
}

/// `?xem=1`: a preview instead of a download.
#[derive(serde::Deserialize)]
pub struct View {
    xem: Option<String>,
}

/// A response only its reader may see (a receipt, a letter, an export): its content type, and
/// never kept by a cache.
pub fn private(body: impl IntoResponse, content_type: &'static str) -> Response {
    let mut res = body.into_response();
    let h = res.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, no-store"),
    );
    res
}

/// `GET /ho-so/{pid}/bien-nhan`: "Giấy tiếp nhận hồ sơ" as a printable HTML file.
pub async fn receipt(
    State(state): State<AppState>,
    SignedIn(user): SignedIn,
    Path(pid): Path<String>,
) -> Result<Response, AppError> {
    let d = access::readable(&state.db, &user, &pid).await?;
    let code = d.code.clone().ok_or(AppError::NotFound)?;
    let store::ReceiptData {
        procedure,
        agency,
        address,
        files,
    } = store::receipt_data(&state.db, &d).await?;
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
    let title = format!("Giấy tiếp nhận hồ sơ {code}");
    let file_name = format!("bien-nhan-{code}.html");
    let body = format!(
        "<p class=\"c\"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br>Độc lập - Tự do - Hạnh phúc</p>\
         <h1>GIẤY TIẾP NHẬN HỒ SƠ TRỰC TUYẾN</h1><p class=\"c\">Mã hồ sơ: <strong>{code}</strong></p>\
         <p>Cơ quan tiếp nhận: {agency}{addr}</p><p>Thủ tục: {procedure}</p>\
         <p>Người nộp: {name}</p><p>Thời điểm nộp: {submitted}</p>\
         <h2>Thành phần hồ sơ đã nộp</h2><table><tr><th>STT</th><th>Tên giấy tờ</th><th>Tệp</th></tr>{rows}</table>\
         <p>Cơ quan tiếp nhận sẽ kiểm tra hồ sơ và thông báo kết quả tiếp nhận qua tài khoản, tin nhắn \
         và thư điện tử. Tra cứu tình trạng hồ sơ bằng mã trên tại mục Tra cứu hồ sơ của Cổng Dịch vụ công.</p>\
         <p><em>Giấy này được tạo lúc {now} từ Cổng Dịch vụ công.</em></p>",
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
    Ok(Printable {
        title: &title,
        style: "body{font-family:serif;max-width:46rem;margin:2rem auto;line-height:1.5;padding:0 1rem}\
                h1,h2,.c{text-align:center}table{width:100%;border-collapse:collapse}\
                td,th{border:1px solid #000;padding:.25rem .5rem;text-align:left}",
        body,
        file_name: &file_name,
        disposition: Disposition::Attachment,
    }
    .into_response())
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
