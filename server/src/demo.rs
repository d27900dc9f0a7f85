//! Demo data for `make run` and the browser tests: the seed procedure catalog and one account
//! of each kind (listed in the README). Idempotent: running it twice changes nothing. Refused in production.

use app::{
    accounts::{
        AccountKind,
        service::{NewUser, insert_user},
    },
    backend::{Services, crypto, now_epoch},
};

pub const DEMO_MARKER: &str = "demo_data_version";
/// Bumped whenever the demo data set changes.
pub const DEMO_VERSION: &str = "3";

/// A demo account: (kind, login, name, birth date, phone, e-mail, password, username).
pub struct DemoAccount {
    pub kind: AccountKind,
    pub id_number: Option<&'static str>,
    pub tax_code: Option<&'static str>,
    pub username: Option<&'static str>,
    pub name: &'static str,
    pub birth_date: Option<&'static str>,
    pub phone: &'static str,
    pub email: &'static str,
    pub password: &'static str,
    pub representative: Option<&'static str>,
}

pub const ACCOUNTS: &[DemoAccount] = &[
    DemoAccount {
        kind: AccountKind::Citizen,
        id_number: Some("056090001234"),
        tax_code: None,
        username: None,
        name: "Nguyễn Văn An",
        birth_date: Some("1990-05-15"),
        phone: "0912345678",
        email: "nguyenvanan@example.vn",
        password: "CongDan@2026",
        representative: None,
    },
    DemoAccount {
        kind: AccountKind::Organisation,
        id_number: None,
        tax_code: Some("4201234566"),
        username: None,
        name: "Công ty TNHH Thương mại Nha Trang Xanh",
        birth_date: None,
        phone: "0987654321",
        email: "lienhe@nhatrangxanh.example.vn",
        password: "DoanhNghiep@2026",
        representative: Some("Trần Thị Bích"),
    },
    DemoAccount {
        kind: AccountKind::Officer,
        id_number: None,
        tax_code: None,
        username: Some("canbo.motcua"),
        name: "Lê Minh Tuấn",
        birth_date: None,
        phone: "0905123456",
        email: "canbo.motcua@khanhhoa.example.gov.vn",
        password: "CanBo@2026",
        representative: None,
    },
    DemoAccount {
        kind: AccountKind::Admin,
        id_number: None,
        tax_code: None,
        username: Some("quantri"),
        name: "Phạm Quốc Hùng",
        birth_date: None,
        phone: "0935123456",
        email: "quantri@khanhhoa.example.gov.vn",
        password: "QuanTri@2026",
        representative: None,
    },
];

pub async fn seed(svc: &Services) -> anyhow::Result<()> {
    let db = &svc.db;
    let added = crate::catalog_seed::load(db, &svc.config.province_code).await?;
    if added > 0 {
        tracing::info!(procedures = added, "seed catalog loaded");
    }
    for a in ACCOUNTS {
        let login = a
            .id_number
            .or(a.tax_code)
            .or(a.username)
            .unwrap_or_default();
        let exists: Option<i64> = sqlx::query_scalar(
            "SELECT id FROM users WHERE id_number = $1 OR tax_code = $1 OR username = $1",
        )
        .bind(login)
        .fetch_optional(&db.pool)
        .await?;
        if exists.is_some() {
            continue;
        }
        let user = NewUser {
            kind: a.kind,
            username: a.username.map(str::to_string),
            id_number: a.id_number.map(str::to_string),
            tax_code: a.tax_code.map(str::to_string),
            full_name: a.name.to_string(),
            birth_date: a.birth_date.map(str::to_string),
            phone: a.phone.to_string(),
            email: Some(a.email.to_string()),
            password_hash: crypto::hash_password(a.password.to_string()).await?,
            representative: a.representative.map(str::to_string),
        };
        let mut tx = db.pool.begin().await?;
        let id = insert_user(&mut tx, &user).await?;
        // Demo e-mail addresses count as confirmed.
        sqlx::query("UPDATE users SET email_verified_at = $1 WHERE id = $2")
            .bind(now_epoch())
            .bind(id)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
    }
    let mut tx = db.pool.begin().await?;
    sqlx::query(
        "INSERT INTO portal_settings (key, value, updated_at) VALUES ($1, $2, $3) \
         ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
    )
    .bind(DEMO_MARKER)
    .bind(DEMO_VERSION)
    .bind(now_epoch())
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    tracing::info!(version = DEMO_VERSION, "demo data loaded");
    Ok(())
}
