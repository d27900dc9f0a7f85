//! The messages account changes send (worded by `backend::messaging::templates`), built before
//! the change and written by the store in the change's transaction (the outbox).

use crate::{
    accounts::store::{NewEmailToken, Outgoing, UserRow},
    backend::{Services, crypto, messaging::templates, now_epoch},
    format,
};

/// Hours an e-mail confirmation link works.
const EMAIL_LINK_HOURS: i64 = 48;

/// The confirmation link for `email` (valid 48 hours): the token to store and the e-mail that
/// carries it to `name`.
pub fn email_confirmation(svc: &Services, name: &str, email: &str) -> (NewEmailToken, Outgoing) {
    let token = crypto::random_token();
    let link = format!(
        "{}/xac-nhan-email/{token}",
        svc.config.public_url.trim_end_matches('/')
    );
    let stored = NewEmailToken {
        token_hash: crypto::sha256_hex(&token),
        email: email.to_string(),
        expires_at: now_epoch() + EMAIL_LINK_HOURS * 3600,
    };
    let mail = Outgoing::email(
        email,
        templates::email_confirmation(name, &link, EMAIL_LINK_HOURS),
    );
    (stored, mail)
}

/// A security notice about `user`'s account: the SMS to `phone` (the number that must hear of
/// it: the account's, or the old one after a change) and, when the account has a confirmed
/// address, the e-mail (`email` builds it from the account holder's name).
pub fn security_notice(
    user: &UserRow,
    phone: &str,
    sms: String,
    email: impl FnOnce(&str) -> (String, String),
) -> Vec<Outgoing> {
    let mut out = vec![Outgoing::sms(phone, sms)];
    if let (Some(address), Some(_)) = (&user.email, user.email_verified_at) {
        out.push(Outgoing::email(address, email(&user.full_name)));
    }
    out
}

/// "Your password was changed" (SMS, and e-mail when confirmed).
pub fn password_changed(user: &UserRow, hotline: &str) -> Vec<Outgoing> {
    let when = format::datetime(now_epoch());
    let sms = templates::password_changed_sms(&when, hotline);
    security_notice(user, &user.phone, sms, |name| {
        templates::password_changed_email(name, &when, hotline)
    })
}

/// "Your number was changed": SMS to the old number, e-mail to a confirmed address.
pub fn phone_changed(
    user: &UserRow,
    old_phone: &str,
    masked_new: &str,
    hotline: &str,
) -> Vec<Outgoing> {
    let when = format::datetime(now_epoch());
    let sms = templates::phone_changed_sms(masked_new, &when, hotline);
    security_notice(user, old_phone, sms, |name| {
        templates::phone_changed_email(name, masked_new, &when, hotline)
    })
}

/// The portal's hotline, as the notices name it.
pub fn hotline() -> String {
    leptos::prelude::use_context::<crate::site::SiteInfo>()
        .map(|s| s.hotline)
        .unwrap_or_default()
}

/// Wakes the outbox worker once a change that queued messages has committed.
pub fn wake_outbox(svc: &Services) {
    svc.outbox.notify_one();
}
