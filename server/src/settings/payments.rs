//! Online payment gateways: VNPay, MoMo and the built-in test gateway, and how often pending
//! payments are asked about.

use super::Mode;
use clap::Args;
use secrecy::SecretString;
use url::Url;

#[derive(Debug, Clone, Args)]
#[command(next_help_heading = "Payments")]
pub struct PaymentSettings {
    /// VNPay merchant code (vnp_TmnCode); VNPay is offered when this and the secret are set.
    #[arg(long, env = "PORTAL_VNPAY_TMN_CODE", global = true)]
    pub vnpay_tmn_code: Option<String>,

    /// VNPay hash secret (vnp_HashSecret).
    #[arg(long, env = "PORTAL_VNPAY_HASH_SECRET", global = true)]
    pub vnpay_hash_secret: Option<SecretString>,

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
    pub momo_access_key: Option<SecretString>,

    /// MoMo secret key.
    #[arg(long, env = "PORTAL_MOMO_SECRET_KEY", global = true)]
    pub momo_secret_key: Option<SecretString>,

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

    /// A payment is asked about at its gateway (QueryDR, MoMo's query) at most once in this
    /// many seconds, however often its return URL is opened.
    #[arg(
        long,
        env = "PORTAL_PAYMENT_QUERY_INTERVAL_SECS",
        default_value_t = 60,
        global = true
    )]
    pub payment_query_interval_secs: i64,

    /// Wrong pay lookups of one dossier code after which the form asks for a captcha.
    #[arg(
        long,
        env = "PORTAL_PAY_LOOKUP_CAPTCHA_AFTER",
        default_value_t = 5,
        global = true
    )]
    pub pay_lookup_captcha_after: i64,

    /// Wrong pay lookups of one dossier code after which the code is closed to lookup (and the
    /// dossier's owner told by SMS).
    #[arg(
        long,
        env = "PORTAL_PAY_LOOKUP_CLOSE_AFTER",
        default_value_t = 20,
        global = true
    )]
    pub pay_lookup_close_after: i64,

    /// Minutes a dossier code stays closed to lookup.
    #[arg(
        long,
        env = "PORTAL_PAY_LOOKUP_CLOSE_MINUTES",
        default_value_t = 60,
        global = true
    )]
    pub pay_lookup_close_minutes: i64,

    /// Wrong pay lookups from one client address per hour.
    #[arg(
        long,
        env = "PORTAL_PAY_LOOKUP_FAILURES_PER_ADDRESS_HOUR",
        default_value_t = 30,
        global = true
    )]
    pub pay_lookup_failures_per_address_hour: i64,

    /// Wrong pay lookups from one network (/24 for IPv4, /64 for IPv6) per hour.
    #[arg(
        long,
        env = "PORTAL_PAY_LOOKUP_FAILURES_PER_NETWORK_HOUR",
        default_value_t = 100,
        global = true
    )]
    pub pay_lookup_failures_per_network_hour: i64,

    /// Receipt PDFs one client address may have drawn per minute.
    #[arg(
        long,
        env = "PORTAL_RECEIPT_PDFS_PER_ADDRESS_MINUTE",
        default_value_t = 10,
        global = true
    )]
    pub receipt_pdfs_per_address_minute: i64,

    /// Payments one fee notice may start per hour.
    #[arg(
        long,
        env = "PORTAL_PAY_STARTS_PER_NOTICE_HOUR",
        default_value_t = 10,
        global = true
    )]
    pub pay_starts_per_notice_hour: i64,

    /// Payments one client address may start per hour.
    #[arg(
        long,
        env = "PORTAL_PAY_STARTS_PER_ADDRESS_HOUR",
        default_value_t = 30,
        global = true
    )]
    pub pay_starts_per_address_hour: i64,
}

/// Hosts of the gateways' test environments, never to be used in production.
const SANDBOX_HOSTS: [&str; 2] = ["sandbox.vnpayment.vn", "test-payment.momo.vn"];

/// Why `url` (setting `name`) cannot be a production gateway address: not https, or a test or
/// local host.
fn production_url_problem(name: &str, url: &str) -> Option<String> {
    let parsed = match Url::parse(url) {
        Ok(u) => u,
        Err(e) => return Some(format!("{name} is not a valid address ({url:?}: {e})")),
    };
    if parsed.scheme() != "https" {
        return Some(format!(
            "{name} must be an https:// address in production mode (it is {url})"
        ));
    }
    let host = parsed.host_str().unwrap_or_default().to_ascii_lowercase();
    let test_host = SANDBOX_HOSTS.contains(&host.as_str())
        || host.contains("sandbox")
        || host.starts_with("test-")
        || host.starts_with("test.")
        || host == "localhost"
        || host.parse::<std::net::IpAddr>().is_ok();
    test_host.then(|| {
        format!(
            "{name} names a test or local gateway host ({host}) in production mode: set it to \
             the gateway's production address"
        )
    })
}

impl PaymentSettings {
    /// The origins of the gateways' payment pages, each after a space (for form-action).
    pub fn origins(&self) -> String {
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

    /// Whether the built-in test gateway is offered in `mode`.
    pub fn sandbox_gateway(&self, mode: Mode) -> bool {
        self.payment_sandbox.unwrap_or(mode != Mode::Production)
    }

    pub fn validate(&self) -> anyhow::Result<()> {
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
        let limits = [
            (
                "PORTAL_PAYMENT_QUERY_INTERVAL_SECS",
                self.payment_query_interval_secs,
            ),
            (
                "PORTAL_PAY_LOOKUP_CAPTCHA_AFTER",
                self.pay_lookup_captcha_after,
            ),
            ("PORTAL_PAY_LOOKUP_CLOSE_AFTER", self.pay_lookup_close_after),
            (
                "PORTAL_PAY_LOOKUP_CLOSE_MINUTES",
                self.pay_lookup_close_minutes,
            ),
            (
                "PORTAL_PAY_LOOKUP_FAILURES_PER_ADDRESS_HOUR",
                self.pay_lookup_failures_per_address_hour,
            ),
            (
                "PORTAL_PAY_LOOKUP_FAILURES_PER_NETWORK_HOUR",
                self.pay_lookup_failures_per_network_hour,
            ),
            (
                "PORTAL_RECEIPT_PDFS_PER_ADDRESS_MINUTE",
                self.receipt_pdfs_per_address_minute,
            ),
            (
                "PORTAL_PAY_STARTS_PER_NOTICE_HOUR",
                self.pay_starts_per_notice_hour,
            ),
            (
                "PORTAL_PAY_STARTS_PER_ADDRESS_HOUR",
                self.pay_starts_per_address_hour,
            ),
        ];
        if let Some((name, _)) = limits.iter().find(|(_, v)| *v < 1) {
            anyhow::bail!("{name} must be at least 1");
        }
        if self.pay_lookup_close_after <= self.pay_lookup_captcha_after {
            anyhow::bail!(
                "PORTAL_PAY_LOOKUP_CLOSE_AFTER must be greater than PORTAL_PAY_LOOKUP_CAPTCHA_AFTER"
            );
        }
        Ok(())
    }

    /// In production mode: the gateways offered must be reached over https at their production
    /// hosts (the defaults are the test environments).
    pub fn validate_production(&self) -> anyhow::Result<()> {
        let mut urls = Vec::new();
        if self.vnpay_tmn_code.is_some() {
            urls.push(("PORTAL_VNPAY_URL", &self.vnpay_url));
            urls.push(("PORTAL_VNPAY_API_URL", &self.vnpay_api_url));
        }
        if self.momo_partner_code.is_some() {
            urls.push(("PORTAL_MOMO_URL", &self.momo_url));
        }
        for (name, url) in urls {
            if let Some(problem) = production_url_problem(name, url) {
                anyhow::bail!(problem);
            }
        }
        Ok(())
    }

    /// The limits the payment pages keep, for the services.
    pub fn limits(&self) -> app::backend::payments::PayLimits {
        app::backend::payments::PayLimits {
            lookup_captcha_after: self.pay_lookup_captcha_after,
            lookup_close_after: self.pay_lookup_close_after,
            lookup_close_secs: self.pay_lookup_close_minutes * 60,
            lookup_failures_per_address_hour: self.pay_lookup_failures_per_address_hour,
            lookup_failures_per_network_hour: self.pay_lookup_failures_per_network_hour,
            query_interval_secs: self.payment_query_interval_secs,
            receipts_per_address_minute: self.receipt_pdfs_per_address_minute,
            starts_per_notice_hour: self.pay_starts_per_notice_hour,
            starts_per_address_hour: self.pay_starts_per_address_hour,
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::settings::Cli;
    use clap::Parser as _;

    fn production(extra: &[&str]) -> anyhow::Result<()> {
        let mut argv = vec![
            "server",
            "--mode",
            "production",
            "--public-url",
            "https://x.vn",
            "--secret-key",
            "0123456789abcdef0123456789abcdef",
        ];
        argv.extend_from_slice(extra);
        Cli::try_parse_from(argv)
            .expect("valid arguments")
            .settings
            .payments
            .validate_production()
    }

    const VNPAY: [&str; 4] = ["--vnpay-tmn-code", "T1", "--vnpay-hash-secret", "s"];
    const MOMO: [&str; 6] = [
        "--momo-partner-code",
        "M",
        "--momo-access-key",
        "a",
        "--momo-secret-key",
        "s",
    ];

    #[test]
    fn production_refuses_http_and_sandbox_gateway_addresses() {
        // No gateway configured: nothing to check.
        assert!(production(&[]).is_ok());
        // VNPay with its default (sandbox) addresses: refused, naming the setting.
        let e = production(&VNPAY).unwrap_err().to_string();
        assert!(
            e.contains("PORTAL_VNPAY_URL") && e.contains("sandbox.vnpayment.vn"),
            "{e}"
        );
        let live = [
            "--vnpay-url",
            "https://pay.vnpay.vn/vpcpay.html",
            "--vnpay-api-url",
            "https://merchant.vnpay.vn/merchant_webapi/api/transaction",
        ];
        assert!(production(&[&VNPAY[..], &live[..]].concat()).is_ok());
        let http = [
            "--vnpay-url",
            "http://pay.vnpay.vn/vpcpay.html",
            "--vnpay-api-url",
            "https://merchant.vnpay.vn/merchant_webapi/api/transaction",
        ];
        let e = production(&[&VNPAY[..], &http[..]].concat())
            .unwrap_err()
            .to_string();
        assert!(
            e.contains("PORTAL_VNPAY_URL") && e.contains("https://"),
            "{e}"
        );
        let api_sandbox = [
            "--vnpay-url",
            "https://pay.vnpay.vn/vpcpay.html",
            "--vnpay-api-url",
            "https://sandbox.vnpayment.vn/merchant_webapi/api/transaction",
        ];
        let e = production(&[&VNPAY[..], &api_sandbox[..]].concat())
            .unwrap_err()
            .to_string();
        assert!(e.contains("PORTAL_VNPAY_API_URL"), "{e}");
        // MoMo: its default is the test environment.
        let e = production(&MOMO).unwrap_err().to_string();
        assert!(
            e.contains("PORTAL_MOMO_URL") && e.contains("test-payment.momo.vn"),
            "{e}"
        );
        let local = ["--momo-url", "https://127.0.0.1:9000"];
        assert!(production(&[&MOMO[..], &local[..]].concat()).is_err());
        let live = ["--momo-url", "https://payment.momo.vn"];
        assert!(production(&[&MOMO[..], &live[..]].concat()).is_ok());
    }
}
