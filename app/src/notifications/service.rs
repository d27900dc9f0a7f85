//! The caller's notices, and the daily "due on the next working day" notices of the officers.

use super::{store, *};
use crate::{
    accounts::service::require_user,
    backend::{self, Services, messaging::templates},
    format,
    routes::{dossier_path, office_dossier_path},
};

/// A page of the caller's notices under filter `loc` (a slug), page `trang` (from 1; anything
/// else is the first, and a page past the end is the last).
pub async fn page(loc: &str, trang: &str) -> Result<NotificationsPageView, AppError> {
    let svc = backend::services()?;
    let (user, _) = require_user(&svc).await?;
    let filter = NoticeFilter::from_slug(loc);
    let asked = trang.trim().parse::<i64>().unwrap_or(1).max(1);
    let (mut rows, mut total) = store::page(&svc.db, user.id, filter, asked, PER_PAGE).await?;
    let pages = ((total + PER_PAGE - 1) / PER_PAGE).max(1);
    let page = asked.min(pages);
    if page != asked {
        (rows, total) = store::page(&svc.db, user.id, filter, page, PER_PAGE).await?;
    }
    let unread = store::unread(&svc.db, user.id).await?;
    Ok(NotificationsPageView {
        items: rows
            .into_iter()
            .map(|n| NotificationView {
                id: n.id,
                title: n.title,
                body: n.body,
                kind: NoticeKind::parse(&n.kind),
                at: format::datetime(n.created_at),
                unread: n.read_at.is_none(),
                has_link: n.dossier_public_id.is_some(),
            })
            .collect(),
        filter,
        total,
        page,
        pages,
        unread,
    })
}

/// The caller's "Nhận thông báo qua".
pub async fn preferences() -> Result<PreferencesView, AppError> {
    let svc = backend::services()?;
    let (user, _) = require_user(&svc).await?;
    Ok(PreferencesView {
        events: store::preferences(&svc.db, user.id).await?,
        email_confirmed: user.email.is_some() && user.email_verified_at.is_some(),
    })
}

/// Saves the caller's choices and comes back to the page with "Đã lưu".
pub async fn save_preferences(f: PreferencesForm) -> Result<(), AppError> {
    let svc = backend::services()?;
    let (user, _) = require_user(&svc).await?;
    let chosen: Vec<_> = ALL_EVENTS.into_iter().map(|e| (e, f.channels(e))).collect();
    store::save_preferences(&svc.db, user.id, &chosen).await?;
    leptos_axum::redirect(&format!("{PREFERENCES_PATH}?tb=da-luu"));
    Ok(())
}

/// How many unread notices user `user_id` has.
pub async fn unread_of(user_id: i64) -> Result<i64, AppError> {
    let svc = backend::services()?;
    store::unread(&svc.db, user_id).await
}

/// The unread count of `user_id` (the bell's poll, from a plain route).
pub async fn unread(svc: &Services, user_id: i64) -> Result<i64, AppError> {
    store::unread(&svc.db, user_id).await
}

/// Opens notice `id` of `user_id`: marks it read and says where it leads (its dossier's page,
/// the back office's for an officer's notice; the centre when it has no dossier). `NotFound`
/// when it is not theirs.
pub async fn open(svc: &Services, user_id: i64, id: i64) -> Result<String, AppError> {
    match store::open(&svc.db, user_id, id).await? {
        None => Err(AppError::NotFound),
        Some((Some(pid), true)) => Ok(office_dossier_path(&pid)),
        Some((Some(pid), false)) => Ok(dossier_path(&pid)),
        Some((None, _)) => Ok(NOTICES_PATH.to_string()),
    }
}

/// Marks notice `id` of `user_id` read. `NotFound` when it is not theirs.
pub async fn mark_read(svc: &Services, user_id: i64, id: i64) -> Result<(), AppError> {
    store::open(&svc.db, user_id, id)
        .await?
        .map(|_| ())
        .ok_or(AppError::NotFound)
}

/// Marks every notice of `user_id` read.
pub async fn mark_all_read(svc: &Services, user_id: i64) -> Result<u64, AppError> {
    store::mark_all_read(&svc.db, user_id).await
}

/// Tells the officers of each agency about its dossiers due on the next working day: once per
/// officer, dossier and due day, however often it runs (the maintenance loop runs it every few
/// minutes, on every instance). Returns how many notices were written.
pub async fn notify_due_soon(svc: &Services) -> Result<u64, AppError> {
    let cal = crate::calendar::store::calendar(&svc.db).await?;
    let (from, to) = domain::calendar::next_working_day_window(&cal, backend::now_epoch());
    let running: Vec<&str> = domain::dossier::RUNNING
        .iter()
        .map(|s| s.as_str())
        .collect();
    let mut written = 0;
    for d in store::due_between(&svc.db, &running, from, to).await? {
        let day = format::date(d.due_at);
        let vi = templates::office_due_soon(templates::Lang::Vi, &d.code, &day);
        let en = templates::office_due_soon(templates::Lang::En, &d.code, &day);
        let key = format!("due:{}:{}", d.id, d.due_at);
        written += store::notify_due(&svc.db, &d, &vi, &en, &key).await?;
    }
    Ok(written)
}
