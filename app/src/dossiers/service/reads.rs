//! The reads of the citizen's pages and the public ones: "Quản lý hồ sơ", the home page's
//! figures, public tracking, the document store, and what the agency gave back on a dossier.

use super::*;

pub async fn list(status: &str) -> Result<Vec<DossierSummary>, AppError> {
    let svc = backend::services()?;
    let (user, _) = require_user(&svc).await?;
    let locale = locale::current();
    let filter = Status::parse(status);
    let rows = store::list_owned(&svc.db, user.id, filter).await?;
    let now = now_epoch();
    rows.into_iter()
        .map(
            |store::OwnedSummaryRow {
                 public_id,
                 code,
                 procedure_name,
                 agency_name,
                 status,
                 updated_at: updated,
                 due_at: due,
                 resolved_at: resolved,
                 draft_step,
             }| {
                let st = store::stored_status(&status)?;
                let late = domain::dossier::is_late(st, due, resolved, now);
                Ok(DossierSummary {
                    public_id,
                    code,
                    procedure_name,
                    agency_name,
                    status_label: crate::dossiers::status_label(locale, st).to_string(),
                    status: st,
                    updated_at: format::datetime(updated),
                    due_at: due.map(format::datetime),
                    late,
                    draft_step,
                })
            },
        )
        .collect()
}

/// Epoch seconds of 1 January 00:00 (Vietnam time) of `year`.
fn year_start(year: i32) -> i64 {
    domain::Date::new(year, 1, 1)
        .map(|d| d.to_days() * 86_400 - crate::format::VN_OFFSET_SECS)
        .unwrap_or_default()
}

pub async fn figures(db: &crate::backend::Db) -> Result<HomeFigures, AppError> {
    let now = now_epoch();
    let year = crate::format::vn_date(now).year();
    let (from, to) = (year_start(year), year_start(year + 1));
    let store::YearFigures {
        received,
        resolved,
        on_time,
        recent,
    } = store::year_figures(db, from, to).await?;
    let recent = recent
        .into_iter()
        .map(|(name, code, procedure)| ResolvedDossier {
            masked_name: domain::mask_name(&name),
            code: code.unwrap_or_default(),
            procedure,
        })
        .collect();
    Ok(HomeFigures {
        year,
        received,
        resolved,
        on_time_permille: (resolved > 0).then(|| on_time * 1000 / resolved),
        computed_at: now,
        recent,
    })
}

/// Public tracking by code ("Tra cứu hồ sơ").
pub async fn track(code: String) -> Result<Option<TrackView>, AppError> {
    use crate::format;
    use domain::dossier::{DossierCode, Status};
    let svc = crate::backend::services()?;
    // Codes can be guessed: lookups are limited per address.
    let ip = crate::backend::session::request_meta(&svc).ip;
    let n = crate::backend::throttle::hit(&svc.db, &format!("track:ip:{ip}"), 60).await?;
    if n > svc.config.track_per_minute {
        let minutes = ((crate::backend::throttle::retry_after(60) + 59) / 60).to_string();
        return Err(AppError::TooManyRequests(
            td_string!(
                crate::locale::current(),
                track.throttled,
                minutes = minutes.as_str()
            )
            .to_string(),
        ));
    }
    let Ok(code) = DossierCode::parse(&code) else {
        return Ok(None);
    };
    let Some(store::TrackRow {
        id,
        public_id: pid,
        status,
        procedure,
        agency,
        address,
        applicant_name: name,
        submitted_at: submitted,
        received_at: received,
        due_at: due,
        resolved_at: resolved,
        owner_id: owner,
    }) = store::track(&svc.db, code.as_str()).await?
    else {
        return Ok(None);
    };
    let status = store::stored_status(&status)?;
    let me = crate::accounts::service::current_user(&svc).await?;
    let now = crate::backend::now_epoch();
    Ok(Some(TrackView {
        code: code.as_str().to_string(),
        status_label: crate::dossiers::status_label(crate::locale::current(), status).to_string(),
        procedure,
        agency: agency.clone(),
        masked_name: domain::mask_name(&name),
        submitted_at: submitted.map(format::datetime),
        received_at: received.map(format::datetime),
        due_at: due.map(format::datetime),
        resolved_at: resolved.map(format::datetime),
        late: domain::dossier::is_late(status, due, resolved, now),
        collect_at: matches!(status, Status::Resolved).then(|| {
            if address.is_empty() {
                agency
            } else {
                format!("{agency}, {address}")
            }
        }),
        own_link: me
            .filter(|u| u.id == owner)
            .map(|_| format!("/ho-so/{pid}")),
        apology: store::has_apology(&svc.db, id).await?,
    }))
}

/// "Kho tài liệu": the caller's documents and the upload limit in MB.
pub async fn documents() -> Result<(Vec<DocumentView>, i64), AppError> {
    let svc = backend::services()?;
    let (user, _) = require_user(&svc).await?;
    let rows = store::list_documents(&svc.db, user.id).await?;
    Ok((
        rows.into_iter()
            .map(|r| DocumentView {
                file: FileView {
                    public_id: r.public_id,
                    name: r.name,
                    size: r.size,
                    content_type: r.content_type,
                },
                updated_at: format::datetime(r.updated_at),
            })
            .collect(),
        (svc.storage.max_bytes / (1024 * 1024)) as i64,
    ))
}

pub async fn rename_document(f: RenameForm) -> Result<(), AppError> {
    let svc = backend::services()?;
    let locale = locale::current();
    let (user, _) = require_user(&svc).await?;
    let name = f.name.split_whitespace().collect::<Vec<_>>().join(" ");
    let field = format!("name-{}", f.id);
    if name.is_empty() {
        return Err(AppError::field(
            &field,
            td_string!(locale, validation.required).to_string(),
        ));
    }
    if name.chars().count() > 200 || name.contains(['/', '\\']) {
        return Err(AppError::field(
            &field,
            td_string!(locale, documents.name_invalid).to_string(),
        ));
    }
    // Invisible formatting characters (a right-to-left override) never reach a name.
    let name = crate::backend::storage::clean_name(&name);
    if !store::rename_document(&svc.db, user.id, &f.id, &name).await? {
        return Err(AppError::NotFound);
    }
    leptos_axum::redirect("/kho-tai-lieu?tb=doi-ten");
    Ok(())
}

pub async fn delete_document(f: DeleteForm) -> Result<(), AppError> {
    let svc = backend::services()?;
    let (user, _) = require_user(&svc).await?;
    // The dossiers that use the file keep it: only the store's entry goes.
    if !store::delete_document(&svc.db, user.id, &f.id).await? {
        return Err(AppError::NotFound);
    }
    leptos_axum::redirect("/kho-tai-lieu?tb=da-xoa");
    Ok(())
}

/// An item of a fee notice as stored (JSON `{"name": …, "amount": …}`).
#[derive(serde::Deserialize)]
struct StoredFeeItem {
    name: String,
    amount: i64,
}

/// A fee notice's items as stored (JSON); an unreadable column is an internal error with a
/// reference, never an empty notice.
pub fn fee_items(json: &str) -> Result<Vec<(String, i64)>, AppError> {
    let items: Vec<StoredFeeItem> = crate::backend::json_column("fee_notices.items", json)?;
    Ok(items.into_iter().map(|i| (i.name, i.amount)).collect())
}

/// The apology letters of a dossier.
pub async fn apologies(db: &backend::Db, dossier_id: i64) -> Result<Vec<ApologyView>, AppError> {
    Ok(store::apologies(db, dossier_id)
        .await?
        .into_iter()
        .map(|a| ApologyView {
            public_id: a.public_id,
            reason: a.reason,
            new_due: Date::parse_iso(&a.new_due_day)
                .map(|d| d.format_dmy())
                .unwrap_or(a.new_due_day),
            issued_at: format::datetime(a.issued_at),
            officer: a.officer_name,
        })
        .collect())
}

/// What the agency gave back on a dossier: its result documents, fee notices and apology
/// letters.
pub async fn given_back(
    db: &backend::Db,
    dossier_id: i64,
) -> Result<(Vec<ResultView>, Vec<FeeView>, Vec<ApologyView>), AppError> {
    let results = store::results(db, dossier_id)
        .await?
        .into_iter()
        .map(|r| ResultView {
            public_id: r.public_id,
            name: r.name,
            size: r.size,
            added_at: format::datetime(r.added_at),
        })
        .collect();
    let fees = store::fees(db, dossier_id)
        .await?
        .into_iter()
        .map(|f| {
            Ok(FeeView {
                items: fee_items(&f.items)?,
                total: f.total,
                issued_at: format::datetime(f.issued_at),
                paid_at: f.paid_at.map(format::datetime),
                paid_method: f.paid_method,
                paid_note: f.paid_note,
                cancelled_at: f.cancelled_at.map(format::datetime),
                receipt: f.receipt_id.zip(f.receipt_number),
            })
        })
        .collect::<Result<Vec<_>, AppError>>()?;
    Ok((results, fees, apologies(db, dossier_id).await?))
}
