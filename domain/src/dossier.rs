//! The dossier state machine (SPEC §4) and dossier codes.
//!
//! Every status of a dossier and every legal move between them, for citizens, officers and the
//! system (a confirmed payment). The server refuses any other move; the mapping to the national
//! portal's status codes 1–10 is here too. The statuses' and the queue's tabs' words are not:
//! they are the app's locale files' (`status.*`, `office.tab.*`), in Vietnamese and English.

use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(rename_all = "snake_case")
)]
pub enum Status {
    /// Nháp
    Draft,
    /// Chờ tiếp nhận
    Submitted,
    /// Đã tiếp nhận
    Received,
    /// Đang xử lý
    Processing,
    /// Yêu cầu bổ sung
    SupplementRequested,
    /// Đã bổ sung
    Supplemented,
    /// Tạm dừng
    Paused,
    /// Chờ thanh toán
    AwaitingPayment,
    /// Đã giải quyết – chờ trả kết quả
    Resolved,
    /// Đã trả kết quả
    Returned,
    /// Từ chối
    Refused,
    /// Đã rút
    Withdrawn,
}

pub const ALL_STATUSES: [Status; 12] = [
    Status::Draft,
    Status::Submitted,
    Status::Received,
    Status::Processing,
    Status::SupplementRequested,
    Status::Supplemented,
    Status::Paused,
    Status::AwaitingPayment,
    Status::Resolved,
    Status::Returned,
    Status::Refused,
    Status::Withdrawn,
];

impl Status {
    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Draft => "draft",
            Status::Submitted => "submitted",
            Status::Received => "received",
            Status::Processing => "processing",
            Status::SupplementRequested => "supplement_requested",
            Status::Supplemented => "supplemented",
            Status::Paused => "paused",
            Status::AwaitingPayment => "awaiting_payment",
            Status::Resolved => "resolved",
            Status::Returned => "returned",
            Status::Refused => "refused",
            Status::Withdrawn => "withdrawn",
        }
    }

    pub fn parse(s: &str) -> Option<Status> {
        ALL_STATUSES.into_iter().find(|st| st.as_str() == s)
    }

    /// The national portal's status code (1–10) used for synchronisation; drafts have none.
    pub fn national_code(self) -> Option<u8> {
        match self {
            Status::Draft => None,
            Status::Submitted => Some(1),
            Status::Received => Some(2),
            Status::Refused => Some(3),
            Status::Processing | Status::Supplemented => Some(4),
            Status::SupplementRequested => Some(5),
            Status::AwaitingPayment => Some(6),
            Status::Withdrawn => Some(7),
            Status::Paused => Some(8),
            Status::Resolved => Some(9),
            Status::Returned => Some(10),
        }
    }

    /// No move leads out of it.
    pub fn is_final(self) -> bool {
        matches!(self, Status::Returned | Status::Refused | Status::Withdrawn)
    }

    /// The processing clock stops (the due date moves back by the time spent here).
    pub fn stops_the_clock(self) -> bool {
        matches!(
            self,
            Status::SupplementRequested | Status::Paused | Status::AwaitingPayment
        )
    }
}

/// Who acts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Actor {
    Citizen,
    Officer,
    /// The portal itself (a payment gateway's confirmed callback).
    System,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(rename_all = "snake_case")
)]
pub enum Action {
    /// Citizen: send the draft.
    Submit,
    /// Citizen: take the dossier back before it is received.
    Withdraw,
    /// Citizen: send the requested documents ("Nộp bổ sung").
    Supplement,
    /// Officer: accept the dossier (the due date is set).
    Receive,
    /// Officer: refuse it, with a reason.
    Refuse,
    /// Officer: start work on a received or supplemented dossier.
    Process,
    /// Officer: ask for documents, with the list and a note.
    RequestSupplement,
    /// Officer: stop the clock, with a reason.
    Pause,
    /// Officer: start the clock again.
    Resume,
    /// Officer: issue a fee notice.
    RequestPayment,
    /// System: the fee notice was paid.
    ConfirmPayment,
    /// Officer: withdraw the fee notice (issued in error), with a reason; a payment confirmed
    /// after this is refunded.
    CancelPayment,
    /// Officer: record the result document.
    Resolve,
    /// Officer: hand the result over (in person or by post).
    HandOver,
}

pub const ALL_ACTIONS: [Action; 14] = [
    Action::Submit,
    Action::Withdraw,
    Action::Supplement,
    Action::Receive,
    Action::Refuse,
    Action::Process,
    Action::RequestSupplement,
    Action::Pause,
    Action::Resume,
    Action::RequestPayment,
    Action::ConfirmPayment,
    Action::CancelPayment,
    Action::Resolve,
    Action::HandOver,
];

impl Action {
    pub fn as_str(self) -> &'static str {
        match self {
            Action::Submit => "submit",
            Action::Withdraw => "withdraw",
            Action::Supplement => "supplement",
            Action::Receive => "receive",
            Action::Refuse => "refuse",
            Action::Process => "process",
            Action::RequestSupplement => "request_supplement",
            Action::Pause => "pause",
            Action::Resume => "resume",
            Action::RequestPayment => "request_payment",
            Action::ConfirmPayment => "confirm_payment",
            Action::CancelPayment => "cancel_payment",
            Action::Resolve => "resolve",
            Action::HandOver => "hand_over",
        }
    }

    pub fn parse(s: &str) -> Option<Action> {
        ALL_ACTIONS.into_iter().find(|a| a.as_str() == s)
    }

    /// Who may take this action.
    pub fn actor(self) -> Actor {
        match self {
            Action::Submit | Action::Withdraw | Action::Supplement => Actor::Citizen,
            Action::ConfirmPayment => Actor::System,
            _ => Actor::Officer,
        }
    }

    /// Whether the action needs a note (a reason, the list of documents).
    pub fn needs_note(self) -> bool {
        matches!(
            self,
            Action::Refuse | Action::RequestSupplement | Action::Pause | Action::CancelPayment
        )
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TransitionError {
    /// This actor may not take this action.
    NotAllowed,
    /// The action does not apply to a dossier in this status.
    IllegalFrom(Status),
}

/// The status after `action` by `actor` on a dossier in `from`, or why it is refused.
pub fn transition(from: Status, action: Action, actor: Actor) -> Result<Status, TransitionError> {
    use Action as A;
    use Status as S;
    // A fee paid at the counter is confirmed by the officer who took it (a gateway's confirmed
    // callback is the portal's own).
    let counter_payment = action == Action::ConfirmPayment && actor == Actor::Officer;
    if action.actor() != actor && !counter_payment {
        return Err(TransitionError::NotAllowed);
    }
    let to = match (from, action) {
        (S::Draft, A::Submit) => S::Submitted,
        (S::Submitted, A::Withdraw) => S::Withdrawn,
        (S::SupplementRequested, A::Supplement) => S::Supplemented,
        (S::Submitted, A::Receive) => S::Received,
        (S::Submitted | S::Received | S::Processing | S::Supplemented, A::Refuse) => S::Refused,
        (S::Received | S::Supplemented, A::Process) => S::Processing,
        (S::Submitted | S::Received | S::Processing | S::Supplemented, A::RequestSupplement) => {
            S::SupplementRequested
        }
        (S::Received | S::Processing | S::Supplemented, A::Pause) => S::Paused,
        (S::Paused, A::Resume) => S::Processing,
        (S::Received | S::Processing | S::Supplemented, A::RequestPayment) => S::AwaitingPayment,
        (S::AwaitingPayment, A::ConfirmPayment | A::CancelPayment) => S::Processing,
        (S::Received | S::Processing | S::Supplemented, A::Resolve) => S::Resolved,
        (S::Resolved, A::HandOver) => S::Returned,
        _ => return Err(TransitionError::IllegalFrom(from)),
    };
    Ok(to)
}

/// The actions a dossier in `status` allows `actor`.
pub fn allowed_actions(status: Status, actor: Actor) -> Vec<Action> {
    ALL_ACTIONS
        .into_iter()
        .filter(|a| transition(status, *a, actor).is_ok())
        .collect()
}

/// Whether a dossier is late (SPEC §4): resolved after its due date, or still open past it
/// while its clock runs. A dossier whose clock is stopped (supplement, pause, fee notice) or that
/// ended without a result (refused, withdrawn) is not late; one without a due date never is.
/// Times are epoch seconds.
pub fn is_late(status: Status, due: Option<i64>, resolved: Option<i64>, now: i64) -> bool {
    match (due, resolved) {
        (Some(due), Some(resolved)) => resolved > due,
        (Some(due), None) => !status.is_final() && !status.stops_the_clock() && now > due,
        (None, _) => false,
    }
}

/// The statuses in which a received dossier's clock runs: the ones that can fall due.
pub const RUNNING: [Status; 3] = [Status::Received, Status::Processing, Status::Supplemented];

/// A tab of an agency's queue (SPEC §5): which dossiers it holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum QueueTab {
    /// Chờ tiếp nhận
    New,
    /// Đang xử lý (received or in progress)
    InProgress,
    /// Yêu cầu bổ sung / Đã bổ sung
    Supplement,
    /// Tạm dừng
    Paused,
    /// Chờ thanh toán
    AwaitingPayment,
    /// Sắp đến hạn: the clock runs and the due date is within two working days.
    DueSoon,
    /// Quá hạn: the clock runs and the due date has passed.
    Overdue,
    /// Đã giải quyết (awaiting hand-over or handed over)
    Resolved,
    /// Từ chối / Đã rút: closed without a result.
    Closed,
}

pub const ALL_TABS: [QueueTab; 9] = [
    QueueTab::New,
    QueueTab::InProgress,
    QueueTab::Supplement,
    QueueTab::Paused,
    QueueTab::AwaitingPayment,
    QueueTab::DueSoon,
    QueueTab::Overdue,
    QueueTab::Resolved,
    QueueTab::Closed,
];

impl QueueTab {
    /// The tab's name in URLs.
    pub fn slug(self) -> &'static str {
        match self {
            QueueTab::New => "cho-tiep-nhan",
            QueueTab::InProgress => "dang-xu-ly",
            QueueTab::Supplement => "bo-sung",
            QueueTab::Paused => "tam-dung",
            QueueTab::AwaitingPayment => "cho-thanh-toan",
            QueueTab::DueSoon => "sap-den-han",
            QueueTab::Overdue => "qua-han",
            QueueTab::Resolved => "da-giai-quyet",
            QueueTab::Closed => "da-dong",
        }
    }

    pub fn parse(slug: &str) -> Option<QueueTab> {
        ALL_TABS.into_iter().find(|t| t.slug() == slug)
    }

    /// The statuses of the dossiers it holds (for the two due-date tabs, those whose clock
    /// runs; the due date then narrows them).
    pub fn statuses(self) -> &'static [Status] {
        match self {
            QueueTab::New => &[Status::Submitted],
            QueueTab::InProgress => &[Status::Received, Status::Processing],
            QueueTab::Supplement => &[Status::SupplementRequested, Status::Supplemented],
            QueueTab::Paused => &[Status::Paused],
            QueueTab::AwaitingPayment => &[Status::AwaitingPayment],
            QueueTab::DueSoon | QueueTab::Overdue => &RUNNING,
            QueueTab::Resolved => &[Status::Resolved, Status::Returned],
            QueueTab::Closed => &[Status::Refused, Status::Withdrawn],
        }
    }
}

/// A dossier code `<unit code>-<yymmdd>-<4-digit daily sequence>` (Thông tư 01/2018/TT-VPCP):
/// e.g. `000.00.60.H15-230619-0035`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct DossierCode(String);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DossierCodeError {
    Format,
    /// The daily sequence must be 1..=9999.
    Sequence,
}

impl DossierCode {
    /// Builds the code of the `sequence`-th dossier received by `unit` on `date`, in the upper
    /// case [`DossierCode::parse`] reads codes into (so that a typed code is found by an
    /// exact match on the stored one, through its index).
    pub fn new(
        unit: &str,
        date: crate::Date,
        sequence: u32,
    ) -> Result<DossierCode, DossierCodeError> {
        if !(1..=9999).contains(&sequence) {
            return Err(DossierCodeError::Sequence);
        }
        if unit.is_empty() || unit.contains(char::is_whitespace) {
            return Err(DossierCodeError::Format);
        }
        Ok(DossierCode(format!(
            "{}-{:02}{:02}{:02}-{sequence:04}",
            unit.to_uppercase(),
            date.year().rem_euclid(100),
            date.month(),
            date.day()
        )))
    }

    /// Reads a code as typed (spaces around it and letter case do not matter).
    pub fn parse(input: &str) -> Result<DossierCode, DossierCodeError> {
        let s = input.trim().to_uppercase();
        let mut parts = s.rsplitn(3, '-');
        let (Some(seq), Some(date), Some(unit)) = (parts.next(), parts.next(), parts.next()) else {
            return Err(DossierCodeError::Format);
        };
        let digits = |p: &str, n: usize| p.len() == n && p.bytes().all(|b| b.is_ascii_digit());
        if !digits(seq, 4)
            || !digits(date, 6)
            || unit.is_empty()
            || unit.contains(char::is_whitespace)
        {
            return Err(DossierCodeError::Format);
        }
        if seq == "0000" {
            return Err(DossierCodeError::Sequence);
        }
        Ok(DossierCode(s))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for DossierCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What crosses the wire is what is stored: serde's name of each status and action is its
    /// `as_str`.
    #[cfg(feature = "serde")]
    #[test]
    fn wire_names_are_the_stored_names() {
        for s in ALL_STATUSES {
            assert_eq!(
                serde_json::to_string(&s).unwrap(),
                format!("\"{}\"", s.as_str())
            );
            assert_eq!(
                serde_json::from_str::<Status>(&format!("\"{}\"", s.as_str())).unwrap(),
                s
            );
        }
        for a in ALL_ACTIONS {
            assert_eq!(
                serde_json::to_string(&a).unwrap(),
                format!("\"{}\"", a.as_str())
            );
        }
    }
    use proptest::prelude::*;

    #[test]
    fn the_citizen_journey() {
        let s = transition(Status::Draft, Action::Submit, Actor::Citizen).unwrap();
        assert_eq!(s, Status::Submitted);
        let s = transition(s, Action::Receive, Actor::Officer).unwrap();
        let s = transition(s, Action::RequestSupplement, Actor::Officer).unwrap();
        assert!(s.stops_the_clock());
        let s = transition(s, Action::Supplement, Actor::Citizen).unwrap();
        assert_eq!(s, Status::Supplemented);
        let s = transition(s, Action::Process, Actor::Officer).unwrap();
        let s = transition(s, Action::RequestPayment, Actor::Officer).unwrap();
        let s = transition(s, Action::ConfirmPayment, Actor::System).unwrap();
        let s = transition(s, Action::Resolve, Actor::Officer).unwrap();
        let s = transition(s, Action::HandOver, Actor::Officer).unwrap();
        assert_eq!(s, Status::Returned);
        assert!(s.is_final());
    }

    #[test]
    fn illegal_moves_are_refused() {
        assert_eq!(
            transition(Status::Received, Action::Withdraw, Actor::Citizen),
            Err(TransitionError::IllegalFrom(Status::Received)),
            "no withdrawal after reception"
        );
        assert_eq!(
            transition(Status::Submitted, Action::Receive, Actor::Citizen),
            Err(TransitionError::NotAllowed),
            "citizens do not receive their own dossiers"
        );
        assert_eq!(
            allowed_actions(Status::Submitted, Actor::Citizen),
            vec![Action::Withdraw]
        );
        assert_eq!(
            allowed_actions(Status::Draft, Actor::Citizen),
            vec![Action::Submit]
        );
    }

    #[test]
    fn every_status_but_draft_is_in_one_status_tab() {
        for s in ALL_STATUSES.into_iter().filter(|s| *s != Status::Draft) {
            let tabs: Vec<_> = ALL_TABS
                .into_iter()
                .filter(|t| !matches!(t, QueueTab::DueSoon | QueueTab::Overdue))
                .filter(|t| t.statuses().contains(&s))
                .collect();
            assert_eq!(tabs.len(), 1, "{s:?} in {tabs:?}");
        }
        for t in ALL_TABS {
            assert_eq!(QueueTab::parse(t.slug()), Some(t));
        }
    }

    #[test]
    fn lateness() {
        let (due, now) = (Some(1_000), 2_000);
        assert!(is_late(Status::Processing, due, None, now), "open past due");
        assert!(
            !is_late(Status::Processing, due, None, 999),
            "open before due"
        );
        assert!(
            !is_late(Status::Paused, due, None, now),
            "the clock is stopped"
        );
        assert!(
            !is_late(Status::Refused, due, None, now),
            "ended without a result"
        );
        assert!(
            is_late(Status::Returned, due, Some(1_001), now),
            "resolved after due"
        );
        assert!(
            !is_late(Status::Resolved, due, Some(1_000), now),
            "resolved on the day"
        );
        assert!(
            !is_late(Status::Submitted, None, None, now),
            "not received: no due date"
        );
    }

    #[test]
    fn national_codes() {
        assert_eq!(Status::Draft.national_code(), None);
        let codes: std::collections::BTreeSet<u8> = ALL_STATUSES
            .iter()
            .filter_map(|s| s.national_code())
            .collect();
        assert_eq!(codes, (1..=10).collect(), "every national code is used");
        for s in ALL_STATUSES {
            assert_eq!(Status::parse(s.as_str()), Some(s));
        }
    }

    #[test]
    fn codes() {
        let d = crate::Date::new(2023, 6, 19).unwrap();
        let c = DossierCode::new("000.00.60.H15", d, 35).unwrap();
        assert_eq!(c.as_str(), "000.00.60.H15-230619-0035");
        assert_eq!(
            DossierCode::parse(" 000.00.60.h15-230619-0035 "),
            Ok(c.clone())
        );
        // Whatever case the unit code is written in, the code is stored as it is read.
        assert_eq!(DossierCode::new("000.00.60.h15", d, 35), Ok(c));
        assert_eq!(
            DossierCode::new("000.00.60.H15", d, 0),
            Err(DossierCodeError::Sequence)
        );
        assert_eq!(
            DossierCode::new("000.00.60.H15", d, 10_000),
            Err(DossierCodeError::Sequence)
        );
        assert_eq!(
            DossierCode::parse("000.00.60.H15-2306-0035"),
            Err(DossierCodeError::Format)
        );
    }

    proptest! {
        #[test]
        fn final_states_have_no_way_out(i in 0usize..12, j in 0usize..13) {
            let s = ALL_STATUSES[i];
            let a = ALL_ACTIONS[j];
            if s.is_final() {
                prop_assert!(transition(s, a, a.actor()).is_err());
            }
            if let Ok(to) = transition(s, a, a.actor()) {
                prop_assert_ne!(to, Status::Draft, "nothing goes back to draft");
                prop_assert!(to.national_code().is_some());
            }
        }

        #[test]
        fn codes_round_trip(seq in 1u32..10_000, days in 0i64..40_000) {
            let d = crate::Date::from_days(days);
            let c = DossierCode::new("000.00.12.H34", d, seq).unwrap();
            prop_assert_eq!(DossierCode::parse(c.as_str()), Ok(c));
        }
    }
}
