//! Officer and administrator accounts: created on the command line (`server create-user`) or by
//! an administrator, never by self-registration.

use crate::{
    Db,
    settings::{CreateUser, StaffRole},
};
use anyhow::{Context as _, bail};
use app::{
    accounts::{
        AccountKind,
        service::{NewUser, insert_user},
    },
    backend::{audit, crypto},
};
use domain::{Email, PersonName, PhoneNumber, Username};

/// The new account's password: `PORTAL_NEW_PASSWORD`, or one line of standard input.
pub fn read_password() -> anyhow::Result<String> {
    if let Ok(p) = std::env::var("PORTAL_NEW_PASSWORD") {
        return Ok(p);
    }
    eprintln!("Password for the new account (it is not echoed to the log):");
    let mut line = String::new();
    std::io::stdin()
        .read_line(&mut line)
        .context("cannot read the password from standard input")?;
    Ok(line.trim_end_matches(['\r', '\n']).to_string())
}

/// Validates and stores a staff account; returns its id.
pub async fn create(db: &Db, args: &CreateUser, password: &str) -> anyhow::Result<i64> {
    let username =
        Username::parse(&args.username).map_err(|e| anyhow::anyhow!("invalid username: {e:?}"))?;
    let name = PersonName::parse(&args.name).map_err(|e| anyhow::anyhow!("invalid name: {e:?}"))?;
    let phone =
        PhoneNumber::parse(&args.phone).map_err(|e| anyhow::anyhow!("invalid phone: {e:?}"))?;
    let email = match &args.email {
        Some(e) => Some(
            Email::parse(e)
                .map_err(|e| anyhow::anyhow!("invalid e-mail: {e:?}"))?
                .as_str()
                .to_string(),
        ),
        None => None,
    };
    if let Err(problems) = domain::check_password(password) {
        bail!(
            "the password does not follow the rule (8+ characters with lower case, upper case, digit and special character): {problems:?}"
        );
    }
    let taken: Option<i64> = sqlx::query_scalar(
        "SELECT id FROM users WHERE username = $1 OR id_number = $1 OR tax_code = $1",
    )
    .bind(username.as_str())
    .fetch_optional(&db.pool)
    .await?;
    if taken.is_some() {
        bail!("the username {} is already in use", username.as_str());
    }
    let password = password.to_string();
    let hash =
        tokio::task::spawn_blocking(move || crypto::hash_password_blocking(&password)).await?;
    let kind = match args.role {
        StaffRole::Officer => AccountKind::Officer,
        StaffRole::Admin => AccountKind::Admin,
    };
    let user = NewUser {
        kind,
        username: Some(username.as_str().to_string()),
        id_number: None,
        tax_code: None,
        full_name: name.as_str().to_string(),
        birth_date: None,
        phone: phone.as_str().to_string(),
        email,
        password_hash: hash,
        representative: None,
    };
    if args.role == StaffRole::Admin && !args.agencies.is_empty() {
        bail!("only officers work for agencies");
    }
    let mut agencies = Vec::new();
    for code in &args.agencies {
        let id: Option<i64> = sqlx::query_scalar("SELECT id FROM agencies WHERE unit_code = $1")
            .bind(code.trim().to_uppercase())
            .fetch_optional(&db.pool)
            .await?;
        agencies.push(id.with_context(|| format!("no agency has the unit code {code}"))?);
    }
    let mut tx = db.begin().await?;
    let id = insert_user(&mut tx, &user).await?;
    for (i, agency) in agencies.iter().enumerate() {
        sqlx::query("INSERT INTO officer_agencies (user_id, agency_id) VALUES ($1, $2)")
            .bind(id)
            .bind(agency)
            .execute(&mut *tx)
            .await?;
        if i == 0 {
            sqlx::query("UPDATE users SET agency_id = $1 WHERE id = $2")
                .bind(agency)
                .bind(id)
                .execute(&mut *tx)
                .await?;
        }
    }
    audit::record(
        &mut *tx,
        None,
        "staff.created",
        &format!("{} {}", kind.as_str(), id),
    )
    .await?;
    tx.commit().await?;
    Ok(id)
}
