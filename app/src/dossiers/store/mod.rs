//! Dossier storage (server side only): the `dossiers` table and its timeline, sequences,
//! documents and files; written only here. [`change`] holds the rules that change a dossier
//! (submission with its code, every transition of the state machine with its timeline entry, due
//! dates, the notifications a change sends — each in one transaction); [`files`] the citizen's
//! document store, the dossier's files and the results; [`given`] what the agency gave back (read
//! here for the dossier's page; the fee notices are the payments slice's, the apology letters the
//! office's). This file: loading, drafts and the reads of the pages.

#![allow(clippy::disallowed_methods)] // SQL lives here (clippy.toml)

use super::{Applicant, Delivery};
use crate::{
    backend::{
        Db, Services, audit, crypto, internal, json_column,
        messaging::templates,
        now_epoch,
        storage::{Stored, record},
    },
    error::AppError,
    format,
    notifications::{
        NoticeEvent, NoticeKind,
        store::{Notice, notify_in, notify_office_in},
    },
};
mod change;
mod files;
mod given;

pub use change::*;
pub use files::*;
pub use given::*;

use domain::{
    calendar::{WorkCalendar, to_epoch, to_local},
    dossier::{Action, Actor, DossierCode, Status, TransitionError, transition},
};

/// A dossier row, as the rules need it.
#[derive(Debug, Clone)]
pub struct DossierRow {
    pub id: i64,
    pub public_id: String,
    pub code: Option<String>,
    pub procedure_id: i64,
    pub agency_id: i64,
    pub owner_id: i64,
    pub applicant_name: String,
    pub status: Status,
    pub created_at: i64,
    pub submitted_at: Option<i64>,
    pub received_at: Option<i64>,
    pub due_at: Option<i64>,
    pub resolved_at: Option<i64>,
    pub returned_at: Option<i64>,
    pub paused_at: Option<i64>,
    pub applicant: Applicant,
    pub delivery: Delivery,
    pub draft_step: String,
    pub supplement_note: String,
    pub supplement_components: Vec<i64>,
    pub processing_days: i64,
    pub processing_unit: String,
}

/// The `dossiers` columns of a [`DossierRow`], as stored.
#[derive(sqlx::FromRow)]
struct StoredRow {
    id: i64,
    public_id: String,
    code: Option<String>,
    procedure_id: i64,
    agency_id: i64,
    owner_id: i64,
    applicant_name: String,
    status: String,
    created_at: i64,
    submitted_at: Option<i64>,
    received_at: Option<i64>,
    due_at: Option<i64>,
    resolved_at: Option<i64>,
    returned_at: Option<i64>,
    paused_at: Option<i64>,
    applicant: String,
    delivery: String,
    draft_step: String,
    supplement_note: String,
    supplement_components: String,
    processing_days: i64,
    processing_unit: String,
}

/// A status as stored, read once: an unknown name is a damaged row (an internal error with a
/// reference), never a guess.
pub fn stored_status(s: &str) -> Result<Status, AppError> {
    Status::parse(s).ok_or_else(|| internal(format!("unknown dossier status {s:?}")))
}

/// Loads a dossier by its public id.
pub async fn load(db: &Db, public_id: &str) -> Result<Option<DossierRow>, AppError> {
    load_with(&db.pool, public_id).await
}

/// [`load`] through any connection (a transaction's, for one).
pub async fn load_with<'e>(
    exec: impl sqlx::Executor<'e, Database = sqlx::Any>,
    public_id: &str,
) -> Result<Option<DossierRow>, AppError> {
    let row: Option<StoredRow> = sqlx::query_as(
        "SELECT id, public_id, code, procedure_id, agency_id, owner_id, applicant_name, status, \
         created_at, submitted_at, received_at, due_at, resolved_at, returned_at, paused_at, \
         applicant, delivery, draft_step, supplement_note, supplement_components, processing_days, \
         processing_unit FROM dossiers WHERE public_id = $1",
    )
    .bind(public_id)
    .fetch_optional(exec)
    .await?;
    let Some(r) = row else { return Ok(None) };
    Ok(Some(DossierRow {
        status: stored_status(&r.status)?,
        applicant: json_column("dossiers.applicant", &r.applicant)?,
        delivery: json_column("dossiers.delivery", &r.delivery)?,
        supplement_components: json_column(
            "dossiers.supplement_components",
            &r.supplement_components,
        )?,
        id: r.id,
        public_id: r.public_id,
        code: r.code,
        procedure_id: r.procedure_id,
        agency_id: r.agency_id,
        owner_id: r.owner_id,
        applicant_name: r.applicant_name,
        created_at: r.created_at,
        submitted_at: r.submitted_at,
        received_at: r.received_at,
        due_at: r.due_at,
        resolved_at: r.resolved_at,
        returned_at: r.returned_at,
        paused_at: r.paused_at,
        draft_step: r.draft_step,
        supplement_note: r.supplement_note,
        processing_days: r.processing_days,
        processing_unit: r.processing_unit,
    }))
}

/// The dossier `public_id` if `user_id` owns it; `NotFound` otherwise (never telling whether it
/// exists).
pub async fn load_owned(db: &Db, public_id: &str, user_id: i64) -> Result<DossierRow, AppError> {
    load(db, public_id)
        .await?
        .filter(|d| d.owner_id == user_id)
        .ok_or(AppError::NotFound)
}

/// Too many drafts: the owner must submit or delete some first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TooManyDrafts;

/// Creates a draft of `procedure_id` for `owner`, at the first agency that carries it out,
/// unless the owner already keeps `max_drafts` drafts (counted in the same statement).
pub async fn create_draft(
    db: &Db,
    owner_id: i64,
    procedure_id: i64,
    applicant: &Applicant,
    delivery: &Delivery,
    max_drafts: i64,
) -> Result<Result<String, TooManyDrafts>, AppError> {
    let now = now_epoch();
    let public_id = crypto::random_token()[..24].to_string();
    let (agency_id, days, unit): (i64, i64, String) = sqlx::query_as(
        "SELECT MIN(pa.agency_id), p.processing_days, p.processing_unit FROM procedures p \
         JOIN procedure_agencies pa ON pa.procedure_id = p.id WHERE p.id = $1 \
         GROUP BY p.processing_days, p.processing_unit",
    )
    .bind(procedure_id)
    .fetch_optional(&db.pool)
    .await?
    .ok_or(AppError::NotFound)?;
    let done = sqlx::query(
        "INSERT INTO dossiers (public_id, procedure_id, agency_id, owner_id, applicant_name, status, \
         created_at, updated_at, applicant, processing_days, processing_unit, draft_step, delivery) \
         SELECT $1, $2, $3, $4, $5, 'draft', $6, $6, $7, $8, $9, 'agency', $10 \
         WHERE (SELECT COUNT(*) FROM dossiers WHERE owner_id = $4 AND status = 'draft') < $11",
    )
    .bind(&public_id)
    .bind(procedure_id)
    .bind(agency_id)
    .bind(owner_id)
    .bind(&applicant.full_name)
    .bind(now)
    .bind(serde_json::to_string(applicant)?)
    .bind(days)
    .bind(unit)
    .bind(serde_json::to_string(delivery)?)
    .bind(max_drafts)
    .execute(&db.pool)
    .await?;
    if done.rows_affected() == 0 {
        return Ok(Err(TooManyDrafts));
    }
    Ok(Ok(public_id))
}

/// Deletes a draft of `owner` (its files go with it; the document store keeps its copies).
/// `false` when it is not a draft of theirs (any more).
pub async fn delete_draft(db: &Db, d: &DossierRow) -> Result<bool, AppError> {
    let done =
        sqlx::query("DELETE FROM dossiers WHERE id = $1 AND owner_id = $2 AND status = 'draft'")
            .bind(d.id)
            .bind(d.owner_id)
            .execute(&db.pool)
            .await?;
    Ok(done.rows_affected() == 1)
}

/// Saves the draft's fields that a step changed (JSON text columns and the step reached).
pub async fn save_draft(
    db: &Db,
    d: &DossierRow,
    agency_id: Option<i64>,
    applicant: Option<&Applicant>,
    delivery: Option<&Delivery>,
    step: &str,
) -> Result<(), AppError> {
    let applicant = applicant.unwrap_or(&d.applicant);
    let delivery = delivery.unwrap_or(&d.delivery);
    sqlx::query(
        "UPDATE dossiers SET agency_id = $1, applicant = $2, applicant_name = $3, delivery = $4, \
         draft_step = $5, updated_at = $6 WHERE id = $7 AND status = 'draft'",
    )
    .bind(agency_id.unwrap_or(d.agency_id))
    .bind(serde_json::to_string(applicant)?)
    .bind(&applicant.full_name)
    .bind(serde_json::to_string(delivery)?)
    .bind(step)
    .bind(now_epoch())
    .bind(d.id)
    .execute(&db.pool)
    .await?;
    Ok(())
}

/// The postal address of a profile: (province code, commune code, street).
pub async fn profile_postal(
    db: &Db,
    user_id: i64,
) -> Result<(Option<String>, Option<String>, Option<String>), AppError> {
    let row: Option<(Option<String>, Option<String>, Option<String>)> = sqlx::query_as(
        "SELECT postal_province, postal_commune, postal_street FROM profiles WHERE user_id = $1",
    )
    .bind(user_id)
    .fetch_optional(&db.pool)
    .await?;
    Ok(row.unwrap_or_default())
}

/// The residence of a profile in words: street, commune and province names, the empty ones left
/// out.
pub async fn profile_address(db: &Db, user_id: i64) -> Result<String, AppError> {
    let row: Option<(Option<String>, Option<String>, Option<String>)> = sqlx::query_as(
        "SELECT residence_street, c.name, p.name FROM profiles pr \
         LEFT JOIN communes c ON c.code = pr.residence_commune \
         LEFT JOIN provinces p ON p.code = pr.residence_province WHERE pr.user_id = $1",
    )
    .bind(user_id)
    .fetch_optional(&db.pool)
    .await?;
    Ok(row
        .map(|(street, commune, province)| {
            [street, commune, province]
                .into_iter()
                .flatten()
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join(", ")
        })
        .unwrap_or_default())
}

/// A timeline entry as stored.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct EventRow {
    pub at: i64,
    pub to_status: String,
    pub actor_kind: String,
    pub note: String,
}

/// The dossier's timeline, oldest first.
pub async fn events(db: &Db, dossier_id: i64) -> Result<Vec<EventRow>, AppError> {
    Ok(sqlx::query_as(
        "SELECT at, to_status, actor_kind, note FROM dossier_events WHERE dossier_id = $1 ORDER BY at, id",
    )
    .bind(dossier_id)
    .fetch_all(&db.pool)
    .await?)
}

/// A dossier in its owner's list.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct OwnedSummaryRow {
    pub public_id: String,
    pub code: Option<String>,
    pub procedure_name: String,
    pub agency_name: String,
    pub status: String,
    pub updated_at: i64,
    pub due_at: Option<i64>,
    pub resolved_at: Option<i64>,
    pub draft_step: String,
}

/// The dossiers of `owner_id`, latest change first, in one status or all.
pub async fn list_owned(
    db: &Db,
    owner_id: i64,
    status: Option<Status>,
) -> Result<Vec<OwnedSummaryRow>, AppError> {
    Ok(sqlx::query_as(
        "SELECT d.public_id, d.code, p.name AS procedure_name, a.name AS agency_name, d.status, \
         d.updated_at, d.due_at, d.resolved_at, d.draft_step \
         FROM dossiers d JOIN procedures p ON p.id = d.procedure_id JOIN agencies a ON a.id = d.agency_id \
         WHERE d.owner_id = $1 AND ($2 = '' OR d.status = $2) ORDER BY d.updated_at DESC, d.id DESC",
    )
    .bind(owner_id)
    .bind(status.map(|s| s.as_str()).unwrap_or(""))
    .fetch_all(&db.pool)
    .await?)
}

/// The year's figures of the home page: received, resolved, resolved on time, and the ten
/// latest resolved dossiers (applicant name, code, procedure).
pub struct YearFigures {
    pub received: i64,
    pub resolved: i64,
    pub on_time: i64,
    pub recent: Vec<(String, Option<String>, String)>,
}

/// The figures of the dossiers received and resolved in `[from, to)` (epoch seconds).
pub async fn year_figures(db: &Db, from: i64, to: i64) -> Result<YearFigures, AppError> {
    let received: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM dossiers WHERE received_at >= $1 AND received_at < $2",
    )
    .bind(from)
    .bind(to)
    .fetch_one(&db.pool)
    .await?;
    let (resolved, on_time): (i64, i64) = sqlx::query_as(
        "SELECT COUNT(*), COALESCE(SUM(CASE WHEN due_at IS NULL OR resolved_at <= due_at THEN 1 ELSE 0 END), 0) \
         FROM dossiers WHERE resolved_at >= $1 AND resolved_at < $2",
    )
    .bind(from)
    .bind(to)
    .fetch_one(&db.pool)
    .await?;
    let recent = sqlx::query_as(
        "SELECT d.applicant_name, d.code, p.name FROM dossiers d JOIN procedures p ON p.id = d.procedure_id \
         WHERE d.resolved_at IS NOT NULL AND d.code IS NOT NULL ORDER BY d.resolved_at DESC, d.id DESC LIMIT 10",
    )
    .fetch_all(&db.pool)
    .await?;
    Ok(YearFigures {
        received,
        resolved,
        on_time,
        recent,
    })
}

/// What public tracking shows of a dossier found by its code.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct TrackRow {
    pub id: i64,
    pub public_id: String,
    pub status: String,
    pub procedure: String,
    pub agency: String,
    pub address: String,
    pub applicant_name: String,
    pub submitted_at: Option<i64>,
    pub received_at: Option<i64>,
    pub due_at: Option<i64>,
    pub resolved_at: Option<i64>,
    pub owner_id: i64,
}

/// A dossier by its code, for public tracking.
pub async fn track(db: &Db, code: &str) -> Result<Option<TrackRow>, AppError> {
    Ok(sqlx::query_as(
        "SELECT d.id, d.public_id, d.status, p.name AS procedure, a.name AS agency, a.address, d.applicant_name, \
         d.submitted_at, d.received_at, d.due_at, d.resolved_at, d.owner_id FROM dossiers d \
         JOIN procedures p ON p.id = d.procedure_id JOIN agencies a ON a.id = d.agency_id \
         WHERE d.code = $1",
    )
    .bind(code)
    .fetch_optional(&db.pool)
    .await?)
}

/// What the receipt prints: the procedure's name, the agency's name and address, and the
/// current files as (component name, file name).
pub struct ReceiptData {
    pub procedure: String,
    pub agency: String,
    pub address: String,
    pub files: Vec<(String, String)>,
}

pub async fn receipt_data(db: &Db, d: &DossierRow) -> Result<ReceiptData, AppError> {
    let (procedure, agency, address): (String, String, String) = sqlx::query_as(
        "SELECT p.name, a.name, a.address FROM procedures p, agencies a WHERE p.id = $1 AND a.id = $2",
    )
    .bind(d.procedure_id)
    .bind(d.agency_id)
    .fetch_one(&db.pool)
    .await?;
    let files = sqlx::query_as(
        "SELECT c.name, f.name FROM dossier_files f JOIN procedure_components c ON c.id = f.component_id \
         WHERE f.dossier_id = $1 AND f.replaced = 0 ORDER BY c.position",
    )
    .bind(d.id)
    .fetch_all(&db.pool)
    .await?;
    Ok(ReceiptData {
        procedure,
        agency,
        address,
        files,
    })
}

/// The dossier's version as stored now (one more at every change of status).
pub async fn version(db: &Db, dossier_id: i64) -> Result<i64, AppError> {
    Ok(
        sqlx::query_scalar("SELECT version FROM dossiers WHERE id = $1")
            .bind(dossier_id)
            .fetch_one(&db.pool)
            .await?,
    )
}

/// How the result was handed over (None: not yet, stored as ""), and the postal tracking
/// number. An unknown stored method is an internal error.
pub async fn handover(
    db: &Db,
    dossier_id: i64,
) -> Result<(Option<domain::delivery::HandOverMethod>, String), AppError> {
    let (method, tracking): (String, String) =
        sqlx::query_as("SELECT handover_method, handover_tracking FROM dossiers WHERE id = $1")
            .bind(dossier_id)
            .fetch_one(&db.pool)
            .await?;
    let method = match method.as_str() {
        "" => None,
        m => Some(
            domain::delivery::HandOverMethod::parse(m)
                .ok_or_else(|| internal(format!("unknown hand-over method {m:?}")))?,
        ),
    };
    Ok((method, tracking))
}

/// How many dossiers `owner_id` has.
pub async fn count_owned(db: &Db, owner_id: i64) -> Result<i64, AppError> {
    Ok(
        sqlx::query_scalar("SELECT COUNT(*) FROM dossiers WHERE owner_id = $1")
            .bind(owner_id)
            .fetch_one(&db.pool)
            .await?,
    )
}

/// The demo data only: sets a received dossier's due date (and its reception a day before), so
/// that the queue's "due soon" and "overdue" tabs have dossiers without waiting for them.
pub async fn set_due_for_demo(db: &Db, public_id: &str, due: i64) -> Result<(), AppError> {
    sqlx::query("UPDATE dossiers SET due_at = $1, received_at = $2 WHERE public_id = $3")
        .bind(due)
        .bind(due - 86_400)
        .bind(public_id)
        .execute(&db.pool)
        .await?;
    Ok(())
}

/// Sends a draft to another receiving agency.
pub async fn set_draft_agency(db: &Db, public_id: &str, agency_id: i64) -> Result<(), AppError> {
    sqlx::query("UPDATE dossiers SET agency_id = $1 WHERE public_id = $2 AND status = 'draft'")
        .bind(agency_id)
        .bind(public_id)
        .execute(&db.pool)
        .await?;
    Ok(())
}
