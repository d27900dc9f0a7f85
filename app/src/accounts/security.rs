//! The account's security pages: change the password, change the mobile number, the list of
//! active sessions with "log out the others", and e-mail confirmation.
//!
//! A borrowed session must not be enough to take the account over: changing the mobile number
//! asks for the current password and for two codes, one sent to the current number and one to
//! the new; someone who lost the current number gets a waiting period instead, announced to
//! that number and to the e-mail address, and can be stopped from any session. The change ends
//! every other session.

#[cfg(feature = "ssr")]
use super::flow::Step;
use super::password::NewPasswordInputs;
use crate::{
    components::FormPage,
    components::{
        PageTitle,
        form::{Checkbox, Submit, TextField, errors_of},
    },
    error::AppError,
    i18n::*,
    locale::use_locale,
};
use leptos::prelude::*;
use leptos_router::{components::Redirect, hooks::use_params_map};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct ChangePasswordForm {
    pub current: String,
    pub password: String,
    pub confirm: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct PhoneForm {
    pub phone: String,
    /// The account's current password.
    pub password: String,
    /// "true": the current number is lost ("Mất số điện thoại nhận OTP").
    pub lost: String,
}

/// A session as its owner sees it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionView {
    pub current: bool,
    pub started: String,
    pub last_seen: String,
    /// "Chrome trên Android", from the user agent.
    pub device: String,
    /// The address with its last part hidden: "113.161.72.*".
    pub address: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PhoneView {
    pub current_masked: String,
    pub value: String,
    pub lost: bool,
    /// A change asked for without the current number: the new number (masked) and when it
    /// takes effect.
    pub pending: Option<(String, String)>,
    /// Hours a change without the current number waits.
    pub wait_hours: i64,
}

#[cfg(feature = "ssr")]
#[derive(Debug, Clone, Serialize, Deserialize)]
struct PhoneFlow {
    step: Step,
    /// The new number.
    phone: String,
    /// The current number, which gets a code too; `None` when it is lost.
    old_phone: Option<String>,
    user_id: i64,
}

#[cfg(feature = "ssr")]
const JOURNEY: super::flow::Journey = super::flow::Journey::Phone;

#[server(prefix = "/api", endpoint = "account/password")]
pub async fn change_password(f: ChangePasswordForm) -> Result<(), AppError> {
    let result: Result<(), AppError> = async move { server::change_password(f).await }.await;
    result.map_err(AppError::respond)
}

#[server(prefix = "/api", endpoint = "account/phone/state")]
pub async fn phone_state() -> Result<PhoneView, AppError> {
    let result: Result<PhoneView, AppError> = async move {
        use crate::backend::otp;
        let svc = crate::backend::services()?;
        let (user, s) = super::service::require_user(&svc).await?;
        let flow = otp::load::<PhoneFlow>(&svc.db, &s.id, JOURNEY.purpose()).await?;
        let mask = |p: &str| {
            domain::PhoneNumber::parse(p)
                .map(|p| p.masked())
                .unwrap_or_default()
        };
        let pending = server::pending_change(&svc, user.id)
            .await?
            .map(|(phone, at)| (mask(&phone), crate::format::datetime(at)));
        Ok(PhoneView {
            current_masked: mask(&user.phone),
            value: flow
                .as_ref()
                .map(|f| f.data.phone.clone())
                .unwrap_or_default(),
            lost: flow.is_some_and(|f| f.data.old_phone.is_none()),
            pending,
            wait_hours: svc.config.phone_change_wait_secs / 3600,
        })
    }
    .await;
    result.map_err(AppError::respond)
}

#[server(prefix = "/api", endpoint = "account/phone")]
pub async fn change_phone(f: PhoneForm) -> Result<(), AppError> {
    let result: Result<(), AppError> = async move { server::change_phone(f).await }.await;
    result.map_err(AppError::respond)
}

/// "Hủy yêu cầu": stops a phone change that waits.
#[server(prefix = "/api", endpoint = "account/phone/cancel")]
pub async fn cancel_phone_change() -> Result<(), AppError> {
    let result: Result<(), AppError> = async move { server::cancel_phone_change().await }.await;
    result.map_err(AppError::respond)
}

#[server(prefix = "/api", endpoint = "account/sessions")]
pub async fn list_sessions() -> Result<Vec<SessionView>, AppError> {
    let result: Result<Vec<SessionView>, AppError> =
        async move { server::list_sessions().await }.await;
    result.map_err(AppError::respond)
}

#[server(prefix = "/api", endpoint = "account/sessions/end-others")]
pub async fn end_other_sessions() -> Result<u64, AppError> {
    let result: Result<u64, AppError> = async move {
        let svc = crate::backend::services()?;
        let (user, s) = super::service::require_user(&svc).await?;
        let n = crate::backend::session::end_others(&svc, user.id, &s.id).await?;
        crate::backend::audit::record(
            &svc.db.pool,
            Some(user.id),
            "sessions.end_others",
            &n.to_string(),
        )
        .await
        .map_err(crate::backend::internal)?;
        // Back to the list with its confirmation, also for a form posted without JavaScript.
        leptos_axum::redirect("/tai-khoan/phien?tb=da-dang-xuat");
        Ok(n)
    }
    .await;
    result.map_err(AppError::respond)
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct EmailTokenForm {
    pub token: String,
}

/// Confirms the e-mail address of a link (a button press, so that mail scanners that open
/// links do not confirm anything).
#[server(prefix = "/api", endpoint = "account/email/confirm")]
pub async fn confirm_email(f: EmailTokenForm) -> Result<(), AppError> {
    let result: Result<(), AppError> = async move { server::confirm_email(f).await }.await;
    result.map_err(AppError::respond)
}

#[cfg(feature = "ssr")]
pub mod server {
    use super::*;
    use crate::{
        accounts::{
            flow::server::send_code,
            messages,
            password::{check_new_password, server::check_own_password},
            service,
        },
        backend::{self, audit, crypto, internal, messaging::templates, now_epoch, otp, session},
        error::FieldErrors,
        format, locale,
        site::SiteInfo,
    };
    use domain::PhoneNumber;

    pub async fn change_password(f: ChangePasswordForm) -> Result<(), AppError> {
        let svc = backend::services()?;
        let locale = locale::current();
        let (user, _) = service::require_user(&svc).await?;
        check_own_password(&svc, &user, &f.current, "current").await?;
        check_new_password(locale, &f.password, &f.confirm)?;
        if f.password == f.current {
            return Err(AppError::field(
                "password",
                td_string!(locale, password.same_as_current).to_string(),
            ));
        }
        let hash = crypto::hash_password(&svc.cpu, f.password).await?;
        let hotline = use_context::<SiteInfo>()
            .map(|s| s.hotline)
            .unwrap_or_default();
        let mut tx = svc.db.begin().await?;
        sqlx::query(
            "UPDATE users SET password_hash = $1, password_changed_at = $2, updated_at = $2 WHERE id = $3",
        )
        .bind(hash)
        .bind(now_epoch())
        .bind(user.id)
        .execute(&mut *tx)
        .await?;
        audit::record(&mut *tx, Some(user.id), "password.changed", "").await?;
        service::queue_password_notice(&mut tx, &user, &hotline).await?;
        tx.commit().await?;
        service::wake_outbox(&svc);
        // Every other session ends; this one gets a new id.
        session::end_all(&svc, user.id).await?;
        session::start_authenticated(&svc, user.id).await?;
        leptos_axum::redirect("/tai-khoan?tb=mat-khau");
        Ok(())
    }

    pub async fn change_phone(mut f: PhoneForm) -> Result<(), AppError> {
        let svc = backend::services()?;
        let locale = locale::current();
        let (user, s) = service::require_user(&svc).await?;
        let password = std::mem::take(&mut f.password);
        let lost = f.lost == "true";
        let mut flow = PhoneFlow {
            step: Step::Details,
            phone: f.phone.trim().to_string(),
            old_phone: (!lost).then(|| user.phone.clone()),
            user_id: user.id,
        };
        otp::restart(&svc.db, &s.id, JOURNEY.purpose(), &flow).await?;
        let mut errs = FieldErrors::default();
        let phone = match PhoneNumber::parse(&f.phone) {
            Ok(p) if p.as_str() == user.phone => {
                errs.add(
                    "phone",
                    td_string!(locale, phone.same_as_current).to_string(),
                );
                None
            }
            Ok(p) => Some(p),
            Err(e) => {
                errs.add("phone", messages::phone_error(locale, e));
                None
            }
        };
        if password.is_empty() {
            errs.add(
                "password",
                td_string!(locale, password.current_missing).to_string(),
            );
        }
        errs.into_result()?;
        let phone = phone.ok_or_else(|| internal("validated phone missing"))?;
        check_own_password(&svc, &user, &password, "password").await?;
        flow.step = Step::Otp;
        flow.phone = phone.as_str().to_string();
        otp::save(&svc.db, &s.id, JOURNEY.purpose(), &flow).await?;
        if let Err(message) = send_code(&svc, &s.id, JOURNEY, true).await? {
            flow.step = Step::Details;
            otp::save(&svc.db, &s.id, JOURNEY.purpose(), &flow).await?;
            return Err(AppError::field("phone", message));
        }
        leptos_axum::redirect("/tai-khoan/so-dien-thoai/xac-thuc");
        Ok(())
    }

    /// The codes were right. With the current number proved too, the number changes now, the
    /// old number and e-mail are told and every other session ends; without it, the change
    /// waits and both are told how to stop it.
    pub async fn on_phone_verified(
        svc: &backend::Services,
        session_id: &str,
        data: serde_json::Value,
    ) -> Result<(), AppError> {
        let flow: PhoneFlow = serde_json::from_value(data)?;
        let (user, _) = service::require_user(svc).await?;
        if user.id != flow.user_id {
            return Err(AppError::Forbidden);
        }
        let hotline = use_context::<SiteInfo>()
            .map(|s| s.hotline)
            .unwrap_or_default();
        let masked_new = PhoneNumber::parse(&flow.phone)
            .map(|p| p.masked())
            .unwrap_or_default();
        let now = now_epoch();
        let mut tx = svc.db.begin().await?;
        let Some(old_phone) = flow.old_phone else {
            let effective = now + svc.config.phone_change_wait_secs;
            sqlx::query("DELETE FROM phone_changes WHERE user_id = $1")
                .bind(user.id)
                .execute(&mut *tx)
                .await?;
            sqlx::query(
                "INSERT INTO phone_changes (user_id, new_phone, requested_at, effective_at) \
                 VALUES ($1, $2, $3, $4)",
            )
            .bind(user.id)
            .bind(&flow.phone)
            .bind(now)
            .bind(effective)
            .execute(&mut *tx)
            .await?;
            audit::record(&mut *tx, Some(user.id), "phone.change_requested", "").await?;
            let when = format::datetime(effective);
            let sms = templates::phone_change_pending_sms(&masked_new, &when, &hotline);
            service::queue_notice(&mut tx, &user, &user.phone, &sms, |name| {
                templates::phone_change_pending_email(name, &masked_new, &when, &hotline)
            })
            .await?;
            tx.commit().await?;
            service::wake_outbox(svc);
            otp::delete(&svc.db, session_id, JOURNEY.purpose()).await?;
            leptos_axum::redirect("/tai-khoan/so-dien-thoai?tb=cho-hieu-luc");
            return Ok(());
        };
        // Only from the number the old code went to: a change made meanwhile wins.
        let done = sqlx::query(
            "UPDATE users SET phone = $1, updated_at = $2 WHERE id = $3 AND phone = $4",
        )
        .bind(&flow.phone)
        .bind(now)
        .bind(user.id)
        .bind(&old_phone)
        .execute(&mut *tx)
        .await?;
        if done.rows_affected() != 1 {
            return Err(AppError::Conflict(
                td_string!(locale::current(), phone.changed_meanwhile).to_string(),
            ));
        }
        sqlx::query("DELETE FROM phone_changes WHERE user_id = $1")
            .bind(user.id)
            .execute(&mut *tx)
            .await?;
        // Every other session ends with the change, in the same transaction.
        sqlx::query("DELETE FROM sessions WHERE user_id = $1 AND id <> $2")
            .bind(user.id)
            .bind(session_id)
            .execute(&mut *tx)
            .await?;
        audit::record(&mut *tx, Some(user.id), "phone.changed", "").await?;
        queue_phone_changed(&mut tx, &user, &old_phone, &masked_new, &hotline).await?;
        tx.commit().await?;
        service::wake_outbox(svc);
        otp::delete(&svc.db, session_id, JOURNEY.purpose()).await?;
        leptos_axum::redirect("/tai-khoan?tb=so-dien-thoai");
        Ok(())
    }

    /// The notices of a changed number: SMS to the old number, e-mail to a confirmed address.
    async fn queue_phone_changed(
        tx: &mut sqlx::Transaction<'static, sqlx::Any>,
        user: &service::UserRow,
        old_phone: &str,
        masked_new: &str,
        hotline: &str,
    ) -> Result<(), sqlx::Error> {
        let when = format::datetime(now_epoch());
        let sms = templates::phone_changed_sms(masked_new, &when, hotline);
        service::queue_notice(tx, user, old_phone, &sms, |name| {
            templates::phone_changed_email(name, masked_new, &when, hotline)
        })
        .await
    }

    /// The change waiting for `user_id`: the new number and when it takes effect.
    pub async fn pending_change(
        svc: &backend::Services,
        user_id: i64,
    ) -> Result<Option<(String, i64)>, AppError> {
        sqlx::query_as("SELECT new_phone, effective_at FROM phone_changes WHERE user_id = $1")
            .bind(user_id)
            .fetch_optional(&svc.db.pool)
            .await
            .map_err(internal)
    }

    pub async fn cancel_phone_change() -> Result<(), AppError> {
        let svc = backend::services()?;
        let (user, _) = service::require_user(&svc).await?;
        let mut tx = svc.db.begin().await?;
        let done = sqlx::query("DELETE FROM phone_changes WHERE user_id = $1")
            .bind(user.id)
            .execute(&mut *tx)
            .await?;
        if done.rows_affected() == 1 {
            audit::record(&mut *tx, Some(user.id), "phone.change_cancelled", "").await?;
        }
        tx.commit().await?;
        leptos_axum::redirect("/tai-khoan/so-dien-thoai?tb=da-huy");
        Ok(())
    }

    /// Applies the phone changes whose waiting period is over: the number changes, every
    /// session of the account ends, and the old and new numbers (and e-mail) are told
    /// (maintenance task). Returns how many were applied.
    pub async fn apply_due_phone_changes(
        svc: &backend::Services,
        hotline: &str,
    ) -> Result<usize, AppError> {
        let due: Vec<(i64, String)> =
            sqlx::query_as("SELECT user_id, new_phone FROM phone_changes WHERE effective_at <= $1")
                .bind(now_epoch())
                .fetch_all(&svc.db.pool)
                .await?;
        let mut applied = 0;
        for (user_id, new_phone) in due {
            let Some(user) = service::user_by_id(svc, user_id).await? else {
                continue;
            };
            let masked_new = PhoneNumber::parse(&new_phone)
                .map(|p| p.masked())
                .unwrap_or_default();
            let mut tx = svc.db.begin().await?;
            // Claimed by deleting it: another instance applying it at the same time finds nothing.
            let claimed = sqlx::query(
                "DELETE FROM phone_changes WHERE user_id = $1 AND new_phone = $2 AND effective_at <= $3",
            )
            .bind(user_id)
            .bind(&new_phone)
            .bind(now_epoch())
            .execute(&mut *tx)
            .await?;
            if claimed.rows_affected() != 1 {
                continue;
            }
            sqlx::query("UPDATE users SET phone = $1, updated_at = $2 WHERE id = $3")
                .bind(&new_phone)
                .bind(now_epoch())
                .bind(user_id)
                .execute(&mut *tx)
                .await?;
            sqlx::query("DELETE FROM sessions WHERE user_id = $1")
                .bind(user_id)
                .execute(&mut *tx)
                .await?;
            audit::record(
                &mut *tx,
                Some(user_id),
                "phone.changed",
                "after waiting period",
            )
            .await?;
            queue_phone_changed(&mut tx, &user, &user.phone, &masked_new, hotline).await?;
            tx.commit().await?;
            applied += 1;
        }
        if applied > 0 {
            service::wake_outbox(svc);
        }
        Ok(applied)
    }

    /// "Chrome trên Android" from a user agent (only browser and system families).
    pub fn describe_device(locale: crate::i18n::Locale, ua: &str) -> String {
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
        let (user, current) = service::require_user(&svc).await?;
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

    pub async fn confirm_email(f: EmailTokenForm) -> Result<(), AppError> {
        let svc = backend::services()?;
        let locale = locale::current();
        let hash = crypto::sha256_hex(f.token.trim());
        let now = now_epoch();
        let mut tx = svc.db.begin().await?;
        let row: Option<(i64, String)> = sqlx::query_as(
            "UPDATE email_tokens SET used_at = $1 WHERE token_hash = $2 AND used_at IS NULL \
             AND expires_at > $1 RETURNING user_id, email",
        )
        .bind(now)
        .bind(&hash)
        .fetch_optional(&mut *tx)
        .await?;
        let Some((user_id, email)) = row else {
            return Err(AppError::field(
                "token",
                td_string!(locale, email.link_invalid).to_string(),
            ));
        };
        // Only the address the link was sent to is confirmed (not one changed since).
        sqlx::query(
            "UPDATE users SET email_verified_at = $1, updated_at = $1 WHERE id = $2 AND email = $3",
        )
        .bind(now)
        .bind(user_id)
        .bind(&email)
        .execute(&mut *tx)
        .await?;
        audit::record(&mut *tx, Some(user_id), "email.confirmed", "").await?;
        tx.commit().await?;
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
}

/// "Đổi mật khẩu".
#[component]
pub fn ChangePasswordPage() -> impl IntoView {
    let locale = use_locale();
    let action = ServerAction::<ChangePassword>::new();
    let errors = errors_of(action);
    let title = Signal::derive(move || td_string!(locale, password.change_title).to_string());
    view! {
        <super::profile::AccountNav current="/tai-khoan/doi-mat-khau"/>
        <FormPage title=title errors=errors>
            <p>{td!(locale, password.change_lead)}</p>
            <super::profile::RequireLogin>
                <ActionForm action=action attr:novalidate=true>
                    <TextField name="current" label=td_string!(locale, password.current_label)
                        errors=errors input_type="password" autocomplete="current-password" width="w20"/>
                    <NewPasswordInputs errors=errors/>
                    <Submit label=td_string!(locale, password.change_submit)/>
                </ActionForm>
            </super::profile::RequireLogin>
        </FormPage>
    }
}

/// "Đổi số điện thoại": the new number, the current password, and whether the current number
/// is lost; a change waiting for its time, with "Hủy yêu cầu".
#[component]
pub fn ChangePhonePage() -> impl IntoView {
    let locale = use_locale();
    let action = ServerAction::<ChangePhone>::new();
    let cancel = ServerAction::<CancelPhoneChange>::new();
    let errors = errors_of(action);
    let state = Resource::new(
        move || (action.version().get(), cancel.version().get()),
        |_| phone_state(),
    );
    let query = leptos_router::hooks::use_query_map();
    let notice = move || {
        let cancelled = matches!(cancel.value().get(), Some(Ok(())));
        match query.with(|q| q.get("tb")).as_deref() {
            _ if cancelled => Some(td_string!(locale, phone.cancelled)),
            Some("da-huy") => Some(td_string!(locale, phone.cancelled)),
            Some("cho-hieu-luc") => Some(td_string!(locale, phone.pending_saved)),
            _ => None,
        }
    };
    let title = Signal::derive(move || td_string!(locale, phone.title).to_string());
    view! {
        <super::profile::AccountNav current="/tai-khoan/so-dien-thoai"/>
        <FormPage title=title errors=errors>
            {move || notice().map(|text| view! {
                <div class="notice" role="status"><p>{text}</p></div>
            })}
            <Transition fallback=|| ()>
                {move || Suspend::new(async move {
                    match state.await {
                        Ok(st) => {
                            let hours = st.wait_hours.to_string();
                            view! {
                                <p>{td!(locale, phone.current)}" "<strong>{st.current_masked}</strong></p>
                                {st.pending.map(|(number, at)| view! {
                                    <div class="notice notice--warning" role="region"
                                        aria-labelledby="pending-phone-heading">
                                        <h2 id="pending-phone-heading">{td!(locale, phone.pending_title)}</h2>
                                        <p>
                                            {td!(locale, phone.pending_body)}" "<strong>{number}</strong>" "
                                            {td!(locale, phone.pending_at)}" "<strong>{at}</strong>"."
                                        </p>
                                        <ActionForm action=cancel>
                                            <Submit label=td_string!(locale, phone.cancel) secondary=true/>
                                        </ActionForm>
                                    </div>
                                })}
                                <ActionForm action=action attr:novalidate=true>
                                    <TextField name="phone" label=td_string!(locale, phone.new_label)
                                        hint=td_string!(locale, phone.new_hint) value=st.value errors=errors
                                        input_type="tel" autocomplete="tel" width="w10"/>
                                    <TextField name="password" label=td_string!(locale, password.current_label)
                                        hint=td_string!(locale, phone.password_hint) errors=errors
                                        input_type="password" autocomplete="current-password" width="w20"/>
                                    <Checkbox name="lost" label=td_string!(locale, phone.lost_label)
                                        checked=st.lost errors=errors/>
                                    <p class="hint" id="lost-hint">
                                        {td_string!(locale, phone.lost_hint, hours = hours.as_str()).to_string()}
                                    </p>
                                    <Submit label=td_string!(locale, phone.submit)/>
                                </ActionForm>
                            }.into_any()
                        }
                        Err(AppError::Unauthenticated) => view! { <Redirect path="/dang-nhap?next=/tai-khoan/so-dien-thoai"/> }.into_any(),
                        Err(e) => view! { <crate::components::ErrorNotice error=e/> }.into_any(),
                    }
                })}
            </Transition>
        </FormPage>
    }
}

/// "Phiên đăng nhập": where the account is logged in, and "log out the others".
#[component]
pub fn SessionsPage() -> impl IntoView {
    let locale = use_locale();
    let end = ServerAction::<EndOtherSessions>::new();
    let sessions = Resource::new(move || end.version().get(), |_| list_sessions());
    let query = leptos_router::hooks::use_query_map();
    let ended = move || query.with(|q| q.get("tb").as_deref() == Some("da-dang-xuat"));
    let title = Signal::derive(move || td_string!(locale, sessions.title).to_string());
    view! {
        <PageTitle text=title/>
        <super::profile::AccountNav current="/tai-khoan/phien"/>
        <h1>{title}</h1>
        <p>{td!(locale, sessions.lead)}</p>
        {move || (matches!(end.value().get(), Some(Ok(_))) || ended()).then(|| view! {
            <div class="notice" role="status"><p>{td!(locale, sessions.ended)}</p></div>
        })}
        <Transition fallback=|| ()>
            {move || Suspend::new(async move {
                match sessions.await {
                    Ok(list) => {
                        let others = list.iter().filter(|s| !s.current).count();
                        view! {
                            <div class="table-scroll" role="region" tabindex="0"
                                aria-label=td_string!(locale, sessions.title)>
                                <table>
                                    <thead><tr>
                                        <th scope="col">{td!(locale, sessions.device)}</th>
                                        <th scope="col">{td!(locale, sessions.address)}</th>
                                        <th scope="col">{td!(locale, sessions.started)}</th>
                                        <th scope="col">{td!(locale, sessions.last_seen)}</th>
                                    </tr></thead>
                                    <tbody>
                                        {list.into_iter().map(|s| view! {
                                            <tr>
                                                <td>{s.device}{s.current.then(|| view! { " " <strong class="tag">{td!(locale, sessions.this_one)}</strong> })}</td>
                                                <td>{s.address}</td>
                                                <td>{s.started}</td>
                                                <td>{s.last_seen}</td>
                                            </tr>
                                        }).collect_view()}
                                    </tbody>
                                </table>
                            </div>
                            {(others > 0).then(|| view! {
                                <ActionForm action=end>
                                    <Submit label=td_string!(locale, sessions.end_others) secondary=true/>
                                </ActionForm>
                            })}
                        }.into_any()
                    }
                    Err(AppError::Unauthenticated) => view! { <Redirect path="/dang-nhap?next=/tai-khoan/phien"/> }.into_any(),
                    Err(e) => view! { <crate::components::ErrorNotice error=e/> }.into_any(),
                }
            })}
        </Transition>
    }
}

/// "Xác nhận địa chỉ thư điện tử": the link from the e-mail.
#[component]
pub fn ConfirmEmailPage() -> impl IntoView {
    let locale = use_locale();
    let action = ServerAction::<ConfirmEmail>::new();
    let errors = errors_of(action);
    let params = use_params_map();
    let token = move || params.with(|p| p.get("token").unwrap_or_default());
    let title = Signal::derive(move || td_string!(locale, email.title).to_string());
    view! {
        <FormPage title=title errors=errors>
            <p>{td!(locale, email.lead)}</p>
            <ActionForm action=action>
                <input type="hidden" name="f[token]" id="token" value=token/>
                <Submit label=td_string!(locale, email.submit)/>
            </ActionForm>
        </FormPage>
    }
}

/// "Đã xác nhận địa chỉ thư điện tử".
#[component]
pub fn EmailConfirmedPage() -> impl IntoView {
    let locale = use_locale();
    view! {
        <PageTitle text=Signal::derive(move || td_string!(locale, email.done_title).to_string())/>
        <div class="narrow">
            <div class="panel"><h1>{td!(locale, email.done_title)}</h1></div>
            <p><a href="/tai-khoan">{td!(locale, account.profile)}</a></p>
        </div>
    }
}
