//! The `notifications` table: written only here.

#![allow(clippy::disallowed_methods)] // SQL lives here (clippy.toml)

use crate::{
    backend::{
        Db,
        messaging::{
            outbox::{self, Channel},
            templates::{DossierText, Lang},
        },
        now_epoch,
    },
    error::AppError,
};

/// What a change tells the citizen, in both languages (the citizen's own is sent).
pub struct Notice {
    pub vi: DossierText,
    pub en: DossierText,
}

impl Notice {
    /// The notice made by `text` in each language.
    pub fn new(text: impl Fn(Lang) -> DossierText) -> Notice {
        Notice {
            vi: text(Lang::Vi),
            en: text(Lang::En),
        }
    }
}

/// Queues the in-app notification, the SMS and (to a confirmed address) the e-mail of a change,
/// in the citizen's language, in `tx`.
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
        "INSERT INTO notifications (user_id, dossier_id, title, body, created_at) VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(user_id)
    .bind(dossier_id)
    .bind(&text.title)
    .bind(&text.body)
    .bind(now)
    .execute(&mut **tx)
    .await?;
    outbox::enqueue(&mut **tx, Channel::Sms, &phone, "", &text.sms).await?;
    if let (Some(email), Some(_)) = (email, verified) {
        outbox::enqueue(&mut **tx, Channel::Email, &email, &text.title, &text.body).await?;
    }
    Ok(())
}

/// The in-app notices of a user, latest first, and how many are unread.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct NotificationRow {
    pub title: String,
    pub body: String,
    pub created_at: i64,
    pub read_at: Option<i64>,
    pub dossier_public_id: Option<String>,
}

pub async fn notifications(db: &Db, user_id: i64) -> Result<Vec<NotificationRow>, AppError> {
    Ok(sqlx::query_as(
        "SELECT n.title, n.body, n.created_at, n.read_at, d.public_id AS dossier_public_id \
         FROM notifications n LEFT JOIN dossiers d ON d.id = n.dossier_id WHERE n.user_id = $1 \
         ORDER BY n.created_at DESC, n.id DESC LIMIT 100",
    )
    .bind(user_id)
    .fetch_all(&db.pool)
    .await?)
}

/// Marks the user's notifications read.
pub async fn mark_read(db: &Db, user_id: i64) -> Result<(), AppError> {
    sqlx::query("UPDATE notifications SET read_at = $1 WHERE user_id = $2 AND read_at IS NULL")
        .bind(now_epoch())
        .bind(user_id)
        .execute(&db.pool)
        .await?;
    Ok(())
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
