//! The back office's reads and its own records (server side only): the queue and its counts,
//! what the officer's dossier page shows, apology letters and the audit log. The transitions
//! themselves, with what an action writes besides (a fee notice, result documents, the
//! hand-over), are [`crate::dossiers::store::act`].

#![allow(clippy::disallowed_methods)] // SQL lives here (clippy.toml)

use crate::{
    accounts::service::UserRow,
    backend::{Db, audit, crypto, now_epoch},
    dossiers::store::DossierRow,
    error::AppError,
};
use domain::dossier::{QueueTab, RUNNING, Status};

/// Rows of a queue page.
pub const PAGE_SIZE: i64 = 20;

/// How the queue is sorted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sort {
    /// Due date, earliest first (those without one last), then oldest submission.
    DueFirst,
    /// Due date, latest first.
    DueLast,
    /// Latest submission first.
    Newest,
}

/// The queue's filters, already parsed.
#[derive(Debug, Clone)]
pub struct QueueQuery {
    pub agency_id: i64,
    /// `None`: every tab (a search across the agency's dossiers).
    pub tab: Option<QueueTab>,
    /// An exact dossier code.
    pub code: Option<String>,
    /// An ID number (upper case) or part of the applicant's name (folded).
    pub text: Option<String>,
    pub procedure_id: Option<i64>,
    /// Submitted in `[from, to)` (epoch seconds).
    pub from: Option<i64>,
    pub to: Option<i64>,
    pub sort: Sort,
    /// 1-based.
    pub page: i64,
    pub now: i64,
    /// The end of the "due soon" window (two working days from now).
    pub soon_until: i64,
}

/// One row of the queue.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct QueueRow {
    pub public_id: String,
    pub code: Option<String>,
    pub applicant_name: String,
    pub procedure_name: String,
    pub status: String,
    pub submitted_at: Option<i64>,
    pub due_at: Option<i64>,
    pub resolved_at: Option<i64>,
}

/// `IN (…)` of stored status names: the names come from the enum, never from input.
fn status_list(statuses: &[Status]) -> String {
    statuses
        .iter()
        .map(|s| format!("'{}'", s.as_str()))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A value bound to a queue query's placeholder.
#[derive(Debug, Clone)]
enum Bind {
    Int(i64),
    Text(String),
}

/// The WHERE clause of a queue query with only the filters given (so that the planner uses the
/// code's unique index, or the agency/status/due index, for what was asked), and its values in
/// placeholder order.
fn queue_where(q: &QueueQuery) -> (String, Vec<Bind>) {
    let every: Vec<Status> = domain::dossier::ALL_STATUSES
        .into_iter()
        .filter(|s| *s != Status::Draft)
        .collect();
    let statuses = match q.tab {
        Some(t) => t.statuses(),
        None => &every[..],
    };
    let mut binds = vec![Bind::Int(q.agency_id)];
    let mut w = format!(
        "d.agency_id = $1 AND d.status IN ({})",
        status_list(statuses)
    );
    let mut add = |w: &mut String, clause: &str, values: Vec<Bind>| {
        let mut clause = clause.to_string();
        for v in values {
            binds.push(v);
            clause = clause.replacen('?', &format!("${}", binds.len()), 1);
        }
        w.push_str(&clause);
    };
    if let Some(code) = &q.code {
        add(&mut w, " AND d.code = ?", vec![Bind::Text(code.clone())]);
    }
    if let Some(text) = q.text.as_deref().filter(|t| !t.is_empty()) {
        let pattern = format!("%{}%", domain::fold(text).replace(['%', '_'], ""));
        add(
            &mut w,
            " AND (d.applicant_id = ? OR d.applicant_folded LIKE ?)",
            vec![Bind::Text(text.to_uppercase()), Bind::Text(pattern)],
        );
    }
    if let Some(procedure) = q.procedure_id {
        add(
            &mut w,
            " AND d.procedure_id = ?",
            vec![Bind::Int(procedure)],
        );
    }
    if let Some(from) = q.from {
        add(&mut w, " AND d.submitted_at >= ?", vec![Bind::Int(from)]);
    }
    if let Some(to) = q.to {
        add(&mut w, " AND d.submitted_at < ?", vec![Bind::Int(to)]);
    }
    match q.tab {
        Some(QueueTab::DueSoon) => add(
            &mut w,
            " AND d.due_at >= ? AND d.due_at < ?",
            vec![Bind::Int(q.now), Bind::Int(q.soon_until)],
        ),
        Some(QueueTab::Overdue) => add(&mut w, " AND d.due_at < ?", vec![Bind::Int(q.now)]),
        _ => {}
    }
    (w, binds)
}

/// Binds `values` in order.
macro_rules! bind_all {
    ($query:expr, $values:expr) => {{
        let mut query = $query;
        for v in $values {
            query = match v {
                Bind::Int(i) => query.bind(*i),
                Bind::Text(t) => query.bind(t.clone()),
            };
        }
        query
    }};
}

/// One page of the queue and the number of dossiers that match.
pub async fn queue(db: &Db, q: &QueueQuery) -> Result<(Vec<QueueRow>, i64), AppError> {
    let (w, binds) = queue_where(q);
    let order = match q.sort {
        // Dossiers not yet received have no due date: by submission, oldest first.
        Sort::DueFirst => {
            "CASE WHEN d.due_at IS NULL THEN 1 ELSE 0 END, d.due_at, d.submitted_at, d.id"
        }
        Sort::DueLast => {
            "CASE WHEN d.due_at IS NULL THEN 1 ELSE 0 END, d.due_at DESC, d.submitted_at DESC, d.id DESC"
        }
        Sort::Newest => "d.submitted_at DESC, d.id DESC",
    };
    let n = binds.len();
    let sql = format!(
        "SELECT d.public_id, d.code, d.applicant_name, p.name AS procedure_name, d.status, \
         d.submitted_at, d.due_at, d.resolved_at FROM dossiers d \
         JOIN procedures p ON p.id = d.procedure_id WHERE {w} ORDER BY {order} \
         LIMIT ${} OFFSET ${}",
        n + 1,
        n + 2
    );
    let rows: Vec<QueueRow> = bind_all!(sqlx::query_as(sqlx::AssertSqlSafe(sql)), &binds)
        .bind(PAGE_SIZE)
        .bind((q.page.max(1) - 1) * PAGE_SIZE)
        .fetch_all(&db.pool)
        .await?;
    let count_sql = format!("SELECT COUNT(*) FROM dossiers d WHERE {w}");
    let total: i64 = bind_all!(sqlx::query_scalar(sqlx::AssertSqlSafe(count_sql)), &binds)
        .fetch_one(&db.pool)
        .await?;
    Ok((rows, total))
}

/// How many dossiers each tab holds for `agency_id`.
pub async fn tab_counts(
    db: &Db,
    agency_id: i64,
    now: i64,
    soon_until: i64,
) -> Result<Vec<(QueueTab, i64)>, AppError> {
    let by_status: Vec<(String, i64)> = sqlx::query_as(
        "SELECT status, COUNT(*) FROM dossiers WHERE agency_id = $1 AND status <> 'draft' GROUP BY status",
    )
    .bind(agency_id)
    .fetch_all(&db.pool)
    .await?;
    let running = status_list(&RUNNING);
    let due_count = |from: i64, to: i64| {
        let sql = format!(
            "SELECT COUNT(*) FROM dossiers WHERE agency_id = $1 AND status IN ({running}) \
             AND due_at >= $2 AND due_at < $3"
        );
        async move {
            sqlx::query_scalar::<_, i64>(sqlx::AssertSqlSafe(sql.clone()))
                .bind(agency_id)
                .bind(from)
                .bind(to)
                .fetch_one(&db.pool)
                .await
        }
    };
    let soon = due_count(now, soon_until).await?;
    let overdue = due_count(i64::MIN / 2, now).await?;
    Ok(domain::dossier::ALL_TABS
        .into_iter()
        .map(|t| {
            let n = match t {
                QueueTab::DueSoon => soon,
                QueueTab::Overdue => overdue,
                _ => by_status
                    .iter()
                    .filter(|(s, _)| Status::parse(s).is_some_and(|s| t.statuses().contains(&s)))
                    .map(|(_, n)| n)
                    .sum(),
            };
            (t, n)
        })
        .collect())
}

/// The procedures an agency carries out: (id, name), for the queue's filter.
pub async fn agency_procedures(db: &Db, agency_id: i64) -> Result<Vec<(i64, String)>, AppError> {
    Ok(sqlx::query_as(
        "SELECT p.id, p.name FROM procedure_agencies pa JOIN procedures p ON p.id = pa.procedure_id \
         WHERE pa.agency_id = $1 ORDER BY p.name",
    )
    .bind(agency_id)
    .fetch_all(&db.pool)
    .await?)
}

/// A timeline entry with the name of who acted.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct EventRow {
    pub at: i64,
    pub action: String,
    pub to_status: String,
    pub actor_kind: String,
    pub actor_name: Option<String>,
    pub note: String,
}

pub async fn events(db: &Db, dossier_id: i64) -> Result<Vec<EventRow>, AppError> {
    Ok(sqlx::query_as(
        "SELECT e.at, e.action, e.to_status, e.actor_kind, u.full_name AS actor_name, e.note \
         FROM dossier_events e LEFT JOIN users u ON u.id = e.actor_id \
         WHERE e.dossier_id = $1 ORDER BY e.at, e.id",
    )
    .bind(dossier_id)
    .fetch_all(&db.pool)
    .await?)
}

/// Every file of a dossier, replaced ones included.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct FileRow {
    pub public_id: String,
    pub component_name: String,
    pub name: String,
    pub size: i64,
    pub content_type: String,
    pub replaced: i64,
    pub added_at: i64,
}

pub async fn files(db: &Db, dossier_id: i64) -> Result<Vec<FileRow>, AppError> {
    Ok(sqlx::query_as(
        "SELECT f.public_id, c.name AS component_name, f.name, b.size, b.content_type, f.replaced, f.added_at \
         FROM dossier_files f JOIN procedure_components c ON c.id = f.component_id \
         JOIN blobs b ON b.sha256 = f.sha256 WHERE f.dossier_id = $1 ORDER BY c.position, f.added_at",
    )
    .bind(dossier_id)
    .fetch_all(&db.pool)
    .await?)
}

/// A new random public id for a row.
pub fn new_public_id() -> String {
    crypto::random_token()[..24].to_string()
}

/// Appends an entry to the audit log: who (an officer or administrator), what, about which
/// dossier, from which address. Never updated or deleted.
pub async fn audit(
    db: &Db,
    user: &UserRow,
    action: &str,
    dossier_id: Option<i64>,
    ip: &str,
    detail: &str,
) -> Result<(), AppError> {
    audit::record_in(&db.pool, user.id, action, dossier_id, ip, detail).await?;
    Ok(())
}

/// Records an apology letter for a late dossier, its audit entry and the citizen's notice, in
/// one transaction. `false` when the dossier changed since the officer's page was read.
pub async fn add_apology(
    db: &Db,
    d: &DossierRow,
    officer_id: i64,
    reason: &str,
    new_due_day: domain::Date,
    ip: &str,
    notice: &crate::notifications::store::Notice,
) -> Result<String, AppError> {
    let now = now_epoch();
    let public_id = new_public_id();
    let mut tx = db.begin().await?;
    sqlx::query(
        "INSERT INTO apology_letters (public_id, dossier_id, reason, new_due_day, issued_by, issued_at) \
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(&public_id)
    .bind(d.id)
    .bind(reason)
    .bind(new_due_day.iso())
    .bind(officer_id)
    .bind(now)
    .execute(&mut *tx)
    .await?;
    audit::record_in(&mut *tx, officer_id, "dossier.apology", Some(d.id), ip, "").await?;
    crate::notifications::store::notify_in(&mut tx, d.owner_id, d.id, notice).await?;
    tx.commit().await?;
    Ok(public_id)
}
