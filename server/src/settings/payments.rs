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
        Ok(())
    }
}
