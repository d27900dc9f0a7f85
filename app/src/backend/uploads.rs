//! Multipart uploads and stored-file downloads for the slices' plain routes: a form's files read
//! within the size and time limits, their bytes stored (recorded later, in the transaction that
//! uses them), and stored bytes sent back as a download or a sandboxed preview.
//!
//! Refusals come back as a short code for the page's query string (`?loi=kich-thuoc`), never with
//! personal data.

use super::{
    Services,
    printable::{Disposition, content_disposition},
    storage::{Stored, UploadError, clean_name, download_name},
};
use crate::error::AppError;
use axum::{
    extract::Multipart,
    http::{HeaderValue, StatusCode, header},
    response::{IntoResponse, Response},
};
use std::collections::HashMap;

/// The code shown for a full document store.
pub const STORE_FULL: &str = "kho-day";

/// The code shown for a form that could not be read.
pub const UNREADABLE: &str = "loi";

/// The code shown for an upload refused for its size, type or emptiness.
pub fn error_code(e: UploadError) -> &'static str {
    match e {
        UploadError::Empty => "trong",
        UploadError::TooLarge => "kich-thuoc",
        UploadError::Type => "dinh-dang",
    }
}

/// What a multipart form brought: its files (name, bytes) and the text fields asked for.
pub struct Upload {
    pub files: Vec<(String, bytes::Bytes)>,
    pub fields: HashMap<String, String>,
}

/// The one uploaded file (`file` field): its name (cleaned) and bytes; `Err` with the code to
/// show. A part larger than the limit is refused without being read into memory beyond it.
pub async fn read_file(
    svc: &Services,
    form: Multipart,
) -> Result<(String, bytes::Bytes), &'static str> {
    let mut upload = read_files(svc, form, 1, &[]).await?;
    upload.files.pop().ok_or(error_code(UploadError::Empty))
}

/// Up to `max_files` uploaded files (`file` fields), each within the size limit, and the text
/// fields named in `fields` (at most 4 KB each); the whole body within the upload timeout (a
/// pause between two pieces is bounded by every request's body timeout). None at all is an
/// error.
pub async fn read_files(
    svc: &Services,
    form: Multipart,
    max_files: usize,
    fields: &[&str],
) -> Result<Upload, &'static str> {
    let deadline = std::time::Duration::from_secs(svc.config.upload_timeout_secs);
    tokio::time::timeout(deadline, read_parts(svc, form, max_files, fields))
        .await
        .unwrap_or(Err("het-gio"))
}

async fn read_parts(
    svc: &Services,
    mut form: Multipart,
    max_files: usize,
    wanted: &[&str],
) -> Result<Upload, &'static str> {
    let max = svc.storage.max_bytes;
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
                Err(_) => return Err(UNREADABLE),
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

/// Checks an upload's bytes and stores them: `Ok(Err(code))` for a refusal to show.
pub async fn store_bytes(
    svc: &Services,
    data: bytes::Bytes,
) -> Result<Result<Stored, &'static str>, AppError> {
    match svc.storage.put(data).await {
        Ok(Ok(s)) => Ok(Ok(s)),
        Ok(Err(e)) => Ok(Err(error_code(e))),
        Err(e) => Err(AppError::internal(format!("storing an upload: {e}"))),
    }
}

/// Sends stored bytes named `name` (with the extension of their type): as a download, or
/// `inline` for a preview, sandboxed so that a stored document can run nothing.
pub async fn send(
    svc: &Services,
    sha256: &str,
    name: &str,
    inline: bool,
) -> Result<Response, AppError> {
    let content_type = super::storage::blob_type(&svc.db, sha256)
        .await?
        .unwrap_or_else(|| "application/octet-stream".into());
    let bytes = svc.storage.get(sha256).await.map_err(AppError::internal)?;
    let mut res = bytes.into_response();
    let h = res.headers_mut();
    if let Ok(v) = HeaderValue::from_str(&content_type) {
        h.insert(header::CONTENT_TYPE, v);
    }
    let name = download_name(name, &content_type);
    let image = content_type.starts_with("image/");
    // Only images and PDFs (their type is what the bytes are, checked at upload) are shown.
    let inline = inline && (image || content_type == "application/pdf");
    let disposition = content_disposition(
        &name,
        if inline {
            Disposition::Inline
        } else {
            Disposition::Attachment
        },
    );
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

/// A response only its reader may see (a receipt, an export): its content type, and never kept
/// by a cache.
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
