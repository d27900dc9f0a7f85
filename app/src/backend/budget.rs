//! Budgets for the text messages and e-mails that anyone can make the portal send (codes for
//! registration, login, recovery and phone change; e-mail confirmation links). A captcha only
//! proves that a person is there, and people can be hired to solve them, so every message is
//! also counted per recipient, per client address, per network (/24 for IPv4, /64 for IPv6)
//! and in total, per hour and per day, with the limits as settings. When the total is spent the
//! portal keeps working, says so in Vietnamese, and warns the operator in the log.

use super::{Services, crypto, throttle};
use crate::error::AppError;
use std::net::IpAddr;

const HOUR: i64 = 3_600;
const DAY: i64 = 86_400;

/// The limits (settings `PORTAL_OTP_PER_PHONE_HOUR`, `PORTAL_MESSAGES_PER_*`).
#[derive(Debug, Clone, Copy)]
pub struct MessageBudget {
    /// Messages to one phone number or e-mail address per hour.
    pub per_recipient_hour: i64,
    pub per_address_hour: i64,
    pub per_address_day: i64,
    pub per_network_hour: i64,
    pub per_network_day: i64,
    pub total_hour: i64,
    pub total_day: i64,
}

impl Default for MessageBudget {
    fn default() -> Self {
        MessageBudget {
            per_recipient_hour: 5,
            per_address_hour: 10,
            per_address_day: 30,
            per_network_hour: 30,
            per_network_day: 100,
            total_hour: 1_000,
            total_day: 10_000,
        }
    }
}

/// Which budget a message would overdraw, and how long until it refills (seconds).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exceeded {
    Recipient { wait_secs: i64 },
    Address { wait_secs: i64 },
    Network { wait_secs: i64 },
    Total { wait_secs: i64 },
}

/// What kind of message is asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Sms,
    Email,
}

/// The network a client address belongs to: its /24 (IPv4) or /64 (IPv6); the address itself
/// when it cannot be read.
pub fn network_of(ip: &str) -> String {
    match ip.parse::<IpAddr>() {
        Ok(IpAddr::V4(v4)) => {
            let o = v4.octets();
            format!("{}.{}.{}.0/24", o[0], o[1], o[2])
        }
        Ok(IpAddr::V6(v6)) => match v6.to_ipv4_mapped() {
            Some(v4) => network_of(&v4.to_string()),
            None => {
                let s = v6.segments();
                format!("{:x}:{:x}:{:x}:{:x}::/64", s[0], s[1], s[2], s[3])
            }
        },
        Err(_) => ip.to_string(),
    }
}

/// One budget: its counter's key, window (seconds), limit, and the refusal it gives.
type Check<'a> = (&'a str, i64, i64, fn(i64) -> Exceeded);

/// Spends one message of `kind` to `recipient` asked for from client address `ip`, or says
/// which budget is spent. Each count is taken in one atomic statement; a request refused by an
/// earlier budget does not spend the later ones (the total is counted last).
pub async fn spend(
    svc: &Services,
    kind: Kind,
    recipient: &str,
    ip: &str,
) -> Result<Result<(), Exceeded>, AppError> {
    let b = svc.config.budget;
    let db = &svc.db;
    let channel = match kind {
        Kind::Sms => "sms",
        Kind::Email => "email",
    };
    let to = format!(
        "msg:to:{}",
        crypto::keyed_hash(&svc.config.secret_key, &[channel, recipient])
    );
    let address = format!("msg:ip:{ip}");
    let network = format!("msg:net:{}", network_of(ip));
    let checks: [Check; 7] = [
        (&to, HOUR, b.per_recipient_hour, |w| Exceeded::Recipient {
            wait_secs: w,
        }),
        (&address, HOUR, b.per_address_hour, |w| Exceeded::Address {
            wait_secs: w,
        }),
        (&address, DAY, b.per_address_day, |w| Exceeded::Address {
            wait_secs: w,
        }),
        (&network, HOUR, b.per_network_hour, |w| Exceeded::Network {
            wait_secs: w,
        }),
        (&network, DAY, b.per_network_day, |w| Exceeded::Network {
            wait_secs: w,
        }),
        ("msg:all", HOUR, b.total_hour, |w| Exceeded::Total {
            wait_secs: w,
        }),
        ("msg:all", DAY, b.total_day, |w| Exceeded::Total {
            wait_secs: w,
        }),
    ];
    for (key, window, limit, exceeded) in checks {
        let n = throttle::hit(db, key, window).await?;
        if n > limit {
            let scope = key.split(':').nth(1).unwrap_or(key);
            if scope == "all" {
                // The first refusal of the window tells the operator; later ones would flood
                // the log.
                if n == limit + 1 {
                    tracing::warn!(
                        limit,
                        window_secs = window,
                        "message budget spent: the portal sends no more codes or links until the \
                         window ends (raise PORTAL_MESSAGES_PER_HOUR / _PER_DAY if this is real \
                         demand)"
                    );
                }
            } else if n == limit + 1 {
                tracing::info!(scope, window_secs = window, "message budget reached");
            }
            return Ok(Err(exceeded(throttle::retry_after(window))));
        }
    }
    Ok(Ok(()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn networks_are_slash_24_and_slash_64() {
        assert_eq!(network_of("113.161.72.15"), "113.161.72.0/24");
        assert_eq!(network_of("::ffff:113.161.72.15"), "113.161.72.0/24");
        assert_eq!(network_of("2001:ee0:4f1a:12:a::1"), "2001:ee0:4f1a:12::/64");
        assert_eq!(network_of(""), "");
    }
}
