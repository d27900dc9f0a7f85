//! The notification centre ("Thông báo", SPEC §8): the in-app notices every logged-in user gets
//! — a citizen when one of their dossiers changes (sent together with the SMS and e-mail of the
//! same change, queued in the outbox in the change's transaction), an agency's officers when a
//! citizen supplements, pays or withdraws one of its dossiers or one falls due on the next
//! working day. The slices that change a dossier describe the change as a [`store::Notice`] and
//! call [`store::notify_in`] (and [`store::notify_office_in`]) inside their own transaction.
//!
//! The header's bell shows the unread count on every page (`pages::BellLink`, a link with the
//! server's count; the island `islands::bell::Bell` keeps it current). `/thong-bao` lists the
//! notices newest first, 20 a page, with filters; "Đánh dấu đã đọc", "Đánh dấu tất cả đã đọc"
//! and opening a notice are plain requests (`routes`), so all of it works without JavaScript.

pub mod pages;
#[cfg(feature = "ssr")]
pub mod routes;
#[cfg(feature = "ssr")]
pub mod service;
#[cfg(feature = "ssr")]
pub mod store;

use crate::error::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// Notices on a page of the centre.
pub const PER_PAGE: i64 = 20;

/// What a notice is about: the centre's filters "Hồ sơ", "Thanh toán", "Hệ thống".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NoticeKind {
    /// A dossier changed (status, supplement request, result, due date).
    Dossier,
    /// A fee notice was issued, paid or withdrawn.
    Payment,
    /// The account or the portal (security, announcements).
    System,
}

impl NoticeKind {
    pub fn as_str(self) -> &'static str {
        match self {
            NoticeKind::Dossier => "dossier",
            NoticeKind::Payment => "payment",
            NoticeKind::System => "system",
        }
    }

    pub fn parse(s: &str) -> NoticeKind {
        match s {
            "payment" => NoticeKind::Payment,
            "system" => NoticeKind::System,
            _ => NoticeKind::Dossier,
        }
    }
}

/// The kinds of event a citizen chooses channels for ("Nhận thông báo qua"): besides the in-app
/// notice, whether an SMS and an e-mail also go.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NoticeEvent {
    /// The dossier's status changed (submitted, received, processing, paused, refused…).
    Status,
    /// The agency asks for a supplement.
    Supplement,
    /// A fee notice was issued, paid or withdrawn.
    Fee,
    /// The result is ready or handed over.
    Result,
    /// A question of the citizen's was answered (Hỏi đáp).
    Answer,
}

pub const ALL_EVENTS: [NoticeEvent; 5] = [
    NoticeEvent::Status,
    NoticeEvent::Supplement,
    NoticeEvent::Fee,
    NoticeEvent::Result,
    NoticeEvent::Answer,
];

impl NoticeEvent {
    pub fn as_str(self) -> &'static str {
        match self {
            NoticeEvent::Status => "status",
            NoticeEvent::Supplement => "supplement",
            NoticeEvent::Fee => "fee",
            NoticeEvent::Result => "result",
            NoticeEvent::Answer => "answer",
        }
    }
}

/// The channels chosen for one kind of event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Channels {
    pub sms: bool,
    pub email: bool,
}

impl Default for Channels {
    /// Both, until the citizen chooses.
    fn default() -> Self {
        Channels {
            sms: true,
            email: true,
        }
    }
}

/// "Nhận thông báo qua": the channels of every kind of event, and whether the account has a
/// confirmed e-mail address (without one no e-mail goes, whatever is chosen).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PreferencesView {
    pub events: Vec<(NoticeEvent, Channels)>,
    pub email_confirmed: bool,
}

/// The preferences form as posted: a checkbox per event and channel ("true" when ticked; an
/// unticked box is not posted).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct PreferencesForm {
    /// Always posted (a hidden field): with every box unticked the form would post nothing,
    /// and an empty post cannot be read as this form.
    pub sent: String,
    pub sms_status: String,
    pub email_status: String,
    pub sms_supplement: String,
    pub email_supplement: String,
    pub sms_fee: String,
    pub email_fee: String,
    pub sms_result: String,
    pub email_result: String,
    pub sms_answer: String,
    pub email_answer: String,
}

impl PreferencesForm {
    /// The form's field of `event` on `channel` ("sms" or "email").
    pub fn field(channel: &str, event: NoticeEvent) -> String {
        format!("{channel}_{}", event.as_str())
    }

    /// The channels ticked for `event`.
    pub fn channels(&self, event: NoticeEvent) -> Channels {
        let (sms, email) = match event {
            NoticeEvent::Status => (&self.sms_status, &self.email_status),
            NoticeEvent::Supplement => (&self.sms_supplement, &self.email_supplement),
            NoticeEvent::Fee => (&self.sms_fee, &self.email_fee),
            NoticeEvent::Result => (&self.sms_result, &self.email_result),
            NoticeEvent::Answer => (&self.sms_answer, &self.email_answer),
        };
        Channels {
            sms: sms == "true",
            email: email == "true",
        }
    }
}

/// The centre's filters (`/thong-bao?loc=…`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum NoticeFilter {
    All,
    /// "Chưa đọc"
    Unread,
    /// "Hồ sơ"
    Dossier,
    /// "Thanh toán"
    Payment,
    /// "Hệ thống"
    System,
}

pub const ALL_FILTERS: [NoticeFilter; 5] = [
    NoticeFilter::All,
    NoticeFilter::Unread,
    NoticeFilter::Dossier,
    NoticeFilter::Payment,
    NoticeFilter::System,
];

impl NoticeFilter {
    /// The filter's value in the address (empty: every notice).
    pub fn slug(self) -> &'static str {
        match self {
            NoticeFilter::All => "",
            NoticeFilter::Unread => "chua-doc",
            NoticeFilter::Dossier => "ho-so",
            NoticeFilter::Payment => "thanh-toan",
            NoticeFilter::System => "he-thong",
        }
    }

    /// The filter of an address's value; anything else is every notice.
    pub fn from_slug(s: &str) -> NoticeFilter {
        ALL_FILTERS
            .into_iter()
            .find(|f| f.slug() == s)
            .unwrap_or(NoticeFilter::All)
    }

    /// The centre's address with this filter on page `page`.
    pub fn href(self, page: i64) -> String {
        let mut q = Vec::new();
        if self != NoticeFilter::All {
            q.push(format!("loc={}", self.slug()));
        }
        if page > 1 {
            q.push(format!("trang={page}"));
        }
        if q.is_empty() {
            NOTICES_PATH.to_string()
        } else {
            format!("{NOTICES_PATH}?{}", q.join("&"))
        }
    }
}

pub use crate::routes::{NOTICES_PATH, PREFERENCES_PATH, UNREAD_COUNT_PATH};

/// Where "Đánh dấu tất cả đã đọc" posts.
pub const MARK_ALL_PATH: &str = "/thong-bao/da-doc-tat-ca";

/// Where opening notice `id` goes (it is marked read, then its dossier opens).
pub fn open_path(id: i64) -> String {
    format!("{NOTICES_PATH}/{id}")
}

/// Where "Đánh dấu đã đọc" of notice `id` posts.
pub fn mark_read_path(id: i64) -> String {
    format!("{NOTICES_PATH}/{id}/da-doc")
}

/// One notice in the centre.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NotificationView {
    pub id: i64,
    pub title: String,
    pub body: String,
    pub kind: NoticeKind,
    pub at: String,
    pub unread: bool,
    /// Whether opening it leads somewhere (its dossier).
    pub has_link: bool,
}

/// A page of the centre.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NotificationsPageView {
    pub items: Vec<NotificationView>,
    pub filter: NoticeFilter,
    /// Notices under the filter.
    pub total: i64,
    pub page: i64,
    pub pages: i64,
    /// Unread notices in all (whatever the filter).
    pub unread: i64,
}

/// Saves "Nhận thông báo qua" and comes back to the page with "Đã lưu".
#[server(prefix = "/api", endpoint = "notifications/preferences")]
pub async fn save_preferences(f: PreferencesForm) -> Result<(), AppError> {
    service::save_preferences(f)
        .await
        .map_err(AppError::respond)
}

server_only! {
    /// The signed-in user's "Nhận thông báo qua".
    pub async fn get_preferences() -> Result<PreferencesView, AppError> {
        service::preferences().await
    }

    /// The signed-in user's notices under the filter `loc` (a slug), page `trang`.
    pub async fn get_notifications(loc: String, trang: String) -> Result<NotificationsPageView, AppError> {
        service::page(&loc, &trang).await
    }

    /// How many unread notices user `user_id` has (for the header of a page rendered for them).
    pub async fn unread_of(user_id: i64) -> Result<i64, AppError> {
        service::unread_of(user_id).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filters_round_trip_through_their_slugs() {
        for f in ALL_FILTERS {
            assert_eq!(NoticeFilter::from_slug(f.slug()), f);
        }
        assert_eq!(NoticeFilter::from_slug("x"), NoticeFilter::All);
        assert_eq!(NoticeFilter::Unread.href(1), "/thong-bao?loc=chua-doc");
        assert_eq!(NoticeFilter::All.href(2), "/thong-bao?trang=2");
        assert_eq!(
            NoticeFilter::Payment.href(3),
            "/thong-bao?loc=thanh-toan&trang=3"
        );
    }
}
