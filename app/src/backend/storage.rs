//! Files: the object-store layer (local disk by default, S3-compatible storage for deployments of
//! several instances, both through the `object_store` crate) and the checks an upload passes
//! (size limit, type by content, never by name).
//!
//! Files are content-addressed: the key is the SHA-256 of the bytes, recorded with the size and
//! the type in `blobs`. The same bytes uploaded twice are stored once.

use super::{Db, now_epoch};
use crate::error::AppError;
use object_store::{ObjectStore, ObjectStoreExt as _, PutPayload, path::Path};
use sha2::{Digest as _, Sha256};
use std::sync::Arc;

#[derive(Clone)]
pub struct Storage {
    store: Arc<dyn ObjectStore>,
    /// Largest accepted file, in bytes.
    pub max_bytes: usize,
}

/// Why an upload is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UploadError {
    Empty,
    TooLarge,
    /// The content is not one of the accepted types (whatever its name says).
    Type,
}

/// What was stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stored {
    pub sha256: String,
    pub size: i64,
    pub content_type: String,
}

/// Types accepted for documents: PDF, pictures, Office and OpenDocument files.
const ACCEPTED: &[&str] = &[
    "application/pdf",
    "image/jpeg",
    "image/png",
    "image/webp",
    "image/heif",
    "image/heic",
    "application/msword",
    "application/vnd.ms-excel",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "application/vnd.oasis.opendocument.text",
    "application/vnd.oasis.opendocument.spreadsheet",
];

/// The type of `bytes`, judged by their content, if it is accepted.
pub fn sniff(bytes: &[u8]) -> Result<&'static str, UploadError> {
    if bytes.is_empty() {
        return Err(UploadError::Empty);
    }
    let kind = infer::get(bytes).ok_or(UploadError::Type)?;
    ACCEPTED
        .iter()
        .find(|t| **t == kind.mime_type())
        .copied()
        .ok_or(UploadError::Type)
}

/// The file name's extension for a type (downloads are named after their content).
pub fn extension(content_type: &str) -> &'static str {
    match content_type {
        "application/pdf" => "pdf",
        "image/jpeg" => "jpg",
        "image/png" => "png",
        "image/webp" => "webp",
        "image/heif" | "image/heic" => "heic",
        "application/msword" => "doc",
        "application/vnd.ms-excel" => "xls",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document" => "docx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" => "xlsx",
        "application/vnd.oasis.opendocument.text" => "odt",
        "application/vnd.oasis.opendocument.spreadsheet" => "ods",
        _ => "bin",
    }
}

fn key(sha256: &str) -> Path {
    Path::from(format!("{}/{}", &sha256[..2], sha256))
}

impl Storage {
    /// Files in a folder on this machine (created when missing).
    pub fn local(dir: &std::path::Path, max_bytes: usize) -> anyhow::Result<Storage> {
        std::fs::create_dir_all(dir)?;
        let store = object_store::local::LocalFileSystem::new_with_prefix(dir)?;
        Ok(Storage {
            store: Arc::new(store),
            max_bytes,
        })
    }

    /// An S3-compatible bucket (AWS, MinIO, Ceph, Viettel / FPT / VNPT object storage).
    pub fn s3(
        bucket: &str,
        endpoint: Option<&str>,
        region: &str,
        access_key: &str,
        secret_key: &str,
        max_bytes: usize,
    ) -> anyhow::Result<Storage> {
        let mut b = object_store::aws::AmazonS3Builder::new()
            .with_bucket_name(bucket)
            .with_region(region)
            .with_access_key_id(access_key)
            .with_secret_access_key(secret_key);
        if let Some(e) = endpoint {
            b = b.with_endpoint(e).with_allow_http(e.starts_with("http://"));
        }
        Ok(Storage {
            store: Arc::new(b.build()?),
            max_bytes,
        })
    }

    /// Checks an upload (size, type by content) and stores its bytes. The caller records it
    /// ([`record`]) in the transaction that uses it, so that an upload refused there leaves no
    /// row behind (only bytes nobody points to, which the same upload later overwrites).
    pub async fn put(&self, bytes: bytes::Bytes) -> anyhow::Result<Result<Stored, UploadError>> {
        if bytes.len() > self.max_bytes {
            return Ok(Err(UploadError::TooLarge));
        }
        let content_type = match sniff(&bytes) {
            Ok(t) => t,
            Err(e) => return Ok(Err(e)),
        };
        let sha256 = hex::encode(Sha256::digest(&bytes));
        let size = bytes.len() as i64;
        self.store
            .put(&key(&sha256), PutPayload::from(bytes))
            .await?;
        Ok(Ok(Stored {
            sha256,
            size,
            content_type: content_type.to_string(),
        }))
    }

    /// The bytes of a stored file.
    pub async fn get(&self, sha256: &str) -> anyhow::Result<bytes::Bytes> {
        Ok(self.store.get(&key(sha256)).await?.bytes().await?)
    }
}

/// Records stored bytes in `blobs` (once per content), in the caller's transaction. The object
/// was written first, so a row never points at missing bytes.
pub async fn record<'e, E>(executor: E, stored: &Stored) -> Result<(), sqlx::Error>
where
    E: sqlx::Executor<'e, Database = sqlx::Any>,
{
    sqlx::query(
        "INSERT INTO blobs (sha256, size, content_type, created_at) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (sha256) DO NOTHING",
    )
    .bind(&stored.sha256)
    .bind(stored.size)
    .bind(&stored.content_type)
    .bind(now_epoch())
    .execute(executor)
    .await?;
    Ok(())
}

/// A file name as people see it: no folders, no control or invisible formatting characters
/// (U+202E RIGHT-TO-LEFT OVERRIDE would show "hoadon\u{202E}fdp.exe" as "hoadonexe.pdf"), none
/// of the characters Windows refuses, at most 200 characters; "tai-lieu" when nothing is left.
pub fn clean_name(name: &str) -> String {
    let base = name.rsplit(['/', '\\']).next().unwrap_or(name);
    let cleaned: String = base
        .chars()
        .filter(|c| !is_hidden(*c) && !matches!(c, '"' | '<' | '>' | '|' | '*' | '?' | ':'))
        .take(200)
        .collect();
    let cleaned = cleaned.trim().trim_matches('.').trim().to_string();
    if cleaned.is_empty() {
        "tai-lieu".into()
    } else {
        cleaned
    }
}

/// Control characters (Unicode Cc), formatting characters (Cf: bidirectional overrides and
/// isolates, zero-width characters, the BOM, tags) and separators other than the space.
fn is_hidden(c: char) -> bool {
    use unicode_properties::{GeneralCategory, UnicodeGeneralCategory as _};
    c.is_control()
        || matches!(
            c.general_category(),
            GeneralCategory::Format
                | GeneralCategory::LineSeparator
                | GeneralCategory::ParagraphSeparator
                | GeneralCategory::Unassigned
                | GeneralCategory::PrivateUse
                | GeneralCategory::Surrogate
        )
}

/// The name a download is given: the stored name with the extension of the type its content
/// was recognised as ("Giấy khai sinh.pdf" holding a JPEG is sent as "Giấy khai sinh.jpg").
pub fn download_name(name: &str, content_type: &str) -> String {
    let name = clean_name(name);
    let ext = extension(content_type);
    let stem = match name.rsplit_once('.') {
        Some((stem, old)) if !stem.is_empty() && old.len() <= 5 && !old.contains(' ') => stem,
        _ => name.as_str(),
    };
    format!("{stem}.{ext}")
}

/// The content type recorded for stored bytes.
pub async fn blob_type(db: &Db, sha256: &str) -> Result<Option<String>, AppError> {
    Ok(
        sqlx::query_scalar("SELECT content_type FROM blobs WHERE sha256 = $1")
            .bind(sha256)
            .fetch_optional(&db.pool)
            .await?,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn types_are_judged_by_content() {
        assert_eq!(sniff(b"%PDF-1.7\n%..."), Ok("application/pdf"));
        assert_eq!(
            sniff(&[0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, b'J', b'F', b'I', b'F']),
            Ok("image/jpeg")
        );
        assert_eq!(sniff(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"), Ok("image/png"));
        // A script renamed to .pdf, an executable, plain text: refused.
        assert_eq!(sniff(b"<script>alert(1)</script>"), Err(UploadError::Type));
        assert_eq!(sniff(b"MZ\x90\0\x03\0\0\0"), Err(UploadError::Type));
        assert_eq!(sniff(b""), Err(UploadError::Empty));
    }

    #[test]
    fn names_lose_folders_and_hidden_characters() {
        assert_eq!(
            clean_name("C:\\Users\\an\\Giấy khai sinh.pdf"),
            "Giấy khai sinh.pdf"
        );
        assert_eq!(clean_name("../../etc/passwd"), "passwd");
        assert_eq!(clean_name(""), "tai-lieu");
        assert_eq!(clean_name("hoadon\u{202E}fdp.exe"), "hoadonfdp.exe");
        assert_eq!(clean_name("a\u{200B}b\u{2066}c\u{FEFF}\u{0007}d"), "abcd");
        assert_eq!(clean_name("\u{202E}\u{200F}"), "tai-lieu");
        assert_eq!(clean_name("..."), "tai-lieu");
    }

    #[test]
    fn downloads_are_named_after_their_content() {
        assert_eq!(
            download_name("Giấy khai sinh.pdf", "image/jpeg"),
            "Giấy khai sinh.jpg"
        );
        assert_eq!(download_name("scan", "application/pdf"), "scan.pdf");
        assert_eq!(
            download_name("bao cao.v2.docx", "application/pdf"),
            "bao cao.v2.pdf"
        );
        assert_eq!(download_name("x\u{202E}gpj.exe", "image/png"), "xgpj.png");
        assert_eq!(
            download_name("Đơn đề nghị. Mẫu 01", "application/pdf"),
            "Đơn đề nghị. Mẫu 01.pdf"
        );
    }
}
