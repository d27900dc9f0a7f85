//! Budgets for the text messages and e-mails that anyone can make the portal send (codes for
//! registration, login, recovery and phone change; e-mail confirmation links). A captcha only
//! proves that a person is there, and people can be hired to solve them, so every message is
//! also counted per recipient, per client address, per network (/24 for IPv4, /64 for IPv6)
//! and in total, per hour and per day, with the limits as settings. When the total is spent the
//! portal keeps working, says so in Vietnamese, and warns the operator in the log.
//!
//! The totals are two pools ([`Pool`]): codes for people who already have an account (login,
//! and recovery whose details match an account) have their own, so that a flood of
//! registrations cannot stop existing users logging in. An operator is warned (a `warn` log
//! line, once per pool and window) when a pool reaches 80 %, and `/metrics` shows each pool's
//! use ([`usage`]).

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
    /// The open pool: registration and phone-change codes, e-mail links, recovery that matches
    /// no account.
    pub total_hour: i64,
    pub total_day: i64,
    /// The accounts' pool: login codes, and recovery codes to an account's own number.
    pub accounts_hour: i64,
    pub accounts_day: i64,
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
            accounts_hour: 1_000,
            accounts_day: 10_000,
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

/// Which total a message is counted in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pool {
    /// Messages to anyone (registration, phone change, e-mail links, unmatched recovery).
    Open,
    /// Codes to the number of an existing account (login, matched recovery).
    Accounts,
}

impl Pool {
    /// The counter's key and the pool's name in logs and metrics.
    fn key(self) -> &'static str {
        match self {
            Pool::Open => "msg:all",
            Pool::Accounts => "msg:accounts",
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Pool::Open => "open",
            Pool::Accounts => "accounts",
        }
    }

    /// The pool's limits per hour and per day.
    fn limits(self, b: &MessageBudget) -> [(i64, i64); 2] {
        match self {
            Pool::Open => [(HOUR, b.total_hour), (DAY, b.total_day)],
            Pool::Accounts => [(HOUR, b.accounts_hour), (DAY, b.accounts_day)],
        }
    }
}

/// The count at which an operator is warned: 80 % of `limit`, rounded up.
fn warn_at(limit: i64) -> i64 {
    (limit * 4 + 4) / 5
}

/// One pool's use in its current window, for `/metrics`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Usage {
    pub pool: Pool,
    pub window_secs: i64,
    pub used: i64,
    pub limit: i64,
}

impl Usage {
    /// At or past the warning level (80 %).
    pub fn warning(&self) -> bool {
        self.used >= warn_at(self.limit)
    }
}

/// Every pool's use in the current hour and day.
pub async fn usage(svc: &Services) -> Result<Vec<Usage>, sqlx::Error> {
    let mut out = Vec::new();
    for pool in [Pool::Open, Pool::Accounts] {
        for (window_secs, limit) in pool.limits(&svc.config.budget) {
            let used = throttle::count(&svc.db, pool.key(), window_secs).await?;
            out.push(Usage {
                pool,
                window_secs,
                used,
                limit,
            });
        }
    }
    Ok(out)
}

/// A client address as its counters know it: an IPv4 address itself, an IPv6 address's /64
/// (one subscriber usually holds a whole /64, so counting single IPv6 addresses counts nothing).
pub fn address_of(ip: &str) -> String {
    match ip.parse::<IpAddr>() {
        Ok(IpAddr::V6(v6)) => match v6.to_ipv4_mapped() {
            Some(v4) => v4.to_string(),
            None => network_of(ip),
        },
        _ => ip.to_string(),
    }
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

/// Spends one message of `kind` to `recipient` asked for from client address `ip`, counted in
/// `pool`, or says which budget is spent. Each count is taken in one atomic statement; a request refused by an
/// earlier budget does not spend the later ones (the total is counted last).
pub async fn spend(
    svc: &Services,
    kind: Kind,
    pool: Pool,
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
    let address = format!("msg:ip:{}", address_of(ip));
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
        (pool.key(), HOUR, pool.limits(&b)[0].1, |w| {
            Exceeded::Total { wait_secs: w }
        }),
        (pool.key(), DAY, pool.limits(&b)[1].1, |w| Exceeded::Total {
            wait_secs: w,
        }),
    ];
    for (key, window, limit, exceeded) in checks {
        let n = throttle::hit(db, key, window).await?;
        let total = key == pool.key();
        // Told once per pool and window: the count passes each number once.
        if total && n == warn_at(limit) {
            tracing::warn!(
                pool = pool.name(),
                limit,
                window_secs = window,
                "message budget 80 % used: raise PORTAL_MESSAGES_PER_* / PORTAL_ACCOUNT_MESSAGES_PER_* \
                 if this is real demand, or look for a flood"
            );
        }
        if n > limit {
            let scope = key.split(':').nth(1).unwrap_or(key);
            if total {
                // The first refusal of the window tells the operator; later ones would flood
                // the log.
                if n == limit + 1 {
                    tracing::warn!(
                        pool = pool.name(),
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

    #[test]
    fn addresses_are_ipv4_itself_and_ipv6_slash_64() {
        assert_eq!(address_of("113.161.72.15"), "113.161.72.15");
        assert_eq!(address_of("::ffff:113.161.72.15"), "113.161.72.15");
        assert_eq!(address_of("2001:ee0:4f1a:12:a::1"), "2001:ee0:4f1a:12::/64");
        assert_eq!(address_of("2001:ee0:4f1a:12:b::9"), "2001:ee0:4f1a:12::/64");
    }

    #[test]
    fn the_warning_comes_at_80_percent() {
        assert_eq!(warn_at(10_000), 8_000);
        assert_eq!(warn_at(5), 4);
        assert_eq!(warn_at(1), 1);
    }
}
