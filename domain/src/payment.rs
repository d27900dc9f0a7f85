//! Online payments' typed values (SPEC §7): the state of one attempt at a gateway and the
//! gateways themselves. Each is stored, and crosses the wire, under its `as_str` name.

use crate::UnknownName;

/// The state of a payment (one attempt at a gateway), as `payments.state` stores it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(rename_all = "snake_case")
)]
pub enum PaymentState {
    /// Sent to the gateway, no answer yet.
    Pending,
    /// Confirmed paid by the gateway (once, for ever).
    Paid,
    /// Refused, failed or cancelled at the gateway.
    Failed,
    /// Never finished before its expiry.
    Expired,
}

pub const ALL_PAYMENT_STATES: [PaymentState; 4] = [
    PaymentState::Pending,
    PaymentState::Paid,
    PaymentState::Failed,
    PaymentState::Expired,
];

impl PaymentState {
    /// The stored name (and the ledger filter's).
    pub fn as_str(self) -> &'static str {
        match self {
            PaymentState::Pending => "pending",
            PaymentState::Paid => "paid",
            PaymentState::Failed => "failed",
            PaymentState::Expired => "expired",
        }
    }

    /// The state stored as `s`; `None` for any other text.
    pub fn parse(s: &str) -> Option<PaymentState> {
        ALL_PAYMENT_STATES.into_iter().find(|st| st.as_str() == s)
    }
}

/// A payment gateway, as stored with each payment and receipt (`payments.gateway`,
/// `receipts.gateway`, `payment_callbacks.gateway`) and written in its callback addresses
/// (`/thanh-toan/{gateway}/ipn`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(rename_all = "snake_case")
)]
pub enum GatewayId {
    /// VNPay (protocol 2.1.0).
    Vnpay,
    /// MoMo (API v2).
    Momo,
    /// The portal's built-in test gateway, speaking VNPay's protocol (never in production).
    Sandbox,
}

pub const ALL_GATEWAYS: [GatewayId; 3] = [GatewayId::Vnpay, GatewayId::Momo, GatewayId::Sandbox];

impl GatewayId {
    /// The stored name, and the gateway's segment in its callback addresses.
    pub fn as_str(self) -> &'static str {
        match self {
            GatewayId::Vnpay => "vnpay",
            GatewayId::Momo => "momo",
            GatewayId::Sandbox => "sandbox",
        }
    }

    /// The gateway stored (or addressed) as `s`; `None` for any other text.
    pub fn parse(s: &str) -> Option<GatewayId> {
        ALL_GATEWAYS.into_iter().find(|g| g.as_str() == s)
    }
}

/// Read from a stored column: anything but a stored name is an error.
impl TryFrom<String> for PaymentState {
    type Error = UnknownName;

    fn try_from(s: String) -> Result<PaymentState, UnknownName> {
        PaymentState::parse(&s).ok_or(UnknownName {
            of: "payment state",
            name: s,
        })
    }
}

/// Read from a stored column: anything but a stored name is an error.
impl TryFrom<String> for GatewayId {
    type Error = UnknownName;

    fn try_from(s: String) -> Result<GatewayId, UnknownName> {
        GatewayId::parse(&s).ok_or(UnknownName {
            of: "gateway",
            name: s,
        })
    }
}

impl std::fmt::Display for GatewayId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What crosses the wire is what is stored: serde's name of each value is its `as_str`, and
    /// it reads back.
    #[cfg(feature = "serde")]
    #[test]
    fn wire_names_are_the_stored_names() {
        for s in ALL_PAYMENT_STATES {
            let wire = format!("\"{}\"", s.as_str());
            assert_eq!(serde_json::to_string(&s).unwrap(), wire);
            assert_eq!(serde_json::from_str::<PaymentState>(&wire).unwrap(), s);
        }
        for g in ALL_GATEWAYS {
            let wire = format!("\"{}\"", g.as_str());
            assert_eq!(serde_json::to_string(&g).unwrap(), wire);
            assert_eq!(serde_json::from_str::<GatewayId>(&wire).unwrap(), g);
        }
        assert!(serde_json::from_str::<PaymentState>("\"cancelled\"").is_err());
        assert!(serde_json::from_str::<GatewayId>("\"counter\"").is_err());
    }

    #[test]
    fn stored_names_read_back_and_nothing_else_does() {
        for s in ALL_PAYMENT_STATES {
            assert_eq!(PaymentState::parse(s.as_str()), Some(s));
        }
        for g in ALL_GATEWAYS {
            assert_eq!(GatewayId::parse(g.as_str()), Some(g));
        }
        // Unknown text is no state (the store makes it an internal error), whatever its case.
        for bad in ["", "Paid", "PENDING", "cancelled", "refund", " paid"] {
            assert_eq!(PaymentState::parse(bad), None, "{bad:?}");
        }
        for bad in ["", "VNPAY", "counter", "zalopay", "momo "] {
            assert_eq!(GatewayId::parse(bad), None, "{bad:?}");
        }
        // As a column is read.
        assert_eq!(
            PaymentState::try_from("paid".to_string()),
            Ok(PaymentState::Paid)
        );
        let e = PaymentState::try_from("cancelled".to_string()).unwrap_err();
        assert_eq!(e.to_string(), r#"unknown payment state "cancelled""#);
        assert_eq!(GatewayId::try_from("momo".to_string()), Ok(GatewayId::Momo));
        assert!(GatewayId::try_from("counter".to_string()).is_err());
    }
}
