//! Server-side services shared by the feature slices: database, sessions, captchas, one-time
//! passwords, rate limits, message providers and the outbox. Compiled only with `ssr`.
//!
//! The axum host builds one [`Services`] at start-up and provides it to every render and server
//! function as Leptos context; server functions reach it with [`services`].

#![allow(clippy::disallowed_methods)] // shared server-side services may query (clippy.toml)

pub mod audit;
pub mod budget;
pub mod captcha;
pub mod cpu;
pub mod crypto;
pub mod db;
pub mod form_errors;
pub mod messaging;
pub mod otp;
pub mod payments;
pub mod portal_settings;
pub mod printable;
pub mod session;
pub mod storage;
pub mod throttle;
pub mod uploads;

use crate::error::AppError;
use std::sync::Arc;

pub use db::{Backend, Db, json_column, now_epoch};

/// How the portal runs; decides which shortcuts are allowed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RunMode {
    Development,
    Test,
    Production,
}

/// The runtime settings the services need (the host maps its command-line settings onto this).
#[derive(Clone)]
pub struct Config {
    pub mode: RunMode,
    /// Key for the HMACs of one-time passwords, tokens and session ids at rest.
    pub secret_key: Vec<u8>,
    /// Cookies carry `Secure` (the portal is served over TLS).
    pub secure_cookies: bool,
    /// Public base address for links in messages, e.g. "https://dichvucong.example.gov.vn".
    pub public_url: String,
    /// A session unused this long ends (seconds).
    pub session_idle_secs: i64,
    /// A session ends this long after login whatever happens (seconds).
    pub session_absolute_secs: i64,
    /// Test mode only: a captcha answer that always passes (browser tests).
    pub test_captcha_answer: Option<String>,
    /// `X-Forwarded-For` is trusted for the client address (behind a reverse proxy).
    pub trust_forwarded_for: bool,
    /// Test mode only: the outbox worker aborts the process between a provider's acceptance
    /// and its record (the exactly-once test's crash).
    pub test_crash_after_send: bool,
    pub otp: OtpPolicy,
    pub login_limits: LoginLimits,
    /// Registration details and recovery starts per address and network.
    pub start_limits: StartLimits,
    /// Messages anyone can trigger, per recipient, address, network and in total.
    pub budget: budget::MessageBudget,
    /// Public tracking lookups per client address per minute.
    pub track_per_minute: i64,
    /// New captchas and captcha media per address and per network.
    pub captcha_limits: captcha::CaptchaLimits,
    /// Drafts one user may keep at once.
    pub max_drafts: i64,
    /// Total size of one user's document store (bytes).
    pub max_store_bytes: i64,
    /// A phone change without the old number takes effect this long after it is asked for.
    pub phone_change_wait_secs: i64,
    /// Development message provider: every SMS and e-mail lands in `/dev/outbox`.
    pub dev_outbox: bool,
    /// The portal's province (statistics office code): its communes are agencies.
    pub province_code: String,
    /// How long a whole upload may take (seconds).
    pub upload_timeout_secs: u64,
    /// The payment pages' limits (lookup, QueryDR, receipts, starts).
    pub pay: payments::PayLimits,
}

impl std::fmt::Debug for Config {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Config")
            .field("mode", &self.mode)
            .field("secret_key", &"[redacted]")
            .field("secure_cookies", &self.secure_cookies)
            .field("public_url", &self.public_url)
            .field("session_idle_secs", &self.session_idle_secs)
            .field("session_absolute_secs", &self.session_absolute_secs)
            .field(
                "test_captcha_answer",
                &self.test_captcha_answer.as_ref().map(|_| "[set]"),
            )
            .field("test_crash_after_send", &self.test_crash_after_send)
            .field("otp", &self.otp)
            .field("login_limits", &self.login_limits)
            .field("start_limits", &self.start_limits)
            .field("budget", &self.budget)
            .field("track_per_minute", &self.track_per_minute)
            .field("captcha_limits", &self.captcha_limits)
            .field("max_drafts", &self.max_drafts)
            .field("max_store_bytes", &self.max_store_bytes)
            .field("phone_change_wait_secs", &self.phone_change_wait_secs)
            .field("dev_outbox", &self.dev_outbox)
            .field("province_code", &self.province_code)
            .field("upload_timeout_secs", &self.upload_timeout_secs)
            .field("pay", &self.pay)
            .finish()
    }
}

/// One-time password rules (SPEC §3): 6 digits, 5 minutes, 5 tries, resend cooldown. How many
/// codes a number may receive is a message budget ([`budget::MessageBudget`]).
#[derive(Debug, Clone, Copy)]
pub struct OtpPolicy {
    pub ttl_secs: i64,
    pub max_attempts: i64,
    pub resend_cooldown_secs: i64,
}

impl Default for OtpPolicy {
    fn default() -> Self {
        OtpPolicy {
            ttl_secs: 300,
            max_attempts: 5,
            resend_cooldown_secs: 60,
        }
    }
}

/// Password checks at login (accounts::service::login says how they fit together):
/// - `account`: growing waits per account (or unknown identifier) across all addresses; not
///   applied at a place where the account logged in lately (`place_secs`) or proved its phone;
/// - `guard`: growing waits per account and address, everywhere (and per account for a
///   logged-in user's own password);
/// - failed logins per address (IPv4 address, IPv6 /64) and per network (IPv4 /24) per window.
#[derive(Debug, Clone, Copy)]
pub struct LoginLimits {
    pub guard: throttle::GuardPolicy,
    pub account: throttle::GuardPolicy,
    pub window_secs: i64,
    pub per_address: i64,
    pub per_network: i64,
    /// How long a place (account and address) is remembered after a successful login.
    pub place_secs: i64,
}

impl Default for LoginLimits {
    fn default() -> Self {
        LoginLimits {
            guard: throttle::GuardPolicy::default(),
            account: throttle::GuardPolicy {
                free_failures: 5,
                first_delay_secs: 60,
                max_delay_secs: 86_400,
            },
            window_secs: 900,
            per_address: 30,
            per_network: 100,
            place_secs: 30 * 86_400,
        }
    }
}

/// Journeys a stranger starts with a captcha: how many per hour from one address (IPv4
/// address, IPv6 /64) and one network (IPv4 /24).
#[derive(Debug, Clone, Copy)]
pub struct StartLimits {
    pub register_per_address: i64,
    pub register_per_network: i64,
    pub recover_per_address: i64,
    pub recover_per_network: i64,
}

impl Default for StartLimits {
    fn default() -> Self {
        StartLimits {
            register_per_address: 20,
            register_per_network: 60,
            recover_per_address: 10,
            recover_per_network: 30,
        }
    }
}

impl Config {
    /// Settings for tests and development: a fixed key, plain-HTTP cookies, the dev outbox.
    pub fn for_development() -> Config {
        Config {
            mode: RunMode::Development,
            secret_key: b"development-only-secret-key-change-me".to_vec(),
            secure_cookies: false,
            public_url: "http://127.0.0.1:3000".into(),
            session_idle_secs: 30 * 60,
            session_absolute_secs: 12 * 3600,
            test_captcha_answer: None,
            trust_forwarded_for: false,
            test_crash_after_send: false,
            otp: OtpPolicy::default(),
            login_limits: LoginLimits::default(),
            start_limits: StartLimits::default(),
            budget: budget::MessageBudget::default(),
            track_per_minute: 30,
            captcha_limits: captcha::CaptchaLimits::default(),
            max_drafts: 20,
            max_store_bytes: 200 * 1024 * 1024,
            phone_change_wait_secs: 72 * 3600,
            dev_outbox: true,
            province_code: "56".into(),
            upload_timeout_secs: 900,
            pay: payments::PayLimits::default(),
        }
    }
}

/// Everything a server function may need, shared by all requests.
#[derive(Clone)]
pub struct Services {
    pub db: Db,
    pub config: Arc<Config>,
    pub sms: Arc<dyn messaging::SmsProvider>,
    pub mail: Arc<dyn messaging::MailProvider>,
    /// Wakes the outbox worker after a transaction queued messages.
    pub outbox: Arc<tokio::sync::Notify>,
    /// Uploaded files.
    pub storage: storage::Storage,
    /// Where password hashing queues for a blocking thread.
    pub cpu: cpu::CpuGate,
    /// Where drawing media for strangers (captcha images and audio, receipt PDFs) queues: its
    /// own gate, so a flood of drawings cannot hold up logins' password checks.
    pub media: cpu::CpuGate,
    /// The payment gateways offered.
    pub payments: payments::Gateways,
}

/// The services of this request (provided as context by the host).
pub fn services() -> Result<Services, AppError> {
    leptos::prelude::use_context::<Services>()
        .ok_or_else(|| AppError::internal("Services missing from context"))
}

/// Logs a database (or other) error with a reference id and hides it from the visitor.
pub fn internal<E: std::fmt::Display>(err: E) -> AppError {
    AppError::internal(err)
}
