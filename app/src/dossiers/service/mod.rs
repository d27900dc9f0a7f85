//! The dossier services (server side only): each one authenticates, authorises through
//! [`super::access`], parses the input into domain types and calls one rule of [`super::store`],
//! the only place with SQL.

use super::*;

pub mod files;
mod reads;
use crate::routes::step_path;
use crate::{
    accounts::service::{UserRow, require_user},
    backend::{self, Services, now_epoch},
    dossiers::store::{self, DossierRow, SubmitError},
    error::FieldErrors,
    format,
    i18n::*,
    locale,
};
use domain::{
    Date, Email, PersonName, PhoneNumber,
    delivery::DeliveryMode,
    dossier::{Action, Actor, Status, allowed_actions},
};
pub use reads::{
    apologies, delete_document, documents, fee_items, figures, given_back, list, rename_document,
    track,
};

async fn owned(pid: &str) -> Result<(Services, UserRow, DossierRow), AppError> {
    let svc = backend::services()?;
    let (user, _) = require_user(&svc).await?;
    let d = store::load_owned(&svc.db, pid, user.id).await?;
    Ok((svc, user, d))
}

/// A draft (steps are only for drafts): anything else goes to its page.
async fn owned_draft(pid: &str) -> Result<Option<(Services, UserRow, DossierRow)>, AppError> {
    let (svc, user, d) = owned(pid).await?;
    if d.status != Status::Draft {
        leptos_axum::redirect(&format!("/ho-so/{pid}"));
        return Ok(None);
    }
    Ok(Some((svc, user, d)))
}

fn next(pid: &str, step: &str, save_only: &str) {
    if save_only == "1" {
        leptos_axum::redirect("/ho-so?tb=da-luu");
    } else {
        leptos_axum::redirect(&step_path(pid, step));
    }
}

pub async fn start(f: StartForm) -> Result<(), AppError> {
    let svc = backend::services()?;
    let (user, _) = require_user(&svc).await?;
    let (procedure_id, online) = crate::catalog::store::procedure_by_code(&svc.db, &f.code)
        .await?
        .ok_or(AppError::NotFound)?;
    if !online {
        return Err(AppError::Forbidden);
    }
    let applicant = profile_applicant(&svc, &user).await?;
    let (province, commune, street) = store::profile_postal(&svc.db, user.id).await?;
    let delivery = Delivery {
        receive: Some(DeliveryMode::Online),
        province: province.unwrap_or_default(),
        commune: commune.unwrap_or_default(),
        street: street.unwrap_or_default(),
        ..Default::default()
    };
    let max = svc.config.max_drafts;
    let Ok(pid) =
        store::create_draft(&svc.db, user.id, procedure_id, &applicant, &delivery, max).await?
    else {
        let max = max.to_string();
        return Err(AppError::Conflict(
            td_string!(
                locale::current(),
                dossier.too_many_drafts,
                max = max.as_str()
            )
            .to_string(),
        ));
    };
    leptos_axum::redirect(&step_path(&pid, "agency"));
    Ok(())
}

/// The applicant's details as the profile has them.
async fn profile_applicant(svc: &Services, user: &UserRow) -> Result<Applicant, AppError> {
    let address = store::profile_address(&svc.db, user.id).await?;
    Ok(Applicant {
        full_name: user.full_name.clone(),
        id_number: user
            .id_number
            .clone()
            .or(user.tax_code.clone())
            .unwrap_or_default(),
        birth_date: user
            .birth_date
            .as_deref()
            .and_then(|d| Date::parse_iso(d).ok())
            .map(|d| d.format_dmy())
            .unwrap_or_default(),
        phone: user.phone.clone(),
        email: user.email.clone().unwrap_or_default(),
        address,
    })
}

pub async fn view(pid: &str) -> Result<DossierView, AppError> {
    let locale = locale::current();
    let (svc, user, d) = owned(pid).await?;
    let db = &svc.db;
    let (procedure_code, procedure_name) =
        crate::catalog::store::procedure_names(db, d.procedure_id).await?;
    let agencies = crate::catalog::store::agencies_of(db, d.procedure_id).await?;
    let agency_name = agencies
        .iter()
        .find(|a| a.0 == d.agency_id)
        .map(|a| a.1.clone())
        .unwrap_or_default();
    let comps = crate::catalog::store::components_of(db, d.procedure_id).await?;
    let files = store::current_files(db, d.id).await?;
    let components = comps
        .into_iter()
        .map(
            |crate::catalog::store::ComponentRow {
                 id,
                 name,
                 mandatory,
                 originals,
                 copies,
                 template_file,
             }| ComponentSlot {
                id,
                name,
                mandatory: mandatory != 0,
                originals,
                copies,
                template_file,
                file: files
                    .iter()
                    .find(|f| f.component_id == id)
                    .map(|f| FileView {
                        public_id: f.public_id.clone(),
                        name: f.name.clone(),
                        size: f.size,
                        content_type: f.content_type.clone(),
                    }),
                requested: d.supplement_components.contains(&id)
                    || (d.status == Status::SupplementRequested
                        && d.supplement_components.is_empty()),
            },
        )
        .collect();
    let events = store::events(db, d.id)
        .await?
        .into_iter()
        .map(
            |store::EventRow {
                 at,
                 to_status: to,
                 actor_kind: actor,
                 note,
             }| EventView {
                at: format::datetime(at),
                to_label: Status::parse(&to)
                    .map(|s| crate::dossiers::status_label(locale, s))
                    .unwrap_or_default()
                    .to_string(),
                actor: crate::dossiers::actor_label(locale, &actor).to_string(),
                note,
            },
        )
        .collect();
    let store = store::document_names(db, user.id).await?;
    let provinces = crate::accounts::service::profile::provinces(&svc).await?;
    let communes = crate::accounts::service::profile::communes(&svc, &d.delivery.province).await?;
    let now = now_epoch();
    let actions = allowed_actions(d.status, Actor::Citizen);
    let (results, fees, apologies) = given_back(db, d.id).await?;
    Ok(DossierView {
        public_id: d.public_id.clone(),
        code: d.code.clone(),
        status: d.status,
        status_label: crate::dossiers::status_label(locale, d.status).to_string(),
        procedure_code,
        procedure_name,
        agency_id: d.agency_id,
        agency_name,
        agencies,
        applicant: d.applicant.clone(),
        delivery: d.delivery.clone(),
        components,
        events,
        created_at: format::datetime(d.created_at),
        submitted_at: d.submitted_at.map(format::datetime),
        received_at: d.received_at.map(format::datetime),
        due_at: d.due_at.map(format::datetime),
        late: domain::dossier::is_late(d.status, d.due_at, d.resolved_at, now),
        draft_step: d.draft_step.clone(),
        supplement_note: d.supplement_note.clone(),
        store,
        provinces,
        communes,
        can_withdraw: actions.contains(&Action::Withdraw),
        can_supplement: actions.contains(&Action::Supplement),
        max_upload_mb: (svc.storage.max_bytes / (1024 * 1024)) as i64,
        results,
        fees,
        apologies,
    })
}

pub async fn save_agency(f: AgencyForm) -> Result<(), AppError> {
    let locale = locale::current();
    let Some((svc, _, d)) = owned_draft(&f.pid).await? else {
        return Ok(());
    };
    let agency: i64 = f.agency.parse().unwrap_or_default();
    if !crate::catalog::store::agency_carries(&svc.db, d.procedure_id, agency).await? {
        return Err(AppError::field(
            "agency",
            td_string!(locale, dossier.agency_missing).to_string(),
        ));
    }
    store::save_draft(&svc.db, &d, Some(agency), None, None, "applicant").await?;
    next(&f.pid, "applicant", &f.save_only);
    Ok(())
}

pub async fn save_applicant(f: ApplicantForm) -> Result<(), AppError> {
    let locale = locale::current();
    let Some((svc, _, d)) = owned_draft(&f.pid).await? else {
        return Ok(());
    };
    let applicant = Applicant {
        full_name: f.full_name.split_whitespace().collect::<Vec<_>>().join(" "),
        id_number: f.id_number.trim().to_string(),
        birth_date: f.birth_date.trim().to_string(),
        phone: f.phone.trim().to_string(),
        email: f.email.trim().to_string(),
        address: f.address.split_whitespace().collect::<Vec<_>>().join(" "),
    };
    // Kept as typed, valid or not: the page shows it again.
    store::save_draft(&svc.db, &d, None, Some(&applicant), None, "applicant").await?;
    let mut errs = FieldErrors::default();
    let m = crate::messages::name_error;
    if let Err(e) = PersonName::parse(&applicant.full_name) {
        // Organisations' names are not personal names: only require one.
        if applicant.full_name.chars().count() < 2 || applicant.full_name.chars().count() > 250 {
            errs.add("full_name", m(locale, e));
        }
    }
    if applicant.id_number.is_empty() {
        errs.add(
            "id_number",
            td_string!(locale, validation.required).to_string(),
        );
    }
    if !applicant.birth_date.is_empty()
        && let Err(e) = Date::parse_dmy(&applicant.birth_date)
    {
        errs.add("birth_date", crate::messages::date_error(locale, e));
    }
    let phone = match PhoneNumber::parse(&applicant.phone) {
        Ok(p) => Some(p),
        Err(e) => {
            errs.add("phone", crate::messages::phone_error(locale, e));
            None
        }
    };
    if !applicant.email.is_empty()
        && let Err(e) = Email::parse(&applicant.email)
    {
        errs.add("email", crate::messages::email_error(locale, e));
    }
    if applicant.address.chars().count() < 5 {
        errs.add(
            "address",
            td_string!(locale, dossier.address_missing).to_string(),
        );
    }
    errs.into_result()?;
    let applicant = Applicant {
        phone: phone.map(|p| p.as_str().to_string()).unwrap_or_default(),
        ..applicant
    };
    store::save_draft(&svc.db, &d, None, Some(&applicant), None, "documents").await?;
    next(&f.pid, "documents", &f.save_only);
    Ok(())
}

/// Whether the component belongs to the dossier's procedure.
pub async fn component_of(
    svc: &Services,
    d: &DossierRow,
    component: i64,
) -> Result<bool, AppError> {
    crate::catalog::store::component_belongs(&svc.db, d.procedure_id, component).await
}

/// Whether the citizen may put a file into `component` now: any component of a draft; during
/// a supplement, those the officer asked for (any, if the request named none).
pub fn may_change(d: &DossierRow, component: i64) -> bool {
    match d.status {
        Status::Draft => true,
        Status::SupplementRequested => {
            d.supplement_components.is_empty() || d.supplement_components.contains(&component)
        }
        _ => false,
    }
}

pub async fn attach(f: AttachForm) -> Result<(), AppError> {
    let locale = locale::current();
    let (svc, user, d) = owned(&f.pid).await?;
    let component: i64 = f.component.parse().unwrap_or_default();
    if !may_change(&d, component) {
        return Err(AppError::Forbidden);
    }
    if !component_of(&svc, &d, component).await? {
        return Err(AppError::NotFound);
    }
    let doc = store::owned_document(&svc.db, &f.document, user.id).await?;
    let Some((name, sha256)) = doc else {
        return Err(AppError::field(
            &format!("document-{component}"),
            td_string!(locale, dossier.choose_document).to_string(),
        ));
    };
    match store::put_file(
        &svc,
        &d,
        component,
        store::NewFile::Kept {
            name: &name,
            sha256: &sha256,
        },
    )
    .await?
    {
        Ok(()) => leptos_axum::redirect(&files_page(&d)),
        Err(_) => leptos_axum::redirect(&closed_page(&d)),
    }
    Ok(())
}

/// The page where the dossier's files are changed.
pub fn files_page(d: &DossierRow) -> String {
    if d.status == Status::Draft {
        step_path(&d.public_id, "documents")
    } else {
        format!("/ho-so/{}/bo-sung", d.public_id)
    }
}

/// Where a change of files that came too late goes: the dossier's page, which says that
/// its files stayed as they were.
pub fn closed_page(d: &DossierRow) -> String {
    format!("/ho-so/{}?tb=khong-doi-tep", d.public_id)
}

pub async fn detach(f: DetachForm) -> Result<(), AppError> {
    let (svc, _, d) = owned(&f.pid).await?;
    match store::remove_file(&svc, &d, &f.file).await? {
        Ok(()) => leptos_axum::redirect(&files_page(&d)),
        Err(_) => leptos_axum::redirect(&closed_page(&d)),
    }
    Ok(())
}

pub async fn delete_draft(f: StepForm) -> Result<(), AppError> {
    let (svc, _, d) = owned(&f.pid).await?;
    if !store::delete_draft(&svc.db, &d).await? {
        return Err(AppError::Conflict(
            td_string!(locale::current(), dossier.cannot_delete).to_string(),
        ));
    }
    leptos_axum::redirect("/ho-so?tb=da-xoa");
    Ok(())
}

/// The mandatory components without a file.
async fn missing(svc: &Services, d: &DossierRow) -> Result<Vec<(i64, String)>, AppError> {
    store::missing_components(&svc.db, d).await
}

fn missing_errors(locale: Locale, missing: Vec<(i64, String)>) -> AppError {
    let mut errs = FieldErrors::default();
    for (id, name) in missing {
        errs.add(
            &format!("file-{id}"),
            td_string!(locale, dossier.file_missing, name = name.as_str()).to_string(),
        );
    }
    errs.into_result().err().unwrap_or(AppError::NotFound)
}

pub async fn documents_done(f: StepForm) -> Result<(), AppError> {
    let locale = locale::current();
    let Some((svc, _, d)) = owned_draft(&f.pid).await? else {
        return Ok(());
    };
    let missing = missing(&svc, &d).await?;
    // Saved with mandatory documents still missing, the draft resumes at this step.
    let resume = if missing.is_empty() {
        "delivery"
    } else if f.save_only == "1" {
        "documents"
    } else {
        return Err(missing_errors(locale, missing));
    };
    store::save_draft(&svc.db, &d, None, None, None, resume).await?;
    next(&f.pid, "delivery", &f.save_only);
    Ok(())
}

pub async fn save_delivery(f: DeliveryForm) -> Result<(), AppError> {
    let locale = locale::current();
    let Some((svc, _, d)) = owned_draft(&f.pid).await? else {
        return Ok(());
    };
    let receive = DeliveryMode::parse(&f.receive);
    let post = receive == Some(DeliveryMode::Post);
    let home = use_context::<crate::site::SiteInfo>()
        .map(|s| s.province_code)
        .unwrap_or_default();
    let delivery = Delivery {
        receive,
        pickup: f.pickup == "true",
        province: f.postal_province.clone(),
        commune: f.postal_commune.clone(),
        street: f
            .postal_street
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" "),
        fee: if post || f.pickup == "true" {
            postal_fee(&f.postal_province, &home)
        } else {
            0
        },
    };
    store::save_draft(&svc.db, &d, None, None, Some(&delivery), "delivery").await?;
    let mut errs = FieldErrors::default();
    if receive.is_none() {
        errs.add(
            "receive",
            td_string!(locale, dossier.receive_missing).to_string(),
        );
    }
    if post || delivery.pickup {
        let of = crate::places::store::commune_province(&svc.db, &f.postal_commune).await?;
        if f.postal_province.is_empty() {
            errs.add(
                "postal_province",
                td_string!(locale, profile.province_missing).to_string(),
            );
        } else if of.as_deref() != Some(f.postal_province.as_str()) {
            errs.add(
                "postal_commune",
                td_string!(locale, profile.commune_missing).to_string(),
            );
        }
        if delivery.street.chars().count() < 3 {
            errs.add(
                "postal_street",
                td_string!(locale, dossier.street_missing).to_string(),
            );
        }
    }
    errs.into_result()?;
    store::save_draft(&svc.db, &d, None, None, Some(&delivery), "review").await?;
    next(&f.pid, "review", &f.save_only);
    Ok(())
}

pub async fn submit(f: StepForm) -> Result<(), AppError> {
    let locale = locale::current();
    let Some((svc, _, d)) = owned_draft(&f.pid).await? else {
        return Ok(());
    };
    match store::submit(&svc, &d).await? {
        Ok(_) => {
            leptos_axum::redirect(&format!("/ho-so/{}/da-nop", d.public_id));
            Ok(())
        }
        Err(SubmitError::MissingComponents(_)) => {
            let missing = missing(&svc, &d).await?;
            Err(missing_errors(locale, missing))
        }
        Err(SubmitError::NotADraft) => {
            leptos_axum::redirect(&format!("/ho-so/{}", d.public_id));
            Ok(())
        }
    }
}

pub async fn withdraw(f: StepForm) -> Result<(), AppError> {
    let locale = locale::current();
    let (svc, user, d) = owned(&f.pid).await?;
    match store::apply(
        &svc,
        &d,
        Action::Withdraw,
        Actor::Citizen,
        Some(user.id),
        "",
    )
    .await?
    {
        Ok(_) => {
            leptos_axum::redirect(&format!("/ho-so/{}?tb=da-rut", d.public_id));
            Ok(())
        }
        Err(_) => Err(AppError::Conflict(
            td_string!(locale, dossier.cannot_withdraw).to_string(),
        )),
    }
}

pub async fn supplement(f: StepForm) -> Result<(), AppError> {
    let locale = locale::current();
    let (svc, user, d) = owned(&f.pid).await?;
    if d.status != Status::SupplementRequested {
        return Err(AppError::Conflict(
            td_string!(locale, dossier.cannot_supplement).to_string(),
        ));
    }
    let added = store::supplement_files(&svc.db, d.id).await?;
    if !added.into_iter().any(|c| may_change(&d, c)) {
        return Err(AppError::field(
            "files",
            td_string!(locale, dossier.supplement_nothing).to_string(),
        ));
    }
    match store::apply(
        &svc,
        &d,
        Action::Supplement,
        Actor::Citizen,
        Some(user.id),
        "",
    )
    .await?
    {
        Ok(_) => {
            leptos_axum::redirect(&format!("/ho-so/{}?tb=da-bo-sung", d.public_id));
            Ok(())
        }
        Err(_) => Err(AppError::Conflict(
            td_string!(locale, dossier.cannot_supplement).to_string(),
        )),
    }
}
