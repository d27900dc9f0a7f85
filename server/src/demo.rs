//! Demo data for `make run` and the browser tests: the seed procedure catalog, one account of
//! each kind (listed in the README) and a few dossiers of the demo citizen at different stages.
//! Idempotent: running it twice changes nothing. Refused in production.

use app::{
    accounts::{
        AccountKind,
        service::{NewUser, insert_user},
    },
    backend::{Services, crypto, now_epoch},
    dossiers::{Applicant, Delivery, store},
};
use domain::dossier::{Action, Actor};

pub const DEMO_MARKER: &str = "demo_data_version";
/// Bumped whenever the demo data set changes.
pub const DEMO_VERSION: &str = "4";

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
            password_hash: crypto::hash_password(&svc.cpu, a.password.to_string()).await?,
            representative: a.representative.map(str::to_string),
        };
        let mut tx = db.begin().await?;
        let id = insert_user(&mut tx, &user).await?;
        // Demo e-mail addresses count as confirmed.
        sqlx::query("UPDATE users SET email_verified_at = $1 WHERE id = $2")
            .bind(now_epoch())
            .bind(id)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
    }
    seed_dossiers(svc).await?;
    let mut tx = db.begin().await?;
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

/// "Đăng ký khai sinh", the procedure of the demo dossiers.
const DEMO_PROCEDURE: &str = "1.001193.000.00.00.H34";

/// The stages of the demo dossiers: the officer's actions after submission, and (for a supplement
/// request) the note. Several ask for a supplement, so that each run of the browser suite's
/// supplement journey (with and without JavaScript, and a retry of each) has its own to answer.
const DEMO_DOSSIERS: &[(&[Action], Option<&str>)] = &[
    (&[], None),
    (&[Action::Receive, Action::Process], None),
    (
        &[Action::Receive],
        Some("Bản chụp giấy chứng sinh bị mờ, không đọc được số. Đề nghị nộp lại bản rõ nét."),
    ),
    (
        &[Action::Receive],
        Some("Thiếu trang 2 của giấy chứng sinh. Đề nghị nộp lại đủ các trang."),
    ),
    (
        &[Action::Receive],
        Some("Giấy chứng sinh chưa có dấu của cơ sở y tế. Đề nghị nộp bản có đóng dấu."),
    ),
    (
        &[Action::Receive],
        Some("Họ tên người mẹ trên giấy chứng sinh khác tờ khai. Đề nghị kiểm tra và nộp lại."),
    ),
];

/// A one-page PDF, the demo dossiers' documents.
const DEMO_PDF: &[u8] =
    b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";

/// The demo citizen's dossiers, moved through the real rules (submission with its code, the
/// officer's reception and requests), unless the citizen already has dossiers. Their history is
/// in the notification centre; its SMS and e-mails are marked sent without being sent, since
/// nothing happened to anybody.
async fn seed_dossiers(svc: &Services) -> anyhow::Result<()> {
    let db = &svc.db;
    let Some(citizen) = sqlx::query_scalar::<_, i64>("SELECT id FROM users WHERE id_number = $1")
        .bind(ACCOUNTS[0].id_number)
        .fetch_optional(&db.pool)
        .await?
    else {
        return Ok(());
    };
    let officer: i64 = sqlx::query_scalar("SELECT id FROM users WHERE username = $1")
        .bind(ACCOUNTS[2].username)
        .fetch_one(&db.pool)
        .await?;
    let dossiers: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM dossiers WHERE owner_id = $1")
        .bind(citizen)
        .fetch_one(&db.pool)
        .await?;
    let Some(procedure) = sqlx::query_scalar::<_, i64>("SELECT id FROM procedures WHERE code = $1")
        .bind(DEMO_PROCEDURE)
        .fetch_optional(&db.pool)
        .await?
    else {
        return Ok(());
    };
    if dossiers > 0 {
        return Ok(());
    }
    let failed =
        |what: &str, e: &dyn std::fmt::Debug| anyhow::anyhow!("demo dossiers: {what}: {e:?}");
    let started = now_epoch();
    let stored = svc
        .storage
        .put(bytes::Bytes::from_static(DEMO_PDF))
        .await?
        .map_err(|e| failed("the demo PDF", &e))?;
    app::backend::storage::record(&db.pool, &stored).await?;
    let components: Vec<(i64, String)> = sqlx::query_as(
        "SELECT id, name FROM procedure_components WHERE procedure_id = $1 AND mandatory = 1 ORDER BY position",
    )
    .bind(procedure)
    .fetch_all(&db.pool)
    .await?;
    let a = &ACCOUNTS[0];
    let applicant = Applicant {
        full_name: a.name.to_string(),
        id_number: a.id_number.unwrap_or_default().to_string(),
        birth_date: "15/05/1990".to_string(),
        phone: a.phone.to_string(),
        email: a.email.to_string(),
        address: "12 Trần Phú, phường Nha Trang, tỉnh Khánh Hòa".to_string(),
    };
    let delivery = Delivery {
        receive: "online".to_string(),
        ..Default::default()
    };
    for (actions, supplement) in DEMO_DOSSIERS {
        let pid = store::create_draft(db, citizen, procedure, &applicant, &delivery, i64::MAX)
            .await
            .map_err(|e| failed("draft", &e))?
            .map_err(|e| failed("draft", &e))?;
        let load = |pid: String| async move {
            store::load(db, &pid)
                .await
                .map_err(|e| failed("load", &e))?
                .ok_or_else(|| anyhow::anyhow!("demo dossier {pid} vanished"))
        };
        let d = load(pid.clone()).await?;
        for (component, name) in &components {
            let name = format!("{name}.pdf");
            let file = store::NewFile::Kept {
                name: &name,
                sha256: &stored.sha256,
            };
            store::put_file(svc, &d, *component, file)
                .await
                .map_err(|e| failed("file", &e))?
                .map_err(|e| failed("file", &e))?;
        }
        store::submit(svc, &d)
            .await
            .map_err(|e| failed("submit", &e))?
            .map_err(|e| failed("submit", &e))?;
        for action in *actions {
            let d = load(pid.clone()).await?;
            store::apply(svc, &d, *action, Actor::Officer, Some(officer), "")
                .await
                .map_err(|e| failed("move", &e))?
                .map_err(|e| failed("move", &e))?;
        }
        if let Some(note) = supplement {
            let d = load(pid.clone()).await?;
            let first: Vec<i64> = components.iter().take(1).map(|c| c.0).collect();
            store::request_supplement(svc, &d, officer, &first, note)
                .await
                .map_err(|e| failed("supplement request", &e))?
                .map_err(|e| failed("supplement request", &e))?;
        }
    }
    sqlx::query(
        "UPDATE outbox SET status = 'sent', sent_at = $1, provider_ref = 'demo' \
         WHERE status = 'pending' AND created_at >= $2 AND recipient IN ($3, $4)",
    )
    .bind(now_epoch())
    .bind(started)
    .bind(a.phone)
    .bind(a.email)
    .execute(&db.pool)
    .await?;
    tracing::info!(dossiers = DEMO_DOSSIERS.len(), "demo dossiers added");
    Ok(())
}
