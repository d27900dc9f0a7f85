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
        service::{
            NewUser,
            staff::{StaffRefusal, create_staff},
        },
    },
    backend::crypto,
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

/// Validates and stores a staff account (through the accounts service); returns its id.
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
    match create_staff(db, &user, &args.agencies).await? {
        Ok(id) => Ok(id),
        Err(StaffRefusal::LoginTaken) => {
            bail!("the username {} is already in use", username.as_str())
        }
        Err(StaffRefusal::AgenciesForAdmin) => bail!("only officers work for agencies"),
        Err(StaffRefusal::UnknownAgency(code)) => bail!("no agency has the unit code {code}"),
    }
}
