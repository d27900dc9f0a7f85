//! The accounts' storage (server side only): the ONLY place with SQL for the tables this slice
//! owns: `users`, `profiles`, `phone_changes`, `email_tokens` and `officer_agencies` (which
//! agencies a staff account works for). Each change is one transaction: the rows, its audit
//! entry and the messages it sends (through the outbox, written in the same transaction).
//!
//! Sessions, journeys in progress (`auth_flows`), captchas and rate limits are infrastructure
//! (`crate::backend`); a change that must end sessions together with its own rows deletes them
//! here, in its transaction.
//!
//! The administrative units (`provinces`, `communes`) are only read here, for the addresses of
//! the profile (and of the dossiers' delivery).

#![allow(clippy::disallowed_methods)] // SQL lives here (clippy.toml)

mod phone;
mod profile;
mod users;

pub use phone::*;
pub use profile::*;
pub use users::*;

use crate::backend::messaging::outbox::{self, Channel};

/// A message that leaves through the outbox in the transaction of the change it tells about.
#[derive(Debug, Clone)]
pub struct Outgoing {
    pub channel: Channel,
    pub to: String,
    pub subject: String,
    pub body: String,
}

impl Outgoing {
    pub fn sms(to: &str, body: String) -> Outgoing {
        Outgoing {
            channel: Channel::Sms,
            to: to.to_string(),
            subject: String::new(),
            body,
        }
    }

    pub fn email(to: &str, (subject, body): (String, String)) -> Outgoing {
        Outgoing {
            channel: Channel::Email,
            to: to.to_string(),
            subject,
            body,
        }
    }
}

/// A new e-mail confirmation link: the token's hash (the token itself only travels in the
/// e-mail), the address it confirms and when it stops working.
#[derive(Debug, Clone)]
pub struct NewEmailToken {
    pub token_hash: String,
    pub email: String,
    pub expires_at: i64,
}

type Tx = sqlx::Transaction<'static, sqlx::Any>;

async fn send_all(tx: &mut Tx, messages: &[Outgoing]) -> Result<(), sqlx::Error> {
    for m in messages {
        outbox::enqueue(&mut **tx, m.channel, &m.to, &m.subject, &m.body).await?;
    }
    Ok(())
}

async fn insert_email_token(
    tx: &mut Tx,
    user_id: i64,
    token: &NewEmailToken,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO email_tokens (token_hash, user_id, email, expires_at) VALUES ($1, $2, $3, $4)",
    )
    .bind(&token.token_hash)
    .bind(user_id)
    .bind(&token.email)
    .bind(token.expires_at)
    .execute(&mut **tx)
    .await?;
    Ok(())
}
