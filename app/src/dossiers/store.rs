//! Dossier storage and the rules that change a dossier (server side only): drafts, submission
//! with its code, every transition of the state machine with its timeline entry, due dates, and
//! the notifications a change sends — each in one transaction.

#![allow(clippy::disallowed_methods)] // SQL lives here (clippy.toml)

use super::{Applicant, Delivery};
use crate::{
    backend::{
        Db, Services, audit, crypto, internal,
        messaging::{
            outbox::{self, Channel},
            templates::{self, DossierText, Lang},
        },
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

/// The working calendar: the holidays table's days off and extra working days.
pub async fn calendar(db: &Db) -> Result<WorkCalendar, AppError> {
    let rows: Vec<(String, String)> = sqlx::query_as("SELECT day, kind FROM holidays")
        .fetch_all(&db.pool)
        .await?;
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
            .await?;
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
            .await?;
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

/// What a change tells the citizen, in both languages (the citizen's own is sent).
pub struct Notice {
    pub vi: DossierText,
    pub en: DossierText,
}

impl Notice {
    /// The notice made by `text` in each language.
    pub fn new(text: impl Fn(Lang) -> DossierText) -> Notice {
        Notice {
            vi: text(Lang::Vi),
            en: text(Lang::En),
        }
    }
}

/// Queues the in-app notification, the SMS and (to a confirmed address) the e-mail of a change,
/// in the citizen's language, in `tx`.
pub async fn notify_in(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    user_id: i64,
    dossier_id: i64,
    notice: &Notice,
) -> Result<(), sqlx::Error> {
    let now = now_epoch();
    let (phone, email, verified, language): (String, Option<String>, Option<i64>, String) =
        sqlx::query_as("SELECT phone, email, email_verified_at, language FROM users WHERE id = $1")
            .bind(user_id)
            .fetch_one(&mut **tx)
            .await?;
    let text = match Lang::parse(&language) {
        Lang::Vi => &notice.vi,
        Lang::En => &notice.en,
    };
    sqlx::query(
        "INSERT INTO notifications (user_id, dossier_id, title, body, created_at) VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(user_id)
    .bind(dossier_id)
    .bind(&text.title)
    .bind(&text.body)
    .bind(now)
    .execute(&mut **tx)
    .await?;
    outbox::enqueue(&mut **tx, Channel::Sms, &phone, "", &text.sms).await?;
    if let (Some(email), Some(_)) = (email, verified) {
        outbox::enqueue(&mut **tx, Channel::Email, &email, &text.title, &text.body).await?;
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
    let mut tx = db.begin().await?;
    // A write first: SQLite then holds the write lock for the whole transaction, so two
    // submissions never read the same sequence.
    let claimed =
        sqlx::query("UPDATE dossiers SET updated_at = $1 WHERE id = $2 AND status = 'draft'")
            .bind(now)
            .bind(d.id)
            .execute(&mut *tx)
            .await?;
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
    .await?;
    if !missing.is_empty() {
        return Ok(Err(SubmitError::MissingComponents(missing)));
    }
    let (unit_code, agency_name, procedure_name): (String, String, String) = sqlx::query_as(
        "SELECT a.unit_code, a.name, p.name FROM agencies a, procedures p WHERE a.id = $1 AND p.id = $2",
    )
    .bind(d.agency_id)
    .bind(d.procedure_id)
    .fetch_one(&mut *tx)
    .await?;
    let today = format::vn_date(now);
    let day = format!(
        "{:02}{:02}{:02}",
        today.year().rem_euclid(100),
        today.month(),
        today.day()
    );
    let seq = next_sequence(&mut tx, d.agency_id, &day).await?;
    let code = DossierCode::new(&unit_code, today, u32::try_from(seq).unwrap_or(u32::MAX))
        .map_err(|e| internal(format!("dossier code: {e:?}")))?
        .as_str()
        .to_string();
    let to = transition(Status::Draft, Action::Submit, Actor::Citizen)
        .map_err(|e| internal(format!("{e:?}")))?;
    sqlx::query(
        "UPDATE dossiers SET status = $1, code = $2, submitted_at = $3, updated_at = $3, \
         applicant_name = $4, applicant_id = $6, applicant_folded = $7 WHERE id = $5",
    )
    .bind(to.as_str())
    .bind(&code)
    .bind(now)
    .bind(&d.applicant.full_name)
    .bind(d.id)
    .bind(d.applicant.id_number.trim().to_uppercase())
    .bind(domain::fold(&d.applicant.full_name))
    .execute(&mut *tx)
    .await?;
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
    .await?;
    let when = format::datetime(now);
    let notice = Notice::new(|lang| {
        templates::dossier_submitted(lang, &code, &procedure_name, &agency_name, &when)
    });
    notify_in(&mut tx, d.owner_id, d.id, &notice).await?;
    tx.commit().await?;
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
    act(
        svc,
        d,
        Change {
            action,
            actor,
            actor_id,
            note,
            ..Change::default()
        },
    )
    .await
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
    act(
        svc,
        d,
        Change {
            action: Action::RequestSupplement,
            actor: Actor::Officer,
            actor_id: Some(officer_id),
            note,
            components,
            ..Change::default()
        },
    )
    .await
}

/// What an action writes besides the transition, in the same transaction.
#[derive(Debug, Clone, Default)]
pub enum Extra {
    #[default]
    None,
    /// A fee notice: items (name, amount in VND) and their total.
    FeeNotice {
        items: Vec<(String, i64)>,
        total: i64,
        /// Where the citizen pays it online (in the notice they are sent).
        pay_url: String,
    },
    /// The open fee notice was paid at the counter.
    CounterPayment { note: String },
    /// The open fee notice is withdrawn.
    CancelFee,
    /// The hand-over: "in_person" or "post", and the postal tracking number.
    HandOver { method: String, tracking: String },
    /// Result documents whose bytes are stored: (name, what was stored).
    Results(Vec<(String, Stored)>),
}

/// One change of a dossier's status.
#[derive(Debug, Clone)]
pub struct Change<'a> {
    pub action: Action,
    pub actor: Actor,
    pub actor_id: Option<i64>,
    pub note: &'a str,
    /// The components a supplement request names.
    pub components: &'a [i64],
    /// The dossier's version as the actor saw it: a change made since then by someone else
    /// refuses this one (`None`: no such check beyond the status).
    pub seen: Option<i64>,
    pub extra: Extra,
    /// The actor's address: an officer's change goes into the audit log with it.
    pub ip: &'a str,
}

impl Default for Change<'_> {
    fn default() -> Self {
        Change {
            action: Action::Submit,
            actor: Actor::Citizen,
            actor_id: None,
            note: "",
            components: &[],
            seen: None,
            extra: Extra::None,
            ip: "",
        }
    }
}

/// The text an action's notice carries.
fn change_notice(d: &DossierRow, to: Status, c: &Change<'_>, due: Option<i64>) -> Notice {
    let facts = templates::ChangeFacts {
        code: d.code.clone().unwrap_or_default(),
        status_vi: to.label_vi().to_string(),
        status_en: to.label_en().to_string(),
        note: c.note.to_string(),
        due: matches!(c.action, Action::Receive | Action::Resume)
            .then(|| due.map(format::datetime))
            .flatten(),
        fee_total: match &c.extra {
            Extra::FeeNotice { total, .. } => Some(crate::catalog::format_vnd(*total)),
            _ => None,
        },
        pay_url: match &c.extra {
            Extra::FeeNotice { pay_url, .. } => Some(pay_url.clone()),
            _ => None,
        },
        handover: match &c.extra {
            Extra::HandOver { method, tracking } if method == "post" => {
                Some(format!("Bưu điện / Post, {tracking}"))
            }
            Extra::HandOver { .. } => Some("Trực tiếp / In person".to_string()),
            _ => None,
        },
    };
    Notice::new(|lang| templates::dossier_changed(lang, &facts))
}

/// Applies a change: see [`apply`]. An officer's change also writes its extra (fee notice,
/// result documents, hand-over) and its audit entry, all in one transaction. A change made
/// meanwhile by someone else refuses this one with [`AppError::Conflict`].
pub async fn act(
    svc: &Services,
    d: &DossierRow,
    c: Change<'_>,
) -> Result<Result<Status, TransitionError>, AppError> {
    let cal = calendar(&svc.db).await?;
    let mut tx = svc.db.begin().await?;
    let done = act_in(&mut tx, &cal, d, c).await?;
    if done.is_ok() {
        tx.commit().await?;
        svc.outbox.notify_one();
    }
    Ok(done)
}

/// [`act`] inside the caller's transaction (which commits, and wakes the outbox): a gateway's
/// confirmed payment moves the dossier in the transaction that settles the payment.
pub async fn act_in(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    cal: &WorkCalendar,
    d: &DossierRow,
    c: Change<'_>,
) -> Result<Result<Status, TransitionError>, AppError> {
    let Change {
        action,
        actor,
        actor_id,
        note,
        components,
        seen,
        ..
    } = c.clone();
    let to = match transition(d.status, action, actor) {
        Ok(to) => to,
        Err(e) => return Ok(Err(e)),
    };
    let now = now_epoch();
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
    // Only from the status read (and the version seen): a concurrent change makes this one
    // fail instead of overwriting it.
    let done = sqlx::query(
        "UPDATE dossiers SET status = $1, received_at = $2, due_at = $3, paused_at = $4, \
         resolved_at = CASE WHEN $1 = 'resolved' THEN $5 ELSE resolved_at END, \
         returned_at = CASE WHEN $1 = 'returned' THEN $5 ELSE returned_at END, \
         supplement_note = CASE WHEN $6 THEN $7 ELSE supplement_note END, \
         supplement_components = CASE WHEN $6 THEN $10 ELSE supplement_components END, updated_at = $5, \
         version = version + 1 WHERE id = $8 AND status = $9 AND ($11 < 0 OR version = $11)",
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
    .bind(serde_json::to_string(components)?)
    .bind(seen.unwrap_or(-1))
    .execute(&mut **tx)
    .await?;
    if done.rows_affected() != 1 {
        return Err(AppError::Conflict(STALE.into()));
    }
    event(tx, d.id, actor_id, actor, action, d.status, to, note, now).await?;
    if action == Action::Supplement {
        // The files sent with this supplement are the dossier's files from now on.
        sqlx::query("UPDATE dossier_files SET for_supplement = 0 WHERE dossier_id = $1")
            .bind(d.id)
            .execute(&mut **tx)
            .await?;
    }
    if let (Actor::Officer, Some(officer)) = (actor, actor_id) {
        write_extra(tx, d, officer, &c.extra, now).await?;
        audit::record_in(
            &mut **tx,
            officer,
            &format!("dossier.{}", action.as_str()),
            Some(d.id),
            c.ip,
            note,
        )
        .await?;
    }
    let notice = change_notice(d, to, &c, due);
    notify_in(tx, d.owner_id, d.id, &notice).await?;
    Ok(Ok(to))
}

/// What a refused concurrent change says.
pub const STALE: &str = "Hồ sơ đã được cập nhật bởi người khác.";

/// Writes an action's extra for dossier `d` by officer `officer_id` in `tx`.
async fn write_extra(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    d: &DossierRow,
    officer_id: i64,
    extra: &Extra,
    now: i64,
) -> Result<(), AppError> {
    match extra {
        Extra::None => {}
        Extra::FeeNotice { items, total, .. } => {
            let items = serde_json::to_string(
                &items
                    .iter()
                    .map(|(name, amount)| serde_json::json!({ "name": name, "amount": amount }))
                    .collect::<Vec<_>>(),
            )?;
            sqlx::query(
                "INSERT INTO fee_notices (dossier_id, items, total, issued_by, issued_at) VALUES ($1, $2, $3, $4, $5)",
            )
            .bind(d.id)
            .bind(items)
            .bind(*total)
            .bind(officer_id)
            .bind(now)
            .execute(&mut **tx)
            .await?;
        }
        Extra::CounterPayment { note } => {
            let done = sqlx::query(
                "UPDATE fee_notices SET paid_at = $1, paid_method = 'counter', paid_note = $2, recorded_by = $3 \
                 WHERE dossier_id = $4 AND paid_at IS NULL",
            )
            .bind(now)
            .bind(note)
            .bind(officer_id)
            .bind(d.id)
            .execute(&mut **tx)
            .await?;
            if done.rows_affected() == 0 {
                return Err(AppError::Conflict(STALE.into()));
            }
        }
        Extra::CancelFee => {
            let done = sqlx::query(
                "UPDATE fee_notices SET cancelled_at = $1 WHERE dossier_id = $2 AND paid_at IS NULL \
                 AND cancelled_at IS NULL",
            )
            .bind(now)
            .bind(d.id)
            .execute(&mut **tx)
            .await?;
            if done.rows_affected() == 0 {
                return Err(AppError::Conflict(STALE.into()));
            }
        }
        Extra::HandOver { method, tracking } => {
            sqlx::query(
                "UPDATE dossiers SET handover_method = $1, handover_tracking = $2 WHERE id = $3",
            )
            .bind(method)
            .bind(tracking)
            .bind(d.id)
            .execute(&mut **tx)
            .await?;
        }
        Extra::Results(files) => {
            for (name, stored) in files {
                record(&mut **tx, stored).await?;
                let public_id = crypto::random_token()[..24].to_string();
                sqlx::query(
                    "INSERT INTO result_files (public_id, dossier_id, name, sha256, added_by, added_at) \
                     VALUES ($1, $2, $3, $4, $5, $6)",
                )
                .bind(public_id)
                .bind(d.id)
                .bind(name)
                .bind(&stored.sha256)
                .bind(officer_id)
                .bind(now)
                .execute(&mut **tx)
                .await?;
            }
        }
    }
    Ok(())
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

// --- Reads for the pages and routes (every query of the slice lives in this file). ---

/// A procedure by its code: (id, whether it is offered online).
pub async fn procedure_by_code(db: &Db, code: &str) -> Result<Option<(i64, bool)>, AppError> {
    let row: Option<(i64, i64)> =
        sqlx::query_as("SELECT id, online_submission FROM procedures WHERE code = $1")
            .bind(code)
            .fetch_optional(&db.pool)
            .await?;
    Ok(row.map(|(id, online)| (id, online != 0)))
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

/// A procedure's code and name.
pub async fn procedure_names(db: &Db, procedure_id: i64) -> Result<(String, String), AppError> {
    Ok(
        sqlx::query_as("SELECT code, name FROM procedures WHERE id = $1")
            .bind(procedure_id)
            .fetch_one(&db.pool)
            .await?,
    )
}

/// The agencies that carry out a procedure: (id, name), by name.
pub async fn agencies_of(db: &Db, procedure_id: i64) -> Result<Vec<(i64, String)>, AppError> {
    Ok(sqlx::query_as(
        "SELECT a.id, a.name FROM procedure_agencies pa JOIN agencies a ON a.id = pa.agency_id \
         WHERE pa.procedure_id = $1 ORDER BY a.name",
    )
    .bind(procedure_id)
    .fetch_all(&db.pool)
    .await?)
}

/// Whether `agency_id` carries out the procedure.
pub async fn agency_carries(db: &Db, procedure_id: i64, agency_id: i64) -> Result<bool, AppError> {
    let found: Option<i64> = sqlx::query_scalar(
        "SELECT agency_id FROM procedure_agencies WHERE procedure_id = $1 AND agency_id = $2",
    )
    .bind(procedure_id)
    .bind(agency_id)
    .fetch_optional(&db.pool)
    .await?;
    Ok(found.is_some())
}

/// A document component of a procedure, as stored.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ComponentRow {
    pub id: i64,
    pub name: String,
    pub mandatory: i64,
    pub originals: i64,
    pub copies: i64,
    pub template_file: Option<String>,
}

/// The document components of a procedure, in order.
pub async fn components_of(db: &Db, procedure_id: i64) -> Result<Vec<ComponentRow>, AppError> {
    Ok(sqlx::query_as(
        "SELECT id, name, mandatory, originals, copies, template_file FROM procedure_components \
         WHERE procedure_id = $1 ORDER BY position",
    )
    .bind(procedure_id)
    .fetch_all(&db.pool)
    .await?)
}

/// Whether `component` belongs to the procedure.
pub async fn component_belongs(
    db: &Db,
    procedure_id: i64,
    component: i64,
) -> Result<bool, AppError> {
    let found: Option<i64> = sqlx::query_scalar(
        "SELECT id FROM procedure_components WHERE id = $1 AND procedure_id = $2",
    )
    .bind(component)
    .bind(procedure_id)
    .fetch_optional(&db.pool)
    .await?;
    Ok(found.is_some())
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

/// The province a commune belongs to.
pub async fn commune_province(db: &Db, commune: &str) -> Result<Option<String>, AppError> {
    Ok(
        sqlx::query_scalar("SELECT province_code FROM communes WHERE code = $1")
            .bind(commune)
            .fetch_optional(&db.pool)
            .await?,
    )
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

/// The content type recorded for stored bytes.
pub async fn blob_type(db: &Db, sha256: &str) -> Result<Option<String>, AppError> {
    Ok(
        sqlx::query_scalar("SELECT content_type FROM blobs WHERE sha256 = $1")
            .bind(sha256)
            .fetch_optional(&db.pool)
            .await?,
    )
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

/// The agencies an officer works for: (id, name), their main one (`users.agency_id`) first,
/// then by name.
pub async fn officer_agencies(db: &Db, user_id: i64) -> Result<Vec<(i64, String)>, AppError> {
    Ok(sqlx::query_as(
        "SELECT a.id, a.name FROM officer_agencies oa JOIN agencies a ON a.id = oa.agency_id \
         JOIN users u ON u.id = oa.user_id WHERE oa.user_id = $1 \
         ORDER BY CASE WHEN u.agency_id = a.id THEN 0 ELSE 1 END, a.name",
    )
    .bind(user_id)
    .fetch_all(&db.pool)
    .await?)
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

/// How the result was handed over: (method, postal tracking number).
pub async fn handover(db: &Db, dossier_id: i64) -> Result<(String, String), AppError> {
    Ok(
        sqlx::query_as("SELECT handover_method, handover_tracking FROM dossiers WHERE id = $1")
            .bind(dossier_id)
            .fetch_one(&db.pool)
            .await?,
    )
}

// --- What the agency gave back: result documents, fee notices, apology letters. ---

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

/// A fee notice.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct FeeRow {
    pub id: i64,
    pub items: String,
    pub total: i64,
    pub issued_at: i64,
    pub paid_at: Option<i64>,
    pub paid_method: String,
    pub paid_note: String,
    pub cancelled_at: Option<i64>,
    /// The electronic receipt of an online payment: its public id and number.
    pub receipt_id: Option<String>,
    pub receipt_number: Option<String>,
}

pub async fn fees(db: &Db, dossier_id: i64) -> Result<Vec<FeeRow>, AppError> {
    Ok(sqlx::query_as(
        "SELECT f.id, f.items, f.total, f.issued_at, f.paid_at, f.paid_method, f.paid_note, f.cancelled_at, \
         r.public_id AS receipt_id, r.number AS receipt_number FROM fee_notices f \
         LEFT JOIN receipts r ON r.fee_notice_id = f.id \
         WHERE f.dossier_id = $1 ORDER BY f.issued_at, f.id",
    )
    .bind(dossier_id)
    .fetch_all(&db.pool)
    .await?)
}

/// An apology letter.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ApologyRow {
    pub public_id: String,
    pub reason: String,
    pub new_due_day: String,
    pub issued_at: i64,
    pub officer_name: String,
}

pub async fn apologies(db: &Db, dossier_id: i64) -> Result<Vec<ApologyRow>, AppError> {
    Ok(sqlx::query_as(
        "SELECT l.public_id, l.reason, l.new_due_day, l.issued_at, u.full_name AS officer_name \
         FROM apology_letters l JOIN users u ON u.id = l.issued_by WHERE l.dossier_id = $1 \
         ORDER BY l.issued_at, l.id",
    )
    .bind(dossier_id)
    .fetch_all(&db.pool)
    .await?)
}

/// Whether the dossier has an apology letter (public tracking says so).
pub async fn has_apology(db: &Db, dossier_id: i64) -> Result<bool, AppError> {
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM apology_letters WHERE dossier_id = $1")
        .bind(dossier_id)
        .fetch_one(&db.pool)
        .await?;
    Ok(n > 0)
}
