//! How long sessions last, and the limits that keep one person, one address or the whole portal
//! from using up what others need (messages, logins, lookups, storage, CPU).

use clap::Args;

#[derive(Debug, Clone, Args)]
#[command(next_help_heading = "Sessions")]
pub struct SessionSettings {
    /// Minutes without activity after which a session ends.
    #[arg(
        long,
        env = "PORTAL_SESSION_IDLE_MINUTES",
        default_value_t = 30,
        global = true
    )]
    pub session_idle_minutes: i64,

    /// Hours after login at which a session ends, active or not.
    #[arg(
        long,
        env = "PORTAL_SESSION_MAX_HOURS",
        default_value_t = 12,
        global = true
    )]
    pub session_max_hours: i64,
}

impl SessionSettings {
    pub fn validate(&self) -> anyhow::Result<()> {
        if self.session_idle_minutes < 1 || self.session_max_hours < 1 {
            anyhow::bail!("session timeouts must be positive");
        }
        Ok(())
    }
}

#[derive(Debug, Clone, Args)]
#[command(next_help_heading = "Limits")]
pub struct LimitSettings {
    /// Codes one mobile number (or links one e-mail address) may receive per hour.
    #[arg(
        long,
        env = "PORTAL_OTP_PER_PHONE_HOUR",
        default_value_t = 5,
        global = true
    )]
    pub otp_per_phone_hour: i64,

    /// Seconds before "Gửi lại OTP" may send another code to the same number (5 to 600).
    #[arg(
        long,
        env = "PORTAL_OTP_RESEND_SECONDS",
        default_value_t = 60,
        global = true
    )]
    pub otp_resend_seconds: i64,

    /// Codes and links that one client address may trigger per hour.
    #[arg(
        long,
        env = "PORTAL_MESSAGES_PER_ADDRESS_HOUR",
        default_value_t = 10,
        global = true
    )]
    pub messages_per_address_hour: i64,

    /// Codes and links that one client address may trigger per day.
    #[arg(
        long,
        env = "PORTAL_MESSAGES_PER_ADDRESS_DAY",
        default_value_t = 30,
        global = true
    )]
    pub messages_per_address_day: i64,

    /// Codes and links that one network (/24 for IPv4, /64 for IPv6) may trigger per hour.
    #[arg(
        long,
        env = "PORTAL_MESSAGES_PER_NETWORK_HOUR",
        default_value_t = 30,
        global = true
    )]
    pub messages_per_network_hour: i64,

    /// Codes and links that one network may trigger per day.
    #[arg(
        long,
        env = "PORTAL_MESSAGES_PER_NETWORK_DAY",
        default_value_t = 100,
        global = true
    )]
    pub messages_per_network_day: i64,

    /// Codes and links the whole portal sends per hour (an operator warning is logged when spent).
    #[arg(
        long,
        env = "PORTAL_MESSAGES_PER_HOUR",
        default_value_t = 1_000,
        global = true
    )]
    pub messages_per_hour: i64,

    /// Codes and links the whole portal sends per day.
    #[arg(
        long,
        env = "PORTAL_MESSAGES_PER_DAY",
        default_value_t = 10_000,
        global = true
    )]
    pub messages_per_day: i64,

    /// Codes to existing accounts' numbers (login, recovery that matches) the whole portal sends
    /// per hour: a pool of their own, so that registrations cannot spend it.
    #[arg(
        long,
        env = "PORTAL_ACCOUNT_MESSAGES_PER_HOUR",
        default_value_t = 1_000,
        global = true
    )]
    pub account_messages_per_hour: i64,

    /// Codes to existing accounts' numbers the whole portal sends per day.
    #[arg(
        long,
        env = "PORTAL_ACCOUNT_MESSAGES_PER_DAY",
        default_value_t = 10_000,
        global = true
    )]
    pub account_messages_per_day: i64,

    /// Failed logins from one client address (an IPv4 address, an IPv6 /64) per 15 minutes,
    /// whatever the account (not applied where the account logged in lately).
    #[arg(
        long,
        env = "PORTAL_LOGIN_FAILURES_PER_ADDRESS",
        default_value_t = 30,
        global = true
    )]
    pub login_failures_per_address: i64,

    /// Failed logins from one network (an IPv4 /24) per 15 minutes.
    #[arg(
        long,
        env = "PORTAL_LOGIN_FAILURES_PER_NETWORK",
        default_value_t = 100,
        global = true
    )]
    pub login_failures_per_network: i64,

    /// Failed logins on one account, from anywhere, before each further try waits.
    #[arg(
        long,
        env = "PORTAL_LOGIN_ACCOUNT_FREE_FAILURES",
        default_value_t = 5,
        global = true
    )]
    pub login_account_free_failures: i64,

    /// The first wait after those (seconds); it doubles with each further failure.
    #[arg(
        long,
        env = "PORTAL_LOGIN_ACCOUNT_FIRST_DELAY_SECS",
        default_value_t = 60,
        global = true
    )]
    pub login_account_first_delay_secs: i64,

    /// The longest wait (minutes).
    #[arg(
        long,
        env = "PORTAL_LOGIN_ACCOUNT_MAX_DELAY_MINUTES",
        default_value_t = 1_440,
        global = true
    )]
    pub login_account_max_delay_minutes: i64,

    /// Days a place (account and address) stays known after a completed login or a recovery
    /// code; there, other people's failures on the account do not hold its owner back.
    #[arg(
        long,
        env = "PORTAL_LOGIN_PLACE_DAYS",
        default_value_t = 30,
        global = true
    )]
    pub login_place_days: i64,

    /// Registration details sent from one client address per hour.
    #[arg(
        long,
        env = "PORTAL_REGISTER_PER_ADDRESS_HOUR",
        default_value_t = 20,
        global = true
    )]
    pub register_per_address_hour: i64,

    /// Registration details sent from one network (IPv4 /24, IPv6 /64) per hour.
    #[arg(
        long,
        env = "PORTAL_REGISTER_PER_NETWORK_HOUR",
        default_value_t = 60,
        global = true
    )]
    pub register_per_network_hour: i64,

    /// Password recoveries started from one client address per hour.
    #[arg(
        long,
        env = "PORTAL_RECOVER_PER_ADDRESS_HOUR",
        default_value_t = 10,
        global = true
    )]
    pub recover_per_address_hour: i64,

    /// Password recoveries started from one network per hour.
    #[arg(
        long,
        env = "PORTAL_RECOVER_PER_NETWORK_HOUR",
        default_value_t = 30,
        global = true
    )]
    pub recover_per_network_hour: i64,

    /// Public tracking lookups per client address per minute.
    #[arg(
        long,
        env = "PORTAL_TRACK_PER_ADDRESS_MINUTE",
        default_value_t = 30,
        global = true
    )]
    pub track_per_address_minute: i64,

    /// New captchas (page renders and "Đổi mã khác") one client address may ask for per hour.
    #[arg(
        long,
        env = "PORTAL_CAPTCHAS_PER_ADDRESS_HOUR",
        default_value_t = 60,
        global = true
    )]
    pub captchas_per_address_hour: i64,

    /// New captchas one network (/24 for IPv4, /64 for IPv6) may ask for per hour.
    #[arg(
        long,
        env = "PORTAL_CAPTCHAS_PER_NETWORK_HOUR",
        default_value_t = 600,
        global = true
    )]
    pub captchas_per_network_hour: i64,

    /// Captcha pictures and recordings one client address may fetch per hour.
    #[arg(
        long,
        env = "PORTAL_CAPTCHA_MEDIA_PER_ADDRESS_HOUR",
        default_value_t = 180,
        global = true
    )]
    pub captcha_media_per_address_hour: i64,

    /// Captcha pictures and recordings one network may fetch per hour.
    #[arg(
        long,
        env = "PORTAL_CAPTCHA_MEDIA_PER_NETWORK_HOUR",
        default_value_t = 1_800,
        global = true
    )]
    pub captcha_media_per_network_hour: i64,

    /// Drafts one user may keep at once.
    #[arg(long, env = "PORTAL_MAX_DRAFTS", default_value_t = 20, global = true)]
    pub max_drafts: i64,

    /// Total size of one user's document store, in megabytes.
    #[arg(
        long,
        env = "PORTAL_MAX_STORE_MB",
        default_value_t = 200,
        global = true
    )]
    pub max_store_mb: i64,

    /// Hours a phone change asked for without the current number waits before it takes effect.
    #[arg(
        long,
        env = "PORTAL_PHONE_CHANGE_WAIT_HOURS",
        default_value_t = 72,
        global = true
    )]
    pub phone_change_wait_hours: i64,

    /// CPU-heavy jobs (password hashing, captcha drawing) at once; 0 = one per core.
    #[arg(long, env = "PORTAL_CPU_JOBS", default_value_t = 0, global = true)]
    pub cpu_jobs: usize,
}

impl LimitSettings {
    pub fn validate(&self) -> anyhow::Result<()> {
        let limits = [
            ("PORTAL_OTP_PER_PHONE_HOUR", self.otp_per_phone_hour),
            (
                "PORTAL_MESSAGES_PER_ADDRESS_HOUR",
                self.messages_per_address_hour,
            ),
            (
                "PORTAL_MESSAGES_PER_ADDRESS_DAY",
                self.messages_per_address_day,
            ),
            (
                "PORTAL_MESSAGES_PER_NETWORK_HOUR",
                self.messages_per_network_hour,
            ),
            (
                "PORTAL_MESSAGES_PER_NETWORK_DAY",
                self.messages_per_network_day,
            ),
            ("PORTAL_MESSAGES_PER_HOUR", self.messages_per_hour),
            ("PORTAL_MESSAGES_PER_DAY", self.messages_per_day),
            (
                "PORTAL_ACCOUNT_MESSAGES_PER_HOUR",
                self.account_messages_per_hour,
            ),
            (
                "PORTAL_ACCOUNT_MESSAGES_PER_DAY",
                self.account_messages_per_day,
            ),
            (
                "PORTAL_LOGIN_FAILURES_PER_ADDRESS",
                self.login_failures_per_address,
            ),
            (
                "PORTAL_LOGIN_FAILURES_PER_NETWORK",
                self.login_failures_per_network,
            ),
            (
                "PORTAL_LOGIN_ACCOUNT_FREE_FAILURES",
                self.login_account_free_failures,
            ),
            (
                "PORTAL_LOGIN_ACCOUNT_FIRST_DELAY_SECS",
                self.login_account_first_delay_secs,
            ),
            (
                "PORTAL_LOGIN_ACCOUNT_MAX_DELAY_MINUTES",
                self.login_account_max_delay_minutes,
            ),
            ("PORTAL_LOGIN_PLACE_DAYS", self.login_place_days),
            (
                "PORTAL_REGISTER_PER_ADDRESS_HOUR",
                self.register_per_address_hour,
            ),
            (
                "PORTAL_REGISTER_PER_NETWORK_HOUR",
                self.register_per_network_hour,
            ),
            (
                "PORTAL_RECOVER_PER_ADDRESS_HOUR",
                self.recover_per_address_hour,
            ),
            (
                "PORTAL_RECOVER_PER_NETWORK_HOUR",
                self.recover_per_network_hour,
            ),
            (
                "PORTAL_TRACK_PER_ADDRESS_MINUTE",
                self.track_per_address_minute,
            ),
            (
                "PORTAL_CAPTCHAS_PER_ADDRESS_HOUR",
                self.captchas_per_address_hour,
            ),
            (
                "PORTAL_CAPTCHAS_PER_NETWORK_HOUR",
                self.captchas_per_network_hour,
            ),
            (
                "PORTAL_CAPTCHA_MEDIA_PER_ADDRESS_HOUR",
                self.captcha_media_per_address_hour,
            ),
            (
                "PORTAL_CAPTCHA_MEDIA_PER_NETWORK_HOUR",
                self.captcha_media_per_network_hour,
            ),
            ("PORTAL_MAX_DRAFTS", self.max_drafts),
            ("PORTAL_MAX_STORE_MB", self.max_store_mb),
        ];
        if let Some((name, _)) = limits.iter().find(|(_, v)| *v < 1) {
            anyhow::bail!("{name} must be at least 1");
        }
        if !(5..=600).contains(&self.otp_resend_seconds) {
            anyhow::bail!("PORTAL_OTP_RESEND_SECONDS must be between 5 and 600");
        }
        if self.phone_change_wait_hours < 1 {
            anyhow::bail!("PORTAL_PHONE_CHANGE_WAIT_HOURS must be at least 1");
        }
        Ok(())
    }
}
