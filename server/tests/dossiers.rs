//! Dossiers, citizen side (SPEC §4) over real HTTP, as a browser without JavaScript uses them, on
//! SQLite and on PostgreSQL: composing and submitting, the dossier code, tracking, withdrawing,
//! uploads checked by content, and that nobody reaches another citizen's dossier or files.

mod common;

use common::{
    Backend, TestApp,
    dossiers::{BIRTH, citizen, code_of, components, compose, pdf, start, submit, upload},
    register,
};
use reqwest::StatusCode;

on_both_databases!(
    citizen_composes_and_submits_a_dossier_then_tracks_and_withdraws_it,
    mandatory_components_are_enforced_and_answers_are_kept,
    uploads_are_checked_by_their_content_and_size,
    nobody_reaches_another_citizens_dossier_or_files,
    concurrent_submissions_get_distinct_consecutive_codes,
    holidays_are_prefilled_as_data_and_reception_sets_a_due_date,
    citizen_sends_the_documents_an_officer_asked_for,
    files_go_to_the_owner_and_the_receiving_agencys_officers_only,
    plain_routes_send_a_visitor_to_login_and_back,
);

/// The public id of the dossier's first file.
async fn first_file(app: &TestApp, pid: &str) -> String {
    sqlx::query_scalar(
        "SELECT f.public_id FROM dossier_files f JOIN dossiers d ON d.id = f.dossier_id \
         WHERE d.public_id = $1 ORDER BY f.id LIMIT 1",
    )
    .bind(pid)
    .fetch_one(&app.state.db.pool)
    .await
    .unwrap()
}

async fn spawn(backend: Backend) -> TestApp {
    TestApp::spawn_demo(backend).await
}

/// `<unit code>-<yymmdd>-<4 digits>`.
fn looks_like_a_code(code: &str) -> bool {
    let parts: Vec<&str> = code.rsplitn(3, '-').collect();
    parts.len() == 3
        && parts[0].len() == 4
        && parts[0].chars().all(|c| c.is_ascii_digit())
        && parts[1].len() == 6
        && parts[1].chars().all(|c| c.is_ascii_digit())
        && !parts[2].is_empty()
}

async fn citizen_composes_and_submits_a_dossier_then_tracks_and_withdraws_it(backend: Backend) {
    let app = spawn(backend).await;
    let b = citizen(&app).await;
    let pid = compose(&app, &b).await;

    let (status, _, review) = b.page(&format!("/ho-so/{pid}/kiem-tra")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        review.contains("Nguyễn Văn An") && review.contains("Đăng ký khai sinh"),
        "{review}"
    );

    submit(&b, &pid)
        .await
        .expect_redirect(&format!("/ho-so/{pid}/da-nop"));
    let code = code_of(&app, &pid).await;
    assert!(looks_like_a_code(&code), "{code}");
    let (status, _, done) = b.page(&format!("/ho-so/{pid}/da-nop")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(done.contains(&code), "the confirmation shows the code");

    // A second submit of the same dossier changes nothing.
    submit(&b, &pid).await;
    assert_eq!(code_of(&app, &pid).await, code);

    // The notifications were queued with the submission: in-app, and an SMS in the outbox.
    let inapp: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM notifications n JOIN dossiers d ON d.id = n.dossier_id WHERE d.public_id = $1",
    )
    .bind(&pid)
    .fetch_one(&app.state.db.pool)
    .await
    .unwrap();
    assert_eq!(inapp, 1);
    let sms: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM outbox WHERE body LIKE $1")
        .bind(format!("%{code}%"))
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap();
    assert!(sms >= 1, "an SMS about {code} is in the outbox");

    // The owner's list and detail page with its timeline; the receipt.
    let (_, _, list) = b.page("/ho-so").await;
    assert!(list.contains(&code), "the list shows the dossier");
    let (status, _, detail) = b.page(&format!("/ho-so/{pid}")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        detail.contains("Quá trình xử lý") && detail.contains("Chờ tiếp nhận"),
        "timeline: {detail}"
    );
    let receipt = b
        .http
        .get(b.url(&format!("/ho-so/{pid}/bien-nhan")))
        .send()
        .await
        .unwrap();
    assert_eq!(receipt.status(), StatusCode::OK);
    let csp = receipt.headers()["content-security-policy"]
        .to_str()
        .unwrap()
        .to_string();
    let html = receipt.text().await.unwrap();
    assert!(html.contains(&code));
    common::assert_own_stylesheet(&csp, &html);

    // Public tracking by code: the masked name, never the ID number or the phone.
    let anonymous = app.browser();
    let (status, _, tracked) = anonymous.page(&format!("/tra-cuu?ma={code}")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(tracked.contains("Đăng ký khai sinh"), "{tracked}");
    assert!(
        !tracked.contains("Nguyễn Văn An"),
        "the full name is masked"
    );
    assert!(!tracked.contains("056090001234") && !tracked.contains("0912345678"));
    let (_, _, unknown) = anonymous
        .page("/tra-cuu?ma=000.00.00.H34-991231-9999")
        .await;
    assert!(!unknown.contains("Đăng ký khai sinh"));

    // Withdrawn before reception; then withdrawing again is refused.
    b.post(
        &format!("/ho-so/{pid}"),
        "/api/dossier/withdraw",
        &[("pid", &pid), ("save_only", "")],
    )
    .await
    .expect_redirect(&format!("/ho-so/{pid}?tb=da-rut"));
    let status: String = sqlx::query_scalar("SELECT status FROM dossiers WHERE public_id = $1")
        .bind(&pid)
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap();
    assert_eq!(status, "withdrawn");
    let again = b
        .post(
            &format!("/ho-so/{pid}"),
            "/api/dossier/withdraw",
            &[("pid", &pid), ("save_only", "")],
        )
        .await;
    assert!(again.error.is_some(), "{again:?}");
    let events: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM dossier_events e JOIN dossiers d ON d.id = e.dossier_id WHERE d.public_id = $1",
    )
    .bind(&pid)
    .fetch_one(&app.state.db.pool)
    .await
    .unwrap();
    assert_eq!(events, 2, "submit and withdraw are on the timeline");
    app.stop().await;
}

async fn mandatory_components_are_enforced_and_answers_are_kept(backend: Backend) {
    let app = spawn(backend).await;
    let b = citizen(&app).await;
    let pid = start(&b, BIRTH).await;
    // A bad applicant step keeps what was typed.
    let posted = b
        .post(
            &format!("/ho-so/{pid}/nguoi-nop"),
            "/api/dossier/applicant",
            &[
                ("pid", &pid),
                ("full_name", "Nguyễn Văn An"),
                ("id_number", "056090001234"),
                ("birth_date", "31/02/1990"),
                ("phone", "0123"),
                ("email", ""),
                ("address", "12 Trần Phú"),
                ("save_only", ""),
            ],
        )
        .await;
    let mut fields = posted.fields();
    fields.sort();
    assert_eq!(fields, ["birth_date", "phone"], "{posted:?}");
    let (_, _, page) = b.page(&format!("/ho-so/{pid}/nguoi-nop")).await;
    assert!(
        page.contains("value=\"0123\"") && page.contains("value=\"31/02/1990\""),
        "answers kept"
    );

    // Going on without the mandatory files is refused; "Lưu hồ sơ" keeps the draft at this step.
    let documents = |save_only: &'static str| {
        let (b, pid) = (&b, pid.clone());
        async move {
            b.post(
                &format!("/ho-so/{pid}/giay-to"),
                "/api/dossier/documents",
                &[("pid", &pid), ("save_only", save_only)],
            )
            .await
        }
    };
    assert!(documents("").await.error.is_some());
    documents("1").await.expect_redirect("/ho-so?tb=da-luu");
    let step: String = sqlx::query_scalar("SELECT draft_step FROM dossiers WHERE public_id = $1")
        .bind(&pid)
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap();
    assert_eq!(
        step, "documents",
        "the draft resumes where files are missing"
    );

    // Submitting without the mandatory files names them.
    let posted = submit(&b, &pid).await;
    assert!(posted.error.is_some(), "{posted:?}");
    let code: Option<String> = sqlx::query_scalar("SELECT code FROM dossiers WHERE public_id = $1")
        .bind(&pid)
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap();
    assert_eq!(code, None);
    app.stop().await;
}

async fn uploads_are_checked_by_their_content_and_size(backend: Backend) {
    let app = spawn(backend).await;
    let b = citizen(&app).await;
    let pid = start(&b, BIRTH).await;
    let (component, _) = components(&app, BIRTH).await[0];
    // A program renamed to .pdf, a text file renamed to .jpg: refused by content.
    for (name, data) in [
        (
            "giay-chung-sinh.pdf",
            b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff".to_vec(),
        ),
        (
            "anh.jpg",
            b"just some text pretending to be a photo".to_vec(),
        ),
    ] {
        let (status, location) = upload(&b, &pid, component, name, data).await;
        assert!(status.is_redirection(), "{status}");
        assert!(location.contains("loi=dinh-dang"), "{name}: {location}");
    }
    // Over the limit (5 MB by default).
    let big = [pdf(), vec![b' '; 5 * 1024 * 1024]].concat();
    let (_, location) = upload(&b, &pid, component, "lon.pdf", big).await;
    assert!(location.contains("loi=kich-thuoc"), "{location}");
    let files: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM dossier_files f JOIN dossiers d ON d.id = f.dossier_id WHERE d.public_id = $1",
    )
    .bind(&pid)
    .fetch_one(&app.state.db.pool)
    .await
    .unwrap();
    assert_eq!(files, 0, "nothing refused was attached");
    // A real PDF is accepted, with its checksum and size recorded.
    let (_, location) = upload(&b, &pid, component, "giay-chung-sinh.pdf", pdf()).await;
    assert!(!location.contains("loi="), "{location}");
    let (size, sha): (i64, String) = sqlx::query_as(
        "SELECT b.size, b.sha256 FROM dossier_files f JOIN dossiers d ON d.id = f.dossier_id \
         JOIN blobs b ON b.sha256 = f.sha256 WHERE d.public_id = $1",
    )
    .bind(&pid)
    .fetch_one(&app.state.db.pool)
    .await
    .unwrap();
    assert_eq!(size, pdf().len() as i64);
    assert_eq!(sha.len(), 64);
    app.stop().await;
}

async fn nobody_reaches_another_citizens_dossier_or_files(backend: Backend) {
    let app = spawn(backend).await;
    let owner = citizen(&app).await;
    let pid = compose(&app, &owner).await;
    let file = first_file(&app, &pid).await;
    let (component, _) = components(&app, BIRTH).await[0];
    let other = register(
        &app,
        "001099004321",
        "Lê Thị Hoa",
        "02/03/1999",
        "0987654321",
        "",
    )
    .await;
    let anonymous = app.browser();

    for b in [&other, &anonymous] {
        for path in [
            format!("/ho-so/{pid}"),
            format!("/ho-so/{pid}/co-quan"),
            format!("/ho-so/{pid}/nguoi-nop"),
            format!("/ho-so/{pid}/giay-to"),
            format!("/ho-so/{pid}/nhan-ket-qua"),
            format!("/ho-so/{pid}/kiem-tra"),
            format!("/ho-so/{pid}/da-nop"),
            format!("/ho-so/{pid}/bo-sung"),
            format!("/ho-so/{pid}/bien-nhan"),
            format!("/ho-so/{pid}/tep-da-nop/{file}"),
        ] {
            let res = b
                .http
                .get(b.url(&path))
                .header("accept", "text/html")
                .send()
                .await
                .unwrap();
            let status = res.status();
            let body = res.text().await.unwrap();
            assert!(
                matches!(
                    status,
                    StatusCode::NOT_FOUND
                        | StatusCode::UNAUTHORIZED
                        | StatusCode::SEE_OTHER
                        | StatusCode::FOUND
                        | StatusCode::FORBIDDEN
                ),
                "{path}: {status}"
            );
            assert!(
                !body.contains("Nguyễn Văn An") && !body.contains("%PDF"),
                "{path} leaks"
            );
        }
        for (endpoint, fields) in [
            (
                "/api/dossier/agency",
                vec![("pid", pid.as_str()), ("agency", "1"), ("save_only", "")],
            ),
            (
                "/api/dossier/applicant",
                vec![
                    ("pid", pid.as_str()),
                    ("full_name", "Kẻ Gian"),
                    ("save_only", ""),
                ],
            ),
            (
                "/api/dossier/documents",
                vec![("pid", pid.as_str()), ("save_only", "")],
            ),
            (
                "/api/dossier/delivery",
                vec![
                    ("pid", pid.as_str()),
                    ("receive", "online"),
                    ("save_only", ""),
                ],
            ),
            (
                "/api/dossier/detach",
                vec![("pid", pid.as_str()), ("file", file.as_str())],
            ),
            (
                "/api/dossier/submit",
                vec![("pid", pid.as_str()), ("save_only", "")],
            ),
            (
                "/api/dossier/withdraw",
                vec![("pid", pid.as_str()), ("save_only", "")],
            ),
            (
                "/api/dossier/supplement",
                vec![("pid", pid.as_str()), ("save_only", "")],
            ),
        ] {
            b.post("/ho-so", endpoint, &fields).await;
        }
        let (status, _) = upload(b, &pid, component, "x.pdf", pdf()).await;
        assert!(
            status == StatusCode::NOT_FOUND || status.is_redirection(),
            "{status}"
        );
    }
    // Nothing changed: still a draft, the owner's name, one file per mandatory component.
    let (status, name): (String, String) =
        sqlx::query_as("SELECT status, applicant_name FROM dossiers WHERE public_id = $1")
            .bind(&pid)
            .fetch_one(&app.state.db.pool)
            .await
            .unwrap();
    assert_eq!((status.as_str(), name.as_str()), ("draft", "Nguyễn Văn An"));
    let files: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM dossier_files f JOIN dossiers d ON d.id = f.dossier_id WHERE d.public_id = $1 AND f.replaced = 0",
    )
    .bind(&pid)
    .fetch_one(&app.state.db.pool)
    .await
    .unwrap();
    let mandatory = components(&app, BIRTH).await.iter().filter(|c| c.1).count() as i64;
    assert_eq!(files, mandatory);
    // The owner still reaches everything.
    let (status, _, _) = owner.page(&format!("/ho-so/{pid}/kiem-tra")).await;
    assert_eq!(status, StatusCode::OK);
    let res = owner
        .http
        .get(owner.url(&format!("/ho-so/{pid}/tep-da-nop/{file}")))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    assert!(res.bytes().await.unwrap().starts_with(b"%PDF"));
    app.stop().await;
}

async fn concurrent_submissions_get_distinct_consecutive_codes(backend: Backend) {
    use app::dossiers::{Applicant, Delivery, store};
    let app = spawn(backend).await;
    let db = &app.state.db;
    // A procedure whose components are all optional, so that drafts can be submitted as they are.
    let procedure: i64 = sqlx::query_scalar("SELECT id FROM procedures WHERE code = $1")
        .bind(BIRTH)
        .fetch_one(&db.pool)
        .await
        .unwrap();
    sqlx::query("UPDATE procedure_components SET mandatory = 0 WHERE procedure_id = $1")
        .bind(procedure)
        .execute(&db.pool)
        .await
        .unwrap();
    let owner: i64 = sqlx::query_scalar("SELECT id FROM users WHERE id_number = '056090001234'")
        .fetch_one(&db.pool)
        .await
        .unwrap();
    let applicant = Applicant {
        full_name: "Nguyễn Văn An".into(),
        ..Default::default()
    };
    // The demo data's dossiers went to the same agency today: the numbers go on from theirs.
    let before: i64 = sqlx::query_scalar(
        "SELECT COALESCE(MAX(s.last), 0) FROM dossier_sequences s WHERE s.agency_id = \
         (SELECT MIN(agency_id) FROM procedure_agencies WHERE procedure_id = $1)",
    )
    .bind(procedure)
    .fetch_one(&db.pool)
    .await
    .unwrap();
    let before = u32::try_from(before).unwrap();
    let mut drafts = Vec::new();
    for _ in 0..100 {
        let pid = store::create_draft(
            db,
            owner,
            procedure,
            &applicant,
            &Delivery::default(),
            i64::MAX,
        )
        .await
        .unwrap()
        .unwrap();
        drafts.push(store::load(db, &pid).await.unwrap().unwrap());
    }
    let mut tasks = Vec::new();
    for d in drafts {
        let svc = app.state.services.clone();
        tasks.push(tokio::spawn(async move {
            loop {
                // SQLite answers "database is locked" to a writer it cannot serve in time; a
                // citizen's retry is the same submission again.
                match store::submit(&svc, &d).await {
                    Ok(result) => break result.expect("submitted"),
                    Err(e) if format!("{e:?}").contains("locked") => continue,
                    Err(e) => panic!("{e:?}"),
                }
            }
        }));
    }
    let mut numbers = Vec::new();
    let mut prefixes = std::collections::BTreeSet::new();
    for t in tasks {
        let code = t.await.unwrap();
        let (prefix, n) = code.rsplit_once('-').unwrap();
        prefixes.insert(prefix.to_string());
        numbers.push(n.parse::<u32>().unwrap());
    }
    numbers.sort();
    assert_eq!(prefixes.len(), 1, "one agency, one day: {prefixes:?}");
    assert_eq!(
        numbers,
        (before + 1..=before + 100).collect::<Vec<u32>>(),
        "distinct and consecutive, following the day's earlier numbers"
    );
    app.stop().await;
}

async fn holidays_are_prefilled_as_data_and_reception_sets_a_due_date(backend: Backend) {
    use app::dossiers::store;
    use domain::dossier::{Action, Actor};
    let app = spawn(backend).await;
    let db = &app.state.db;
    // Tết Đinh Mùi is on 6 February 2027: the eve and the four days after it are off.
    let tet: Vec<String> = sqlx::query_scalar(
        "SELECT day FROM holidays WHERE name = 'Tết Nguyên đán' AND day LIKE '2027-%' ORDER BY day",
    )
    .fetch_all(&db.pool)
    .await
    .unwrap();
    assert_eq!(
        tet,
        [
            "2027-02-05",
            "2027-02-06",
            "2027-02-07",
            "2027-02-08",
            "2027-02-09"
        ]
    );
    // An administrator's edit of a year is kept: pre-filling again adds nothing.
    sqlx::query("DELETE FROM holidays WHERE day = '2027-02-09'")
        .execute(&db.pool)
        .await
        .unwrap();
    assert_eq!(
        app::calendar::store::prefill_holidays(db, 2027..=2027)
            .await
            .unwrap(),
        0
    );

    // An officer receives a submitted dossier: the due date is set from the processing time.
    let b = citizen(&app).await;
    let pid = compose(&app, &b).await;
    submit(&b, &pid)
        .await
        .expect_redirect(&format!("/ho-so/{pid}/da-nop"));
    let d = store::load(db, &pid).await.unwrap().unwrap();
    let to = store::apply(
        &app.state.services,
        &d,
        Action::Receive,
        Actor::Officer,
        None,
        "",
    )
    .await
    .unwrap()
    .expect("an officer may receive a submitted dossier");
    let d = store::load(db, &pid).await.unwrap().unwrap();
    assert_eq!(d.status, to);
    let (received, due) = (d.received_at.unwrap(), d.due_at.unwrap());
    assert!(due > received, "due {due} after reception {received}");
    // A citizen may not receive it; the refusal changes nothing.
    let refused = store::apply(
        &app.state.services,
        &d,
        Action::Resolve,
        Actor::Citizen,
        None,
        "",
    )
    .await
    .unwrap();
    assert!(refused.is_err());
    app.stop().await;
}

async fn citizen_sends_the_documents_an_officer_asked_for(backend: Backend) {
    use app::dossiers::store;
    use domain::dossier::{Action, Actor};
    let app = spawn(backend).await;
    let (db, svc) = (&app.state.db, &app.state.services);
    let b = citizen(&app).await;
    let pid = compose(&app, &b).await;
    submit(&b, &pid)
        .await
        .expect_redirect(&format!("/ho-so/{pid}/da-nop"));
    let officer: i64 = sqlx::query_scalar("SELECT id FROM users WHERE username = 'canbo.motcua'")
        .fetch_one(&db.pool)
        .await
        .unwrap();
    let load = || async { store::load(db, &pid).await.unwrap().unwrap() };
    store::apply(
        svc,
        &load().await,
        Action::Receive,
        Actor::Officer,
        Some(officer),
        "",
    )
    .await
    .unwrap()
    .unwrap();
    let comps = components(&app, BIRTH).await;
    let requested = comps.iter().find(|c| c.1).expect("a mandatory component").0;
    let other = comps
        .iter()
        .find(|c| c.0 != requested)
        .expect("another component")
        .0;
    // Before anything is asked for, there is nothing to send.
    assert!(send_supplement(&b, &pid).await.error.is_some());
    // Files are closed once submitted: the upload goes back to the dossier's page, which
    // says its files stayed as they were, and nothing is stored.
    let (status, location) = upload(&b, &pid, requested, "som.pdf", pdf()).await;
    assert_eq!(
        status,
        StatusCode::SEE_OTHER,
        "files are closed once submitted"
    );
    assert_eq!(location, format!("/ho-so/{pid}?tb=khong-doi-tep"));
    let (_, _, closed) = b.page(&location).await;
    assert!(closed.contains("tệp vừa chọn không được lưu"), "{closed}");
    let stored: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM dossier_files f JOIN dossiers d ON d.id = f.dossier_id \
         WHERE d.public_id = $1 AND f.name = 'som.pdf'",
    )
    .bind(&pid)
    .fetch_one(&db.pool)
    .await
    .unwrap();
    assert_eq!(stored, 0, "the late upload is not kept");

    let note = "Bản chụp giấy chứng sinh bị mờ, đề nghị nộp lại bản rõ nét.";
    store::request_supplement(svc, &load().await, officer, &[requested], note)
        .await
        .unwrap()
        .unwrap();
    let (status, _, page) = b.page(&format!("/ho-so/{pid}/bo-sung")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains(note), "the officer's note: {page}");
    let (_, _, detail) = b.page(&format!("/ho-so/{pid}")).await;
    assert!(detail.contains("Yêu cầu bổ sung"), "{detail}");

    // "Nộp bổ sung" with nothing new is refused with a message; a component not asked for
    // cannot be changed.
    let refused = send_supplement(&b, &pid).await;
    assert_eq!(refused.fields(), vec!["files".to_string()], "{refused:?}");
    assert!(refused.message("files").unwrap().contains("Đính kèm"));
    let (status, _) = upload(&b, &pid, other, "khac.pdf", pdf()).await;
    assert_eq!(status, StatusCode::FORBIDDEN, "only what was asked for");

    // The requested file is replaced; the earlier one is kept, marked replaced.
    let mut clearer = pdf();
    clearer.extend_from_slice(b"% ban ro net\n");
    let (status, location) = upload(&b, &pid, requested, "ban-ro-net.pdf", clearer).await;
    assert!(status.is_redirection(), "{status}");
    assert!(
        location.starts_with(&format!("/ho-so/{pid}/bo-sung")) && !location.contains("loi="),
        "{location}"
    );
    let files: Vec<(String, i64)> = sqlx::query_as(
        "SELECT f.name, f.replaced FROM dossier_files f JOIN dossiers d ON d.id = f.dossier_id \
         WHERE d.public_id = $1 AND f.component_id = $2 ORDER BY f.id",
    )
    .bind(&pid)
    .bind(requested)
    .fetch_all(&db.pool)
    .await
    .unwrap();
    assert_eq!(
        files,
        vec![
            ("giay-to.pdf".to_string(), 1),
            ("ban-ro-net.pdf".to_string(), 0)
        ]
    );
    send_supplement(&b, &pid)
        .await
        .expect_redirect(&format!("/ho-so/{pid}?tb=da-bo-sung"));
    let d = load().await;
    assert_eq!(d.status.as_str(), "supplemented");
    assert!(d.paused_at.is_none(), "the clock runs again");
    let (_, _, detail) = b.page(&format!("/ho-so/{pid}")).await;
    assert!(detail.contains("Đã bổ sung"), "timeline: {detail}");

    // Once sent, neither a second "Nộp bổ sung" nor another file.
    assert!(send_supplement(&b, &pid).await.error.is_some());
    let (status, location) = upload(&b, &pid, requested, "lan-nua.pdf", pdf()).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(location, format!("/ho-so/{pid}?tb=khong-doi-tep"));
    app.stop().await;
}

/// "Nộp bổ sung" on the supplement page.
async fn send_supplement(b: &common::Browser, pid: &str) -> common::Posted {
    b.post(
        &format!("/ho-so/{pid}/bo-sung"),
        "/api/dossier/supplement",
        &[("pid", pid), ("save_only", "")],
    )
    .await
}

async fn files_go_to_the_owner_and_the_receiving_agencys_officers_only(backend: Backend) {
    let app = spawn(backend).await;
    let db = &app.state.db;
    let b = citizen(&app).await;
    let pid = compose(&app, &b).await;
    submit(&b, &pid)
        .await
        .expect_redirect(&format!("/ho-so/{pid}/da-nop"));
    let (file, agency): (String, i64) = sqlx::query_as(
        "SELECT f.public_id, d.agency_id FROM dossier_files f JOIN dossiers d ON d.id = f.dossier_id \
         WHERE d.public_id = $1 ORDER BY f.id LIMIT 1",
    )
    .bind(&pid)
    .fetch_one(&db.pool)
    .await
    .unwrap();
    let path = format!("/ho-so/{pid}/tep-da-nop/{file}");
    let status = |b: &common::Browser| {
        let req = b.http.get(b.url(&path));
        async move { req.send().await.unwrap().status() }
    };
    assert_eq!(status(&b).await, StatusCode::OK, "the owner");

    // The demo officer, first of another agency, then of the receiving one.
    let assign_officer = |agency: i64| async move {
        sqlx::query(
            "DELETE FROM officer_agencies WHERE user_id = (SELECT id FROM users WHERE username = 'canbo.motcua')",
        )
        .execute(&db.pool)
        .await
        .unwrap();
        sqlx::query(
            "INSERT INTO officer_agencies (user_id, agency_id) \
             SELECT id, $1 FROM users WHERE username = 'canbo.motcua'",
        )
        .bind(agency)
        .execute(&db.pool)
        .await
        .unwrap();
    };
    let other: i64 = sqlx::query_scalar("SELECT MIN(id) FROM agencies WHERE id <> $1")
        .bind(agency)
        .fetch_one(&db.pool)
        .await
        .unwrap();
    assign_officer(other).await;
    let staff = common::login(&app, "canbo.motcua", "CanBo@2026", "0905123456").await;
    assert_eq!(
        staff.whoami().await.as_deref(),
        Some("Lê Minh Tuấn"),
        "the officer is logged in"
    );
    assert_eq!(
        status(&staff).await,
        StatusCode::NOT_FOUND,
        "an officer of another agency"
    );
    assign_officer(agency).await;
    assert_eq!(
        status(&staff).await,
        StatusCode::OK,
        "an officer of the receiving agency"
    );
    app.stop().await;
}

/// The plain routes' login: a download asked for without a session comes back to itself, query
/// included (`SignedIn`); an upload posted without one comes back to the dossier's page, not to
/// the post's address.
async fn plain_routes_send_a_visitor_to_login_and_back(backend: Backend) {
    let app = spawn(backend).await;
    let owner = citizen(&app).await;
    let pid = compose(&app, &owner).await;
    let file = first_file(&app, &pid).await;
    let anonymous = app.browser();
    let wanted = format!("/ho-so/{pid}/tep-da-nop/{file}?xem=1");
    let (status, location, _) = anonymous.page(&wanted).await;
    assert!(status.is_redirection(), "{status}");
    assert_eq!(
        location,
        format!("/dang-nhap?next={}", app::routes::urlencode(&wanted))
    );
    let (status, _, login) = anonymous.page(&location).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        login.contains(&format!("name=\"f[next]\" value=\"{wanted}\"")),
        "the login form carries the page asked for: {login}"
    );
    let (component, _) = components(&app, BIRTH).await[0];
    let (status, location) = upload(&anonymous, &pid, component, "x.pdf", pdf()).await;
    assert!(status.is_redirection(), "{status}");
    assert_eq!(location, format!("/dang-nhap?next=%2Fho-so%2F{pid}"));
    app.stop().await;
}
