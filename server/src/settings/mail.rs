//! E-mail: the provider and the SMTP server.

use clap::{Args, ValueEnum};
use secrecy::SecretString;

/// Where e-mail goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum MailProviderKind {
    /// Stored and shown at /dev/outbox (development and tests; refused in production).
    Dev,
    /// An SMTP server.
    Smtp,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SmtpSecurityKind {
    None,
    Starttls,
    Tls,
}

#[derive(Debug, Clone, Args)]
#[command(next_help_heading = "E-mail")]
pub struct MailSettings {
    /// E-mail provider: dev (stored, shown at /dev/outbox) or smtp.
    #[arg(long, env = "PORTAL_MAIL_PROVIDER", value_enum, default_value_t = MailProviderKind::Dev, global = true)]
    pub mail_provider: MailProviderKind,

    /// SMTP server host.
    #[arg(
        long,
        env = "PORTAL_SMTP_HOST",
        default_value = "127.0.0.1",
        global = true
    )]
    pub smtp_host: String,

    /// SMTP server port.
    #[arg(long, env = "PORTAL_SMTP_PORT", default_value_t = 25, global = true)]
    pub smtp_port: u16,

    /// SMTP encryption: none, starttls or tls.
    #[arg(long, env = "PORTAL_SMTP_SECURITY", value_enum, default_value_t = SmtpSecurityKind::None, global = true)]
    pub smtp_security: SmtpSecurityKind,

    /// SMTP user name (optional).
    #[arg(long, env = "PORTAL_SMTP_USERNAME", global = true)]
    pub smtp_username: Option<String>,

    /// SMTP password (optional).
    #[arg(long, env = "PORTAL_SMTP_PASSWORD", global = true)]
    pub smtp_password: Option<SecretString>,

    /// Sender of the portal's e-mail.
    #[arg(
        long,
        env = "PORTAL_MAIL_FROM",
        default_value = "Cổng Dịch vụ công <khong-tra-loi@dichvucong.example.vn>",
        global = true
    )]
    pub mail_from: String,
}
