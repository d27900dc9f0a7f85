//! The accounts' service (server side only): for every server function, who is asking, the
//! rules, the parsing into domain types, the store, and the answer the page gets. Journeys keep
//! their answers in the session's stored flows (`backend::otp`), so every step can be drawn
//! again by the server, and their side effects (SMS, e-mail) leave through the outbox in the
//! store's transaction.
//!
//! One module per journey or page group; `users` (who is asking), `flow` (a journey's stored
//! state and its code), `notices` (the messages a change sends) and `password` (the password
//! checks) are the leaves they share. `otp` sits above the journeys: it continues the journey
//! whose code was right, and no journey imports it.

pub mod captcha;
pub mod flow;
pub mod limits;
pub mod login;
pub mod notices;
pub mod officer;
pub mod otp;
pub mod password;
pub mod phone;
pub mod profile;
pub mod recover;
pub mod register;
pub mod security;
pub mod staff;
pub mod users;

pub use super::store::{NewUser, UserRow, insert_user};
pub use officer::{Officer, officer, require_officer};
pub use users::{current_user, require_user, user_by_id};

/// Applies the phone changes whose waiting period is over (the maintenance task).
pub use phone::apply_due_phone_changes;
