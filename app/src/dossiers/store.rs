//! Dossier storage and the rules that change a dossier (server side only): drafts, submission
//! with its code, every transition of the state machine with its timeline entry, due dates, and
//! the notifications a change sends — each in one transaction.

use super::{Applicant, Delivery};
use crate::{
    backend::{
        Db, Services, crypto, internal,
        messaging::outbox::{self, Channel},
        now_epoch,
        storage::{Stored, record},
    },
    error::AppError,
    format,
};
use domain::{
    Date,
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

/// Loads a dossier by its public id.
pub async fn load(db: &Db, public_id: &str) -> Result<Option<DossierRow>, AppError> {
    let row: Option<StoredRow> = sqlx::query_as(
        "SELECT id, public_id, code, procedure_id, agency_id, owner_id, applicant_name, status, \
         created_at, submitted_at, received_at, due_at, resolved_at, returned_at, paused_at, \
         applicant, delivery, draft_step, supplement_note, supplement_components, processing_days, \
         processing_unit FROM dossiers WHERE public_id = $1",
    )
    .bind(public_id)
    .fetch_optional(&db.pool)
    .await
    .map_err(internal)?;
    let Some(r) = row else { return Ok(None) };
    Ok(Some(DossierRow {
        status: Status::parse(&r.status)
            .ok_or_else(|| internal(format!("bad status {}", r.status)))?,
        applicant: serde_json::from_str(&r.applicant).unwrap_or_default(),
        delivery: serde_json::from_str(&r.delivery).unwrap_or_default(),
        supplement_components: serde_json::from_str(&r.supplement_components).unwrap_or_default(),
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
    .await
    .map_err(internal)?
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
    .bind(serde_json::to_string(applicant).map_err(internal)?)
    .bind(days)
    .bind(unit)
    .bind(serde_json::to_string(delivery).map_err(internal)?)
    .bind(max_drafts)
    .execute(&db.pool)
    .await
    .map_err(internal)?;
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
            .await
            .map_err(internal)?;
    Ok(done.rows_affected() == 1)
}

/// The working calendar: the holidays table's days off and extra working days.
pub async fn calendar(db: &Db) -> Result<WorkCalendar, AppError> {
    let rows: Vec<(String, String)> = sqlx::query_as("SELECT day, kind FROM holidays")
        .fetch_all(&db.pool)
        .await
        .map_err(internal)?;
    let mut off = Vec::new();
    let mut working = Vec::new();
    for (day, kind) in rows {
        if let Ok(d) = Date::parse_iso(&day) {
            if kind == "working" {
                working.push(d);
            } else {
                off.push(d);
            }
        }
    }
    Ok(WorkCalendar::new(off, working))
}

/// Fills in the public holidays of `years` that have none yet (computed from the lunar calendar
/// by [`domain::calendar::default_holidays`]); an administrator then edits them as data. A year
/// that already has days is left as it is, so edits are never overwritten.
pub async fn prefill_holidays(
    db: &Db,
    years: std::ops::RangeInclusive<i32>,
) -> Result<usize, AppError> {
    use domain::calendar::{Holiday, default_holidays};
    let mut added = 0;
    for year in years {
        let have: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM holidays WHERE day LIKE $1")
            .bind(format!("{year}-%"))
            .fetch_one(&db.pool)
            .await
            .map_err(internal)?;
        if have > 0 {
            continue;
        }
        for (day, why) in default_holidays(year) {
            let name = match why {
                Holiday::NewYear => "Tết Dương lịch",
                Holiday::Tet => "Tết Nguyên đán",
                Holiday::HungKings => "Giỗ Tổ Hùng Vương (10/3 âm lịch)",
                Holiday::ReunificationDay => "Ngày Chiến thắng (30/4)",
                Holiday::LabourDay => "Ngày Quốc tế Lao động (1/5)",
                Holiday::NationalDay => "Quốc khánh (2/9)",
                Holiday::Compensatory => "Nghỉ bù",
            };
            sqlx::query(
                "INSERT INTO holidays (day, name, kind) VALUES ($1, $2, 'off') ON CONFLICT (day) DO NOTHING",
            )
            .bind(day.iso())
            .bind(name)
            .execute(&db.pool)
            .await
            .map_err(internal)?;
            added += 1;
        }
    }
    Ok(added)
}

/// Records a timeline entry in `tx`.
// One argument per column of the entry (who, when, from, to, note).
#[allow(clippy::too_many_arguments)]
async fn event(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    dossier_id: i64,
    actor_id: Option<i64>,
    actor: Actor,
    action: Action,
    from: Status,
    to: Status,
    note: &str,
    at: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO dossier_events (dossier_id, actor_id, actor_kind, action, from_status, to_status, note, at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(dossier_id)
    .bind(actor_id)
    .bind(match actor {
        Actor::Citizen => "citizen",
        Actor::Officer => "officer",
        Actor::System => "system",
    })
    .bind(action.as_str())
    .bind(from.as_str())
    .bind(to.as_str())
    .bind(note)
    .bind(at)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// The next code of `agency_id` for `day` ("yymmdd"), in `tx`: the counter row is incremented
/// (or created) atomically, so concurrent submissions get consecutive, distinct numbers, and a
/// rolled-back submission gives its number back.
async fn next_sequence(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    agency_id: i64,
    day: &str,
) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "INSERT INTO dossier_sequences (agency_id, day, last) VALUES ($1, $2, 1) \
         ON CONFLICT (agency_id, day) DO UPDATE SET last = dossier_sequences.last + 1 RETURNING last",
    )
    .bind(agency_id)
    .bind(day)
    .fetch_one(&mut **tx)
    .await
}

/// What a change tells the citizen.
pub struct Notice {
    pub title: String,
    pub body: String,
    pub sms: String,
}

/// Queues the in-app notification, the SMS and (to a confirmed address) the e-mail of a change,
/// in `tx`.
async fn notify(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    user_id: i64,
    dossier_id: i64,
    notice: &Notice,
) -> Result<(), sqlx::Error> {
    let now = now_epoch();
    sqlx::query(
        "INSERT INTO notifications (user_id, dossier_id, title, body, created_at) VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(user_id)
    .bind(dossier_id)
    .bind(&notice.title)
    .bind(&notice.body)
    .bind(now)
    .execute(&mut **tx)
    .await?;
    let (phone, email, verified): (String, Option<String>, Option<i64>) =
        sqlx::query_as("SELECT phone, email, email_verified_at FROM users WHERE id = $1")
            .bind(user_id)
            .fetch_one(&mut **tx)
            .await?;
    outbox::enqueue(&mut **tx, Channel::Sms, &phone, "", &notice.sms).await?;
    if let (Some(email), Some(_)) = (email, verified) {
        outbox::enqueue(
            &mut **tx,
            Channel::Email,
            &email,
            &notice.title,
            &notice.body,
        )
        .await?;
    }
    Ok(())
}

/// Why a submission was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SubmitError {
    /// These mandatory components have no file.
    MissingComponents(Vec<String>),
    NotADraft,
}

/// Submits a draft: checks the mandatory components, gives it its code, records the event and
/// queues the notifications, all in one transaction. Returns the code.
pub async fn submit(
    svc: &Services,
    d: &DossierRow,
) -> Result<Result<String, SubmitError>, AppError> {
    let db = &svc.db;
    let now = now_epoch();
    let mut tx = db.begin().await.map_err(internal)?;
    // A write first: SQLite then holds the write lock for the whole transaction, so two
    // submissions never read the same sequence.
    let claimed =
        sqlx::query("UPDATE dossiers SET updated_at = $1 WHERE id = $2 AND status = 'draft'")
            .bind(now)
            .bind(d.id)
            .execute(&mut *tx)
            .await
            .map_err(internal)?;
    if claimed.rows_affected() != 1 {
        return Ok(Err(SubmitError::NotADraft));
    }
    let missing: Vec<String> = sqlx::query_scalar(
        "SELECT c.name FROM procedure_components c WHERE c.procedure_id = $1 AND c.mandatory = 1 \
         AND NOT EXISTS (SELECT 1 FROM dossier_files f WHERE f.dossier_id = $2 \
         AND f.component_id = c.id AND f.replaced = 0) ORDER BY c.position",
    )
    .bind(d.procedure_id)
    .bind(d.id)
    .fetch_all(&mut *tx)
    .await
    .map_err(internal)?;
    if !missing.is_empty() {
        return Ok(Err(SubmitError::MissingComponents(missing)));
    }
    let (unit_code, agency_name, procedure_name): (String, String, String) = sqlx::query_as(
        "SELECT a.unit_code, a.name, p.name FROM agencies a, procedures p WHERE a.id = $1 AND p.id = $2",
    )
    .bind(d.agency_id)
    .bind(d.procedure_id)
    .fetch_one(&mut *tx)
    .await
    .map_err(internal)?;
    let today = format::vn_date(now);
    let day = format!(
        "{:02}{:02}{:02}",
        today.year().rem_euclid(100),
        today.month(),
        today.day()
    );
    let seq = next_sequence(&mut tx, d.agency_id, &day)
        .await
        .map_err(internal)?;
    let code = DossierCode::new(&unit_code, today, u32::try_from(seq).unwrap_or(u32::MAX))
        .map_err(|e| internal(format!("dossier code: {e:?}")))?
        .as_str()
        .to_string();
    let to = transition(Status::Draft, Action::Submit, Actor::Citizen)
        .map_err(|e| internal(format!("{e:?}")))?;
    sqlx::query(
        "UPDATE dossiers SET status = $1, code = $2, submitted_at = $3, updated_at = $3, \
         applicant_name = $4 WHERE id = $5",
    )
    .bind(to.as_str())
    .bind(&code)
    .bind(now)
    .bind(&d.applicant.full_name)
    .bind(d.id)
    .execute(&mut *tx)
    .await
    .map_err(internal)?;
    event(
        &mut tx,
        d.id,
        Some(d.owner_id),
        Actor::Citizen,
        Action::Submit,
        Status::Draft,
        to,
        "",
        now,
    )
    .await
    .map_err(internal)?;
    let notice = Notice {
        title: format!("Đã nộp hồ sơ {code}"),
        body: format!(
            "Hồ sơ {code} ({procedure_name}) đã được gửi đến {agency_name} lúc {}. \
             Cơ quan sẽ kiểm tra và tiếp nhận hồ sơ; bạn sẽ nhận được thông báo khi có kết quả \
             tiếp nhận. Theo dõi hồ sơ tại mục Quản lý hồ sơ hoặc Tra cứu hồ sơ.",
            format::datetime(now)
        ),
        sms: format!(
            "Cổng Dịch vụ công: hồ sơ {code} đã được gửi đến {agency_name}. \
             Tra cứu tình trạng hồ sơ bằng mã này."
        ),
    };
    notify(&mut tx, d.owner_id, d.id, &notice)
        .await
        .map_err(internal)?;
    tx.commit().await.map_err(internal)?;
    svc.outbox.notify_one();
    Ok(Ok(code))
}

/// Applies `action` by `actor` (user `actor_id`) to dossier `d`: refuses illegal moves, sets the
/// dates the move implies (reception sets the due date; time in a status that stops the clock
/// moves the due date back), records the event and notifies the citizen. Returns the new status.
pub async fn apply(
    svc: &Services,
    d: &DossierRow,
    action: Action,
    actor: Actor,
    actor_id: Option<i64>,
    note: &str,
) -> Result<Result<Status, TransitionError>, AppError> {
    apply_with(svc, d, action, actor, actor_id, note, &[]).await
}

/// An officer asks for documents: the components to add or replace (their ids; none means any)
/// and a note saying why. The clock stops until the citizen sends them.
pub async fn request_supplement(
    svc: &Services,
    d: &DossierRow,
    officer_id: i64,
    components: &[i64],
    note: &str,
) -> Result<Result<Status, TransitionError>, AppError> {
    apply_with(
        svc,
        d,
        Action::RequestSupplement,
        Actor::Officer,
        Some(officer_id),
        note,
        components,
    )
    .await
}

async fn apply_with(
    svc: &Services,
    d: &DossierRow,
    action: Action,
    actor: Actor,
    actor_id: Option<i64>,
    note: &str,
    components: &[i64],
) -> Result<Result<Status, TransitionError>, AppError> {
    let to = match transition(d.status, action, actor) {
        Ok(to) => to,
        Err(e) => return Ok(Err(e)),
    };
    let now = now_epoch();
    let cal = calendar(&svc.db).await?;
    let mut due = d.due_at;
    let mut received = d.received_at;
    if action == Action::Receive {
        received = Some(now);
        due = Some(to_epoch(cal.due(
            to_local(now),
            d.processing_days,
            d.processing_unit == "calendar",
        )));
    }
    // Leaving a status that stopped the clock: the due date moves back by the office time lost.
    if d.status.stops_the_clock()
        && !to.stops_the_clock()
        && let (Some(paused), Some(current)) = (d.paused_at, due)
    {
        due = Some(to_epoch(cal.extend_for_pause(
            to_local(current),
            to_local(paused),
            to_local(now),
        )));
    }
    let paused_at = if to.stops_the_clock() {
        d.paused_at
            .filter(|_| d.status.stops_the_clock())
            .or(Some(now))
    } else {
        None
    };
    let mut tx = svc.db.begin().await.map_err(internal)?;
    // Only from the status read: a concurrent change makes this one fail instead of overwriting.
    let done = sqlx::query(
        "UPDATE dossiers SET status = $1, received_at = $2, due_at = $3, paused_at = $4, \
         resolved_at = CASE WHEN $1 = 'resolved' THEN $5 ELSE resolved_at END, \
         returned_at = CASE WHEN $1 = 'returned' THEN $5 ELSE returned_at END, \
         supplement_note = CASE WHEN $6 THEN $7 ELSE supplement_note END, \
         supplement_components = CASE WHEN $6 THEN $10 ELSE supplement_components END, updated_at = $5 \
         WHERE id = $8 AND status = $9",
    )
    .bind(to.as_str())
    .bind(received)
    .bind(due)
    .bind(paused_at)
    .bind(now)
    .bind(action == Action::RequestSupplement)
    .bind(note)
    .bind(d.id)
    .bind(d.status.as_str())
    .bind(serde_json::to_string(components).map_err(internal)?)
    .execute(&mut *tx)
    .await
    .map_err(internal)?;
    if done.rows_affected() != 1 {
        return Err(AppError::Conflict(
            "Hồ sơ vừa được cập nhật: vui lòng tải lại trang.".into(),
        ));
    }
    event(
        &mut tx, d.id, actor_id, actor, action, d.status, to, note, now,
    )
    .await
    .map_err(internal)?;
    if action == Action::Supplement {
        // The files sent with this supplement are the dossier's files from now on.
        sqlx::query("UPDATE dossier_files SET for_supplement = 0 WHERE dossier_id = $1")
            .bind(d.id)
            .execute(&mut *tx)
            .await
            .map_err(internal)?;
    }
    let code = d.code.clone().unwrap_or_default();
    let mut body = format!("Hồ sơ {code}: {}.", to.label_vi());
    if !note.is_empty() {
        body.push_str(&format!(" Ghi chú: {note}"));
    }
    let notice = Notice {
        title: format!("Hồ sơ {code}: {}", to.label_vi()),
        body,
        sms: format!(
            "Cổng Dịch vụ công: hồ sơ {code} chuyển sang trạng thái \"{}\".",
            to.label_vi()
        ),
    };
    notify(&mut tx, d.owner_id, d.id, &notice)
        .await
        .map_err(internal)?;
    tx.commit().await.map_err(internal)?;
    svc.outbox.notify_one();
    Ok(Ok(to))
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
    .bind(serde_json::to_string(applicant).map_err(internal)?)
    .bind(&applicant.full_name)
    .bind(serde_json::to_string(delivery).map_err(internal)?)
    .bind(step)
    .bind(now_epoch())
    .bind(d.id)
    .execute(&db.pool)
    .await
    .map_err(internal)?;
    Ok(())
}

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
    .bind(serde_json::to_string(&d.supplement_components).map_err(internal)?)
    .execute(&mut **tx)
    .await
    .map_err(internal)?;
    Ok(done.rows_affected() == 1)
}

/// Whether `owner`'s document store has room for `extra` more bytes.
async fn store_has_room(
    svc: &Services,
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    owner_id: i64,
    extra: i64,
) -> Result<bool, AppError> {
    let used: i64 = sqlx::query_scalar(
        "SELECT CAST(COALESCE(SUM(b.size), 0) AS BIGINT) FROM documents d \
         JOIN blobs b ON b.sha256 = d.sha256 WHERE d.owner_id = $1",
    )
    .bind(owner_id)
    .fetch_one(&mut **tx)
    .await
    .map_err(internal)?;
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
    .await
    .map_err(internal)?;
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
    let mut tx = svc.db.begin().await.map_err(internal)?;
    if !claim_files(&mut tx, d).await? {
        tx.rollback().await.map_err(internal)?;
        return Ok(Err(FilesRefused::Closed));
    }
    let (name, sha256) = match file {
        NewFile::Upload { name, stored } => {
            if !store_has_room(svc, &mut tx, d.owner_id, stored.size).await? {
                tx.rollback().await.map_err(internal)?;
                return Ok(Err(FilesRefused::StoreFull));
            }
            record(&mut *tx, stored).await.map_err(internal)?;
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
        .await
        .map_err(internal)?;
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
    .await
    .map_err(internal)?;
    tx.commit().await.map_err(internal)?;
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
    let mut tx = svc.db.begin().await.map_err(internal)?;
    if !claim_files(&mut tx, d).await? {
        tx.rollback().await.map_err(internal)?;
        return Ok(Err(FilesRefused::Closed));
    }
    sqlx::query("DELETE FROM dossier_files WHERE public_id = $1 AND dossier_id = $2")
        .bind(file_public_id)
        .bind(d.id)
        .execute(&mut *tx)
        .await
        .map_err(internal)?;
    tx.commit().await.map_err(internal)?;
    Ok(Ok(()))
}

/// A new document in `owner`'s store, within its size limit.
pub async fn add_document(
    svc: &Services,
    owner_id: i64,
    name: &str,
    stored: &Stored,
) -> Result<Result<(), FilesRefused>, AppError> {
    let mut tx = svc.db.begin().await.map_err(internal)?;
    if !store_has_room(svc, &mut tx, owner_id, stored.size).await? {
        tx.rollback().await.map_err(internal)?;
        return Ok(Err(FilesRefused::StoreFull));
    }
    record(&mut *tx, stored).await.map_err(internal)?;
    insert_document(&mut tx, owner_id, name, &stored.sha256).await?;
    tx.commit().await.map_err(internal)?;
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
    let mut tx = svc.db.begin().await.map_err(internal)?;
    let old: Option<(i64, i64)> = sqlx::query_as(
        "SELECT d.id, b.size FROM documents d JOIN blobs b ON b.sha256 = d.sha256 \
         WHERE d.public_id = $1 AND d.owner_id = $2",
    )
    .bind(public_id)
    .bind(owner_id)
    .fetch_optional(&mut *tx)
    .await
    .map_err(internal)?;
    let Some((doc_id, old_size)) = old else {
        tx.rollback().await.map_err(internal)?;
        return Ok(None);
    };
    if !store_has_room(svc, &mut tx, owner_id, stored.size - old_size).await? {
        tx.rollback().await.map_err(internal)?;
        return Ok(Some(Err(FilesRefused::StoreFull)));
    }
    record(&mut *tx, stored).await.map_err(internal)?;
    sqlx::query("UPDATE documents SET sha256 = $1, updated_at = $2 WHERE id = $3")
        .bind(&stored.sha256)
        .bind(now_epoch())
        .bind(doc_id)
        .execute(&mut *tx)
        .await
        .map_err(internal)?;
    tx.commit().await.map_err(internal)?;
    Ok(Some(Ok(())))
}
