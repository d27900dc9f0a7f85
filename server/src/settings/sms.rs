//! Text messages: the provider and its account (eSMS.vn).

use clap::{Args, ValueEnum};
use secrecy::SecretString;

/// Where SMS go.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SmsProviderKind {
    /// Stored and shown at /dev/outbox (development and tests; refused in production).
    Dev,
    /// eSMS.vn's HTTP API.
    Esms,
}

#[derive(Debug, Clone, Args)]
#[command(next_help_heading = "SMS")]
pub struct SmsSettings {
    /// SMS provider: dev (stored, shown at /dev/outbox) or esms (eSMS.vn HTTP API).
    #[arg(long, env = "PORTAL_SMS_PROVIDER", value_enum, default_value_t = SmsProviderKind::Dev, global = true)]
    pub sms_provider: SmsProviderKind,

    /// eSMS endpoint (the JSON "SendMultipleMessage_V4_post_json" API).
    #[arg(long, env = "PORTAL_ESMS_URL", default_value = app::backend::messaging::esms::DEFAULT_URL, global = true)]
    pub esms_url: String,

    /// eSMS API key.
    #[arg(long, env = "PORTAL_ESMS_API_KEY", global = true)]
    pub esms_api_key: Option<SecretString>,

    /// eSMS secret key.
    #[arg(long, env = "PORTAL_ESMS_SECRET_KEY", global = true)]
    pub esms_secret_key: Option<SecretString>,

    /// Registered SMS brand name (sender).
    #[arg(long, env = "PORTAL_ESMS_BRANDNAME", default_value = "", global = true)]
    pub esms_brandname: String,

    /// Send through eSMS's sandbox (validated, not delivered, not charged).
    #[arg(long, env = "PORTAL_ESMS_SANDBOX", default_value_t = false, action = clap::ArgAction::Set, global = true)]
    pub esms_sandbox: bool,
}

impl SmsSettings {
    pub fn validate(&self) -> anyhow::Result<()> {
        if self.sms_provider == SmsProviderKind::Esms
            && (self.esms_api_key.is_none() || self.esms_secret_key.is_none())
        {
            anyhow::bail!(
                "the esms SMS provider needs PORTAL_ESMS_API_KEY and PORTAL_ESMS_SECRET_KEY"
            );
        }
        Ok(())
    }
}
