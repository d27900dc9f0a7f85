//! The rules that change a dossier, each in one transaction: submission, the citizen's and the
//! officers' actions with their extras, timeline entries and notices.

use super::*;
use domain::delivery::HandOverMethod;

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
    /// A change of the dossier's fee notice. `fee_notices` is the payments slice's table: its
    /// store writes the change in the move's transaction (`payments::store::act_on_fee`, which
    /// calls [`act_in`]); [`act`] refuses it. Here it only gives the citizen's notice its facts.
    Fee(FeeChange),
    /// The hand-over: how, and the postal tracking number.
    HandOver {
        method: HandOverMethod,
        tracking: String,
    },
    /// Result documents whose bytes are stored: (name, what was stored).
    Results(Vec<(String, Stored)>),
}

/// A change of a dossier's fee notice, made by an officer (written by the payments store).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FeeChange {
    /// A new notice: items (name, amount in VND) and their total.
    Issue {
        items: Vec<(String, i64)>,
        total: i64,
        /// Where the citizen pays it online (in the notice they are sent).
        pay_url: String,
    },
    /// The open notice was paid at the counter (the note: the receipt's number, if any).
    PaidAtCounter { note: String },
    /// The open notice is withdrawn.
    Cancel,
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
        // The statuses' words are the pages' (the locale files), in each language.
        status_vi: crate::dossiers::status_label(crate::i18n::Locale::vi, to).to_string(),
        status_en: crate::dossiers::status_label(crate::i18n::Locale::en, to).to_string(),
        note: c.note.to_string(),
        due: matches!(c.action, Action::Receive | Action::Resume)
            .then(|| due.map(format::datetime))
            .flatten(),
        fee_total: match &c.extra {
            Extra::Fee(FeeChange::Issue { total, .. }) => Some(crate::catalog::format_vnd(*total)),
            _ => None,
        },
        pay_url: match &c.extra {
            Extra::Fee(FeeChange::Issue { pay_url, .. }) => Some(pay_url.clone()),
            _ => None,
        },
        handover: match &c.extra {
            Extra::HandOver {
                method: HandOverMethod::Post,
                tracking,
            } => Some(format!("Bưu điện / Post, {tracking}")),
            Extra::HandOver { .. } => Some("Trực tiếp / In person".to_string()),
            _ => None,
        },
    };
    let (kind, event) = match c.action {
        Action::RequestPayment | Action::ConfirmPayment | Action::CancelPayment => {
            (NoticeKind::Payment, NoticeEvent::Fee)
        }
        Action::RequestSupplement => (NoticeKind::Dossier, NoticeEvent::Supplement),
        Action::Resolve | Action::HandOver => (NoticeKind::Dossier, NoticeEvent::Result),
        _ => (NoticeKind::Dossier, NoticeEvent::Status),
    };
    Notice::new(|lang| templates::dossier_changed(lang, &facts)).about(kind, event)
}

/// What the agency's officers are told of a change the citizen (or a payment) made: a
/// supplement sent, the fees paid online, the dossier withdrawn. Nothing for the officers' own
/// changes.
fn office_notice(action: Action) -> Option<(NoticeKind, templates::CitizenDid)> {
    use templates::CitizenDid;
    match action {
        Action::Supplement => Some((NoticeKind::Dossier, CitizenDid::Supplemented)),
        Action::ConfirmPayment => Some((NoticeKind::Payment, CitizenDid::Paid)),
        Action::Withdraw => Some((NoticeKind::Dossier, CitizenDid::Withdrew)),
        _ => None,
    }
}

/// Applies a change: see [`apply`]. An officer's change also writes its extra (result
/// documents, hand-over) and its audit entry, all in one transaction. A change made meanwhile by
/// someone else refuses this one with [`AppError::Stale`]. A fee change is not made here (see
/// [`Extra::Fee`]).
pub async fn act(
    svc: &Services,
    d: &DossierRow,
    c: Change<'_>,
) -> Result<Result<Status, TransitionError>, AppError> {
    if matches!(c.extra, Extra::Fee(_)) {
        return Err(internal(
            "a fee change is made by payments::store::act_on_fee, the owner of fee_notices",
        ));
    }
    let cal = crate::calendar::store::calendar(&svc.db).await?;
    let mut tx = svc.db.begin().await?;
    let done = act_in(&mut tx, &cal, d, c).await?;
    if done.is_ok() {
        tx.commit().await?;
        svc.outbox.notify_one();
    }
    Ok(done)
}

/// [`act`] inside the caller's transaction (which commits, and wakes the outbox): a gateway's
/// confirmed payment moves the dossier in the transaction that settles the payment, and an
/// officer's fee change ([`Extra::Fee`]: not written here) in the one that writes the notice.
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
        return Err(AppError::Stale);
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
    if let Some((kind, did)) = office_notice(action) {
        let code = d.code.clone().unwrap_or_default();
        let vi = templates::office_citizen_did(templates::Lang::Vi, did, &code);
        let en = templates::office_citizen_did(templates::Lang::En, did, &code);
        notify_office_in(tx, d.agency_id, d.id, kind, &vi, &en, None).await?;
    }
    Ok(Ok(to))
}

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
        // The payments store's, in this transaction (see [`Extra::Fee`]).
        Extra::Fee(_) => {}
        Extra::HandOver { method, tracking } => {
            sqlx::query(
                "UPDATE dossiers SET handover_method = $1, handover_tracking = $2 WHERE id = $3",
            )
            .bind(method.as_str())
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
