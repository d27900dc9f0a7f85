//! The back office (Bộ phận một cửa, SPEC §5): an officer's queue of their agency's dossiers,
//! the dossier page with every file, and the actions the state machine allows; the
//! administrators' audit log; the citizen's notification centre.
//!
//! Every back-office page and server function answers "not found" to anyone but an officer of
//! the dossier's agency (the audit log: to anyone but an administrator).

pub mod pages;
#[cfg(feature = "ssr")]
pub mod service;
#[cfg(feature = "ssr")]
pub mod store;

pub use crate::dossiers::{ApologyView, FeeView, ResultView};
use crate::{
    dossiers::{Applicant, Delivery, EventView},
    error::AppError,
};
use domain::dossier::Status;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// The queue's filters as the URL carries them (all optional).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct QueueParams {
    /// The agency (for officers of several).
    pub agency: String,
    /// A tab's slug; empty: the first tab, or every tab when searching.
    pub tab: String,
    /// A dossier code, an ID number or part of the applicant's name.
    pub q: String,
    pub procedure: String,
    /// Submitted from / to (dd/mm/yyyy, both included).
    pub from: String,
    pub to: String,
    /// "han" (due date, earliest first), "han-giam", "moi-nhat".
    pub sort: String,
    pub page: String,
}

/// A tab and how many dossiers it holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TabCount {
    pub slug: String,
    pub label: String,
    pub count: i64,
}

/// A dossier in the queue.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QueueItem {
    pub public_id: String,
    pub code: String,
    pub applicant_name: String,
    pub procedure_name: String,
    pub status: Status,
    pub status_label: String,
    pub submitted_at: String,
    pub due_at: Option<String>,
    /// Working days left before the due date (negative: overdue), while the clock runs.
    pub days_left: Option<i64>,
    pub late: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QueueView {
    pub agencies: Vec<(i64, String)>,
    pub agency_id: i64,
    pub agency_name: String,
    pub tabs: Vec<TabCount>,
    /// The tab shown ("" when a search covers every tab).
    pub tab: String,
    pub items: Vec<QueueItem>,
    pub total: i64,
    pub page: i64,
    pub pages: i64,
    pub procedures: Vec<(i64, String)>,
    /// The filters as read (shown again in the form).
    pub params: QueueParams,
    /// A filter that could not be read (the dates), with its message.
    pub filter_errors: Vec<crate::error::FieldError>,
}

/// A file of the dossier as the officer sees it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OfficeFile {
    pub public_id: String,
    pub component: String,
    pub name: String,
    pub size: i64,
    pub content_type: String,
    /// Replaced by a later file (a supplement).
    pub replaced: bool,
    pub added_at: String,
}

impl OfficeFile {
    /// Shown inline in the page: "image", "pdf" or "" (download only).
    pub fn preview(&self) -> &'static str {
        match self.content_type.as_str() {
            "image/png" | "image/jpeg" | "image/gif" | "image/webp" => "image",
            "application/pdf" => "pdf",
            _ => "",
        }
    }
}

/// The officer's view of a dossier.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OfficeDossier {
    pub public_id: String,
    pub code: String,
    pub status: Status,
    pub status_label: String,
    pub procedure_name: String,
    pub agency_name: String,
    pub applicant: Applicant,
    pub delivery: Delivery,
    pub submitted_at: Option<String>,
    pub received_at: Option<String>,
    pub due_at: Option<String>,
    /// Working days left (negative: overdue) while the clock runs.
    pub days_left: Option<i64>,
    pub late: bool,
    pub files: Vec<OfficeFile>,
    pub results: Vec<ResultView>,
    pub fees: Vec<FeeView>,
    pub apologies: Vec<ApologyView>,
    pub events: Vec<EventView>,
    /// The actions allowed now (their slugs, see [`action_slug`]).
    pub actions: Vec<String>,
    /// The procedure's document components: (id, name), for a supplement request.
    pub components: Vec<(i64, String)>,
    pub supplement_note: String,
    pub handover_method: String,
    pub handover_tracking: String,
    /// The version the page shows: an action sent from it is refused when the dossier changed
    /// meanwhile.
    pub version: i64,
    /// What this officer posted in an action the server just refused, shown again in its form.
    pub refused: Option<ActForm>,
}

/// An officer's action, as its form sends it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct ActForm {
    pub pid: String,
    /// The action's slug.
    pub action: String,
    /// The version the officer saw.
    pub v: String,
    /// Reason, note, or what the supplement needs.
    pub note: String,
    /// Components a supplement asks for (their ids).
    pub components: Vec<String>,
    /// Fee items: names and amounts (VND), row by row.
    pub fee_names: Vec<String>,
    pub fee_amounts: Vec<String>,
    /// Hand-over: "in_person" or "post", and the tracking number.
    pub method: String,
    pub tracking: String,
    /// Apology: the new appointment (dd/mm/yyyy).
    pub new_due: String,
}

/// The URL slug of an action (`/can-bo/ho-so/{pid}/{slug}`).
pub fn action_slug(a: domain::dossier::Action) -> &'static str {
    use domain::dossier::Action as A;
    match a {
        A::Receive => "tiep-nhan",
        A::Refuse => "tu-choi",
        A::Process => "xu-ly",
        A::RequestSupplement => "yeu-cau-bo-sung",
        A::Pause => "tam-dung",
        A::Resume => "tiep-tuc",
        A::RequestPayment => "thong-bao-phi",
        A::ConfirmPayment => "thu-phi",
        A::CancelPayment => "huy-thong-bao-phi",
        A::Resolve => "ket-qua",
        A::HandOver => "tra-ket-qua",
        A::Submit => "nop",
        A::Withdraw => "rut",
        A::Supplement => "bo-sung",
    }
}

/// The slug of the apology letter's page (not a transition).
pub const APOLOGY: &str = "xin-loi";

/// The action of a slug, for officers (the counter payment stands for the system's
/// confirmation until the gateways arrive).
pub fn action_of(slug: &str) -> Option<domain::dossier::Action> {
    domain::dossier::ALL_ACTIONS
        .into_iter()
        .find(|a| action_slug(*a) == slug)
}

/// The label of an action's button and page title.
pub fn action_label(locale: crate::i18n::Locale, slug: &str) -> &'static str {
    use crate::i18n::Locale::{en, vi};
    match (slug, locale) {
        ("tiep-nhan", vi) => "Tiếp nhận hồ sơ",
        ("tiep-nhan", en) => "Receive the dossier",
        ("tu-choi", vi) => "Từ chối hồ sơ",
        ("tu-choi", en) => "Refuse the dossier",
        ("xu-ly", vi) => "Chuyển xử lý",
        ("xu-ly", en) => "Start processing",
        ("yeu-cau-bo-sung", vi) => "Yêu cầu bổ sung",
        ("yeu-cau-bo-sung", en) => "Request a supplement",
        ("tam-dung", vi) => "Tạm dừng xử lý",
        ("tam-dung", en) => "Pause processing",
        ("tiep-tuc", vi) => "Tiếp tục xử lý",
        ("tiep-tuc", en) => "Resume processing",
        ("thong-bao-phi", vi) => "Thông báo phí, lệ phí",
        ("thong-bao-phi", en) => "Issue a fee notice",
        ("thu-phi", vi) => "Ghi nhận đã thu phí tại quầy",
        ("thu-phi", en) => "Record a payment at the counter",
        ("huy-thong-bao-phi", vi) => "Hủy thông báo phí",
        ("huy-thong-bao-phi", en) => "Cancel the fee notice",
        ("ket-qua", vi) => "Cập nhật kết quả giải quyết",
        ("ket-qua", en) => "Record the result",
        ("tra-ket-qua", vi) => "Trả kết quả",
        ("tra-ket-qua", en) => "Hand the result over",
        ("xin-loi", vi) => "Văn bản xin lỗi",
        ("xin-loi", en) => "Apology letter",
        (_, vi) => "Thao tác",
        (_, en) => "Action",
    }
}

server_only! {
    pub async fn get_queue(p: QueueParams) -> Result<QueueView, AppError> {
        service::queue(p).await
    }
}

server_only! {
    pub async fn get_office_dossier(pid: String) -> Result<OfficeDossier, AppError> {
        service::dossier(&pid).await
    }
}

#[server(prefix = "/api", endpoint = "office/act")]
pub async fn office_act(f: ActForm) -> Result<(), AppError> {
    let answers = f.clone();
    let result: Result<(), AppError> = service::act(f).await;
    if let Err(AppError::Validation(_)) = &result {
        service::keep_refused(&answers).await?;
    }
    result.map_err(AppError::respond)
}
