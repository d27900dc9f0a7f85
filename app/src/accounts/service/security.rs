//! The account's security pages: changing the password, the list of active sessions with "log
//! out the others", and e-mail confirmation. (The mobile number change is `phone`.)

use super::{
    notices,
    password::{check_new_password, check_own_password},
    users::require_user,
};
use crate::{
    accounts::{ChangePasswordForm, EmailTokenForm, SessionView, store},
    backend::{self, audit, crypto, internal, now_epoch, session},
    error::AppError,
    format,
    i18n::*,
    locale,
};

pub async fn change_password(f: ChangePasswordForm) -> Result<(), AppError> {
    let svc = backend::services()?;
    let locale = locale::current();
    let (user, _) = require_user(&svc).await?;
    check_own_password(&svc, &user, &f.current, "current").await?;
    check_new_password(locale, &f.password, &f.confirm)?;
    if f.password == f.current {
        return Err(AppError::field(
            "password",
            td_string!(locale, password.same_as_current).to_string(),
        ));
    }
    let hash = crypto::hash_password(&svc.cpu, f.password).await?;
    let messages = notices::password_changed(&user, &notices::hotline());
    store::set_password(
        &svc.db,
        user.id,
        &hash,
        false,
        "password.changed",
        &messages,
    )
    .await?;
    notices::wake_outbox(&svc);
    // Every other session ends; this one gets a new id.
    session::end_all(&svc, user.id).await?;
    session::start_authenticated(&svc, user.id).await?;
    leptos_axum::redirect("/tai-khoan?tb=mat-khau");
    Ok(())
}

/// "Chrome trên Android" from a user agent (only browser and system families).
pub fn describe_device(locale: Locale, ua: &str) -> String {
    let browser = [
        ("Edg/", "Edge"),
        ("OPR/", "Opera"),
        ("CocCoc", "Cốc Cốc"),
        ("Zalo", "Zalo"),
        ("Firefox/", "Firefox"),
        ("Chrome/", "Chrome"),
        ("Chromium/", "Chromium"),
        ("Safari/", "Safari"),
    ]
    .iter()
    .find(|(needle, _)| ua.contains(needle))
    .map(|(_, name)| *name);
    let system = [
        ("Android", "Android"),
        ("iPhone", "iOS"),
        ("iPad", "iPadOS"),
        ("Windows", "Windows"),
        ("Mac OS X", "macOS"),
        ("Linux", "Linux"),
    ]
    .iter()
    .find(|(needle, _)| ua.contains(needle))
    .map(|(_, name)| *name);
    match (browser, system) {
        (Some(b), Some(s)) => {
            td_string!(locale, sessions.device_on, browser = b, system = s).to_string()
        }
        (Some(b), None) => b.to_string(),
        (None, Some(s)) => s.to_string(),
        (None, None) => td_string!(locale, sessions.device_unknown).to_string(),
    }
}

/// An address with its last part hidden.
pub fn mask_address(ip: &str) -> String {
    if let Some((head, _)) = ip.rsplit_once('.') {
        format!("{head}.*")
    } else if let Some((head, _)) = ip.rsplit_once(':') {
        format!("{head}:*")
    } else {
        String::new()
    }
}

pub async fn list_sessions() -> Result<Vec<SessionView>, AppError> {
    let svc = backend::services()?;
    let locale = locale::current();
    let (user, current) = require_user(&svc).await?;
    Ok(session::list_for_user(&svc, user.id)
        .await?
        .into_iter()
        .map(|s| SessionView {
            current: s.id == current.id,
            started: format::datetime(s.created_at),
            last_seen: format::datetime(s.last_seen_at),
            device: describe_device(locale, &s.user_agent),
            address: mask_address(&s.ip),
        })
        .collect())
}

/// "Đăng xuất các phiên khác".
pub async fn end_other_sessions() -> Result<u64, AppError> {
    let svc = backend::services()?;
    let (user, s) = require_user(&svc).await?;
    let n = session::end_others(&svc, user.id, &s.id).await?;
    audit::record(
        &svc.db.pool,
        Some(user.id),
        "sessions.end_others",
        &n.to_string(),
    )
    .await
    .map_err(internal)?;
    // Back to the list with its confirmation, also for a form posted without JavaScript.
    leptos_axum::redirect("/tai-khoan/phien?tb=da-dang-xuat");
    Ok(n)
}

pub async fn confirm_email(f: EmailTokenForm) -> Result<(), AppError> {
    let svc = backend::services()?;
    let locale = locale::current();
    let hash = crypto::sha256_hex(f.token.trim());
    if !store::confirm_email(&svc.db, &hash, now_epoch()).await? {
        return Err(AppError::field(
            "token",
            td_string!(locale, email.link_invalid).to_string(),
        ));
    }
    leptos_axum::redirect("/xac-nhan-email-thanh-cong");
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn devices_and_addresses_are_described_without_detail() {
        let ua = "Mozilla/5.0 (Linux; Android 13) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Mobile Safari/537.36";
        assert_eq!(
            describe_device(crate::i18n::Locale::vi, ua),
            "Chrome trên Android"
        );
        assert_eq!(mask_address("113.161.72.15"), "113.161.72.*");
        assert_eq!(mask_address("2001:db8::1"), "2001:db8::*");
        assert_eq!(mask_address(""), "");
    }
}
