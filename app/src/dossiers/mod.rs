//! Dossiers (hồ sơ, SPEC §4): composing and submitting a dossier, "Quản lý hồ sơ",
//! supplements and withdrawal, public tracking by code, the personal document store; and the
//! home page's figures, computed from the dossiers table (zero until there are dossiers).

#[cfg(feature = "ssr")]
pub mod access;
pub mod compose;
pub mod documents;
pub mod manage;
#[cfg(feature = "ssr")]
pub mod routes;
#[cfg(feature = "ssr")]
pub mod service;
#[cfg(feature = "ssr")]
pub mod store;
pub mod track;

use crate::error::AppError;
use domain::{delivery::DeliveryMode, dossier::Status};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// A status in the visitor's language (the citizen's wording of SPEC §4), from the locale files.
/// The citizen's notices (SMS, e-mail, in-app) take their words from here too, in each language.
pub fn status_label(locale: crate::i18n::Locale, status: Status) -> &'static str {
    use crate::i18n::td_string;
    match status {
        Status::Draft => td_string!(locale, status.draft),
        Status::Submitted => td_string!(locale, status.submitted),
        Status::Received => td_string!(locale, status.received),
        Status::Processing => td_string!(locale, status.processing),
        Status::SupplementRequested => td_string!(locale, status.supplement_requested),
        Status::Supplemented => td_string!(locale, status.supplemented),
        Status::Paused => td_string!(locale, status.paused),
        Status::AwaitingPayment => td_string!(locale, status.awaiting_payment),
        Status::Resolved => td_string!(locale, status.resolved),
        Status::Returned => td_string!(locale, status.returned),
        Status::Refused => td_string!(locale, status.refused),
        Status::Withdrawn => td_string!(locale, status.withdrawn),
    }
}

/// Who moved a dossier, as its timeline says it (the stored actor kind).
pub fn actor_label(locale: crate::i18n::Locale, actor_kind: &str) -> &'static str {
    use crate::i18n::td_string;
    match actor_kind {
        "citizen" => td_string!(locale, actor.citizen),
        "officer" => td_string!(locale, actor.officer),
        _ => td_string!(locale, actor.system),
    }
}

/// Who the dossier is for (filled from the profile, editable).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Applicant {
    pub full_name: String,
    /// CCCD / CMND (citizens) or tax code (organisations).
    pub id_number: String,
    pub birth_date: String,
    pub phone: String,
    pub email: String,
    pub address: String,
}

/// How the result is received.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Delivery {
    /// None until the citizen chooses (stored as "", which older drafts may hold too).
    #[serde(with = "domain::delivery::unchosen")]
    pub receive: Option<DeliveryMode>,
    /// "Đồng ý sử dụng dịch vụ nộp hồ sơ qua bưu điện": the post office collects the originals.
    pub pickup: bool,
    pub province: String,
    pub commune: String,
    pub street: String,
    /// The postal fee quoted (VND), 0 without postal service.
    pub fee: i64,
}

/// A resolved dossier as the public list shows it: the applicant's name masked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ResolvedDossier {
    pub masked_name: String,
    pub code: String,
    pub procedure: String,
}

/// This year's processing figures (SPEC §2).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HomeFigures {
    pub year: i32,
    pub received: i64,
    pub resolved: i64,
    /// Resolved on time, in tenths of a percent (`None` before anything is resolved).
    pub on_time_permille: Option<i64>,
    /// When these figures were computed (epoch seconds).
    pub computed_at: i64,
    pub recent: Vec<ResolvedDossier>,
}

server_only! {
    pub async fn get_home_figures() -> Result<HomeFigures, AppError> {
        let svc = crate::backend::services()?;
        service::figures(&svc.db).await
    }
}

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

/// A fee notice.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FeeView {
    pub items: Vec<(String, i64)>,
    pub total: i64,
    pub issued_at: String,
    pub paid_at: Option<String>,
    pub paid_method: String,
    pub paid_note: String,
    /// When the agency withdrew it.
    pub cancelled_at: Option<String>,
    /// The electronic receipt of an online payment: (public id, number).
    pub receipt: Option<(String, String)>,
}

/// An apology letter.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApologyView {
    pub public_id: String,
    pub reason: String,
    pub new_due: String,
    pub issued_at: String,
    pub officer: String,
}

/// A result document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ResultView {
    pub public_id: String,
    pub name: String,
    pub size: i64,
    pub added_at: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DossierView {
    pub public_id: String,
    pub code: Option<String>,
    pub status: Status,
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
    /// What the agency gave back: result documents, fee notices, apology letters.
    pub results: Vec<ResultView>,
    pub fees: Vec<FeeView>,
    pub apologies: Vec<ApologyView>,
}

/// A dossier in "Quản lý hồ sơ".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DossierSummary {
    pub public_id: String,
    pub code: Option<String>,
    pub procedure_name: String,
    pub agency_name: String,
    pub status: Status,
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
    let result: Result<(), AppError> = async move { service::start(f).await }.await;
    result.map_err(AppError::respond)
}

server_only! {
    pub async fn get_dossier(pid: String) -> Result<DossierView, AppError> {
        service::view(&pid).await
    }
}

#[server(prefix = "/api", endpoint = "dossier/agency")]
pub async fn save_agency(f: AgencyForm) -> Result<(), AppError> {
    let result: Result<(), AppError> = async move { service::save_agency(f).await }.await;
    result.map_err(AppError::respond)
}

#[server(prefix = "/api", endpoint = "dossier/applicant")]
pub async fn save_applicant(f: ApplicantForm) -> Result<(), AppError> {
    let result: Result<(), AppError> = async move { service::save_applicant(f).await }.await;
    result.map_err(AppError::respond)
}

#[server(prefix = "/api", endpoint = "dossier/attach")]
pub async fn attach_document(f: AttachForm) -> Result<(), AppError> {
    let result: Result<(), AppError> = async move { service::attach(f).await }.await;
    result.map_err(AppError::respond)
}

#[server(prefix = "/api", endpoint = "dossier/detach")]
pub async fn detach_file(f: DetachForm) -> Result<(), AppError> {
    let result: Result<(), AppError> = async move { service::detach(f).await }.await;
    result.map_err(AppError::respond)
}

#[server(prefix = "/api", endpoint = "dossier/documents")]
pub async fn documents_done(f: StepForm) -> Result<(), AppError> {
    let result: Result<(), AppError> = async move { service::documents_done(f).await }.await;
    result.map_err(AppError::respond)
}

#[server(prefix = "/api", endpoint = "dossier/delivery")]
pub async fn save_delivery(f: DeliveryForm) -> Result<(), AppError> {
    let result: Result<(), AppError> = async move { service::save_delivery(f).await }.await;
    result.map_err(AppError::respond)
}

#[server(prefix = "/api", endpoint = "dossier/submit")]
pub async fn submit_dossier(f: StepForm) -> Result<(), AppError> {
    let result: Result<(), AppError> = async move { service::submit(f).await }.await;
    result.map_err(AppError::respond)
}

#[server(prefix = "/api", endpoint = "dossier/withdraw")]
pub async fn withdraw_dossier(f: StepForm) -> Result<(), AppError> {
    let result: Result<(), AppError> = async move { service::withdraw(f).await }.await;
    result.map_err(AppError::respond)
}

#[server(prefix = "/api", endpoint = "dossier/delete")]
pub async fn delete_draft(f: StepForm) -> Result<(), AppError> {
    let result: Result<(), AppError> = async move { service::delete_draft(f).await }.await;
    result.map_err(AppError::respond)
}

#[server(prefix = "/api", endpoint = "dossier/supplement")]
pub async fn submit_supplement(f: StepForm) -> Result<(), AppError> {
    let result: Result<(), AppError> = async move { service::supplement(f).await }.await;
    result.map_err(AppError::respond)
}

server_only! {
    pub async fn list_dossiers(status: String) -> Result<Vec<DossierSummary>, AppError> {
        service::list(&status).await
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TrackView {
    pub code: String,
    pub status_label: String,
    pub procedure: String,
    pub agency: String,
    pub masked_name: String,
    pub submitted_at: Option<String>,
    pub received_at: Option<String>,
    pub due_at: Option<String>,
    pub resolved_at: Option<String>,
    pub late: bool,
    /// Where to collect the result, once resolved (the agency's address).
    pub collect_at: Option<String>,
    /// The visitor owns it: the page links to the whole dossier.
    pub own_link: Option<String>,
    /// The agency issued an apology letter for its lateness ("đã có văn bản xin lỗi").
    pub apology: bool,
}

server_only! {
    pub async fn track_dossier(code: String) -> Result<Option<TrackView>, AppError> {
        service::track(code).await
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocumentView {
    pub file: FileView,
    pub updated_at: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct RenameForm {
    pub id: String,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct DeleteForm {
    pub id: String,
}

server_only! {
    pub async fn list_documents() -> Result<(Vec<DocumentView>, i64), AppError> {
        service::documents().await
    }
}

#[server(prefix = "/api", endpoint = "documents/rename")]
pub async fn rename_document(f: RenameForm) -> Result<(), AppError> {
    let result: Result<(), AppError> = service::rename_document(f).await;
    result.map_err(AppError::respond)
}

#[server(prefix = "/api", endpoint = "documents/delete")]
pub async fn delete_document(f: DeleteForm) -> Result<(), AppError> {
    let result: Result<(), AppError> = service::delete_document(f).await;
    result.map_err(AppError::respond)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Locale;

    #[test]
    fn every_status_has_its_own_wording_in_both_languages() {
        for locale in [Locale::vi, Locale::en] {
            let labels = domain::dossier::ALL_STATUSES.map(|s| status_label(locale, s));
            let mut unique = labels.to_vec();
            unique.sort_unstable();
            unique.dedup();
            assert_eq!(unique.len(), labels.len(), "{labels:?}");
        }
        assert_eq!(
            status_label(Locale::vi, Status::Resolved),
            "Đã giải quyết – chờ trả kết quả"
        );
        assert_eq!(
            status_label(Locale::en, Status::Submitted),
            "Awaiting reception"
        );
        assert_eq!(
            actor_label(Locale::vi, "officer"),
            "Cán bộ tiếp nhận, xử lý"
        );
        assert_eq!(actor_label(Locale::en, "system"), "System");
    }
}
