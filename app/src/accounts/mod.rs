//! Accounts and identity (SPEC §3): registration with an SMS one-time password, login with
//! password, captcha and OTP, password recovery and change, the profile with postal addresses,
//! the mobile number change, active sessions and e-mail confirmation.
//!
//! The slice's shape (see CONVENTIONS.md, "The shape of a slice"):
//! - this module: the types the pages receive and send, the reads the pages call on the server
//!   (plain functions, see `server_only!`) and the `#[server]` functions their forms post to,
//!   each one line into the service;
//! - `service` (server only): who is asking, the rules, the journeys' steps; answers kept
//!   server-side (see `backend::otp`), so every step can be shown again, with JavaScript or
//!   without it, and nothing typed is lost;
//! - `store` (server only): the only SQL for the tables this slice owns, one transaction per
//!   change;
//! - `pages`: the components, with no SQL and no rules;
//! - leaves shared by all of them: `flow` (journeys and their steps), `user` (the account
//!   types), `messages` (what the visitor is told about each wrong answer).

#[cfg(feature = "ssr")]
pub mod extract;
pub mod flow;
pub use crate::messages;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod routes;
#[cfg(feature = "ssr")]
pub mod service;
#[cfg(feature = "ssr")]
pub mod store;
mod user;

pub use flow::{Journey, Step};
pub use pages::LogoutButton;
pub use user::{AccountKind, CurrentUser};

use crate::error::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// Where a user lands after logging in when no page asked for the login.
pub fn home_for(kind: AccountKind) -> &'static str {
    match kind {
        AccountKind::Citizen | AccountKind::Organisation => "/tai-khoan",
        // "Hồ sơ của cơ quan": the agency's queue.
        AccountKind::Officer => "/can-bo/ho-so",
        AccountKind::Admin => "/quan-tri/nhat-ky",
    }
}

/// The current user, loaded once per page at the root (pages are rendered on the server only).
#[derive(Clone, Copy)]
pub struct UserResource(pub Resource<Result<Option<CurrentUser>, AppError>>);

pub fn use_user() -> UserResource {
    expect_context::<UserResource>()
}

// ---- Captcha -------------------------------------------------------------------------------

/// A challenge as the page knows it (its id), with the island that shows it and the endpoint
/// of "Đổi mã khác" (`islands::captcha::new_captcha`).
pub use crate::islands::captcha::CaptchaView;

// ---- Login ---------------------------------------------------------------------------------

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct LoginForm {
    pub identifier: String,
    pub password: String,
    pub captcha_id: String,
    pub captcha_answer: String,
    /// Where to go after logging in (a local path).
    pub next: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LoginView {
    pub identifier: String,
    pub captcha: CaptchaView,
}

// ---- Registration --------------------------------------------------------------------------

/// The first step's answers (also what the page shows again).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct RegisterForm {
    pub kind: String,
    pub id_number: String,
    pub full_name: String,
    pub birth_date: String,
    pub phone: String,
    pub email: String,
    pub username: String,
    pub tax_code: String,
    pub org_name: String,
    pub representative: String,
    pub captcha_id: String,
    pub captcha_answer: String,
}

/// What the registration pages show.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RegisterView {
    pub step: Option<Step>,
    pub values: RegisterForm,
    pub captcha: Option<CaptchaView>,
}

/// A new password and its confirmation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct PasswordForm {
    pub password: String,
    pub confirm: String,
}

// ---- Password recovery ---------------------------------------------------------------------

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct RecoverForm {
    /// "citizen" or "organisation".
    pub kind: String,
    pub identifier: String,
    pub phone: String,
    pub captcha_id: String,
    pub captcha_answer: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecoverView {
    pub step: Option<Step>,
    pub values: RecoverForm,
    pub captcha: Option<CaptchaView>,
}

// ---- The code step (all journeys) ----------------------------------------------------------

/// What the OTP page shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OtpView {
    pub step: Option<Step>,
    /// "036****314".
    pub masked_phone: String,
    /// A phone change also proves the current number with a second code sent to it.
    pub masked_old_phone: Option<String>,
    /// Seconds before "Gửi lại OTP" may be used.
    pub resend_in: i64,
    /// Minutes a code stays valid.
    pub minutes: i64,
    /// A new code was sent since the page was last shown ("Đã gửi mã xác thực mới").
    pub resent: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct OtpForm {
    pub journey: String,
    pub code: String,
    /// The code sent to the current number (phone change).
    pub code_old: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct ResendForm {
    pub journey: String,
}

// ---- Security: password, phone, sessions, e-mail -------------------------------------------

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct ChangePasswordForm {
    pub current: String,
    pub password: String,
    pub confirm: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct PhoneForm {
    pub phone: String,
    /// The account's current password.
    pub password: String,
    /// "true": the current number is lost ("Mất số điện thoại nhận OTP").
    pub lost: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PhoneView {
    pub current_masked: String,
    pub value: String,
    pub lost: bool,
    /// A change asked for without the current number: the new number (masked) and when it
    /// takes effect.
    pub pending: Option<(String, String)>,
    /// Hours a change without the current number waits.
    pub wait_hours: i64,
}

/// A session as its owner sees it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionView {
    pub current: bool,
    pub started: String,
    pub last_seen: String,
    /// "Chrome trên Android", from the user agent.
    pub device: String,
    /// The address with its last part hidden: "113.161.72.*".
    pub address: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct EmailTokenForm {
    pub token: String,
}

// ---- Profile -------------------------------------------------------------------------------

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct ProfileForm {
    pub full_name: String,
    pub gender: String,
    pub birth_date: String,
    pub nationality: String,
    pub doc_type: String,
    pub doc_number: String,
    pub doc_issue_date: String,
    pub doc_issue_place: String,
    pub email: String,
    pub landline: String,
    pub personal_id_number: String,
    pub ethnicity: String,
    pub religion: String,
    pub marital_status: String,
    pub blood_type: String,
    pub representative: String,
    pub representative_title: String,
    pub business_reg_number: String,
    pub website: String,
    pub residence_province: String,
    pub residence_commune: String,
    pub residence_street: String,
    pub postal_province: String,
    pub postal_commune: String,
    pub postal_street: String,
    /// "true": the postal address is the residence address.
    pub postal_same: String,
    /// The current password: needed to change the e-mail address; never stored, not even in
    /// the draft of the form.
    pub current_password: String,
}

pub use crate::places::Unit;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProfileView {
    pub kind: AccountKind,
    /// The login: ID number, tax code or username (the owner sees it whole).
    pub login: String,
    pub phone: String,
    pub email_verified: bool,
    pub values: ProfileForm,
    pub provinces: Vec<Unit>,
    pub residence_communes: Vec<Unit>,
    pub postal_communes: Vec<Unit>,
}

/// Choices of the select lists (stored values; `messages::choice_label` words them).
pub const GENDERS: &[&str] = &["nam", "nu", "chua_co"];
pub const DOC_TYPES: &[&str] = &["cccd", "cmnd", "ho_chieu"];
pub const RELIGIONS: &[&str] = &[
    "khong",
    "phat_giao",
    "cong_giao",
    "tin_lanh",
    "cao_dai",
    "hoa_hao",
    "hoi_giao",
    "khac",
];
pub const MARITAL: &[&str] = &["chua_ket_hon", "da_ket_hon", "ly_hon", "goa"];
pub const BLOOD_TYPES: &[&str] = &["A", "B", "AB", "O", "chua_ro"];

// ---- Reads (server-side render only) and server functions: one line each into the service -----

server_only! {
    /// The user of this request, if logged in.
    pub async fn get_current_user() -> Result<Option<CurrentUser>, AppError> {
        service::users::current_user_here().await
    }
}

/// Ends the session and goes to the home page.
#[server(prefix = "/api", endpoint = "account/logout")]
pub async fn logout() -> Result<(), AppError> {
    service::login::logout().await.map_err(AppError::respond)
}

server_only! {
    /// The login page's facts: the identifier typed before (never the password) and a captcha.
    pub async fn login_state() -> Result<LoginView, AppError> {
        service::login::state().await
    }
}

#[server(prefix = "/api", endpoint = "login")]
pub async fn login(f: LoginForm) -> Result<(), AppError> {
    service::login::login(f).await.map_err(AppError::respond)
}

server_only! {
    /// The registration in progress, and a new captcha when `captcha` is true.
    pub async fn register_state(captcha: bool) -> Result<RegisterView, AppError> {
        service::register::state(captcha).await
    }
}

/// Step 1: the details. Valid details send a code to the phone.
#[server(prefix = "/api", endpoint = "register/details")]
pub async fn register_details(f: RegisterForm) -> Result<(), AppError> {
    service::register::details(f)
        .await
        .map_err(AppError::respond)
}

/// Step 3: the password; creates the account and logs it in.
#[server(prefix = "/api", endpoint = "register/password")]
pub async fn register_password(f: PasswordForm) -> Result<(), AppError> {
    service::register::password(f)
        .await
        .map_err(AppError::respond)
}

server_only! {
    pub async fn recover_state(captcha: bool) -> Result<RecoverView, AppError> {
        service::recover::state(captcha).await
    }
}

#[server(prefix = "/api", endpoint = "recover/start")]
pub async fn recover_start(f: RecoverForm) -> Result<(), AppError> {
    service::recover::start(f).await.map_err(AppError::respond)
}

#[server(prefix = "/api", endpoint = "recover/password")]
pub async fn recover_password(f: PasswordForm) -> Result<(), AppError> {
    service::recover::password(f)
        .await
        .map_err(AppError::respond)
}

server_only! {
    /// The OTP page's facts for `journey`.
    pub async fn otp_state(journey: Journey) -> Result<OtpView, AppError> {
        service::otp::state(journey).await
    }
}

/// Checks the code and continues the journey.
#[server(prefix = "/api", endpoint = "otp/verify")]
pub async fn otp_verify(f: OtpForm) -> Result<(), AppError> {
    service::otp::verify(f).await.map_err(AppError::respond)
}

/// "Gửi lại OTP": a new code, once the cooldown has passed.
#[server(prefix = "/api", endpoint = "otp/resend")]
pub async fn otp_resend(f: ResendForm) -> Result<(), AppError> {
    service::otp::resend(f).await.map_err(AppError::respond)
}

#[server(prefix = "/api", endpoint = "account/password")]
pub async fn change_password(f: ChangePasswordForm) -> Result<(), AppError> {
    service::security::change_password(f)
        .await
        .map_err(AppError::respond)
}

server_only! {
    pub async fn phone_state() -> Result<PhoneView, AppError> {
        service::phone::state().await
    }
}

#[server(prefix = "/api", endpoint = "account/phone")]
pub async fn change_phone(f: PhoneForm) -> Result<(), AppError> {
    service::phone::change(f).await.map_err(AppError::respond)
}

/// "Hủy yêu cầu": stops a phone change that waits.
#[server(prefix = "/api", endpoint = "account/phone/cancel")]
pub async fn cancel_phone_change() -> Result<(), AppError> {
    service::phone::cancel().await.map_err(AppError::respond)
}

server_only! {
    pub async fn list_sessions() -> Result<Vec<SessionView>, AppError> {
        service::security::list_sessions().await
    }
}

#[server(prefix = "/api", endpoint = "account/sessions/end-others")]
pub async fn end_other_sessions() -> Result<u64, AppError> {
    service::security::end_other_sessions()
        .await
        .map_err(AppError::respond)
}

/// Confirms the e-mail address of a link (a button press, so that mail scanners that open
/// links do not confirm anything).
#[server(prefix = "/api", endpoint = "account/email/confirm")]
pub async fn confirm_email(f: EmailTokenForm) -> Result<(), AppError> {
    service::security::confirm_email(f)
        .await
        .map_err(AppError::respond)
}

server_only! {
    pub async fn get_profile() -> Result<ProfileView, AppError> {
        service::profile::get().await
    }
}

#[server(prefix = "/api", endpoint = "account/profile/save")]
pub async fn save_profile(f: ProfileForm) -> Result<(), AppError> {
    service::profile::save(f).await.map_err(AppError::respond)
}
