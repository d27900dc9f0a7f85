//! Limits on what strangers start with a captcha (registration details, recovery), counted per
//! client address (an IPv4 address, an IPv6 /64) and per network (an IPv4 /24) per hour, and the
//! words that tell someone how long to wait. (Login's own limits are in `login`.)

use crate::{
    backend::{Services, budget, session, throttle},
    error::AppError,
    i18n::*,
};

const HOUR: i64 = 3_600;

/// Which limit refused, and how long until it lifts (seconds).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refused {
    Address(i64),
    Network(i64),
}

/// Counts one start of `scope` ("register", "recover") from this request's address and network;
/// says which limit is passed, if one is. Counted before anything is looked up, so a refused
/// start learns nothing.
pub async fn start(
    svc: &Services,
    scope: &str,
    per_address: i64,
    per_network: i64,
) -> Result<Option<Refused>, AppError> {
    let ip = session::request_meta(svc).ip;
    let address = format!("{scope}:ip:{}", budget::address_of(&ip));
    if throttle::hit(&svc.db, &address, HOUR).await? > per_address {
        return Ok(Some(Refused::Address(throttle::retry_after(HOUR))));
    }
    let network = format!("{scope}:net:{}", budget::network_of(&ip));
    if throttle::hit(&svc.db, &network, HOUR).await? > per_network {
        return Ok(Some(Refused::Network(throttle::retry_after(HOUR))));
    }
    Ok(None)
}

/// "12 phút", "3 giờ": a wait in seconds as a person reads it (rounded up).
pub fn wait_text(locale: Locale, secs: i64) -> String {
    let minutes = ((secs + 59) / 60).max(1);
    if minutes <= 90 {
        let n = minutes.to_string();
        td_string!(locale, limits.minutes, n = n.as_str()).to_string()
    } else {
        let n = ((minutes + 59) / 60).to_string();
        td_string!(locale, limits.hours, n = n.as_str()).to_string()
    }
}

/// What a refused registration or recovery start is told.
pub fn refused_text(locale: Locale, refused: Refused) -> String {
    match refused {
        Refused::Address(secs) => {
            let wait = wait_text(locale, secs);
            td_string!(locale, limits.start_address, wait = wait.as_str()).to_string()
        }
        Refused::Network(secs) => {
            let wait = wait_text(locale, secs);
            td_string!(locale, limits.start_network, wait = wait.as_str()).to_string()
        }
    }
}
