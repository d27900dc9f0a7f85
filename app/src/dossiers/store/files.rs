//! The citizen's document store ("Kho tài liệu"), the files of a dossier and its result files.

use super::*;

/// Why a dossier's files or the document store were left as they were.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FilesRefused {
    /// The dossier moved on (submitted, or its supplement sent) after the page was opened: its
    /// files are what the agency has, and they stay as they are.
    Closed,
    /// The owner's document store would grow beyond its limit.
    StoreFull,
}

/// A file to put into a component's slot.
#[derive(Debug, Clone, Copy)]
pub enum NewFile<'a> {
    /// Just uploaded: recorded, and kept in the owner's document store too.
    Upload { name: &'a str, stored: &'a Stored },
    /// Picked from the owner's document store.
    Kept { name: &'a str, sha256: &'a str },
}

/// Claims dossier `d` for a change of its files in `tx`, only while it is as the caller saw
/// it: the same status and, during a supplement, the same requested components. The claim is a
/// write, so a concurrent submission (or "Nộp bổ sung") and this change are ordered: whichever
/// commits second sees the other (PostgreSQL's row lock, SQLite's single writer). An upload
/// that began on a draft and ends after its submission is therefore refused, whole.
async fn claim_files(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    d: &DossierRow,
) -> Result<bool, AppError> {
    let done = sqlx::query(
        "UPDATE dossiers SET updated_at = $1 WHERE id = $2 AND status = $3 \
         AND supplement_components = $4",
    )
    .bind(now_epoch())
    .bind(d.id)
    .bind(d.status.as_str())
    .bind(serde_json::to_string(&d.supplement_components)?)
    .execute(&mut **tx)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Whether `owner`'s document store has room for `extra` more bytes. The store is claimed
/// first (a write on the owner's row of `document_store_claims`, held until `tx` ends), so
/// parallel uploads of one owner add up the store one after the other: on PostgreSQL each
/// statement of a transaction sees what committed before it, and the second upload's sum is
/// read once the first has committed or rolled back.
async fn store_has_room(
    svc: &Services,
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    owner_id: i64,
    extra: i64,
) -> Result<bool, AppError> {
    sqlx::query(
        "INSERT INTO document_store_claims (owner_id, claimed_at) VALUES ($1, $2) \
         ON CONFLICT (owner_id) DO UPDATE SET claimed_at = excluded.claimed_at",
    )
    .bind(owner_id)
    .bind(now_epoch())
    .execute(&mut **tx)
    .await?;
    let used: i64 = sqlx::query_scalar(
        "SELECT CAST(COALESCE(SUM(b.size), 0) AS BIGINT) FROM documents d \
         JOIN blobs b ON b.sha256 = d.sha256 WHERE d.owner_id = $1",
    )
    .bind(owner_id)
    .fetch_one(&mut **tx)
    .await?;
    Ok(extra <= 0 || used + extra <= svc.config.max_store_bytes)
}

async fn insert_document(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    owner_id: i64,
    name: &str,
    sha256: &str,
) -> Result<(), AppError> {
    let now = now_epoch();
    sqlx::query(
        "INSERT INTO documents (public_id, owner_id, name, sha256, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $5)",
    )
    .bind(&crypto::random_token()[..24])
    .bind(owner_id)
    .bind(name)
    .bind(sha256)
    .bind(now)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Puts a file into a component's slot of `d`, in one transaction that first checks the dossier
/// is still as the caller saw it ([`claim_files`]): a draft's earlier file is dropped; during a
/// supplement it is kept, marked replaced (the agency sees what changed). An upload is also
/// added to the owner's document store, within its size limit.
pub async fn put_file(
    svc: &Services,
    d: &DossierRow,
    component: i64,
    file: NewFile<'_>,
) -> Result<Result<(), FilesRefused>, AppError> {
    let mut tx = svc.db.begin().await?;
    if !claim_files(&mut tx, d).await? {
        tx.rollback().await?;
        return Ok(Err(FilesRefused::Closed));
    }
    let (name, sha256) = match file {
        NewFile::Upload { name, stored } => {
            if !store_has_room(svc, &mut tx, d.owner_id, stored.size).await? {
                tx.rollback().await?;
                return Ok(Err(FilesRefused::StoreFull));
            }
            record(&mut *tx, stored).await?;
            insert_document(&mut tx, d.owner_id, name, &stored.sha256).await?;
            (name, stored.sha256.as_str())
        }
        NewFile::Kept { name, sha256 } => (name, sha256),
    };
    let earlier = if d.status == Status::Draft {
        "DELETE FROM dossier_files WHERE dossier_id = $1 AND component_id = $2"
    } else {
        "UPDATE dossier_files SET replaced = 1 WHERE dossier_id = $1 AND component_id = $2"
    };
    sqlx::query(earlier)
        .bind(d.id)
        .bind(component)
        .execute(&mut *tx)
        .await?;
    sqlx::query(
        "INSERT INTO dossier_files (public_id, dossier_id, component_id, name, sha256, added_at, \
         for_supplement) VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(&crypto::random_token()[..24])
    .bind(d.id)
    .bind(component)
    .bind(name)
    .bind(sha256)
    .bind(now_epoch())
    .bind(i64::from(d.status == Status::SupplementRequested))
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(Ok(()))
}

/// Takes a file out of a draft (only while it is still a draft).
pub async fn remove_file(
    svc: &Services,
    d: &DossierRow,
    file_public_id: &str,
) -> Result<Result<(), FilesRefused>, AppError> {
    if d.status != Status::Draft {
        return Ok(Err(FilesRefused::Closed));
    }
    let mut tx = svc.db.begin().await?;
    if !claim_files(&mut tx, d).await? {
        tx.rollback().await?;
        return Ok(Err(FilesRefused::Closed));
    }
    sqlx::query("DELETE FROM dossier_files WHERE public_id = $1 AND dossier_id = $2")
        .bind(file_public_id)
        .bind(d.id)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(Ok(()))
}

/// A new document in `owner`'s store, within its size limit.
pub async fn add_document(
    svc: &Services,
    owner_id: i64,
    name: &str,
    stored: &Stored,
) -> Result<Result<(), FilesRefused>, AppError> {
    let mut tx = svc.db.begin().await?;
    if !store_has_room(svc, &mut tx, owner_id, stored.size).await? {
        tx.rollback().await?;
        return Ok(Err(FilesRefused::StoreFull));
    }
    record(&mut *tx, stored).await?;
    insert_document(&mut tx, owner_id, name, &stored.sha256).await?;
    tx.commit().await?;
    Ok(Ok(()))
}

/// New content for `owner`'s document `public_id` (same name), within the store's size limit;
/// `Ok(None)` when the document is not theirs.
pub async fn replace_document(
    svc: &Services,
    owner_id: i64,
    public_id: &str,
    stored: &Stored,
) -> Result<Option<Result<(), FilesRefused>>, AppError> {
    let mut tx = svc.db.begin().await?;
    let old: Option<(i64, i64)> = sqlx::query_as(
        "SELECT d.id, b.size FROM documents d JOIN blobs b ON b.sha256 = d.sha256 \
         WHERE d.public_id = $1 AND d.owner_id = $2",
    )
    .bind(public_id)
    .bind(owner_id)
    .fetch_optional(&mut *tx)
    .await?;
    let Some((doc_id, old_size)) = old else {
        tx.rollback().await?;
        return Ok(None);
    };
    if !store_has_room(svc, &mut tx, owner_id, stored.size - old_size).await? {
        tx.rollback().await?;
        return Ok(Some(Err(FilesRefused::StoreFull)));
    }
    record(&mut *tx, stored).await?;
    sqlx::query("UPDATE documents SET sha256 = $1, updated_at = $2 WHERE id = $3")
        .bind(&stored.sha256)
        .bind(now_epoch())
        .bind(doc_id)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(Some(Ok(())))
}

/// A current (not replaced) file of a dossier.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct FileRow {
    pub component_id: i64,
    pub public_id: String,
    pub name: String,
    pub size: i64,
    pub content_type: String,
}

/// The dossier's current files.
pub async fn current_files(db: &Db, dossier_id: i64) -> Result<Vec<FileRow>, AppError> {
    Ok(sqlx::query_as(
        "SELECT f.component_id, f.public_id, f.name, b.size, b.content_type FROM dossier_files f \
         JOIN blobs b ON b.sha256 = f.sha256 WHERE f.dossier_id = $1 AND f.replaced = 0",
    )
    .bind(dossier_id)
    .fetch_all(&db.pool)
    .await?)
}

/// A user's document store: (public id, name), latest first.
pub async fn document_names(db: &Db, owner_id: i64) -> Result<Vec<(String, String)>, AppError> {
    Ok(sqlx::query_as(
        "SELECT public_id, name FROM documents WHERE owner_id = $1 ORDER BY updated_at DESC",
    )
    .bind(owner_id)
    .fetch_all(&db.pool)
    .await?)
}

/// A stored document of `owner_id`: (name, sha256).
pub async fn owned_document(
    db: &Db,
    public_id: &str,
    owner_id: i64,
) -> Result<Option<(String, String)>, AppError> {
    Ok(
        sqlx::query_as("SELECT name, sha256 FROM documents WHERE public_id = $1 AND owner_id = $2")
            .bind(public_id)
            .bind(owner_id)
            .fetch_optional(&db.pool)
            .await?,
    )
}

/// The mandatory components of the dossier's procedure without a file: (id, name).
pub async fn missing_components(db: &Db, d: &DossierRow) -> Result<Vec<(i64, String)>, AppError> {
    Ok(sqlx::query_as(
        "SELECT c.id, c.name FROM procedure_components c WHERE c.procedure_id = $1 AND c.mandatory = 1 \
         AND NOT EXISTS (SELECT 1 FROM dossier_files f WHERE f.dossier_id = $2 \
         AND f.component_id = c.id AND f.replaced = 0) ORDER BY c.position",
    )
    .bind(d.procedure_id)
    .bind(d.id)
    .fetch_all(&db.pool)
    .await?)
}

/// The components given a file while the current supplement was prepared.
pub async fn supplement_files(db: &Db, dossier_id: i64) -> Result<Vec<i64>, AppError> {
    Ok(sqlx::query_scalar(
        "SELECT component_id FROM dossier_files WHERE dossier_id = $1 AND replaced = 0 AND for_supplement = 1",
    )
    .bind(dossier_id)
    .fetch_all(&db.pool)
    .await?)
}

/// A stored document in the owner's list.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct DocumentRow {
    pub public_id: String,
    pub name: String,
    pub size: i64,
    pub content_type: String,
    pub updated_at: i64,
}

/// The owner's document store, latest change first.
pub async fn list_documents(db: &Db, owner_id: i64) -> Result<Vec<DocumentRow>, AppError> {
    Ok(sqlx::query_as(
        "SELECT d.public_id, d.name, b.size, b.content_type, d.updated_at FROM documents d \
         JOIN blobs b ON b.sha256 = d.sha256 WHERE d.owner_id = $1 ORDER BY d.updated_at DESC, d.id DESC",
    )
    .bind(owner_id)
    .fetch_all(&db.pool)
    .await?)
}

/// Renames a document of `owner_id`; `false` when there is none of that id.
pub async fn rename_document(
    db: &Db,
    owner_id: i64,
    public_id: &str,
    name: &str,
) -> Result<bool, AppError> {
    let done = sqlx::query(
        "UPDATE documents SET name = $1, updated_at = $2 WHERE public_id = $3 AND owner_id = $4",
    )
    .bind(name)
    .bind(now_epoch())
    .bind(public_id)
    .bind(owner_id)
    .execute(&db.pool)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Deletes a document of `owner_id` from the store (the dossiers that use its file keep it);
/// `false` when there is none of that id.
pub async fn delete_document(db: &Db, owner_id: i64, public_id: &str) -> Result<bool, AppError> {
    let done = sqlx::query("DELETE FROM documents WHERE public_id = $1 AND owner_id = $2")
        .bind(public_id)
        .bind(owner_id)
        .execute(&db.pool)
        .await?;
    Ok(done.rows_affected() == 1)
}

/// A file of the dossier (current or replaced): (name, sha256).
pub async fn dossier_file(
    db: &Db,
    dossier_id: i64,
    file_public_id: &str,
) -> Result<Option<(String, String)>, AppError> {
    Ok(sqlx::query_as(
        "SELECT name, sha256 FROM dossier_files WHERE public_id = $1 AND dossier_id = $2",
    )
    .bind(file_public_id)
    .bind(dossier_id)
    .fetch_optional(&db.pool)
    .await?)
}

/// A result document.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ResultRow {
    pub public_id: String,
    pub name: String,
    pub size: i64,
    pub content_type: String,
    pub added_at: i64,
}

pub async fn results(db: &Db, dossier_id: i64) -> Result<Vec<ResultRow>, AppError> {
    Ok(sqlx::query_as(
        "SELECT r.public_id, r.name, b.size, b.content_type, r.added_at FROM result_files r \
         JOIN blobs b ON b.sha256 = r.sha256 WHERE r.dossier_id = $1 ORDER BY r.added_at, r.id",
    )
    .bind(dossier_id)
    .fetch_all(&db.pool)
    .await?)
}

/// A result document of the dossier: (name, sha256).
pub async fn result_file(
    db: &Db,
    dossier_id: i64,
    public_id: &str,
) -> Result<Option<(String, String)>, AppError> {
    Ok(sqlx::query_as(
        "SELECT name, sha256 FROM result_files WHERE public_id = $1 AND dossier_id = $2",
    )
    .bind(public_id)
    .bind(dossier_id)
    .fetch_optional(&db.pool)
    .await?)
}
