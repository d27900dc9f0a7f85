//! The back office (Bộ phận một cửa, SPEC §5): an officer's queue of their agency's dossiers,
//! the dossier page with every file, and the actions the state machine allows; the
//! administrators' audit log; the citizen's notification centre.
//!
//! Every back-office page and server function answers "not found" to anyone but an officer of
//! the dossier's agency (the audit log: to anyone but an administrator).

pub mod pages;
#[cfg(feature = "ssr")]
pub mod results;
#[cfg(feature = "ssr")]
pub mod routes;
#[cfg(feature = "ssr")]
pub mod service;
#[cfg(feature = "ssr")]
pub mod store;

pub use crate::dossiers::{ApologyView, FeeView, ResultView};
use crate::i18n::*;
use crate::{
    dossiers::{Applicant, Delivery, EventView},
    error::AppError,
};
use domain::dossier::{Action, Actor, Status, allowed_actions};
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
    /// The actions allowed now, in the order of [`ACTIONS`].
    pub actions: Vec<OfficerAction>,
    /// The procedure's document components: (id, name), for a supplement request.
    pub components: Vec<(i64, String)>,
    pub supplement_note: String,
    /// None until the result is handed over.
    pub handover_method: Option<domain::delivery::HandOverMethod>,
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
    /// The action's slug ([`ActionSpec::slug`]).
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

// --- Every officer action, once ---------------------------------------------------------------
//
// Its address, its words (keys of the locale files), the form it shows, the rule of its note and
// what it writes besides the dossier's move. The pages, the service and the result upload read
// this table; adding an action is one entry here and, when it needs fields of its own, one
// [`Form`] with its fields in `pages.rs` and its parsing in `service.rs`.
//
// Every move sends the citizen the status-change notice (`templates::dossier_changed`, written by
// `dossiers::store::act_in` with the facts of what the move wrote: the due date, the fee notice's
// total and link, the hand-over); the apology letter sends its own (`templates::dossier_apology`).

/// What an officer's action does: a move of the state machine, or the apology letter of a late
/// dossier (no move).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum OfficerAction {
    Move(Action),
    Apology,
}

/// The fields an action's form shows (besides the dossier and the version seen).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// A note, optional.
    Note,
    /// A reason.
    Reason,
    /// The components to add or replace, and what the supplement needs.
    Supplement,
    /// Fee items: names and amounts.
    FeeItems,
    /// The number of the receipt given at the counter.
    CounterReceipt,
    /// The hand-over method and the postal tracking number.
    HandOver,
    /// Result files: a multipart form posted to the result upload
    /// (`/can-bo/ho-so/{pid}/ket-qua/tai-len`), not to `office_act`.
    ResultFiles,
    /// A reason and the new appointment.
    Apology,
}

/// Whether an action needs its note. Whatever the rule, a note longer than `service::MAX_NOTE`
/// characters is refused, never cut.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoteRule {
    Optional,
    /// At least [`MIN_REASON`] characters.
    Required,
}

/// The shortest reason accepted (characters).
pub const MIN_REASON: u32 = 5;

impl NoteRule {
    pub fn required(self) -> bool {
        self == NoteRule::Required
    }

    /// Whether `note` (white space folded) satisfies the rule.
    pub fn accepts(self, note: &str) -> bool {
        match self {
            NoteRule::Optional => true,
            NoteRule::Required => note.chars().count() >= MIN_REASON as usize,
        }
    }
}

/// What an action writes besides the dossier's move (its `dossiers::store::Extra`), and whose
/// store writes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Writes {
    /// The move, its timeline entry, its notice, its audit entry: nothing more.
    Nothing,
    /// What the supplement asks for (`dossiers`).
    Supplement,
    /// A new fee notice (`fee_notices`, the payments store).
    FeeNotice,
    /// The open fee notice paid at the counter (`fee_notices`, the payments store).
    CounterPayment,
    /// The open fee notice cancelled (`fee_notices`, the payments store).
    CancelFee,
    /// The hand-over's method and tracking number (`dossiers`).
    HandOver,
    /// The result documents (`result_files`, through the result upload).
    Results,
    /// An apology letter (`apology_letters`, the office store).
    ApologyLetter,
}

/// One officer action.
#[derive(Debug, Clone, Copy)]
pub struct ActionSpec {
    pub action: OfficerAction,
    /// Its address: `/can-bo/ho-so/{pid}/{slug}`; also the notice `?tb={slug}-xong`.
    pub slug: &'static str,
    /// The label of its button and the title of its page.
    pub label: fn(Locale) -> &'static str,
    /// What it does, said before its form (none: the form says it).
    pub lead: Option<fn(Locale) -> &'static str>,
    pub form: Form,
    pub note: NoteRule,
    pub writes: Writes,
}

/// Every officer action, in the order of the dossier's page.
pub const ACTIONS: [ActionSpec; 12] = [
    ActionSpec {
        action: OfficerAction::Move(Action::Receive),
        slug: "tiep-nhan",
        label: |l| td_string!(l, office.action.receive.label),
        lead: Some(|l| td_string!(l, office.action.receive.lead)),
        form: Form::Note,
        note: NoteRule::Optional,
        writes: Writes::Nothing,
    },
    ActionSpec {
        action: OfficerAction::Move(Action::Refuse),
        slug: "tu-choi",
        label: |l| td_string!(l, office.action.refuse.label),
        lead: Some(|l| td_string!(l, office.action.refuse.lead)),
        form: Form::Reason,
        note: NoteRule::Required,
        writes: Writes::Nothing,
    },
    ActionSpec {
        action: OfficerAction::Move(Action::Process),
        slug: "xu-ly",
        label: |l| td_string!(l, office.action.process.label),
        lead: Some(|l| td_string!(l, office.action.process.lead)),
        form: Form::Note,
        note: NoteRule::Optional,
        writes: Writes::Nothing,
    },
    ActionSpec {
        action: OfficerAction::Move(Action::RequestSupplement),
        slug: "yeu-cau-bo-sung",
        label: |l| td_string!(l, office.action.request_supplement.label),
        lead: Some(|l| td_string!(l, office.action.request_supplement.lead)),
        form: Form::Supplement,
        note: NoteRule::Required,
        writes: Writes::Supplement,
    },
    ActionSpec {
        action: OfficerAction::Move(Action::Pause),
        slug: "tam-dung",
        label: |l| td_string!(l, office.action.pause.label),
        lead: Some(|l| td_string!(l, office.action.pause.lead)),
        form: Form::Reason,
        note: NoteRule::Required,
        writes: Writes::Nothing,
    },
    ActionSpec {
        action: OfficerAction::Move(Action::Resume),
        slug: "tiep-tuc",
        label: |l| td_string!(l, office.action.resume.label),
        lead: Some(|l| td_string!(l, office.action.resume.lead)),
        form: Form::Note,
        note: NoteRule::Optional,
        writes: Writes::Nothing,
    },
    ActionSpec {
        action: OfficerAction::Move(Action::RequestPayment),
        slug: "thong-bao-phi",
        label: |l| td_string!(l, office.action.request_payment.label),
        lead: Some(|l| td_string!(l, office.action.request_payment.lead)),
        form: Form::FeeItems,
        note: NoteRule::Optional,
        writes: Writes::FeeNotice,
    },
    // The counter payment stands for the system's confirmation (a gateway's callback).
    ActionSpec {
        action: OfficerAction::Move(Action::ConfirmPayment),
        slug: "thu-phi",
        label: |l| td_string!(l, office.action.confirm_payment.label),
        lead: Some(|l| td_string!(l, office.action.confirm_payment.lead)),
        form: Form::CounterReceipt,
        note: NoteRule::Optional,
        writes: Writes::CounterPayment,
    },
    ActionSpec {
        action: OfficerAction::Move(Action::CancelPayment),
        slug: "huy-thong-bao-phi",
        label: |l| td_string!(l, office.action.cancel_payment.label),
        lead: Some(|l| td_string!(l, office.action.cancel_payment.lead)),
        form: Form::Reason,
        note: NoteRule::Required,
        writes: Writes::CancelFee,
    },
    ActionSpec {
        action: OfficerAction::Move(Action::Resolve),
        slug: "ket-qua",
        label: |l| td_string!(l, office.action.resolve.label),
        lead: None,
        form: Form::ResultFiles,
        note: NoteRule::Optional,
        writes: Writes::Results,
    },
    ActionSpec {
        action: OfficerAction::Move(Action::HandOver),
        slug: "tra-ket-qua",
        label: |l| td_string!(l, office.action.hand_over.label),
        lead: Some(|l| td_string!(l, office.action.hand_over.lead)),
        form: Form::HandOver,
        note: NoteRule::Optional,
        writes: Writes::HandOver,
    },
    ActionSpec {
        action: OfficerAction::Apology,
        slug: "xin-loi",
        label: |l| td_string!(l, office.action.apology.label),
        lead: Some(|l| td_string!(l, office.action.apology.lead)),
        form: Form::Apology,
        note: NoteRule::Required,
        writes: Writes::ApologyLetter,
    },
];

/// The action at `slug` (an address or a form's field); `None`: no such officer action.
pub fn by_slug(slug: &str) -> Option<&'static ActionSpec> {
    ACTIONS.iter().find(|s| s.slug == slug)
}

/// The entry of `action`.
pub fn spec(action: OfficerAction) -> &'static ActionSpec {
    ACTIONS
        .iter()
        .find(|s| s.action == action)
        .expect("every officer action has an entry (see the tests)")
}

/// The moves an officer may make from `status`, in the table's order.
pub fn moves_from(status: domain::dossier::Status) -> Vec<OfficerAction> {
    let allowed = allowed_actions(status, Actor::Officer);
    ACTIONS
        .iter()
        .map(|s| s.action)
        .filter(|a| matches!(a, OfficerAction::Move(m) if allowed.contains(m)))
        .collect()
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

#[cfg(test)]
mod tests {
    use super::*;
    use domain::dossier::{ALL_ACTIONS, ALL_STATUSES};

    #[test]
    fn every_move_an_officer_can_make_has_one_entry_and_slugs_are_unique() {
        for status in ALL_STATUSES {
            for a in allowed_actions(status, Actor::Officer) {
                assert!(
                    ACTIONS.iter().any(|s| s.action == OfficerAction::Move(a)),
                    "{a:?} has no entry"
                );
            }
        }
        for (i, s) in ACTIONS.iter().enumerate() {
            assert_eq!(by_slug(s.slug).map(|f| f.action), Some(s.action));
            assert!(
                ACTIONS[i + 1..].iter().all(|o| o.action != s.action),
                "{:?} twice",
                s.action
            );
            assert_eq!(spec(s.action).slug, s.slug);
            if let OfficerAction::Move(a) = s.action {
                // An officer makes it (the counter payment: in place of the system).
                assert!(
                    a.actor() == Actor::Officer || a == Action::ConfirmPayment,
                    "{a:?}"
                );
            }
        }
        // The citizen's actions have no officer's page.
        for a in ALL_ACTIONS {
            if a.actor() == Actor::Citizen {
                assert!(ACTIONS.iter().all(|s| s.action != OfficerAction::Move(a)));
            }
        }
        assert!(by_slug("khong-co").is_none());
        assert!(by_slug("nop").is_none());
    }

    #[test]
    fn labels_and_leads_come_from_both_locale_files() {
        for s in ACTIONS {
            let (vi, en) = ((s.label)(Locale::vi), (s.label)(Locale::en));
            assert!(!vi.is_empty() && !en.is_empty() && vi != en, "{}", s.slug);
            if let Some(lead) = s.lead {
                assert_ne!(lead(Locale::vi), lead(Locale::en), "{}", s.slug);
            }
        }
        assert_eq!(
            (by_slug("tiep-nhan").unwrap().label)(Locale::vi),
            "Tiếp nhận hồ sơ"
        );
        assert_eq!(
            (by_slug("thu-phi").unwrap().label)(Locale::en),
            "Record a payment at the counter"
        );
    }

    #[test]
    fn a_reason_needs_five_characters() {
        assert!(!NoteRule::Required.accepts("abcd"));
        assert!(NoteRule::Required.accepts("Thiếu"));
        assert!(NoteRule::Optional.accepts(""));
    }
}
