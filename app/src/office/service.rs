//! The back office's services (server side only): authenticate the officer, authorise through
//! [`crate::dossiers::access`], parse the form into domain values, call the store.

use super::*;
use crate::{
    accounts::service::{Officer, require_officer},
    backend::{self, Services, now_epoch, session},
    dossiers::store::{self as dossier_store, Change, DossierRow, Extra, FeeChange},
    error::FieldErrors,
    format,
    i18n::*,
    locale,
    notifications::store::Notice,
};
use domain::{
    Date,
    calendar::{WorkCalendar, to_epoch, to_local},
    delivery::HandOverMethod,
    dossier::{Actor, DossierCode, QueueTab, RUNNING},
};

/// Working days from `now` to `due` (negative when past), rounded away from zero.
fn days_left(cal: &WorkCalendar, now: i64, due: i64) -> i64 {
    let day = cal.day_length().max(1);
    if due >= now {
        let t = cal.working_time_between(to_local(now), to_local(due));
        (t + day - 1) / day
    } else {
        let t = cal.working_time_between(to_local(due), to_local(now));
        -((t + day - 1) / day)
    }
}

/// The end of the "due soon" window: two working days from `now`.
fn soon_until(cal: &WorkCalendar, now: i64) -> i64 {
    to_epoch(cal.add_working_time(to_local(now), 2 * cal.day_length()))
}

pub async fn queue(p: QueueParams) -> Result<QueueView, AppError> {
    let svc = backend::services()?;
    let locale = locale::current();
    let officer = require_officer(&svc).await?;
    let wanted = if p.agency.is_empty() {
        None
    } else {
        // Another agency's queue is not theirs to see, nor to know about.
        let id: i64 = p.agency.parse().map_err(|_| AppError::NotFound)?;
        if !officer.serves(id) {
            return Err(AppError::NotFound);
        }
        Some(id)
    };
    let (agency_id, agency_name) = officer.agency(wanted).ok_or(AppError::NotFound)?;
    let searching =
        !p.q.trim().is_empty() || !p.procedure.is_empty() || !p.from.is_empty() || !p.to.is_empty();
    let tab = match p.tab.as_str() {
        "tat-ca" => None,
        "" if searching => None,
        "" => Some(QueueTab::New),
        slug => Some(QueueTab::parse(slug).unwrap_or(QueueTab::New)),
    };
    let text = p.q.trim();
    let (code, text) = match DossierCode::parse(text) {
        Ok(c) => (Some(c.as_str().to_string()), None),
        Err(_) if text.is_empty() => (None, None),
        Err(_) => (None, Some(text.to_string())),
    };
    let mut errs = FieldErrors::default();
    let from = crate::messages::date_filter(&mut errs, locale, "from", &p.from, false);
    let to = crate::messages::date_filter(&mut errs, locale, "to", &p.to, true);
    let procedure_id = p.procedure.parse::<i64>().ok();
    let sort = match p.sort.as_str() {
        "han-giam" => store::Sort::DueLast,
        "moi-nhat" => store::Sort::Newest,
        _ => store::Sort::DueFirst,
    };
    let page = p.page.parse::<i64>().unwrap_or(1).clamp(1, 100_000);
    let now = now_epoch();
    let cal = crate::calendar::store::calendar(&svc.db).await?;
    let soon = soon_until(&cal, now);
    let q = store::QueueQuery {
        agency_id,
        tab,
        code,
        text,
        procedure_id,
        from,
        to,
        sort,
        page,
        now,
        soon_until: soon,
    };
    let (rows, total) = store::queue(&svc.db, &q).await?;
    let counts = store::tab_counts(&svc.db, agency_id, now, soon).await?;
    let procedures = store::agency_procedures(&svc.db, agency_id).await?;
    let items = rows
        .into_iter()
        .map(|r| {
            let st = dossier_store::stored_status(&r.status)?;
            Ok(QueueItem {
                public_id: r.public_id,
                code: r.code.unwrap_or_default(),
                applicant_name: r.applicant_name,
                procedure_name: r.procedure_name,
                status_label: crate::dossiers::status_label(locale, st).to_string(),
                status: st,
                submitted_at: r.submitted_at.map(format::datetime).unwrap_or_default(),
                due_at: r.due_at.map(format::datetime),
                days_left: r
                    .due_at
                    .filter(|_| RUNNING.contains(&st))
                    .map(|due| days_left(&cal, now, due)),
                late: domain::dossier::is_late(st, r.due_at, r.resolved_at, now),
            })
        })
        .collect::<Result<Vec<_>, AppError>>()?;
    Ok(QueueView {
        agencies: officer.agencies.clone(),
        agency_id,
        agency_name,
        tabs: counts
            .into_iter()
            .map(|(t, count)| TabCount {
                slug: t.slug().to_string(),
                label: tab_label(locale, t).to_string(),
                count,
            })
            .collect(),
        tab: tab.map(|t| t.slug().to_string()).unwrap_or_default(),
        items,
        total,
        page,
        pages: ((total + store::PAGE_SIZE - 1) / store::PAGE_SIZE).max(1),
        procedures,
        params: p,
        filter_errors: errs.0,
    })
}

/// A tab of the queue in the officer's language.
fn tab_label(locale: Locale, tab: QueueTab) -> &'static str {
    match tab {
        QueueTab::New => td_string!(locale, office.tab.to_receive),
        QueueTab::InProgress => td_string!(locale, office.tab.in_progress),
        QueueTab::Supplement => td_string!(locale, office.tab.supplement),
        QueueTab::Paused => td_string!(locale, office.tab.paused),
        QueueTab::AwaitingPayment => td_string!(locale, office.tab.awaiting_payment),
        QueueTab::DueSoon => td_string!(locale, office.tab.due_soon),
        QueueTab::Overdue => td_string!(locale, office.tab.overdue),
        QueueTab::Resolved => td_string!(locale, office.tab.resolved),
        QueueTab::Closed => td_string!(locale, office.tab.closed),
    }
}

/// The officer's dossier, its viewing logged (it shows the applicant's personal data).
pub async fn dossier(pid: &str) -> Result<OfficeDossier, AppError> {
    let svc = backend::services()?;
    let locale = locale::current();
    let officer = require_officer(&svc).await?;
    let d = officer_dossier(&svc.db, &officer, pid).await?;
    let ip = session::request_meta(&svc).ip;
    store::audit(
        &svc.db,
        &officer.user,
        "dossier.viewed",
        Some(d.id),
        &ip,
        "",
    )
    .await?;
    let mut view = view_of(&svc, &officer, &d, locale).await?;
    view.refused = take_refused(&svc, pid).await?;
    Ok(view)
}

async fn view_of(
    svc: &Services,
    officer: &Officer,
    d: &DossierRow,
    locale: Locale,
) -> Result<OfficeDossier, AppError> {
    let db = &svc.db;
    let now = now_epoch();
    let cal = crate::calendar::store::calendar(db).await?;
    let (_, procedure_name) = crate::catalog::store::procedure_names(db, d.procedure_id).await?;
    let agency_name = officer
        .agencies
        .iter()
        .find(|a| a.0 == d.agency_id)
        .map(|a| a.1.clone())
        .unwrap_or_default();
    let files = store::files(db, d.id)
        .await?
        .into_iter()
        .map(|f| OfficeFile {
            public_id: f.public_id,
            component: f.component_name,
            name: f.name,
            size: f.size,
            content_type: f.content_type,
            replaced: f.replaced != 0,
            added_at: format::datetime(f.added_at),
        })
        .collect();
    let (results, fees, apologies) = crate::dossiers::service::given_back(db, d.id).await?;
    let events = store::events(db, d.id)
        .await?
        .into_iter()
        .map(|e| EventView {
            at: format::datetime(e.at),
            to_label: dossier_store::stored_status(&e.to_status)
                .map(|s| crate::dossiers::status_label(locale, s))
                .unwrap_or_default()
                .to_string(),
            actor: match e.actor_name {
                Some(name) if e.actor_kind == "officer" => format!(
                    "{} ({name})",
                    crate::dossiers::actor_label(locale, &e.actor_kind)
                ),
                _ => crate::dossiers::actor_label(locale, &e.actor_kind).to_string(),
            },
            note: e.note,
        })
        .collect();
    let mut actions = moves_from(d.status);
    if domain::dossier::is_late(d.status, d.due_at, d.resolved_at, now) {
        actions.push(OfficerAction::Apology);
    }
    let components = crate::catalog::store::components_of(db, d.procedure_id)
        .await?
        .into_iter()
        .map(|c| (c.id, c.name))
        .collect();
    let version = dossier_store::version(db, d.id).await?;
    let (handover_method, handover_tracking) = dossier_store::handover(db, d.id).await?;
    Ok(OfficeDossier {
        public_id: d.public_id.clone(),
        code: d.code.clone().unwrap_or_default(),
        status: d.status,
        status_label: crate::dossiers::status_label(locale, d.status).to_string(),
        procedure_name,
        agency_name,
        applicant: d.applicant.clone(),
        delivery: d.delivery.clone(),
        submitted_at: d.submitted_at.map(format::datetime),
        received_at: d.received_at.map(format::datetime),
        due_at: d.due_at.map(format::datetime),
        days_left: d
            .due_at
            .filter(|_| RUNNING.contains(&d.status))
            .map(|due| days_left(&cal, now, due)),
        late: domain::dossier::is_late(d.status, d.due_at, d.resolved_at, now),
        files,
        results,
        fees,
        apologies,
        events,
        actions,
        components,
        supplement_note: d.supplement_note.clone(),
        handover_method,
        handover_tracking,
        version,
        refused: None,
    })
}

/// Where a refused action's answers wait for the page that shows the refusal: the session's
/// stored flows (`auth_flows`, an hour at most), one per dossier.
fn refused_key(pid: &str) -> String {
    format!("office-refused:{pid}")
}

/// Keeps what the officer posted in an action the server refused. Forms are plain posts and the
/// server draws the page again, so without this the answers would be lost.
pub async fn keep_refused(f: &ActForm) -> Result<(), AppError> {
    let svc = backend::services()?;
    if let Some(s) = session::current(&svc).await? {
        backend::otp::save(&svc.db, &s.id, &refused_key(&f.pid), f).await?;
    }
    Ok(())
}

/// The answers of a refused action on this dossier, once: the next page shows them.
async fn take_refused(svc: &Services, pid: &str) -> Result<Option<ActForm>, AppError> {
    let Some(s) = session::current(svc).await? else {
        return Ok(None);
    };
    let key = refused_key(pid);
    let kept = backend::otp::load::<ActForm>(&svc.db, &s.id, &key).await?;
    if kept.is_some() {
        backend::otp::delete(&svc.db, &s.id, &key).await?;
    }
    Ok(kept.map(|k| k.data))
}

/// The dossier's page with a notice code.
fn page(pid: &str, notice: &str) -> String {
    format!("/can-bo/ho-so/{pid}?tb={notice}")
}

/// A postal item number (S10, UPU): two letters, eight digits and a check digit, two letters
/// for the country, e.g. "EB123456785VN".
fn postal_tracking(s: &str) -> Option<String> {
    let s = s.trim().to_uppercase();
    let b = s.as_bytes();
    let ok = b.len() == 13
        && b[..2].iter().all(u8::is_ascii_uppercase)
        && b[2..11].iter().all(u8::is_ascii_digit)
        && b[11..].iter().all(u8::is_ascii_uppercase);
    ok.then_some(s)
}

/// The longest note an action keeps (characters).
pub const MAX_NOTE: usize = 2000;

/// A note too long to keep: refused, never cut.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NoteTooLong;

/// An action's note as kept: white space folded; longer than [`MAX_NOTE`] is refused (the
/// action form and the result upload alike).
pub fn clean_note(raw: &str) -> Result<String, NoteTooLong> {
    let note = raw.split_whitespace().collect::<Vec<_>>().join(" ");
    if note.chars().count() > MAX_NOTE {
        Err(NoteTooLong)
    } else {
        Ok(note)
    }
}

/// The dossier `pid` if the officer's agency received it (drafts never); `NotFound` otherwise,
/// so that another agency's dossier is not even disclosed.
pub async fn officer_dossier(
    db: &backend::Db,
    officer: &Officer,
    pid: &str,
) -> Result<DossierRow, AppError> {
    let d = dossier_store::load(db, pid)
        .await?
        .ok_or(AppError::NotFound)?;
    if d.status != domain::dossier::Status::Draft && officer.serves(d.agency_id) {
        Ok(d)
    } else {
        Err(AppError::NotFound)
    }
}

/// An officer's action from its form: the action's entry ([`ACTIONS`]) says which
/// note it needs and what it writes besides the move.
pub async fn act(f: ActForm) -> Result<(), AppError> {
    let svc = backend::services()?;
    let locale = locale::current();
    let officer = require_officer(&svc).await?;
    let d = officer_dossier(&svc.db, &officer, &f.pid).await?;
    let ip = session::request_meta(&svc).ip;
    let spec = by_slug(&f.action).ok_or(AppError::NotFound)?;
    let note = clean_note(&f.note).map_err(|_| {
        AppError::field("note", td_string!(locale, office.note_too_long).to_string())
    })?;
    let action = match spec.action {
        OfficerAction::Apology => {
            return apology(&svc, &officer, &d, spec, &note, &f.new_due, &ip, locale).await;
        }
        OfficerAction::Move(action) => action,
    };
    let mut errs = FieldErrors::default();
    if !spec.note.accepts(&note) {
        errs.add(
            "note",
            td_string!(locale, office.reason_required).to_string(),
        );
    }
    let mut components = Vec::new();
    let extra = match spec.writes {
        Writes::Nothing => Extra::None,
        Writes::Supplement => {
            for c in &f.components {
                let id: i64 = c.parse().map_err(|_| AppError::NotFound)?;
                if !crate::catalog::store::component_belongs(&svc.db, d.procedure_id, id).await? {
                    return Err(AppError::NotFound);
                }
                components.push(id);
            }
            Extra::None
        }
        Writes::FeeNotice => fee_notice(&svc, &d, &f, &mut errs, locale),
        Writes::CounterPayment => Extra::Fee(FeeChange::PaidAtCounter { note: note.clone() }),
        Writes::CancelFee => Extra::Fee(FeeChange::Cancel),
        Writes::HandOver => hand_over(&f, &mut errs, locale),
        // The result files come through their upload (a multipart form), the apology above.
        Writes::Results | Writes::ApologyLetter => return Err(AppError::NotFound),
    };
    errs.into_result()?;
    let change = Change {
        action,
        // The counter payment, too: the officer records it in place of the system.
        actor: Actor::Officer,
        actor_id: Some(officer.user.id),
        note: &note,
        components: &components,
        seen: f.v.parse().ok(),
        extra,
        ip: &ip,
    };
    // `fee_notices` is the payments slice's: its store makes a fee change, the dossier's move
    // included, in one transaction.
    let done = if matches!(change.extra, Extra::Fee(_)) {
        crate::payments::store::act_on_fee(&svc, &d, change).await
    } else {
        dossier_store::act(&svc, &d, change).await
    };
    match done {
        Ok(Ok(_)) => leptos_axum::redirect(&page(&d.public_id, &format!("{}-xong", spec.slug))),
        // Another officer (or the citizen) changed it first: the fresh page says so.
        Ok(Err(_)) => leptos_axum::redirect(&page(&d.public_id, "da-cap-nhat")),
        Err(AppError::Stale) => leptos_axum::redirect(&page(&d.public_id, "da-cap-nhat")),
        Err(e) => return Err(e),
    }
    Ok(())
}

/// A fee notice's items from the form (at least one; each named, from 1 000 to 1 000 000 000
/// đồng), and where the citizen pays it.
fn fee_notice(
    svc: &Services,
    d: &DossierRow,
    f: &ActForm,
    errs: &mut FieldErrors,
    locale: Locale,
) -> Extra {
    let mut items = Vec::new();
    for (i, name) in f.fee_names.iter().enumerate() {
        let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
        let amount = f.fee_amounts.get(i).map(|a| a.replace(['.', ',', ' '], ""));
        let amount = amount.as_deref().unwrap_or_default();
        if name.is_empty() && amount.is_empty() {
            continue;
        }
        match amount.parse::<i64>() {
            Ok(a) if (1_000..=1_000_000_000).contains(&a) && !name.is_empty() => {
                items.push((name, a));
            }
            _ => errs.add(
                &format!("fee_amounts-{i}"),
                td_string!(locale, office.fee_invalid).to_string(),
            ),
        }
    }
    if items.is_empty() && errs.is_empty() {
        errs.add(
            "fee_amounts-0",
            td_string!(locale, office.fee_missing).to_string(),
        );
    }
    let total = items.iter().map(|i| i.1).sum();
    Extra::Fee(FeeChange::Issue {
        items,
        total,
        pay_url: format!(
            "{}{}",
            svc.config.public_url,
            crate::routes::pay_path(&d.public_id)
        ),
    })
}

/// The hand-over from the form: in person, or by post with its tracking number.
fn hand_over(f: &ActForm, errs: &mut FieldErrors, locale: Locale) -> Extra {
    match HandOverMethod::parse(&f.method) {
        // A number typed for an in-person hand-over means the wrong choice was made.
        Some(HandOverMethod::InPerson) if !f.tracking.trim().is_empty() => {
            errs.add(
                "tracking",
                td_string!(locale, office.tracking_in_person).to_string(),
            );
            Extra::None
        }
        Some(method @ HandOverMethod::InPerson) => Extra::HandOver {
            method,
            tracking: String::new(),
        },
        Some(method @ HandOverMethod::Post) => match postal_tracking(&f.tracking) {
            Some(t) => Extra::HandOver {
                method,
                tracking: t,
            },
            None => {
                errs.add(
                    "tracking",
                    td_string!(locale, office.tracking_invalid).to_string(),
                );
                Extra::None
            }
        },
        None => {
            errs.add(
                "method",
                td_string!(locale, office.method_missing).to_string(),
            );
            Extra::None
        }
    }
}

/// "Văn bản xin lỗi": only for a late dossier; a reason and a new appointment after today.
// The action's entry and what its form sent, one by one.
#[allow(clippy::too_many_arguments)]
async fn apology(
    svc: &Services,
    officer: &Officer,
    d: &DossierRow,
    spec: &ActionSpec,
    reason: &str,
    new_due: &str,
    ip: &str,
    locale: Locale,
) -> Result<(), AppError> {
    let now = now_epoch();
    if !domain::dossier::is_late(d.status, d.due_at, d.resolved_at, now) {
        return Err(AppError::Conflict(
            td_string!(locale, office.not_late).to_string(),
        ));
    }
    let mut errs = FieldErrors::default();
    if !spec.note.accepts(reason) {
        errs.add(
            "note",
            td_string!(locale, office.reason_required).to_string(),
        );
    }
    let today = format::vn_date(now);
    let day = match Date::parse_dmy(new_due.trim()) {
        Ok(day) if day.to_days() > today.to_days() => Some(day),
        Ok(_) => {
            errs.add(
                "new_due",
                td_string!(locale, office.new_due_past).to_string(),
            );
            None
        }
        Err(e) => {
            errs.add("new_due", crate::messages::date_error(locale, e));
            None
        }
    };
    errs.into_result()?;
    let day = day.ok_or(AppError::NotFound)?;
    let code = d.code.clone().unwrap_or_default();
    let agency = officer
        .agencies
        .iter()
        .find(|a| a.0 == d.agency_id)
        .map(|a| a.1.clone())
        .unwrap_or_default();
    let new_day = day.format_dmy();
    let notice = Notice::new(|lang| {
        crate::backend::messaging::templates::dossier_apology(lang, &code, &agency, &new_day)
    });
    store::add_apology(&svc.db, d, officer.user.id, reason, day, ip, &notice).await?;
    svc.outbox.notify_one();
    leptos_axum::redirect(&page(&d.public_id, &format!("{}-xong", spec.slug)));
    Ok(())
}
