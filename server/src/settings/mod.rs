//! Typed settings, loaded once at start-up: defaults → optional `KEY=VALUE` file → environment → flags.
//! `server --help` lists every setting with its environment variable, grouped as the files of
//! this folder group them (one per provider or concern). Secrets are [`SecretString`]s: the
//! derived `Debug` (what `server check-config` prints) shows them as `[REDACTED]`.

mod database;
mod http;
mod limits;
mod mail;
mod payments;
mod site;
mod sms;
mod storage;

pub use database::{DatabaseSettings, DatabaseUrl};
pub use http::HttpSettings;
pub use limits::{LimitSettings, SessionSettings};
pub use mail::{MailProviderKind, MailSettings, SmtpSecurityKind};
pub use payments::PaymentSettings;
pub use site::SiteSettings;
pub use sms::{SmsProviderKind, SmsSettings};
pub use storage::StorageSettings;

use clap::{Args, Parser, Subcommand, ValueEnum};
use secrecy::{ExposeSecret as _, SecretString};
use std::{net::SocketAddr, path::PathBuf};

#[derive(Debug, Parser)]
#[command(
    name = "server",
    version,
    about = "Cổng Dịch vụ công – the provincial public-service portal (web server and admin commands)",
    long_about = "Cổng Dịch vụ công – the provincial public-service portal.\n\n\
        Every setting can be given as a flag or as the environment variable shown in brackets, \
        or in a KEY=VALUE file named by --config / PORTAL_CONFIG (the environment wins over the file)."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    #[command(flatten)]
    pub settings: Settings,
}

#[derive(Debug, Clone, Subcommand)]
pub enum Command {
    /// Apply migrations and serve the portal (the default).
    Serve,
    /// Apply pending database migrations, then exit.
    Migrate,
    /// Apply migrations and load the demo data (idempotent), then exit.
    SeedDemo,
    /// Check the settings (as production would) and print them with secrets hidden.
    CheckConfig,
    /// Create an officer or administrator account (staff never register themselves).
    /// The password is read from PORTAL_NEW_PASSWORD, or from standard input.
    CreateUser(CreateUser),
    /// Run a local stand-in of a payment gateway (development and tests: VNPay cannot be
    /// reached from here): its payment page, its signed IPN, its QueryDR API.
    PaymentStandin(PaymentStandin),
}

#[derive(Debug, Clone, Args)]
pub struct PaymentStandin {
    /// The protocol spoken: vnpay or momo.
    #[arg(long, default_value = "vnpay")]
    pub gateway: String,
    /// Where the stand-in listens.
    #[arg(long, default_value = "127.0.0.1:9301")]
    pub listen: SocketAddr,
    /// The merchant's code and secret it knows (VNPay: vnp_TmnCode and the hash secret; MoMo:
    /// the partner code and the secret key).
    #[arg(long, env = "STANDIN_TMN_CODE")]
    pub tmn_code: String,
    #[arg(long, env = "STANDIN_HASH_SECRET")]
    pub hash_secret: String,
    /// MoMo's access key (MoMo only).
    #[arg(long, env = "STANDIN_ACCESS_KEY", default_value = "")]
    pub access_key: String,
    /// The merchant's IPN URL (VNPay: registered with VNPay, not sent per order; MoMo takes it
    /// from each order).
    #[arg(long, env = "STANDIN_IPN_URL", default_value = "")]
    pub ipn_url: String,
}

#[derive(Debug, Clone, Args)]
pub struct CreateUser {
    /// officer or admin.
    #[arg(long, value_enum)]
    pub role: StaffRole,
    /// Login name: 4-30 letters, digits, '.' or '_', starting with a letter.
    #[arg(long)]
    pub username: String,
    /// Full name, as shown to citizens and in the audit log.
    #[arg(long)]
    pub name: String,
    /// Mobile number for the login code (one-time password by SMS).
    #[arg(long)]
    pub phone: String,
    /// E-mail address (optional).
    #[arg(long)]
    pub email: Option<String>,
    /// An agency the officer works for, by its unit code (e.g. 000.00.12.H34); repeat it for
    /// several. Officers need at least one to see a queue.
    #[arg(long = "agency")]
    pub agencies: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum StaffRole {
    Officer,
    Admin,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Mode {
    /// Local development: development-only helpers may be switched on.
    Development,
    /// Automated tests: like development, plus test-only shortcuts later issues add.
    Test,
    /// A real deployment: every development and test shortcut is refused.
    Production,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LogFormat {
    Text,
    Json,
}

#[derive(Debug, Clone, Args)]
pub struct Settings {
    /// KEY=VALUE file with settings (variables already in the environment take precedence).
    #[arg(long, env = "PORTAL_CONFIG", global = true)]
    pub config: Option<PathBuf>,

    /// Run mode: development, test or production. Unset, the portal runs in development mode,
    /// which it only allows on a loopback address (127.0.0.1, ::1): set it explicitly to serve
    /// anything else.
    #[arg(long, env = "PORTAL_MODE", value_enum, global = true)]
    pub mode: Option<Mode>,

    /// Load the demo data at start-up (idempotent). Refused in production.
    #[arg(long, env = "PORTAL_SEED_DEMO", default_value_t = false, action = clap::ArgAction::Set, global = true)]
    pub seed_demo: bool,

    /// Log filter (tracing's EnvFilter syntax).
    #[arg(
        long,
        env = "PORTAL_LOG",
        default_value = "info,sqlx=warn,tower_http=info",
        global = true
    )]
    pub log: String,

    /// Log format: text or json.
    #[arg(long, env = "PORTAL_LOG_FORMAT", value_enum, default_value_t = LogFormat::Text, global = true)]
    pub log_format: LogFormat,

    /// Secret key (at least 32 characters) for the HMACs of one-time passwords and tokens.
    /// Required in production; every instance of the portal must share it.
    #[arg(long, env = "PORTAL_SECRET_KEY", global = true)]
    pub secret_key: Option<SecretString>,

    /// Test mode only: a captcha answer that always passes (for browser tests). The server
    /// refuses to start with it in any other mode.
    #[arg(long, env = "PORTAL_TEST_CAPTCHA_ANSWER", global = true)]
    pub test_captcha_answer: Option<SecretString>,

    /// Test mode only: the outbox worker stops the process (abort, as a kill would) right after
    /// a provider accepted a message and before that is recorded — the crash the exactly-once
    /// test makes. The server refuses to start with it in any other mode.
    #[arg(long, env = "PORTAL_TEST_CRASH_AFTER_SEND", default_value_t = false, action = clap::ArgAction::Set, global = true)]
    pub test_crash_after_send: bool,

    #[command(flatten)]
    pub database: DatabaseSettings,

    #[command(flatten)]
    pub http: HttpSettings,

    #[command(flatten)]
    pub site: SiteSettings,

    #[command(flatten)]
    pub sessions: SessionSettings,

    #[command(flatten)]
    pub limits: LimitSettings,

    #[command(flatten)]
    pub sms: SmsSettings,

    #[command(flatten)]
    pub mail: MailSettings,

    #[command(flatten)]
    pub payments: PaymentSettings,

    #[command(flatten)]
    pub storage: StorageSettings,
}

impl Settings {
    /// Reads the command line and the environment, after loading the `--config` file if one is named.
    pub fn load() -> anyhow::Result<Cli> {
        let first = Cli::parse();
        let Some(path) = first.settings.config.clone() else {
            return Ok(first);
        };
        dotenvy::from_path(&path)
            .map_err(|e| anyhow::anyhow!("cannot read settings file {}: {e}", path.display()))?;
        Ok(Cli::parse())
    }

    /// The run mode: as set, or development when unset.
    pub fn mode(&self) -> Mode {
        self.mode.unwrap_or(Mode::Development)
    }

    /// Whether the built-in test gateway is offered.
    pub fn sandbox_gateway(&self) -> bool {
        self.payments.sandbox_gateway(self.mode())
    }

    /// Refuses settings that are unsafe or inconsistent; called before anything starts.
    pub fn validate(&self) -> anyhow::Result<()> {
        self.database.validate()?;
        if self.mode.is_none() && !self.http.listen.ip().is_loopback() {
            anyhow::bail!(
                "PORTAL_MODE is not set, so the portal would run in development mode (with the \
                 built-in secret key and the /dev/outbox page that shows every text message) on \
                 {}, an address other machines can reach. Listen on 127.0.0.1 for development, \
                 or set PORTAL_MODE=production (or PORTAL_MODE=development to expose a \
                 development portal on purpose).",
                self.http.listen
            );
        }
        self.limits.validate()?;
        self.http.validate()?;
        if self.test_captcha_answer.is_some() && self.mode() != Mode::Test {
            anyhow::bail!("PORTAL_TEST_CAPTCHA_ANSWER is only allowed in test mode");
        }
        if self.test_crash_after_send && self.mode() != Mode::Test {
            anyhow::bail!("PORTAL_TEST_CRASH_AFTER_SEND is only allowed in test mode");
        }
        self.storage.validate()?;
        self.sessions.validate()?;
        if let Some(k) = &self.secret_key
            && k.expose_secret().len() < 32
        {
            anyhow::bail!("PORTAL_SECRET_KEY must be at least 32 characters");
        }
        self.sms.validate()?;
        self.payments.validate()?;
        if self.mode() == Mode::Production {
            if self.payments.payment_sandbox == Some(true) {
                anyhow::bail!(
                    "the test payment gateway is not allowed in production mode: set PORTAL_PAYMENT_SANDBOX=false"
                );
            }
            if self.secret_key.is_none() {
                anyhow::bail!("PORTAL_SECRET_KEY is required in production mode");
            }
            self.payments.validate_production()?;
            if self.sms.sms_provider == SmsProviderKind::Dev
                || self.mail.mail_provider == MailProviderKind::Dev
            {
                anyhow::bail!("the development message provider is not allowed in production mode");
            }
            if self.seed_demo {
                anyhow::bail!("PORTAL_SEED_DEMO is not allowed in production mode");
            }
            match &self.http.public_url {
                Some(u) if u.scheme() == "https" => {}
                Some(_) => anyhow::bail!(
                    "PORTAL_PUBLIC_URL must be an https:// address in production mode"
                ),
                None => anyhow::bail!("PORTAL_PUBLIC_URL is required in production mode"),
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings(args: &[&str]) -> Settings {
        let mut argv = vec!["server"];
        argv.extend_from_slice(args);
        Cli::try_parse_from(argv).expect("valid arguments").settings
    }

    #[test]
    fn password_is_hidden_in_debug_output() {
        let s = settings(&["--database-url", "postgres://portal:s3cret@db/portal"]);
        let printed = format!("{s:?}");
        assert!(!printed.contains("s3cret"), "{printed}");
        assert!(printed.contains("portal:***@db"), "{printed}");
    }

    #[test]
    fn production_requires_https_public_url_and_no_demo_data() {
        assert!(settings(&["--mode", "production"]).validate().is_err());
        assert!(
            settings(&["--mode", "production", "--public-url", "http://x.vn"])
                .validate()
                .is_err()
        );
        assert!(
            settings(&[
                "--mode",
                "production",
                "--public-url",
                "https://x.vn",
                "--seed-demo",
                "true"
            ])
            .validate()
            .is_err()
        );
        let good = [
            "--mode",
            "production",
            "--public-url",
            "https://x.vn",
            "--secret-key",
            "0123456789abcdef0123456789abcdef",
            "--sms-provider",
            "esms",
            "--esms-api-key",
            "k",
            "--esms-secret-key",
            "s",
            "--mail-provider",
            "smtp",
        ];
        assert!(settings(&good).validate().is_ok());
        // Each development shortcut alone makes production refuse to start.
        let without = |flag: &str| {
            let mut args: Vec<&str> = Vec::new();
            let mut skip = false;
            for (i, a) in good.iter().enumerate() {
                if skip {
                    skip = false;
                    continue;
                }
                if *a == flag {
                    skip = i + 1 < good.len();
                    continue;
                }
                args.push(a);
            }
            args
        };
        assert!(settings(&without("--secret-key")).validate().is_err());
        let mut sandbox = good.to_vec();
        sandbox.extend(["--payment-sandbox", "true"]);
        assert!(
            settings(&sandbox).validate().is_err(),
            "the test payment gateway"
        );
        assert!(!settings(&good).sandbox_gateway());
        assert!(settings(&[]).sandbox_gateway());
        assert!(
            settings(&without("--sms-provider")).validate().is_err(),
            "dev SMS"
        );
        assert!(
            settings(&without("--mail-provider")).validate().is_err(),
            "dev e-mail"
        );
        let mut with_captcha = good.to_vec();
        with_captcha.extend(["--test-captcha-answer", "x"]);
        assert!(settings(&with_captcha).validate().is_err());
    }

    #[test]
    fn test_captcha_answer_only_in_test_mode() {
        assert!(
            settings(&["--test-captcha-answer", "x"])
                .validate()
                .is_err()
        );
        assert!(
            settings(&["--mode", "test", "--test-captcha-answer", "x"])
                .validate()
                .is_ok()
        );
    }

    #[test]
    fn the_crash_after_send_only_in_test_mode() {
        // Development settings that are otherwise valid (production needs more to start).
        assert!(settings(&[]).validate().is_ok());
        assert!(
            settings(&["--test-crash-after-send", "true"])
                .validate()
                .is_err()
        );
        assert!(
            settings(&["--mode", "test", "--test-crash-after-send", "true"])
                .validate()
                .is_ok()
        );
    }

    #[test]
    fn secrets_are_hidden_in_debug_output() {
        let s = settings(&[
            "--secret-key",
            "0123456789abcdef0123456789abcdefSECRET",
            "--smtp-password",
            "mail-SECRET",
            "--esms-api-key",
            "sms-key-SECRET",
            "--esms-secret-key",
            "sms-SECRET",
            "--vnpay-tmn-code",
            "TMN1",
            "--vnpay-hash-secret",
            "vnpay-SECRET",
            "--momo-partner-code",
            "MOMO",
            "--momo-access-key",
            "momo-access-SECRET",
            "--momo-secret-key",
            "momo-SECRET",
            "--s3-bucket",
            "files",
            "--s3-access-key",
            "s3-access-SECRET",
            "--s3-secret-key",
            "s3-SECRET",
            "--test-captcha-answer",
            "captcha-SECRET",
        ]);
        let printed = format!("{s:?}");
        assert!(!printed.contains("SECRET"), "{printed}");
        // What is not secret is still shown, grouped.
        assert!(printed.contains("TMN1"), "{printed}");
        assert!(printed.contains("payments: PaymentSettings"), "{printed}");
        // The values themselves are kept.
        assert_eq!(
            s.payments
                .vnpay_hash_secret
                .as_ref()
                .map(|k| k.expose_secret()),
            Some("vnpay-SECRET")
        );
    }

    #[test]
    fn flags_and_defaults_land_in_their_groups() {
        let s = settings(&[
            "--max-upload-mb",
            "7",
            "--province",
            "Đắk Lắk",
            "--session-idle-minutes",
            "45",
        ]);
        assert_eq!(s.storage.max_upload_mb, 7);
        assert_eq!(s.site.province, "Đắk Lắk");
        assert_eq!(s.sessions.session_idle_minutes, 45);
        assert_eq!(
            s.database.database_url.expose_secret(),
            "sqlite:data/portal.db"
        );
        assert_eq!(s.http.listen.to_string(), "127.0.0.1:3000");
        assert_eq!(s.limits.messages_per_day, 10_000);
        assert_eq!(s.sms.sms_provider, SmsProviderKind::Dev);
        assert_eq!(s.mail.smtp_port, 25);
        assert_eq!(s.payments.payment_check_minutes, 15);
        assert_eq!(s.limits.otp_resend_seconds, 60);
    }

    #[test]
    fn the_resend_cooldown_stays_between_five_seconds_and_ten_minutes() {
        for (value, ok) in [("4", false), ("5", true), ("600", true), ("601", false)] {
            let result = settings(&["--otp-resend-seconds", value]).validate();
            assert_eq!(result.is_ok(), ok, "{value}: {result:?}");
        }
    }

    #[test]
    fn development_mode_by_default_only_on_a_loopback_address() {
        assert!(settings(&[]).validate().is_ok(), "127.0.0.1 by default");
        assert!(settings(&["--listen", "[::1]:3000"]).validate().is_ok());
        for open in ["0.0.0.0:3000", "192.168.1.10:3000", "[::]:3000"] {
            let err = settings(&["--listen", open])
                .validate()
                .unwrap_err()
                .to_string();
            assert!(err.contains("PORTAL_MODE"), "{open}: {err}");
        }
        // Said explicitly, development mode may listen anywhere.
        assert!(
            settings(&["--listen", "0.0.0.0:3000", "--mode", "development"])
                .validate()
                .is_ok()
        );
    }

    #[test]
    fn limits_must_be_positive() {
        assert!(settings(&["--messages-per-hour", "0"]).validate().is_err());
        assert!(settings(&["--max-drafts", "0"]).validate().is_err());
        assert!(
            settings(&["--captcha-media-per-network-hour", "0"])
                .validate()
                .is_err()
        );
        assert!(
            settings(&["--header-timeout-secs", "0"])
                .validate()
                .is_err()
        );
    }

    #[test]
    fn unknown_database_scheme_is_refused() {
        assert!(
            settings(&["--database-url", "mysql://x"])
                .validate()
                .is_err()
        );
        assert!(
            settings(&["--database-url", "sqlite:x.db"])
                .validate()
                .is_ok()
        );
    }
}
