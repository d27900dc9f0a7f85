//! Typed settings, loaded once at start-up: defaults → optional `KEY=VALUE` file → environment → flags.
//! `server --help` lists every setting with its environment variable.

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::{fmt, net::SocketAddr, path::PathBuf};
use url::Url;

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

/// Where SMS go.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SmsProviderKind {
    /// Stored and shown at /dev/outbox (development and tests; refused in production).
    Dev,
    /// eSMS.vn's HTTP API.
    Esms,
}

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

#[derive(Clone, Args)]
pub struct Settings {
    /// KEY=VALUE file with settings (variables already in the environment take precedence).
    #[arg(long, env = "PORTAL_CONFIG", global = true)]
    pub config: Option<PathBuf>,

    /// Database: `sqlite:PATH` (created on first start) or `postgres://USER:PASSWORD@HOST/DB`.
    #[arg(
        long,
        env = "DATABASE_URL",
        default_value = "sqlite:data/portal.db",
        global = true
    )]
    pub database_url: String,

    /// Largest number of pooled database connections.
    #[arg(
        long,
        env = "PORTAL_DB_MAX_CONNECTIONS",
        default_value_t = 10,
        global = true
    )]
    pub db_max_connections: u32,

    /// Address and port to listen on.
    #[arg(
        long,
        env = "LEPTOS_SITE_ADDR",
        default_value = "127.0.0.1:3000",
        global = true
    )]
    pub listen: SocketAddr,

    /// Folder with the built site (the `pkg/` bundle and the public assets), made by cargo-leptos.
    #[arg(
        long,
        env = "LEPTOS_SITE_ROOT",
        default_value = "target/site",
        global = true
    )]
    pub site_root: PathBuf,

    /// Run mode: development, test or production. Unset, the portal runs in development mode,
    /// which it only allows on a loopback address (127.0.0.1, ::1): set it explicitly to serve
    /// anything else.
    #[arg(long, env = "PORTAL_MODE", value_enum, global = true)]
    pub mode: Option<Mode>,

    /// Public address of the portal, e.g. https://dichvucong.example.gov.vn (required in production).
    /// When it is https, cookies are marked Secure and HSTS is sent.
    #[arg(long, env = "PORTAL_PUBLIC_URL", global = true)]
    pub public_url: Option<Url>,

    /// Load the demo data at start-up (idempotent). Refused in production.
    #[arg(long, env = "PORTAL_SEED_DEMO", default_value_t = false, action = clap::ArgAction::Set, global = true)]
    pub seed_demo: bool,

    /// Province name shown in the header and footer (without "tỉnh").
    #[arg(
        long,
        env = "PORTAL_PROVINCE",
        default_value = "Khánh Hòa",
        global = true
    )]
    pub province: String,

    /// The province's code in the administrative units (its communes become agencies).
    #[arg(
        long,
        env = "PORTAL_PROVINCE_CODE",
        default_value = "56",
        global = true
    )]
    pub province_code: String,

    /// Support hotline shown on every page.
    #[arg(
        long,
        env = "PORTAL_HOTLINE",
        default_value = "1900 1023",
        global = true
    )]
    pub hotline: String,

    /// Support e-mail address shown on every page.
    #[arg(
        long,
        env = "PORTAL_SUPPORT_EMAIL",
        default_value = "hotro@dichvucong.example.vn",
        global = true
    )]
    pub support_email: String,

    /// Office hours shown on every page.
    #[arg(
        long,
        env = "PORTAL_OFFICE_HOURS",
        default_value = "Thứ Hai – Thứ Sáu: 07:00 – 11:30, 13:30 – 17:00",
        global = true
    )]
    pub office_hours: String,

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
    pub secret_key: Option<String>,

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

    /// Take the client address from X-Forwarded-For (only behind a reverse proxy that sets it).
    #[arg(long, env = "PORTAL_TRUST_FORWARDED_FOR", default_value_t = false, action = clap::ArgAction::Set, global = true)]
    pub trust_forwarded_for: bool,

    /// SMS provider: dev (stored, shown at /dev/outbox) or esms (eSMS.vn HTTP API).
    #[arg(long, env = "PORTAL_SMS_PROVIDER", value_enum, default_value_t = SmsProviderKind::Dev, global = true)]
    pub sms_provider: SmsProviderKind,

    /// eSMS endpoint (the JSON "SendMultipleMessage_V4_post_json" API).
    #[arg(long, env = "PORTAL_ESMS_URL", default_value = app::backend::messaging::esms::DEFAULT_URL, global = true)]
    pub esms_url: String,

    /// eSMS API key.
    #[arg(long, env = "PORTAL_ESMS_API_KEY", global = true)]
    pub esms_api_key: Option<String>,

    /// eSMS secret key.
    #[arg(long, env = "PORTAL_ESMS_SECRET_KEY", global = true)]
    pub esms_secret_key: Option<String>,

    /// Registered SMS brand name (sender).
    #[arg(long, env = "PORTAL_ESMS_BRANDNAME", default_value = "", global = true)]
    pub esms_brandname: String,

    /// Send through eSMS's sandbox (validated, not delivered, not charged).
    #[arg(long, env = "PORTAL_ESMS_SANDBOX", default_value_t = false, action = clap::ArgAction::Set, global = true)]
    pub esms_sandbox: bool,

    /// VNPay merchant code (vnp_TmnCode); VNPay is offered when this and the secret are set.
    #[arg(long, env = "PORTAL_VNPAY_TMN_CODE", global = true)]
    pub vnpay_tmn_code: Option<String>,

    /// VNPay hash secret (vnp_HashSecret).
    #[arg(long, env = "PORTAL_VNPAY_HASH_SECRET", global = true)]
    pub vnpay_hash_secret: Option<String>,

    /// VNPay's payment page.
    #[arg(
        long,
        env = "PORTAL_VNPAY_URL",
        default_value = "https://sandbox.vnpayment.vn/paymentv2/vpcpay.html",
        global = true
    )]
    pub vnpay_url: String,

    /// VNPay's QueryDR API.
    #[arg(
        long,
        env = "PORTAL_VNPAY_API_URL",
        default_value = "https://sandbox.vnpayment.vn/merchant_webapi/api/transaction",
        global = true
    )]
    pub vnpay_api_url: String,

    /// MoMo partner code; MoMo is offered when it and both keys are set.
    #[arg(long, env = "PORTAL_MOMO_PARTNER_CODE", global = true)]
    pub momo_partner_code: Option<String>,

    /// MoMo access key.
    #[arg(long, env = "PORTAL_MOMO_ACCESS_KEY", global = true)]
    pub momo_access_key: Option<String>,

    /// MoMo secret key.
    #[arg(long, env = "PORTAL_MOMO_SECRET_KEY", global = true)]
    pub momo_secret_key: Option<String>,

    /// MoMo's API (create, query); the payment page is the `payUrl` it answers with.
    #[arg(
        long,
        env = "PORTAL_MOMO_URL",
        default_value = "https://test-payment.momo.vn",
        global = true
    )]
    pub momo_url: String,

    /// Offer the built-in test gateway ("Cổng thanh toán thử nghiệm"): on by default in
    /// development and test modes, refused in production.
    #[arg(long, env = "PORTAL_PAYMENT_SANDBOX", global = true)]
    pub payment_sandbox: Option<bool>,

    /// Reconciliation: a payment still pending after this many minutes is asked about at its
    /// gateway (QueryDR).
    #[arg(
        long,
        env = "PORTAL_PAYMENT_CHECK_MINUTES",
        default_value_t = 15,
        global = true
    )]
    pub payment_check_minutes: i64,

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
    pub smtp_password: Option<String>,

    /// Sender of the portal's e-mail.
    #[arg(
        long,
        env = "PORTAL_MAIL_FROM",
        default_value = "Cổng Dịch vụ công <khong-tra-loi@dichvucong.example.vn>",
        global = true
    )]
    pub mail_from: String,

    /// Folder for uploaded files (when no S3 bucket is configured).
    #[arg(
        long,
        env = "PORTAL_STORAGE_DIR",
        default_value = "data/files",
        global = true
    )]
    pub storage_dir: PathBuf,

    /// Largest accepted upload, in megabytes.
    #[arg(long, env = "PORTAL_MAX_UPLOAD_MB", default_value_t = 5, global = true)]
    pub max_upload_mb: usize,

    /// S3-compatible bucket for uploaded files (instead of the local folder).
    #[arg(long, env = "PORTAL_S3_BUCKET", global = true)]
    pub s3_bucket: Option<String>,

    /// S3 endpoint (MinIO, a Vietnamese cloud's object storage); AWS when unset.
    #[arg(long, env = "PORTAL_S3_ENDPOINT", global = true)]
    pub s3_endpoint: Option<String>,

    /// S3 region.
    #[arg(
        long,
        env = "PORTAL_S3_REGION",
        default_value = "us-east-1",
        global = true
    )]
    pub s3_region: String,

    /// S3 access key id.
    #[arg(long, env = "PORTAL_S3_ACCESS_KEY", global = true)]
    pub s3_access_key: Option<String>,

    /// S3 secret access key.
    #[arg(long, env = "PORTAL_S3_SECRET_KEY", global = true)]
    pub s3_secret_key: Option<String>,

    /// Test mode only: a captcha answer that always passes (for browser tests). The server
    /// refuses to start with it in any other mode.
    #[arg(long, env = "PORTAL_TEST_CAPTCHA_ANSWER", global = true)]
    pub test_captcha_answer: Option<String>,

    /// Codes one mobile number (or links one e-mail address) may receive per hour.
    #[arg(
        long,
        env = "PORTAL_OTP_PER_PHONE_HOUR",
        default_value_t = 5,
        global = true
    )]
    pub otp_per_phone_hour: i64,

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

    /// Failed logins from one client address per 15 minutes.
    #[arg(
        long,
        env = "PORTAL_LOGIN_FAILURES_PER_ADDRESS",
        default_value_t = 30,
        global = true
    )]
    pub login_failures_per_address: i64,

    /// Public tracking lookups per client address per minute.
    #[arg(
        long,
        env = "PORTAL_TRACK_PER_ADDRESS_MINUTE",
        default_value_t = 30,
        global = true
    )]
    pub track_per_address_minute: i64,

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

    /// Seconds a client may take to send a request's headers (slow clients are cut off).
    #[arg(
        long,
        env = "PORTAL_HEADER_TIMEOUT",
        default_value_t = 20,
        global = true
    )]
    pub header_timeout_secs: u64,

    /// Seconds a request body may pause between two pieces before the request is dropped.
    #[arg(long, env = "PORTAL_BODY_TIMEOUT", default_value_t = 30, global = true)]
    pub body_timeout_secs: u64,

    /// Seconds a whole upload may take (a 5 MB file on a slow mobile network needs minutes).
    #[arg(
        long,
        env = "PORTAL_UPLOAD_TIMEOUT",
        default_value_t = 900,
        global = true
    )]
    pub upload_timeout_secs: u64,

    /// Seconds to let requests in flight finish after SIGTERM before closing.
    #[arg(
        long,
        env = "PORTAL_SHUTDOWN_TIMEOUT",
        default_value_t = 20,
        global = true
    )]
    pub shutdown_timeout_secs: u64,
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

    /// Whether the public address is served over TLS.
    pub fn is_https(&self) -> bool {
        self.public_url
            .as_ref()
            .is_some_and(|u| u.scheme() == "https")
    }

    /// Refuses settings that are unsafe or inconsistent; called before anything starts.
    /// The origins of the gateways' payment pages, each after a space (for form-action).
    pub fn payment_origins(&self) -> String {
        let mut out = String::new();
        if self.vnpay_tmn_code.is_some()
            && let Ok(u) = Url::parse(&self.vnpay_url)
        {
            out.push(' ');
            out.push_str(&u.origin().ascii_serialization());
        }
        // MoMo's payment page is on its own host (payment.momo.vn / test-payment.momo.vn), the
        // one its API is on.
        if self.momo_partner_code.is_some()
            && let Ok(u) = Url::parse(&self.momo_url)
        {
            out.push(' ');
            out.push_str(&u.origin().ascii_serialization());
        }
        out
    }

    /// Whether the built-in test gateway is offered.
    pub fn sandbox_gateway(&self) -> bool {
        self.payment_sandbox
            .unwrap_or(self.mode() != Mode::Production)
    }

    pub fn validate(&self) -> anyhow::Result<()> {
        let url = self.database_url.as_str();
        if !(url.starts_with("sqlite:")
            || url.starts_with("postgres://")
            || url.starts_with("postgresql://"))
        {
            anyhow::bail!("DATABASE_URL must start with sqlite: or postgres://");
        }
        if self.db_max_connections == 0 {
            anyhow::bail!("PORTAL_DB_MAX_CONNECTIONS must be at least 1");
        }
        if self.mode.is_none() && !self.listen.ip().is_loopback() {
            anyhow::bail!(
                "PORTAL_MODE is not set, so the portal would run in development mode (with the \
                 built-in secret key and the /dev/outbox page that shows every text message) on \
                 {}, an address other machines can reach. Listen on 127.0.0.1 for development, \
                 or set PORTAL_MODE=production (or PORTAL_MODE=development to expose a \
                 development portal on purpose).",
                self.listen
            );
        }
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
                "PORTAL_LOGIN_FAILURES_PER_ADDRESS",
                self.login_failures_per_address,
            ),
            (
                "PORTAL_TRACK_PER_ADDRESS_MINUTE",
                self.track_per_address_minute,
            ),
            ("PORTAL_MAX_DRAFTS", self.max_drafts),
            ("PORTAL_MAX_STORE_MB", self.max_store_mb),
        ];
        if let Some((name, _)) = limits.iter().find(|(_, v)| *v < 1) {
            anyhow::bail!("{name} must be at least 1");
        }
        if self.phone_change_wait_hours < 1 {
            anyhow::bail!("PORTAL_PHONE_CHANGE_WAIT_HOURS must be at least 1");
        }
        if self.header_timeout_secs == 0
            || self.body_timeout_secs == 0
            || self.upload_timeout_secs == 0
        {
            anyhow::bail!(
                "PORTAL_HEADER_TIMEOUT, PORTAL_BODY_TIMEOUT and PORTAL_UPLOAD_TIMEOUT must be positive"
            );
        }
        if self.test_captcha_answer.is_some() && self.mode() != Mode::Test {
            anyhow::bail!("PORTAL_TEST_CAPTCHA_ANSWER is only allowed in test mode");
        }
        if self.max_upload_mb == 0 || self.max_upload_mb > 100 {
            anyhow::bail!("PORTAL_MAX_UPLOAD_MB must be between 1 and 100");
        }
        if self.s3_bucket.is_some()
            && (self.s3_access_key.is_none() || self.s3_secret_key.is_none())
        {
            anyhow::bail!("PORTAL_S3_BUCKET needs PORTAL_S3_ACCESS_KEY and PORTAL_S3_SECRET_KEY");
        }
        if self.session_idle_minutes < 1 || self.session_max_hours < 1 {
            anyhow::bail!("session timeouts must be positive");
        }
        if let Some(k) = &self.secret_key
            && k.len() < 32
        {
            anyhow::bail!("PORTAL_SECRET_KEY must be at least 32 characters");
        }
        if self.sms_provider == SmsProviderKind::Esms
            && (self.esms_api_key.is_none() || self.esms_secret_key.is_none())
        {
            anyhow::bail!(
                "the esms SMS provider needs PORTAL_ESMS_API_KEY and PORTAL_ESMS_SECRET_KEY"
            );
        }
        if self.vnpay_tmn_code.is_some() != self.vnpay_hash_secret.is_some() {
            anyhow::bail!("VNPay needs both PORTAL_VNPAY_TMN_CODE and PORTAL_VNPAY_HASH_SECRET");
        }
        let momo = [
            self.momo_partner_code.is_some(),
            self.momo_access_key.is_some(),
            self.momo_secret_key.is_some(),
        ];
        if momo.contains(&true) && momo.contains(&false) {
            anyhow::bail!(
                "MoMo needs PORTAL_MOMO_PARTNER_CODE, PORTAL_MOMO_ACCESS_KEY and PORTAL_MOMO_SECRET_KEY"
            );
        }
        if self.payment_check_minutes < 1 {
            anyhow::bail!("PORTAL_PAYMENT_CHECK_MINUTES must be at least 1");
        }
        if self.mode() == Mode::Production {
            if self.payment_sandbox == Some(true) {
                anyhow::bail!(
                    "the test payment gateway is not allowed in production mode: set PORTAL_PAYMENT_SANDBOX=false"
                );
            }
            if self.secret_key.is_none() {
                anyhow::bail!("PORTAL_SECRET_KEY is required in production mode");
            }
            if self.sms_provider == SmsProviderKind::Dev
                || self.mail_provider == MailProviderKind::Dev
            {
                anyhow::bail!("the development message provider is not allowed in production mode");
            }
            if self.seed_demo {
                anyhow::bail!("PORTAL_SEED_DEMO is not allowed in production mode");
            }
            match &self.public_url {
                Some(u) if u.scheme() == "https" => {}
                Some(_) => anyhow::bail!(
                    "PORTAL_PUBLIC_URL must be an https:// address in production mode"
                ),
                None => anyhow::bail!("PORTAL_PUBLIC_URL is required in production mode"),
            }
        }
        Ok(())
    }

    /// The database URL with any password replaced, safe to print or log.
    pub fn database_url_redacted(&self) -> String {
        redact_url(&self.database_url)
    }
}

fn redact_url(raw: &str) -> String {
    match Url::parse(raw) {
        Ok(mut u) if u.password().is_some() => {
            let _ = u.set_password(Some("***"));
            u.to_string()
        }
        _ => raw.to_string(),
    }
}

impl fmt::Debug for Settings {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Settings")
            .field("config", &self.config)
            .field("database_url", &self.database_url_redacted())
            .field("db_max_connections", &self.db_max_connections)
            .field("listen", &self.listen)
            .field("site_root", &self.site_root)
            .field("mode", &self.mode())
            .field("public_url", &self.public_url.as_ref().map(Url::as_str))
            .field("seed_demo", &self.seed_demo)
            .field("province", &self.province)
            .field("province_code", &self.province_code)
            .field("hotline", &self.hotline)
            .field("support_email", &self.support_email)
            .field("office_hours", &self.office_hours)
            .field("log", &self.log)
            .field("log_format", &self.log_format)
            .field("secret_key", &self.secret_key.as_ref().map(|_| "***"))
            .field("session_idle_minutes", &self.session_idle_minutes)
            .field("session_max_hours", &self.session_max_hours)
            .field("trust_forwarded_for", &self.trust_forwarded_for)
            .field("sms_provider", &self.sms_provider)
            .field("esms_url", &self.esms_url)
            .field("esms_api_key", &self.esms_api_key.as_ref().map(|_| "***"))
            .field(
                "esms_secret_key",
                &self.esms_secret_key.as_ref().map(|_| "***"),
            )
            .field("esms_brandname", &self.esms_brandname)
            .field("esms_sandbox", &self.esms_sandbox)
            .field("vnpay_tmn_code", &self.vnpay_tmn_code)
            .field(
                "vnpay_hash_secret",
                &self.vnpay_hash_secret.as_ref().map(|_| "***"),
            )
            .field("vnpay_url", &self.vnpay_url)
            .field("vnpay_api_url", &self.vnpay_api_url)
            .field("momo_partner_code", &self.momo_partner_code)
            .field(
                "momo_access_key",
                &self.momo_access_key.as_ref().map(|_| "***"),
            )
            .field(
                "momo_secret_key",
                &self.momo_secret_key.as_ref().map(|_| "***"),
            )
            .field("momo_url", &self.momo_url)
            .field("payment_sandbox", &self.payment_sandbox)
            .field("payment_check_minutes", &self.payment_check_minutes)
            .field("mail_provider", &self.mail_provider)
            .field("smtp_host", &self.smtp_host)
            .field("smtp_port", &self.smtp_port)
            .field("smtp_security", &self.smtp_security)
            .field("smtp_username", &self.smtp_username)
            .field("smtp_password", &self.smtp_password.as_ref().map(|_| "***"))
            .field("mail_from", &self.mail_from)
            .field("storage_dir", &self.storage_dir)
            .field("max_upload_mb", &self.max_upload_mb)
            .field("s3_bucket", &self.s3_bucket)
            .field("s3_endpoint", &self.s3_endpoint)
            .field("s3_region", &self.s3_region)
            .field("s3_access_key", &self.s3_access_key.as_ref().map(|_| "***"))
            .field("s3_secret_key", &self.s3_secret_key.as_ref().map(|_| "***"))
            .field(
                "test_captcha_answer",
                &self.test_captcha_answer.as_ref().map(|_| "***"),
            )
            .field("otp_per_phone_hour", &self.otp_per_phone_hour)
            .field("messages_per_address_hour", &self.messages_per_address_hour)
            .field("messages_per_address_day", &self.messages_per_address_day)
            .field("messages_per_network_hour", &self.messages_per_network_hour)
            .field("messages_per_network_day", &self.messages_per_network_day)
            .field("messages_per_hour", &self.messages_per_hour)
            .field("messages_per_day", &self.messages_per_day)
            .field(
                "login_failures_per_address",
                &self.login_failures_per_address,
            )
            .field("track_per_address_minute", &self.track_per_address_minute)
            .field("max_drafts", &self.max_drafts)
            .field("max_store_mb", &self.max_store_mb)
            .field("phone_change_wait_hours", &self.phone_change_wait_hours)
            .field("cpu_jobs", &self.cpu_jobs)
            .field("header_timeout_secs", &self.header_timeout_secs)
            .field("body_timeout_secs", &self.body_timeout_secs)
            .field("upload_timeout_secs", &self.upload_timeout_secs)
            .field("shutdown_timeout_secs", &self.shutdown_timeout_secs)
            .finish()
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
    fn secrets_are_hidden_in_debug_output() {
        let s = settings(&[
            "--secret-key",
            "0123456789abcdef0123456789abcdefSECRET",
            "--smtp-password",
            "mail-SECRET",
            "--esms-secret-key",
            "sms-SECRET",
        ]);
        let printed = format!("{s:?}");
        assert!(!printed.contains("SECRET"), "{printed}");
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
