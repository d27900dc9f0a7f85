//! Dossier journeys shared by the dossier tests and the submission benchmark.

use super::{Browser, TestApp, login};
use reqwest::StatusCode;

/// "Đăng ký khai sinh", a commune-level procedure submitted fully online.
pub const BIRTH: &str = "1.001193.000.00.00.H34";

/// The demo citizen, logged in.
pub async fn citizen(app: &TestApp) -> Browser {
    login(app, "056090001234", "CongDan@2026", "0912345678").await
}

/// The document components of a procedure: (id, mandatory).
pub async fn components(app: &TestApp, code: &str) -> Vec<(i64, bool)> {
    let rows: Vec<(i64, i64)> = sqlx::query_as(
        "SELECT c.id, CAST(c.mandatory AS BIGINT) FROM procedure_components c \
         JOIN procedures p ON p.id = c.procedure_id WHERE p.code = $1 ORDER BY c.position",
    )
    .bind(code)
    .fetch_all(&app.state.db.pool)
    .await
    .unwrap();
    rows.into_iter().map(|(id, m)| (id, m == 1)).collect()
}

/// A small but real PDF.
pub fn pdf() -> Vec<u8> {
    b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n".to_vec()
}

/// Uploads `data` as `name` into component `component` of dossier `pid`; returns the status and
/// the redirect target.
pub async fn upload(
    b: &Browser,
    pid: &str,
    component: i64,
    name: &str,
    data: Vec<u8>,
) -> (StatusCode, String) {
    let part = reqwest::multipart::Part::bytes(data).file_name(name.to_string());
    let form = reqwest::multipart::Form::new().part("file", part);
    let res = b
        .http
        .post(b.url(&format!("/ho-so/{pid}/tep/{component}")))
        .header("accept", "text/html")
        .header("origin", b.base.clone())
        .header("referer", b.url(&format!("/ho-so/{pid}/giay-to")))
        .multipart(form)
        .send()
        .await
        .expect("upload");
    let status = res.status();
    let location = res
        .headers()
        .get("location")
        .map(|v| v.to_str().unwrap().to_string())
        .unwrap_or_default();
    (status, location)
}

/// Starts a dossier of `code`; returns its public id.
pub async fn start(b: &Browser, code: &str) -> String {
    let posted = b
        .post(
            &format!("/thu-tuc/{code}"),
            "/api/dossier/start",
            &[("code", code)],
        )
        .await;
    assert!(posted.status.is_redirection(), "{posted:?}");
    posted
        .location
        .strip_prefix("/ho-so/")
        .and_then(|s| s.strip_suffix("/co-quan"))
        .unwrap_or_else(|| panic!("start leads to the agency step: {posted:?}"))
        .to_string()
}

/// Posts the demo citizen as the applicant of dossier `pid` (the "Người nộp" step).
pub async fn applicant(b: &Browser, pid: &str) -> super::Posted {
    b.post(
        &format!("/ho-so/{pid}/nguoi-nop"),
        "/api/dossier/applicant",
        &[
            ("pid", pid),
            ("full_name", "Nguyễn Văn An"),
            ("id_number", "056090001234"),
            ("birth_date", "15/05/1990"),
            ("phone", "0912345678"),
            ("email", ""),
            ("address", "12 Trần Phú, phường Nha Trang, tỉnh Khánh Hòa"),
            ("save_only", ""),
        ],
    )
    .await
}

/// Goes through every step of a dossier of "Đăng ký khai sinh" up to the review page.
pub async fn compose(app: &TestApp, b: &Browser) -> String {
    let pid = start(b, BIRTH).await;
    let agency: i64 = sqlx::query_scalar(
        "SELECT MAX(pa.agency_id) FROM procedure_agencies pa JOIN procedures p ON p.id = pa.procedure_id \
         WHERE p.code = $1",
    )
    .bind(BIRTH)
    .fetch_one(&app.state.db.pool)
    .await
    .unwrap();
    b.post(
        &format!("/ho-so/{pid}/co-quan"),
        "/api/dossier/agency",
        &[
            ("pid", &pid),
            ("agency", &agency.to_string()),
            ("save_only", ""),
        ],
    )
    .await
    .expect_redirect(&format!("/ho-so/{pid}/nguoi-nop"));
    applicant(b, &pid)
        .await
        .expect_redirect(&format!("/ho-so/{pid}/giay-to"));
    for (id, mandatory) in components(app, BIRTH).await {
        if mandatory {
            let (status, location) = upload(b, &pid, id, "giay-to.pdf", pdf()).await;
            assert!(status.is_redirection(), "upload: {status}");
            assert!(!location.contains("loi="), "upload refused: {location}");
        }
    }
    b.post(
        &format!("/ho-so/{pid}/giay-to"),
        "/api/dossier/documents",
        &[("pid", &pid), ("save_only", "")],
    )
    .await
    .expect_redirect(&format!("/ho-so/{pid}/nhan-ket-qua"));
    b.post(
        &format!("/ho-so/{pid}/nhan-ket-qua"),
        "/api/dossier/delivery",
        &[
            ("pid", &pid),
            ("receive", "online"),
            ("pickup", ""),
            ("postal_province", ""),
            ("postal_commune", ""),
            ("postal_street", ""),
            ("save_only", ""),
        ],
    )
    .await
    .expect_redirect(&format!("/ho-so/{pid}/kiem-tra"));
    pid
}

pub async fn submit(b: &Browser, pid: &str) -> super::Posted {
    b.post(
        &format!("/ho-so/{pid}/kiem-tra"),
        "/api/dossier/submit",
        &[("pid", pid), ("save_only", "")],
    )
    .await
}

/// The dossier's status, as stored ("awaiting_payment").
pub async fn status_of(app: &TestApp, pid: &str) -> String {
    sqlx::query_scalar("SELECT status FROM dossiers WHERE public_id = $1")
        .bind(pid)
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap()
}

pub async fn code_of(app: &TestApp, pid: &str) -> String {
    sqlx::query_scalar("SELECT code FROM dossiers WHERE public_id = $1")
        .bind(pid)
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap()
}

/// The first document component of dossier `pid`'s procedure.
pub async fn first_component(app: &TestApp, pid: &str) -> i64 {
    sqlx::query_scalar(
        "SELECT c.id FROM procedure_components c JOIN dossiers d ON d.procedure_id = c.procedure_id \
         WHERE d.public_id = $1 ORDER BY c.position LIMIT 1",
    )
    .bind(pid)
    .fetch_one(&app.state.db.pool)
    .await
    .unwrap()
}

/// "Nộp bổ sung" by the dossier's owner in `b`: a new PDF `name` for `component`, then the
/// supplement sent, which must succeed.
pub async fn send_supplement_of(b: &Browser, pid: &str, component: i64, name: &str) {
    let (status, _) = upload(b, pid, component, name, pdf()).await;
    assert!(status.is_redirection(), "the upload: {status}");
    b.post(
        &format!("/ho-so/{pid}/bo-sung"),
        "/api/dossier/supplement",
        &[("pid", pid)],
    )
    .await
    .expect_redirect(&format!("/ho-so/{pid}?tb=da-bo-sung"));
}

/// The second demo citizen, Trần Thị Thu, whose dossiers fill the first commune's queue,
/// logged in.
pub async fn thu(app: &TestApp) -> Browser {
    login(app, "056185004321", "CongDan@2026", "0978123456").await
}

/// The demo officer of the first two communes, logged in.
pub async fn officer(app: &TestApp) -> Browser {
    login(app, "canbo.motcua", "CanBo@2026", "0905123456").await
}

/// The demo officer of the second commune only, logged in.
pub async fn other_officer(app: &TestApp) -> Browser {
    login(app, "canbo.xa2", "CanBo@2026", "0905345678").await
}

/// A dossier of the second demo citizen in `status` (the `n`-th).
pub async fn dossier_in(app: &TestApp, status: &str, n: i64) -> String {
    sqlx::query_scalar(
        "SELECT d.public_id FROM dossiers d JOIN users u ON u.id = d.owner_id \
         WHERE u.id_number = '056185004321' AND d.status = $1 ORDER BY d.id LIMIT 1 OFFSET $2",
    )
    .bind(status)
    .bind(n)
    .fetch_one(&app.state.db.pool)
    .await
    .unwrap_or_else(|e| panic!("a demo dossier in {status}: {e}"))
}
