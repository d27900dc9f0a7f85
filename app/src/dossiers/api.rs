//! The dossier server functions and the views they return. Each one authenticates, checks that
//! the dossier is the caller's, and applies one rule of `store`.

use super::{Applicant, Delivery};
use crate::error::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// A stored file as a page shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileView {
    pub public_id: String,
    pub name: String,
    pub size: i64,
    pub content_type: String,
}

/// One document component of the procedure and the file given for it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ComponentSlot {
    pub id: i64,
    pub name: String,
    pub mandatory: bool,
    pub originals: i64,
    pub copies: i64,
    pub template_file: Option<String>,
    pub file: Option<FileView>,
    /// Asked for again by the agency (supplement).
    pub requested: bool,
}

/// One entry of the timeline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventView {
    pub at: String,
    pub to_label: String,
    pub actor: String,
    pub note: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DossierView {
    pub public_id: String,
    pub code: Option<String>,
    pub status: String,
    pub status_label: String,
    pub procedure_code: String,
    pub procedure_name: String,
    pub agency_id: i64,
    pub agency_name: String,
    /// The agencies that may receive it: (id, name).
    pub agencies: Vec<(i64, String)>,
    pub applicant: Applicant,
    pub delivery: Delivery,
    pub components: Vec<ComponentSlot>,
    pub events: Vec<EventView>,
    pub created_at: String,
    pub submitted_at: Option<String>,
    pub received_at: Option<String>,
    pub due_at: Option<String>,
    pub late: bool,
    pub draft_step: String,
    pub supplement_note: String,
    /// The caller's document store: (public id, name).
    pub store: Vec<(String, String)>,
    /// Provinces and the communes of the chosen postal province, for the delivery step.
    pub provinces: Vec<(String, String)>,
    pub communes: Vec<(String, String)>,
    pub can_withdraw: bool,
    pub can_supplement: bool,
    pub max_upload_mb: i64,
}

/// A dossier in "Quản lý hồ sơ".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DossierSummary {
    pub public_id: String,
    pub code: Option<String>,
    pub procedure_name: String,
    pub agency_name: String,
    pub status: String,
    pub status_label: String,
    pub updated_at: String,
    pub due_at: Option<String>,
    pub late: bool,
    /// Where a draft goes on.
    pub draft_step: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct StartForm {
    pub code: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct AgencyForm {
    pub pid: String,
    pub agency: String,
    pub save_only: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct ApplicantForm {
    pub pid: String,
    pub full_name: String,
    pub id_number: String,
    pub birth_date: String,
    pub phone: String,
    pub email: String,
    pub address: String,
    pub save_only: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct AttachForm {
    pub pid: String,
    pub component: String,
    pub document: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct DetachForm {
    pub pid: String,
    pub file: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct StepForm {
    pub pid: String,
    pub save_only: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct DeliveryForm {
    pub pid: String,
    pub receive: String,
    pub pickup: String,
    pub postal_province: String,
    pub postal_commune: String,
    pub postal_street: String,
    pub save_only: String,
}

/// Where a draft step leads, and where "Lưu hồ sơ" leads.
pub fn step_path(pid: &str, step: &str) -> String {
    match step {
        "applicant" => format!("/ho-so/{pid}/nguoi-nop"),
        "documents" => format!("/ho-so/{pid}/giay-to"),
        "delivery" => format!("/ho-so/{pid}/nhan-ket-qua"),
        "review" => format!("/ho-so/{pid}/kiem-tra"),
        _ => format!("/ho-so/{pid}/co-quan"),
    }
}

/// The postal fee quoted for delivery to `province` (VND): within the portal's province, or
/// elsewhere in the country (Bưu chính công ích's flat rates for administrative documents).
pub fn postal_fee(province: &str, home_province: &str) -> i64 {
    if province.is_empty() {
        0
    } else if province == home_province {
        25_000
    } else {
        35_000
    }
}

#[server(prefix = "/api", endpoint = "dossier/start")]
pub async fn start_dossier(f: StartForm) -> Result<(), AppError> {
    let result: Result<(), AppError> = async move { server::start(f).await }.await;
    result.map_err(AppError::respond)
}

#[server(prefix = "/api", endpoint = "dossier/get")]
pub async fn get_dossier(pid: String) -> Result<DossierView, AppError> {
    let result: Result<DossierView, AppError> = async move { server::view(&pid).await }.await;
    result.map_err(AppError::respond)
}

#[server(prefix = "/api", endpoint = "dossier/agency")]
pub async fn save_agency(f: AgencyForm) -> Result<(), AppError> {
    let result: Result<(), AppError> = async move { server::save_agency(f).await }.await;
    result.map_err(AppError::respond)
}

#[server(prefix = "/api", endpoint = "dossier/applicant")]
pub async fn save_applicant(f: ApplicantForm) -> Result<(), AppError> {
    let result: Result<(), AppError> = async move { server::save_applicant(f).await }.await;
    result.map_err(AppError::respond)
}

#[server(prefix = "/api", endpoint = "dossier/attach")]
pub async fn attach_document(f: AttachForm) -> Result<(), AppError> {
    let result: Result<(), AppError> = async move { server::attach(f).await }.await;
    result.map_err(AppError::respond)
}

#[server(prefix = "/api", endpoint = "dossier/detach")]
pub async fn detach_file(f: DetachForm) -> Result<(), AppError> {
    let result: Result<(), AppError> = async move { server::detach(f).await }.await;
    result.map_err(AppError::respond)
}

#[server(prefix = "/api", endpoint = "dossier/documents")]
pub async fn documents_done(f: StepForm) -> Result<(), AppError> {
    let result: Result<(), AppError> = async move { server::documents_done(f).await }.await;
    result.map_err(AppError::respond)
}

#[server(prefix = "/api", endpoint = "dossier/delivery")]
pub async fn save_delivery(f: DeliveryForm) -> Result<(), AppError> {
    let result: Result<(), AppError> = async move { server::save_delivery(f).await }.await;
    result.map_err(AppError::respond)
}

#[server(prefix = "/api", endpoint = "dossier/submit")]
pub async fn submit_dossier(f: StepForm) -> Result<(), AppError> {
    let result: Result<(), AppError> = async move { server::submit(f).await }.await;
    result.map_err(AppError::respond)
}

#[server(prefix = "/api", endpoint = "dossier/withdraw")]
pub async fn withdraw_dossier(f: StepForm) -> Result<(), AppError> {
    let result: Result<(), AppError> = async move { server::withdraw(f).await }.await;
    result.map_err(AppError::respond)
}

#[server(prefix = "/api", endpoint = "dossier/delete")]
pub async fn delete_draft(f: StepForm) -> Result<(), AppError> {
    let result: Result<(), AppError> = async move { server::delete_draft(f).await }.await;
    result.map_err(AppError::respond)
}

#[server(prefix = "/api", endpoint = "dossier/supplement")]
pub async fn submit_supplement(f: StepForm) -> Result<(), AppError> {
    let result: Result<(), AppError> = async move { server::supplement(f).await }.await;
    result.map_err(AppError::respond)
}

#[server(prefix = "/api", endpoint = "dossier/list")]
pub async fn list_dossiers(status: String) -> Result<Vec<DossierSummary>, AppError> {
    let result: Result<Vec<DossierSummary>, AppError> =
        async move { server::list(&status).await }.await;
    result.map_err(AppError::respond)
}

#[cfg(feature = "ssr")]
pub mod server {
    use super::*;
    use crate::{
        accounts::service::{UserRow, require_user},
        backend::{self, Services, internal, now_epoch},
        dossiers::store::{self, DossierRow, SubmitError},
        error::FieldErrors,
        format,
        i18n::*,
        locale,
    };
    use domain::{
        Date, Email, PersonName, PhoneNumber,
        dossier::{Action, Actor, Status, allowed_actions},
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
        let row: Option<(i64, i64)> =
            sqlx::query_as("SELECT id, online_submission FROM procedures WHERE code = $1")
                .bind(&f.code)
                .fetch_optional(&svc.db.pool)
                .await
                .map_err(internal)?;
        let (procedure_id, online) = row.ok_or(AppError::NotFound)?;
        if online == 0 {
            return Err(AppError::Forbidden);
        }
        let applicant = profile_applicant(&svc, &user).await?;
        let postal: Option<(Option<String>, Option<String>, Option<String>)> = sqlx::query_as(
            "SELECT postal_province, postal_commune, postal_street FROM profiles WHERE user_id = $1",
        )
        .bind(user.id)
        .fetch_optional(&svc.db.pool)
        .await
        .map_err(internal)?;
        let (province, commune, street) = postal.unwrap_or_default();
        let delivery = Delivery {
            receive: "online".into(),
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
        let address: Option<(Option<String>, Option<String>, Option<String>)> = sqlx::query_as(
            "SELECT residence_street, c.name, p.name FROM profiles pr \
             LEFT JOIN communes c ON c.code = pr.residence_commune \
             LEFT JOIN provinces p ON p.code = pr.residence_province WHERE pr.user_id = $1",
        )
        .bind(user.id)
        .fetch_optional(&svc.db.pool)
        .await
        .map_err(internal)?;
        let address = address
            .map(|(street, commune, province)| {
                [street, commune, province]
                    .into_iter()
                    .flatten()
                    .filter(|s| !s.is_empty())
                    .collect::<Vec<_>>()
                    .join(", ")
            })
            .unwrap_or_default();
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
        let (procedure_code, procedure_name): (String, String) =
            sqlx::query_as("SELECT code, name FROM procedures WHERE id = $1")
                .bind(d.procedure_id)
                .fetch_one(&db.pool)
                .await
                .map_err(internal)?;
        let agencies: Vec<(i64, String)> = sqlx::query_as(
            "SELECT a.id, a.name FROM procedure_agencies pa JOIN agencies a ON a.id = pa.agency_id \
             WHERE pa.procedure_id = $1 ORDER BY a.name",
        )
        .bind(d.procedure_id)
        .fetch_all(&db.pool)
        .await
        .map_err(internal)?;
        let agency_name = agencies
            .iter()
            .find(|a| a.0 == d.agency_id)
            .map(|a| a.1.clone())
            .unwrap_or_default();
        let comps: Vec<(i64, String, i64, i64, i64, Option<String>)> = sqlx::query_as(
            "SELECT id, name, mandatory, originals, copies, template_file FROM procedure_components \
             WHERE procedure_id = $1 ORDER BY position",
        )
        .bind(d.procedure_id)
        .fetch_all(&db.pool)
        .await
        .map_err(internal)?;
        let files: Vec<(i64, String, String, i64, String)> = sqlx::query_as(
            "SELECT f.component_id, f.public_id, f.name, b.size, b.content_type FROM dossier_files f \
             JOIN blobs b ON b.sha256 = f.sha256 WHERE f.dossier_id = $1 AND f.replaced = 0",
        )
        .bind(d.id)
        .fetch_all(&db.pool)
        .await
        .map_err(internal)?;
        let components = comps
            .into_iter()
            .map(
                |(id, name, mandatory, originals, copies, template_file)| ComponentSlot {
                    id,
                    name,
                    mandatory: mandatory != 0,
                    originals,
                    copies,
                    template_file,
                    file: files.iter().find(|f| f.0 == id).map(|f| FileView {
                        public_id: f.1.clone(),
                        name: f.2.clone(),
                        size: f.3,
                        content_type: f.4.clone(),
                    }),
                    requested: d.supplement_components.contains(&id)
                        || (d.status == Status::SupplementRequested
                            && d.supplement_components.is_empty()),
                },
            )
            .collect();
        let events = sqlx::query_as::<_, (i64, String, String, String)>(
            "SELECT at, to_status, actor_kind, note FROM dossier_events WHERE dossier_id = $1 ORDER BY at, id",
        )
        .bind(d.id)
        .fetch_all(&db.pool)
        .await
        .map_err(internal)?
        .into_iter()
        .map(|(at, to, actor, note)| EventView {
            at: format::datetime(at),
            to_label: Status::parse(&to)
                .map(|s| crate::dossiers::status_label(locale, s))
                .unwrap_or_default()
                .to_string(),
            actor: crate::dossiers::actor_label(locale, &actor).to_string(),
            note,
        })
        .collect();
        let store: Vec<(String, String)> = sqlx::query_as(
            "SELECT public_id, name FROM documents WHERE owner_id = $1 ORDER BY updated_at DESC",
        )
        .bind(user.id)
        .fetch_all(&db.pool)
        .await
        .map_err(internal)?;
        let provinces = crate::accounts::profile::server::provinces(&svc).await?;
        let communes =
            crate::accounts::profile::server::communes(&svc, &d.delivery.province).await?;
        let now = now_epoch();
        let actions = allowed_actions(d.status, Actor::Citizen);
        Ok(DossierView {
            public_id: d.public_id.clone(),
            code: d.code.clone(),
            status: d.status.as_str().to_string(),
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
            late: is_late(&d, now),
            draft_step: d.draft_step.clone(),
            supplement_note: d.supplement_note.clone(),
            store,
            provinces,
            communes,
            can_withdraw: actions.contains(&Action::Withdraw),
            can_supplement: actions.contains(&Action::Supplement),
            max_upload_mb: (svc.storage.max_bytes / (1024 * 1024)) as i64,
        })
    }

    /// Past its due date and not resolved in time.
    pub fn is_late(d: &DossierRow, now: i64) -> bool {
        match (d.due_at, d.resolved_at) {
            (Some(due), Some(resolved)) => resolved > due,
            (Some(due), None) => {
                !matches!(d.status, Status::Refused | Status::Withdrawn)
                    && !d.status.stops_the_clock()
                    && now > due
            }
            _ => false,
        }
    }

    pub async fn save_agency(f: AgencyForm) -> Result<(), AppError> {
        let locale = locale::current();
        let Some((svc, _, d)) = owned_draft(&f.pid).await? else {
            return Ok(());
        };
        let agency: i64 = f.agency.parse().unwrap_or_default();
        let ok: Option<i64> = sqlx::query_scalar(
            "SELECT agency_id FROM procedure_agencies WHERE procedure_id = $1 AND agency_id = $2",
        )
        .bind(d.procedure_id)
        .bind(agency)
        .fetch_optional(&svc.db.pool)
        .await
        .map_err(internal)?;
        if ok.is_none() {
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
        let m = crate::accounts::messages::name_error;
        if let Err(e) = PersonName::parse(&applicant.full_name) {
            // Organisations' names are not personal names: only require one.
            if applicant.full_name.chars().count() < 2 || applicant.full_name.chars().count() > 250
            {
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
            errs.add(
                "birth_date",
                crate::accounts::messages::date_error(locale, e),
            );
        }
        let phone = match PhoneNumber::parse(&applicant.phone) {
            Ok(p) => Some(p),
            Err(e) => {
                errs.add("phone", crate::accounts::messages::phone_error(locale, e));
                None
            }
        };
        if !applicant.email.is_empty()
            && let Err(e) = Email::parse(&applicant.email)
        {
            errs.add("email", crate::accounts::messages::email_error(locale, e));
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
        let found: Option<i64> = sqlx::query_scalar(
            "SELECT id FROM procedure_components WHERE id = $1 AND procedure_id = $2",
        )
        .bind(component)
        .bind(d.procedure_id)
        .fetch_optional(&svc.db.pool)
        .await
        .map_err(internal)?;
        Ok(found.is_some())
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
        let doc: Option<(String, String)> = sqlx::query_as(
            "SELECT name, sha256 FROM documents WHERE public_id = $1 AND owner_id = $2",
        )
        .bind(&f.document)
        .bind(user.id)
        .fetch_optional(&svc.db.pool)
        .await
        .map_err(internal)?;
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
        sqlx::query_as(
            "SELECT c.id, c.name FROM procedure_components c WHERE c.procedure_id = $1 AND c.mandatory = 1 \
             AND NOT EXISTS (SELECT 1 FROM dossier_files f WHERE f.dossier_id = $2 \
             AND f.component_id = c.id AND f.replaced = 0) ORDER BY c.position",
        )
        .bind(d.procedure_id)
        .bind(d.id)
        .fetch_all(&svc.db.pool)
        .await
        .map_err(internal)
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
        let post = f.receive == "post";
        let home = use_context::<crate::site::SiteInfo>()
            .map(|s| s.province_code)
            .unwrap_or_default();
        let delivery = Delivery {
            receive: f.receive.clone(),
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
        if !matches!(f.receive.as_str(), "online" | "in_person" | "post") {
            errs.add(
                "receive",
                td_string!(locale, dossier.receive_missing).to_string(),
            );
        }
        if post || delivery.pickup {
            let of: Option<String> =
                sqlx::query_scalar("SELECT province_code FROM communes WHERE code = $1")
                    .bind(&f.postal_commune)
                    .fetch_optional(&svc.db.pool)
                    .await
                    .map_err(internal)?;
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
        let added: Vec<i64> = sqlx::query_scalar(
            "SELECT component_id FROM dossier_files WHERE dossier_id = $1 AND replaced = 0 AND for_supplement = 1",
        )
        .bind(d.id)
        .fetch_all(&svc.db.pool)
        .await
        .map_err(internal)?;
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

    pub async fn list(status: &str) -> Result<Vec<DossierSummary>, AppError> {
        let svc = backend::services()?;
        let (user, _) = require_user(&svc).await?;
        let locale = locale::current();
        let filter = Status::parse(status);
        type Row = (
            String,
            Option<String>,
            String,
            String,
            String,
            i64,
            Option<i64>,
            Option<i64>,
            String,
        );
        let rows: Vec<Row> =
            sqlx::query_as(
                "SELECT d.public_id, d.code, p.name, a.name, d.status, d.updated_at, d.due_at, d.resolved_at, \
                 d.draft_step \
                 FROM dossiers d JOIN procedures p ON p.id = d.procedure_id JOIN agencies a ON a.id = d.agency_id \
                 WHERE d.owner_id = $1 AND ($2 = '' OR d.status = $2) ORDER BY d.updated_at DESC, d.id DESC",
            )
            .bind(user.id)
            .bind(filter.map(|s| s.as_str()).unwrap_or(""))
            .fetch_all(&svc.db.pool)
            .await
            .map_err(internal)?;
        let now = now_epoch();
        Ok(rows
            .into_iter()
            .map(
                |(
                    public_id,
                    code,
                    procedure_name,
                    agency_name,
                    status,
                    updated,
                    due,
                    resolved,
                    draft_step,
                )| {
                    let st = Status::parse(&status).unwrap_or(Status::Draft);
                    let late = match (due, resolved) {
                        (Some(due), Some(r)) => r > due,
                        (Some(due), None) => !st.is_final() && !st.stops_the_clock() && now > due,
                        _ => false,
                    };
                    DossierSummary {
                        public_id,
                        code,
                        procedure_name,
                        agency_name,
                        status_label: crate::dossiers::status_label(locale, st).to_string(),
                        status,
                        updated_at: format::datetime(updated),
                        due_at: due.map(format::datetime),
                        late,
                        draft_step,
                    }
                },
            )
            .collect())
    }
}
