//! Demo data for `make run` and the browser tests: the seed procedure catalog, one account of
//! each kind (listed in the README) and a few dossiers of the demo citizen at different stages.
//! Idempotent: running it twice changes nothing. Refused in production.

use app::{
    accounts::{
        AccountKind,
        service::{NewUser, insert_user},
        store as users,
    },
    backend::{Services, crypto, now_epoch},
    catalog::store as catalog,
    dossiers::{Applicant, Delivery, store},
};
use domain::dossier::{Action, Actor};

pub const DEMO_MARKER: &str = "demo_data_version";
/// Bumped whenever the demo data set changes.
pub const DEMO_VERSION: &str = "6";

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
        kind: AccountKind::Citizen,
        id_number: Some("056185004321"),
        tax_code: None,
        username: None,
        name: "Trần Thị Thu",
        birth_date: Some("1985-09-02"),
        phone: "0978123456",
        email: "tranthithu@example.vn",
        password: "CongDan@2026",
        representative: None,
    },
    DemoAccount {
        kind: AccountKind::Officer,
        id_number: None,
        tax_code: None,
        username: Some("canbo.sotuphap"),
        name: "Võ Thị Lan",
        birth_date: None,
        phone: "0905234567",
        email: "canbo.sotuphap@khanhhoa.example.gov.vn",
        password: "CanBo@2026",
        representative: None,
    },
    DemoAccount {
        kind: AccountKind::Officer,
        id_number: None,
        tax_code: None,
        username: Some("canbo.xa2"),
        name: "Đặng Văn Phúc",
        birth_date: None,
        phone: "0905345678",
        email: "canbo.xa2@khanhhoa.example.gov.vn",
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
        if users::login_taken(db, login).await? {
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
        users::confirm_email_in(&mut tx, id, now_epoch()).await?;
        tx.commit().await?;
    }
    seed_officers(svc).await?;
    seed_dossiers(svc).await?;
    seed_queue(svc).await?;
    app::backend::portal_settings::set_setting(db, DEMO_MARKER, DEMO_VERSION).await?;
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
    let Some(citizen) = user_id(db, ACCOUNTS[0].id_number).await? else {
        return Ok(());
    };
    let Some(officer) = user_id(db, ACCOUNTS[2].username).await? else {
        return Ok(());
    };
    let dossiers = store::count_owned(db, citizen).await?;
    let Some((procedure, _)) = catalog::procedure_by_code(db, DEMO_PROCEDURE).await? else {
        return Ok(());
    };
    if dossiers > 0 {
        return Ok(());
    }
    let started = now_epoch();
    let stored = demo_pdf(svc).await?;
    let components = catalog::mandatory_components(db, procedure).await?;
    let a = &ACCOUNTS[0];
    let applicant = Applicant {
        full_name: a.name.to_string(),
        id_number: a.id_number.unwrap_or_default().to_string(),
        birth_date: "15/05/1990".to_string(),
        phone: a.phone.to_string(),
        email: a.email.to_string(),
        address: "12 Trần Phú, phường Nha Trang, tỉnh Khánh Hòa".to_string(),
    };
    let files: Vec<(i64, String)> = components
        .iter()
        .map(|(id, name)| (*id, format!("{name}.pdf")))
        .collect();
    for (actions, supplement) in DEMO_DOSSIERS {
        let pid = submitted(svc, citizen, procedure, &applicant, &files, &stored, None).await?;
        for action in *actions {
            let d = load(db, &pid).await?;
            store::apply(svc, &d, *action, Actor::Officer, Some(officer), "")
                .await
                .map_err(|e| failed("move", &e))?
                .map_err(|e| failed("move", &e))?;
        }
        if let Some(note) = supplement {
            let d = load(db, &pid).await?;
            let first: Vec<i64> = components.iter().take(1).map(|c| c.0).collect();
            store::request_supplement(svc, &d, officer, &first, note)
                .await
                .map_err(|e| failed("supplement request", &e))?
                .map_err(|e| failed("supplement request", &e))?;
        }
    }
    mark_sent(db, started, a).await?;
    tracing::info!(dossiers = DEMO_DOSSIERS.len(), "demo dossiers added");
    Ok(())
}

/// The agencies of the demo officers: "canbo.motcua" works for the first two communes (the
/// demo dossiers go to the first), "canbo.xa2" for the second, "canbo.sotuphap" for the
/// province's Department of Justice (Sở Tư pháp).
async fn seed_officers(svc: &Services) -> anyhow::Result<()> {
    let db = &svc.db;
    let communes = catalog::first_commune_agencies(db, 2).await?;
    let justice = catalog::agency_id_by_unit_code(db, "000.00.12.H34").await?;
    let plan: Vec<(&str, Vec<i64>)> = vec![
        ("canbo.motcua", communes.clone()),
        ("canbo.xa2", communes.iter().skip(1).copied().collect()),
        ("canbo.sotuphap", justice.into_iter().collect()),
    ];
    for (username, agencies) in plan {
        let Some(user) = user_id(db, Some(username)).await? else {
            continue;
        };
        users::add_officer_agencies(db, user, &agencies).await?;
    }
    Ok(())
}

/// How a dossier of the second demo citizen ends up: the officer's actions after submission.
enum Stage {
    /// Left as submitted, so many that every run of the browser suite's officer journeys (with
    /// and without JavaScript, and their retries) has its own to receive.
    Submitted,
    Then(&'static [Action]),
    /// Received and in progress, due within the next working day.
    DueSoon,
    /// Received and in progress, its due date two days past.
    Overdue,
    /// Sent to an agency none of the demo officers works for, received, and given a fee notice:
    /// enough for every run of the browser suite's three payment journeys (with and without
    /// JavaScript, and a retry of each) to pay its own without changing the counts of the
    /// officers' queues.
    AwaitingPaymentElsewhere,
}

const QUEUE_DOSSIERS: &[Stage] = &[
    Stage::Submitted,
    Stage::Submitted,
    Stage::Submitted,
    Stage::Submitted,
    Stage::Submitted,
    Stage::Submitted,
    Stage::Submitted,
    Stage::Submitted,
    Stage::Then(&[Action::Receive, Action::Process]),
    Stage::Then(&[Action::Receive, Action::RequestSupplement]),
    Stage::Then(&[Action::Receive, Action::Process, Action::Pause]),
    Stage::Then(&[Action::Receive, Action::Process, Action::RequestPayment]),
    Stage::DueSoon,
    Stage::Overdue,
    Stage::Then(&[Action::Receive, Action::Process, Action::Resolve]),
    Stage::Then(&[
        Action::Receive,
        Action::Process,
        Action::Resolve,
        Action::HandOver,
    ]),
    Stage::Then(&[Action::Refuse]),
];

/// How many dossiers wait for their fee at an agency no demo officer works for (see
/// [`Stage::AwaitingPaymentElsewhere`]), after [`QUEUE_DOSSIERS`].
const PAYMENT_DOSSIERS: usize = 12;

/// The second demo citizen's dossiers, spread over every tab of the agency's queue and moved
/// through the real rules by the demo officer (the due dates of the "due soon" and "overdue"
/// ones are then set, since the demo cannot wait for them). Unless she already has dossiers.
async fn seed_queue(svc: &Services) -> anyhow::Result<()> {
    use store::{Change, Extra, FeeChange};
    let db = &svc.db;
    let a = &ACCOUNTS[3];
    let Some(citizen) = user_id(db, a.id_number).await? else {
        return Ok(());
    };
    let have = store::count_owned(db, citizen).await?;
    let procedure = catalog::procedure_by_code(db, DEMO_PROCEDURE)
        .await?
        .map(|(id, _)| id);
    let officer = user_id(db, ACCOUNTS[2].username).await?;
    let (Some(procedure), Some(officer), 0) = (procedure, officer, have) else {
        return Ok(());
    };
    let elsewhere = catalog::agency_without_officers(db, procedure).await?;
    let started = now_epoch();
    let stored = demo_pdf(svc).await?;
    let components: Vec<i64> = catalog::mandatory_components(db, procedure)
        .await?
        .into_iter()
        .map(|(id, _)| id)
        .collect();
    let files: Vec<(i64, String)> = components
        .iter()
        .map(|id| (*id, "giay-chung-sinh.pdf".to_string()))
        .collect();
    let applicant = Applicant {
        full_name: a.name.to_string(),
        id_number: a.id_number.unwrap_or_default().to_string(),
        birth_date: "02/09/1985".to_string(),
        phone: a.phone.to_string(),
        email: a.email.to_string(),
        address: "45 Lê Thánh Tôn, phường Nha Trang, tỉnh Khánh Hòa".to_string(),
    };
    let stages = QUEUE_DOSSIERS.iter().chain(std::iter::repeat_n(
        &Stage::AwaitingPaymentElsewhere,
        PAYMENT_DOSSIERS,
    ));
    for stage in stages {
        let agency = match stage {
            Stage::AwaitingPaymentElsewhere => match elsewhere {
                Some(agency) => Some(agency),
                None => continue,
            },
            _ => None,
        };
        let pid = submitted(svc, citizen, procedure, &applicant, &files, &stored, agency).await?;
        let actions: &[Action] = match stage {
            Stage::Submitted => &[],
            Stage::Then(actions) => actions,
            Stage::DueSoon | Stage::Overdue => &[Action::Receive, Action::Process],
            Stage::AwaitingPaymentElsewhere => {
                &[Action::Receive, Action::Process, Action::RequestPayment]
            }
        };
        for action in actions {
            let d = load(db, &pid).await?;
            let extra = match action {
                Action::RequestPayment => Extra::Fee(FeeChange::Issue {
                    items: vec![("Lệ phí đăng ký khai sinh quá hạn".to_string(), 8_000)],
                    total: 8_000,
                    pay_url: format!("{}{}", svc.config.public_url, app::routes::pay_path(&pid)),
                }),
                Action::Resolve => {
                    Extra::Results(vec![("giay-khai-sinh.pdf".to_string(), stored.clone())])
                }
                Action::HandOver => Extra::HandOver {
                    method: domain::delivery::HandOverMethod::InPerson,
                    tracking: String::new(),
                },
                _ => Extra::None,
            };
            let note = match action {
                Action::Refuse => {
                    "Người yêu cầu không thuộc diện được đăng ký khai sinh tại xã này."
                }
                Action::Pause => "Chờ xác minh thông tin nơi sinh với cơ sở y tế.",
                Action::RequestSupplement => "Đề nghị bổ sung bản chụp rõ nét giấy chứng sinh.",
                _ => "",
            };
            let change = Change {
                action: *action,
                actor: Actor::Officer,
                actor_id: Some(officer),
                note,
                extra,
                ip: "demo",
                ..Change::default()
            };
            // The fee notice is the payments store's to write, with the move.
            let moved = if matches!(change.extra, Extra::Fee(_)) {
                app::payments::store::act_on_fee(svc, &d, change).await
            } else {
                store::act(svc, &d, change).await
            };
            moved
                .map_err(|e| failed("move", &e))?
                .map_err(|e| failed("move", &e))?;
        }
        let now = now_epoch();
        let due = match stage {
            Stage::DueSoon => Some(now + 6 * 3600),
            Stage::Overdue => Some(two_working_days_before(
                &app::calendar::store::calendar(db).await?,
                now,
            )),
            _ => None,
        };
        if let Some(due) = due {
            store::set_due_for_demo(db, &pid, due).await?;
        }
    }
    mark_sent(db, started, a).await?;
    tracing::info!(
        dossiers = QUEUE_DOSSIERS.len() + PAYMENT_DOSSIERS,
        "demo queue added"
    );
    Ok(())
}

/// An instant two working days or more before `now`: the overdue dossier is late whatever day
/// the demo is loaded (two calendar days back from a Monday morning hold no working time, and the
/// dossier showed "còn 0 ngày làm việc" while flagged late).
fn two_working_days_before(cal: &domain::calendar::WorkCalendar, now: i64) -> i64 {
    use domain::calendar::to_local;
    let mut due = now - 2 * 86_400;
    while cal.working_time_between(to_local(due), to_local(now)) < 2 * cal.day_length() {
        due -= 3600;
    }
    due
}

fn failed(what: &str, e: &dyn std::fmt::Debug) -> anyhow::Error {
    anyhow::anyhow!("demo dossiers: {what}: {e:?}")
}

/// The demo PDF, stored once and recorded.
async fn demo_pdf(svc: &Services) -> anyhow::Result<app::backend::storage::Stored> {
    let stored = svc
        .storage
        .put(bytes::Bytes::from_static(DEMO_PDF))
        .await?
        .map_err(|e| failed("the demo PDF", &e))?;
    app::backend::storage::record(&svc.db.pool, &stored).await?;
    Ok(stored)
}

async fn load(db: &app::backend::Db, pid: &str) -> anyhow::Result<store::DossierRow> {
    store::load(db, pid)
        .await
        .map_err(|e| failed("load", &e))?
        .ok_or_else(|| anyhow::anyhow!("demo dossier {pid} vanished"))
}

/// A dossier of `citizen` with the demo PDF in each of `files` (component, file name), at
/// `agency` (else the first that carries the procedure out), submitted through the real rules;
/// returns its public id.
async fn submitted(
    svc: &Services,
    citizen: i64,
    procedure: i64,
    applicant: &Applicant,
    files: &[(i64, String)],
    stored: &app::backend::storage::Stored,
    agency: Option<i64>,
) -> anyhow::Result<String> {
    let delivery = Delivery {
        receive: Some(domain::delivery::DeliveryMode::Online),
        ..Default::default()
    };
    let pid = store::create_draft(&svc.db, citizen, procedure, applicant, &delivery, i64::MAX)
        .await
        .map_err(|e| failed("draft", &e))?
        .map_err(|e| failed("draft", &e))?;
    if let Some(agency) = agency {
        store::set_draft_agency(&svc.db, &pid, agency).await?;
    }
    let d = load(&svc.db, &pid).await?;
    for (component, name) in files {
        let file = store::NewFile::Kept {
            name,
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
    Ok(pid)
}

/// The demo's SMS and e-mails to `account` since `started` count as sent: nothing happened to
/// anybody, so nothing is sent.
async fn mark_sent(
    db: &app::backend::Db,
    started: i64,
    account: &DemoAccount,
) -> anyhow::Result<()> {
    app::backend::messaging::outbox::mark_sent_unsent(db, started, [account.phone, account.email])
        .await?;
    Ok(())
}

/// The id of the account whose login (ID number or username) is `login`.
async fn user_id(db: &app::backend::Db, login: Option<&str>) -> anyhow::Result<Option<i64>> {
    let Some(login) = login else { return Ok(None) };
    Ok(users::user_by_login(db, login).await?.map(|u| u.id))
}
