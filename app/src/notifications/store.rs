//! The `notifications` table: written only here.

#![allow(clippy::disallowed_methods)] // SQL lives here (clippy.toml)

use super::{Channels, NoticeEvent, NoticeFilter, NoticeKind};
use crate::{
    backend::{
        Db,
        messaging::{
            outbox::{self, Channel},
            templates::{DossierText, Lang, OfficeText},
        },
        now_epoch,
    },
    error::AppError,
};

/// What a change tells the citizen, in both languages (the citizen's own is sent), and which of
/// the centre's filters it falls under.
pub struct Notice {
    pub vi: DossierText,
    pub en: DossierText,
    pub kind: NoticeKind,
    /// The kind of event, for the citizen's choice of channels.
    pub event: NoticeEvent,
}

impl Notice {
    /// The notice made by `text` in each language (a dossier's status changed).
    pub fn new(text: impl Fn(Lang) -> DossierText) -> Notice {
        Notice {
            vi: text(Lang::Vi),
            en: text(Lang::En),
            kind: NoticeKind::Dossier,
            event: NoticeEvent::Status,
        }
    }

    /// The same notice, filed under `kind`, for the channels chosen for `event`.
    pub fn about(self, kind: NoticeKind, event: NoticeEvent) -> Notice {
        Notice {
            kind,
            event,
            ..self
        }
    }
}

/// The channels `user_id` chose for `event` (both when they never chose).
async fn channels_in(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    user_id: i64,
    event: NoticeEvent,
) -> Result<Channels, sqlx::Error> {
    let row: Option<(i64, i64)> = sqlx::query_as(
        "SELECT sms, email FROM notification_preferences WHERE user_id = $1 AND event = $2",
    )
    .bind(user_id)
    .bind(event.as_str())
    .fetch_optional(&mut **tx)
    .await?;
    Ok(row.map_or_else(Channels::default, |(sms, email)| Channels {
        sms: sms != 0,
        email: email != 0,
    }))
}

/// Queues the in-app notification and, as the citizen chose for the notice's event, the SMS and
/// (to a confirmed address) the e-mail of a change, in the citizen's language, in `tx`.
pub async fn notify_in(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    user_id: i64,
    dossier_id: i64,
    notice: &Notice,
) -> Result<(), sqlx::Error> {
    let now = now_epoch();
    let (phone, email, verified, language): (String, Option<String>, Option<i64>, String) =
        sqlx::query_as("SELECT phone, email, email_verified_at, language FROM users WHERE id = $1")
            .bind(user_id)
            .fetch_one(&mut **tx)
            .await?;
    let text = match Lang::parse(&language) {
        Lang::Vi => &notice.vi,
        Lang::En => &notice.en,
    };
    sqlx::query(
        "INSERT INTO notifications (user_id, dossier_id, title, body, created_at, kind) \
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(user_id)
    .bind(dossier_id)
    .bind(&text.title)
    .bind(&text.body)
    .bind(now)
    .bind(notice.kind.as_str())
    .execute(&mut **tx)
    .await?;
    let chosen = channels_in(tx, user_id, notice.event).await?;
    if chosen.sms {
        outbox::enqueue(&mut **tx, Channel::Sms, &phone, "", &text.sms).await?;
    }
    if let (true, Some(email), Some(_)) = (chosen.email, email, verified) {
        outbox::enqueue(&mut **tx, Channel::Email, &email, &text.title, &text.body).await?;
    }
    Ok(())
}

/// The channels `user_id` chose for every kind of event (both for one never chosen).
pub async fn preferences(db: &Db, user_id: i64) -> Result<Vec<(NoticeEvent, Channels)>, AppError> {
    let rows: Vec<(String, i64, i64)> =
        sqlx::query_as("SELECT event, sms, email FROM notification_preferences WHERE user_id = $1")
            .bind(user_id)
            .fetch_all(&db.pool)
            .await?;
    Ok(super::ALL_EVENTS
        .into_iter()
        .map(|e| {
            let chosen =
                rows.iter()
                    .find(|r| r.0 == e.as_str())
                    .map_or_else(Channels::default, |r| Channels {
                        sms: r.1 != 0,
                        email: r.2 != 0,
                    });
            (e, chosen)
        })
        .collect())
}

/// Stores `user_id`'s channels for every kind of event, in one transaction.
pub async fn save_preferences(
    db: &Db,
    user_id: i64,
    chosen: &[(NoticeEvent, Channels)],
) -> Result<(), AppError> {
    let mut tx = db.begin().await?;
    for (event, c) in chosen {
        sqlx::query(
            "INSERT INTO notification_preferences (user_id, event, sms, email) VALUES ($1, $2, $3, $4) \
             ON CONFLICT (user_id, event) DO UPDATE SET sms = excluded.sms, email = excluded.email",
        )
        .bind(user_id)
        .bind(event.as_str())
        .bind(i64::from(c.sms))
        .bind(i64::from(c.email))
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await?;
    Ok(())
}

/// Tells every active officer of `agency_id` about dossier `dossier_id` in the notification
/// centre (in-app only), each in their own language, in `tx`. `once_key`, when given, makes a
/// job that runs again write the notice once per officer.
pub async fn notify_office_in(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    agency_id: i64,
    dossier_id: i64,
    kind: NoticeKind,
    vi: &OfficeText,
    en: &OfficeText,
    once_key: Option<&str>,
) -> Result<u64, sqlx::Error> {
    let done = sqlx::query(
        "INSERT INTO notifications (user_id, dossier_id, title, body, created_at, kind, for_office, once_key) \
         SELECT u.id, $1, CASE WHEN u.language = 'en' THEN $2 ELSE $3 END, \
                CASE WHEN u.language = 'en' THEN $4 ELSE $5 END, $6, $7, 1, $8 \
         FROM officer_agencies oa JOIN users u ON u.id = oa.user_id \
         WHERE oa.agency_id = $9 AND u.kind = 'officer' AND u.status = 'active' \
         ON CONFLICT DO NOTHING",
    )
    .bind(dossier_id)
    .bind(&en.title)
    .bind(&vi.title)
    .bind(&en.body)
    .bind(&vi.body)
    .bind(now_epoch())
    .bind(kind.as_str())
    .bind(once_key)
    .bind(agency_id)
    .execute(&mut **tx)
    .await?;
    Ok(done.rows_affected())
}

/// A dossier whose due date falls in a window: for the daily "due tomorrow" notices.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct DueDossier {
    pub id: i64,
    pub agency_id: i64,
    pub code: String,
    pub due_at: i64,
}

/// The dossiers whose clock runs (`running`: the statuses' text) and whose due date is in
/// `[from, to)`.
pub async fn due_between(
    db: &Db,
    running: &[&str],
    from: i64,
    to: i64,
) -> Result<Vec<DueDossier>, AppError> {
    let marks = (0..running.len())
        .map(|i| format!("${}", i + 3))
        .collect::<Vec<_>>()
        .join(", ");
    let sql = format!(
        "SELECT id, agency_id, COALESCE(code, '') AS code, due_at FROM dossiers \
         WHERE due_at >= $1 AND due_at < $2 AND status IN ({marks}) ORDER BY due_at, id"
    );
    // Only the placeholders are formatted in: the values are bound.
    let mut q = sqlx::query_as(sqlx::AssertSqlSafe(sql)).bind(from).bind(to);
    for s in running {
        q = q.bind(*s);
    }
    Ok(q.fetch_all(&db.pool).await?)
}

/// Writes the officers' notices of `d` falling due (once per officer and `once_key`).
pub async fn notify_due(
    db: &Db,
    d: &DueDossier,
    vi: &OfficeText,
    en: &OfficeText,
    once_key: &str,
) -> Result<u64, AppError> {
    let mut tx = db.begin().await?;
    let n = notify_office_in(
        &mut tx,
        d.agency_id,
        d.id,
        NoticeKind::Dossier,
        vi,
        en,
        Some(once_key),
    )
    .await?;
    tx.commit().await?;
    Ok(n)
}

/// One notice as the centre lists it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct NotificationRow {
    pub id: i64,
    pub title: String,
    pub body: String,
    pub kind: String,
    pub created_at: i64,
    pub read_at: Option<i64>,
    pub for_office: i64,
    pub dossier_public_id: Option<String>,
}

/// The `WHERE` of a filter (after `n.user_id = $1`).
fn filter_sql(filter: NoticeFilter) -> &'static str {
    match filter {
        NoticeFilter::All => "",
        NoticeFilter::Unread => " AND n.read_at IS NULL",
        NoticeFilter::Dossier => " AND n.kind = 'dossier'",
        NoticeFilter::Payment => " AND n.kind = 'payment'",
        NoticeFilter::System => " AND n.kind = 'system'",
    }
}

/// A page of `per_page` of the user's notices under `filter`, newest first, and how many there
/// are in all under it.
pub async fn page(
    db: &Db,
    user_id: i64,
    filter: NoticeFilter,
    page: i64,
    per_page: i64,
) -> Result<(Vec<NotificationRow>, i64), AppError> {
    let cond = filter_sql(filter);
    // The condition is one of `filter_sql`'s fixed strings; the values are bound.
    let total: i64 = sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
        "SELECT COUNT(*) FROM notifications n WHERE n.user_id = $1{cond}"
    )))
    .bind(user_id)
    .fetch_one(&db.pool)
    .await?;
    let rows = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT n.id, n.title, n.body, n.kind, n.created_at, n.read_at, n.for_office, \
         d.public_id AS dossier_public_id \
         FROM notifications n LEFT JOIN dossiers d ON d.id = n.dossier_id WHERE n.user_id = $1{cond} \
         ORDER BY n.created_at DESC, n.id DESC LIMIT $2 OFFSET $3"
    )))
    .bind(user_id)
    .bind(per_page)
    .bind((page - 1).max(0) * per_page)
    .fetch_all(&db.pool)
    .await?;
    Ok((rows, total))
}

/// Marks notice `id` read if it is `user_id`'s, and says where it leads: `None` when it is not
/// theirs (or does not exist); otherwise its dossier's public id, if any, and whether the link
/// is the back office's.
pub async fn open(
    db: &Db,
    user_id: i64,
    id: i64,
) -> Result<Option<(Option<String>, bool)>, AppError> {
    let row: Option<(Option<String>, i64)> = sqlx::query_as(
        "SELECT d.public_id, n.for_office FROM notifications n \
         LEFT JOIN dossiers d ON d.id = n.dossier_id WHERE n.id = $1 AND n.user_id = $2",
    )
    .bind(id)
    .bind(user_id)
    .fetch_optional(&db.pool)
    .await?;
    let Some((pid, for_office)) = row else {
        return Ok(None);
    };
    sqlx::query(
        "UPDATE notifications SET read_at = $1 WHERE id = $2 AND user_id = $3 AND read_at IS NULL",
    )
    .bind(now_epoch())
    .bind(id)
    .bind(user_id)
    .execute(&db.pool)
    .await?;
    Ok(Some((pid, for_office != 0)))
}

/// Marks every unread notice of the user read; how many there were.
pub async fn mark_all_read(db: &Db, user_id: i64) -> Result<u64, AppError> {
    let done =
        sqlx::query("UPDATE notifications SET read_at = $1 WHERE user_id = $2 AND read_at IS NULL")
            .bind(now_epoch())
            .bind(user_id)
            .execute(&db.pool)
            .await?;
    Ok(done.rows_affected())
}

/// How many notifications the user has not read.
pub async fn unread(db: &Db, user_id: i64) -> Result<i64, AppError> {
    Ok(sqlx::query_scalar(
        "SELECT COUNT(*) FROM notifications WHERE user_id = $1 AND read_at IS NULL",
    )
    .bind(user_id)
    .fetch_one(&db.pool)
    .await?)
}
