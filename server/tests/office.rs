//! The back office over HTTP, on SQLite and PostgreSQL: officers' queue and dossier pages, every
//! action's legal and illegal moves, agency isolation on every route, two officers acting at
//! once, the clock stopping and restarting, apology letters, notices to the citizen and the
//! audit log.

mod common;

use common::{
    Backend, Browser, TestApp,
    dossiers::{dossier_in, officer, other_officer, status_of, thu},
    login,
};
use domain::calendar::{to_epoch, to_local};
use reqwest::StatusCode;

on_both_databases!(
    officers_land_on_their_queue_and_nobody_else_sees_it,
    the_queue_counts_searches_and_pages,
    a_dossier_goes_from_reception_to_hand_over,
    illegal_moves_and_bad_input_change_nothing,
    another_agencys_officer_gets_not_found_everywhere,
    two_officers_acting_at_once_make_one_move,
    a_fee_notice_write_that_fails_takes_the_move_back,
    paused_time_moves_the_due_date_by_exactly_that_much,
    a_late_dossier_gets_an_apology_letter,
    the_audit_log_is_for_administrators,
);

async fn spawn(backend: Backend) -> TestApp {
    TestApp::spawn_demo(backend).await
}

async fn version(app: &TestApp, pid: &str) -> String {
    sqlx::query_scalar::<_, i64>("SELECT version FROM dossiers WHERE public_id = $1")
        .bind(pid)
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap()
        .to_string()
}

/// Posts an action's form as a browser without JavaScript.
async fn act(
    b: &Browser,
    pid: &str,
    action: &str,
    v: &str,
    fields: &[(&str, &str)],
) -> common::Posted {
    let mut all = vec![("pid", pid), ("action", action), ("v", v)];
    all.extend_from_slice(fields);
    b.post(
        &format!("/can-bo/ho-so/{pid}/{action}"),
        "/api/office/act",
        &all,
    )
    .await
}

async fn events(app: &TestApp, pid: &str) -> Vec<String> {
    sqlx::query_scalar(
        "SELECT e.action FROM dossier_events e JOIN dossiers d ON d.id = e.dossier_id \
         WHERE d.public_id = $1 ORDER BY e.id",
    )
    .bind(pid)
    .fetch_all(&app.state.db.pool)
    .await
    .unwrap()
}

/// The notices the dossier's citizen got about it (its officers' are not counted).
async fn notices(app: &TestApp, pid: &str) -> Vec<String> {
    sqlx::query_scalar(
        "SELECT n.title FROM notifications n JOIN dossiers d ON d.id = n.dossier_id \
         WHERE d.public_id = $1 AND n.user_id = d.owner_id ORDER BY n.id",
    )
    .bind(pid)
    .fetch_all(&app.state.db.pool)
    .await
    .unwrap()
}

async fn officers_land_on_their_queue_and_nobody_else_sees_it(backend: Backend) {
    let app = spawn(backend).await;
    // `login` checks that the officer lands on "/can-bo/ho-so".
    let staff = officer(&app).await;
    let (status, _, page) = staff.page("/can-bo/ho-so").await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("Hồ sơ của cơ quan"), "{page}");
    for tab in [
        "Chờ tiếp nhận",
        "Đang xử lý",
        "Yêu cầu bổ sung / Đã bổ sung",
        "Tạm dừng",
        "Chờ thanh toán",
        "Sắp đến hạn",
        "Quá hạn",
        "Đã giải quyết",
    ] {
        assert!(page.contains(tab), "tab {tab}");
    }
    // An officer of two agencies switches between them.
    assert!(page.contains("Chuyển cơ quan"), "the agency switcher");

    let pid = dossier_in(&app, "submitted", 0).await;
    let citizen = thu(&app).await;
    let anonymous = app.browser();
    for path in [
        "/can-bo/ho-so".to_string(),
        format!("/can-bo/ho-so/{pid}"),
        format!("/can-bo/ho-so/{pid}/tiep-nhan"),
        "/quan-tri/nhat-ky".to_string(),
    ] {
        for (who, b) in [("citizen", &citizen), ("anonymous", &anonymous)] {
            let (status, _, _) = b.page(&path).await;
            assert_eq!(status, StatusCode::NOT_FOUND, "{who} on {path}");
        }
    }
    // The officer's server function too, for the citizen who owns the dossier.
    let v = version(&app, &pid).await;
    let posted = act(&citizen, &pid, "tiep-nhan", &v, &[]).await;
    assert!(
        matches!(posted.error, Some(app::error::AppError::NotFound)),
        "{posted:?}"
    );
    assert_eq!(status_of(&app, &pid).await, "submitted");
    // (The queue is read only by its page, checked above: it has no server function.)
    app.stop().await;
}

async fn the_queue_counts_searches_and_pages(backend: Backend) {
    let app = spawn(backend).await;
    let staff = officer(&app).await;
    let count = |page: &str, label: &str| -> i64 {
        let marker = format!("{label} <span class=\"count\">");
        let at = page
            .find(&marker)
            .unwrap_or_else(|| panic!("tab {label}: {page}"));
        let rest = &page[at + marker.len()..];
        rest.split('<').next().unwrap().parse().unwrap()
    };
    let (_, _, page) = staff.page("/can-bo/ho-so").await;
    // The demo queue: eight awaiting reception (and the first citizen's one), one overdue, one
    // paused, one awaiting payment; due soon, the one set so and those received today (birth
    // registration takes one working day).
    assert!(count(&page, "Chờ tiếp nhận") >= 8, "{page}");
    assert!(count(&page, "Sắp đến hạn") >= 1);
    assert_eq!(count(&page, "Quá hạn"), 1);
    assert_eq!(count(&page, "Tạm dừng"), 1);
    assert_eq!(count(&page, "Chờ thanh toán"), 1);

    // By code (as typed, lower case), by ID number, by name without diacritics.
    let pid = dossier_in(&app, "paused", 0).await;
    let code: String = sqlx::query_scalar("SELECT code FROM dossiers WHERE public_id = $1")
        .bind(&pid)
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap();
    let (_, _, page) = staff
        .page(&format!("/can-bo/ho-so?q={}", code.to_lowercase()))
        .await;
    assert!(page.contains(&pid) && page.contains("1 hồ sơ"), "by code");
    let (_, _, page) = staff.page("/can-bo/ho-so?q=056185004321").await;
    assert!(page.contains("17 hồ sơ"), "by ID number: {page}");
    let (_, _, page) = staff.page("/can-bo/ho-so?q=tran%20thi%20thu").await;
    assert!(page.contains("17 hồ sơ"), "by name, folded");
    let (_, _, page) = staff.page("/can-bo/ho-so?q=khong-ai-ten-nay").await;
    assert!(page.contains("Không có hồ sơ nào."));
    // A date that cannot be read says so, in Vietnamese.
    let (status, _, page) = staff.page("/can-bo/ho-so?tu=31/02/2026").await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("error-summary"), "the date's message");

    // Pages of 20: add dossiers awaiting reception until there are two pages.
    let (agency, procedure, owner): (i64, i64, i64) = sqlx::query_as(
        "SELECT agency_id, procedure_id, owner_id FROM dossiers WHERE public_id = $1",
    )
    .bind(&pid)
    .fetch_one(&app.state.db.pool)
    .await
    .unwrap();
    for i in 0..25 {
        sqlx::query(
            "INSERT INTO dossiers (public_id, code, procedure_id, agency_id, owner_id, applicant_name, status, \
             created_at, submitted_at, updated_at) VALUES ($1, $2, $3, $4, $5, 'Người Thử', 'submitted', 1, $6, 1)",
        )
        .bind(format!("paging-{i:02}"))
        .bind(format!("000.00.99.H34-260101-{:04}", i + 1))
        .bind(procedure)
        .bind(agency)
        .bind(owner)
        .bind(1_700_000_000_i64 + i)
        .execute(&app.state.db.pool)
        .await
        .unwrap();
    }
    let (_, _, first) = staff.page("/can-bo/ho-so?tab=cho-tiep-nhan").await;
    assert!(
        first.contains("Trang 1/2") && first.contains("trang=2"),
        "{first}"
    );
    let (_, _, second) = staff.page("/can-bo/ho-so?tab=cho-tiep-nhan&trang=2").await;
    assert!(second.contains("Trang 2/2"));
    let rows = |p: &str| p.matches("href=\"/can-bo/ho-so/").count();
    assert_eq!(rows(&first), 20);
    assert!(rows(&second) >= 13, "the rest on page 2");
    app.stop().await;
}

async fn a_dossier_goes_from_reception_to_hand_over(backend: Backend) {
    let app = spawn(backend).await;
    let staff = officer(&app).await;
    let pid = dossier_in(&app, "submitted", 1).await;
    let page = format!("/can-bo/ho-so/{pid}");

    // The officer's page: the applicant unmasked, the files, the actions allowed.
    let (status, _, body) = staff.page(&page).await;
    assert_eq!(status, StatusCode::OK);
    assert!(body.contains("056185004321"), "the ID number unmasked");
    assert!(body.contains("0978123456"), "the phone unmasked");
    assert!(body.contains("giay-chung-sinh.pdf"));
    assert!(body.contains("Tiếp nhận hồ sơ") && !body.contains("Trả kết quả</a>"));

    // Receive: the due date is set; the citizen is told in-app, by SMS and e-mail.
    let v = version(&app, &pid).await;
    act(&staff, &pid, "tiep-nhan", &v, &[])
        .await
        .expect_redirect(&format!("{page}?tb=tiep-nhan-xong"));
    assert_eq!(status_of(&app, &pid).await, "received");
    let due: Option<i64> = sqlx::query_scalar("SELECT due_at FROM dossiers WHERE public_id = $1")
        .bind(&pid)
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap();
    assert!(due.is_some(), "the due date");
    let code: String = sqlx::query_scalar("SELECT code FROM dossiers WHERE public_id = $1")
        .bind(&pid)
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap();
    let sms: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM outbox WHERE recipient = '0978123456' AND body LIKE $1",
    )
    .bind(format!("%{code}%Da tiep nhan%"))
    .fetch_one(&app.state.db.pool)
    .await
    .unwrap();
    assert_eq!(sms, 1, "an SMS in the same transaction");

    // Ask for a supplement of one component; the citizen sends it.
    let component = common::dossiers::first_component(&app, &pid).await;
    let v = version(&app, &pid).await;
    let c = component.to_string();
    act(
        &staff,
        &pid,
        "yeu-cau-bo-sung",
        &v,
        &[
            ("note", "Bản chụp bị mờ, đề nghị nộp lại."),
            ("components][0", &c),
        ],
    )
    .await
    .expect_redirect(&format!("{page}?tb=yeu-cau-bo-sung-xong"));
    assert_eq!(status_of(&app, &pid).await, "supplement_requested");
    let citizen = thu(&app).await;
    common::dossiers::send_supplement_of(&citizen, &pid, component, "ro-net.pdf").await;

    // Process, fee notice, payment at the counter.
    for action in ["xu-ly"] {
        let v = version(&app, &pid).await;
        act(&staff, &pid, action, &v, &[])
            .await
            .expect_redirect(&format!("{page}?tb={action}-xong"));
    }
    let v = version(&app, &pid).await;
    act(
        &staff,
        &pid,
        "thong-bao-phi",
        &v,
        &[
            ("fee_names][0", "Lệ phí đăng ký"),
            ("fee_amounts][0", "8.000"),
            ("fee_names][1", "Phí sao y"),
            ("fee_amounts][1", "5000"),
        ],
    )
    .await
    .expect_redirect(&format!("{page}?tb=thong-bao-phi-xong"));
    assert_eq!(status_of(&app, &pid).await, "awaiting_payment");
    let total: i64 = sqlx::query_scalar(
        "SELECT f.total FROM fee_notices f JOIN dossiers d ON d.id = f.dossier_id WHERE d.public_id = $1",
    )
    .bind(&pid)
    .fetch_one(&app.state.db.pool)
    .await
    .unwrap();
    assert_eq!(total, 13_000);
    let (_, _, mine) = citizen.page(&format!("/ho-so/{pid}")).await;
    assert!(mine.contains("13.000 đ"), "the citizen sees the fee notice");
    let v = version(&app, &pid).await;
    act(&staff, &pid, "thu-phi", &v, &[("note", "BL-0001")])
        .await
        .expect_redirect(&format!("{page}?tb=thu-phi-xong"));
    assert_eq!(status_of(&app, &pid).await, "processing");

    // The result upload keeps the action form's note rule: an over-long note is refused (the
    // page says so), not silently cut, and the dossier does not move.
    let v = version(&app, &pid).await;
    let long = reqwest::multipart::Form::new()
        .text("v", v.clone())
        .text("note", "ghi chú ".repeat(300))
        .part(
            "file",
            reqwest::multipart::Part::bytes(common::dossiers::pdf())
                .file_name("giay-khai-sinh.pdf"),
        );
    let res = staff
        .http
        .post(staff.url(&format!("/can-bo/ho-so/{pid}/ket-qua/tai-len")))
        .multipart(long)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let to = res.headers()["location"].to_str().unwrap().to_string();
    assert_eq!(to, format!("/can-bo/ho-so/{pid}/ket-qua?loi=ghi-chu"));
    let (_, _, form_page) = staff.page(&to).await;
    assert!(
        form_page.contains("Nội dung quá dài: tối đa 2.000 ký tự."),
        "the upload page says the note is too long"
    );
    assert_eq!(status_of(&app, &pid).await, "processing");

    // The result documents (multipart, several files).
    let form = reqwest::multipart::Form::new()
        .text("v", v)
        .text("note", "Đã ký giấy khai sinh.")
        .part(
            "file",
            reqwest::multipart::Part::bytes(common::dossiers::pdf())
                .file_name("giay-khai-sinh.pdf"),
        )
        .part(
            "file",
            reqwest::multipart::Part::bytes(common::dossiers::pdf()).file_name("ban-sao.pdf"),
        );
    let res = staff
        .http
        .post(staff.url(&format!("/can-bo/ho-so/{pid}/ket-qua/tai-len")))
        .multipart(form)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_eq!(status_of(&app, &pid).await, "resolved");
    let results: Vec<String> = sqlx::query_scalar(
        "SELECT r.public_id FROM result_files r JOIN dossiers d ON d.id = r.dossier_id WHERE d.public_id = $1",
    )
    .bind(&pid)
    .fetch_all(&app.state.db.pool)
    .await
    .unwrap();
    assert_eq!(results.len(), 2);
    // The citizen downloads the result from their dossier's page.
    let (_, _, mine) = citizen.page(&format!("/ho-so/{pid}")).await;
    assert!(
        mine.contains("giay-khai-sinh.pdf"),
        "the result on the citizen's page"
    );
    let res = citizen
        .http
        .get(citizen.url(&format!("/ho-so/{pid}/ket-qua/{}", results[0])))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    assert!(res.bytes().await.unwrap().starts_with(b"%PDF"));

    // Hand over by post: a tracking number is needed.
    let v = version(&app, &pid).await;
    let posted = act(
        &staff,
        &pid,
        "tra-ket-qua",
        &v,
        &[("method", "post"), ("tracking", "123")],
    )
    .await;
    assert_eq!(posted.fields(), vec!["tracking"], "{posted:?}");
    act(
        &staff,
        &pid,
        "tra-ket-qua",
        &v,
        &[("method", "post"), ("tracking", "eb123456785vn")],
    )
    .await
    .expect_redirect(&format!("{page}?tb=tra-ket-qua-xong"));
    assert_eq!(status_of(&app, &pid).await, "returned");
    let tracking: String =
        sqlx::query_scalar("SELECT handover_tracking FROM dossiers WHERE public_id = $1")
            .bind(&pid)
            .fetch_one(&app.state.db.pool)
            .await
            .unwrap();
    assert_eq!(tracking, "EB123456785VN");

    assert_eq!(
        events(&app, &pid).await,
        [
            "submit",
            "receive",
            "request_supplement",
            "supplement",
            "process",
            "request_payment",
            "confirm_payment",
            "resolve",
            "hand_over"
        ]
    );
    // Every step told the citizen; the officer's steps are in the audit log.
    assert_eq!(notices(&app, &pid).await.len(), 9);
    let audited: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM audit_log l JOIN dossiers d ON d.id = l.dossier_id \
         WHERE d.public_id = $1 AND l.action LIKE 'dossier.%' AND l.action <> 'dossier.viewed'",
    )
    .bind(&pid)
    .fetch_one(&app.state.db.pool)
    .await
    .unwrap();
    assert_eq!(
        audited, 7,
        "receive, request, process, fee, payment, result, hand-over"
    );
    let (_, _, mine) = citizen.page("/thong-bao").await;
    assert!(mine.contains("Đã trả kết quả"), "the notification centre");
    app.stop().await;
}

async fn illegal_moves_and_bad_input_change_nothing(backend: Backend) {
    let app = spawn(backend).await;
    let staff = officer(&app).await;
    let pid = dossier_in(&app, "submitted", 2).await;
    let page = format!("/can-bo/ho-so/{pid}");
    let v = version(&app, &pid).await;
    // Not allowed from "awaiting reception": resume, hand-over, counter payment.
    for action in ["tiep-tuc", "tra-ket-qua", "thu-phi", "xu-ly"] {
        let posted = act(&staff, &pid, action, &v, &[("method", "in_person")]).await;
        posted.expect_redirect(&format!("{page}?tb=da-cap-nhat"));
        assert_eq!(status_of(&app, &pid).await, "submitted", "{action}");
    }
    // A citizen's action is not an officer's, and an unknown one is not found.
    for action in ["rut", "bo-sung", "nop", "khong-co"] {
        let posted = act(&staff, &pid, action, &v, &[]).await;
        assert!(
            matches!(posted.error, Some(app::error::AppError::NotFound)),
            "{action}: {posted:?}"
        );
    }
    // An unknown action has no page either.
    let (status, _, _) = staff.page(&format!("{page}/khong-co")).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    // A refusal needs a reason; a fee notice needs valid amounts.
    let posted = act(&staff, &pid, "tu-choi", &v, &[("note", " ")]).await;
    assert_eq!(posted.fields(), vec!["note"]);
    assert!(posted.message("note").unwrap().contains("lý do"));
    let v2 = version(&app, &pid).await;
    act(&staff, &pid, "tiep-nhan", &v2, &[])
        .await
        .expect_redirect(&format!("{page}?tb=tiep-nhan-xong"));
    let v = version(&app, &pid).await;
    let posted = act(
        &staff,
        &pid,
        "thong-bao-phi",
        &v,
        &[("fee_names][0", "Lệ phí"), ("fee_amounts][0", "abc")],
    )
    .await;
    assert_eq!(posted.fields(), vec!["fee_amounts-0"]);
    // The refused form comes back with what was typed, once, and only to this officer's session.
    let form = format!("{page}/thong-bao-phi");
    let (status, _, body) = officer(&app).await.page(&form).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        !body.contains("value=\"abc\""),
        "another session sees nothing"
    );
    let (_, _, body) = staff.page(&form).await;
    assert!(
        body.contains("value=\"Lệ phí\""),
        "the item's name comes back"
    );
    assert!(
        body.contains("value=\"abc\""),
        "the amount typed comes back"
    );
    let (_, _, body) = staff.page(&form).await;
    assert!(!body.contains("value=\"abc\""), "once");
    let posted = act(&staff, &pid, "thong-bao-phi", &v, &[]).await;
    assert_eq!(posted.fields(), vec!["fee_amounts-0"], "at least one item");
    // A component of another procedure is not the dossier's.
    let foreign: i64 = sqlx::query_scalar(
        "SELECT c.id FROM procedure_components c JOIN dossiers d ON d.public_id = $1 \
         WHERE c.procedure_id <> d.procedure_id LIMIT 1",
    )
    .bind(&pid)
    .fetch_one(&app.state.db.pool)
    .await
    .unwrap();
    let f = foreign.to_string();
    let posted = act(
        &staff,
        &pid,
        "yeu-cau-bo-sung",
        &v,
        &[("note", "Nộp lại giấy tờ."), ("components][0", &f)],
    )
    .await;
    assert!(matches!(posted.error, Some(app::error::AppError::NotFound)));
    assert_eq!(status_of(&app, &pid).await, "received");
    // No apology for a dossier on time.
    let posted = act(
        &staff,
        &pid,
        "xin-loi",
        &v,
        &[("note", "Quá tải."), ("new_due", "01/01/2099")],
    )
    .await;
    assert!(
        matches!(posted.error, Some(app::error::AppError::Conflict(_))),
        "{posted:?}"
    );
    assert_eq!(events(&app, &pid).await, ["submit", "receive"]);
    app.stop().await;
}

async fn another_agencys_officer_gets_not_found_everywhere(backend: Backend) {
    let app = spawn(backend).await;
    // Resolved, with a result file, a fee notice and an apology of its own.
    let pid = dossier_in(&app, "resolved", 0).await;
    let (file, result): (String, String) = sqlx::query_as(
        "SELECT f.public_id, r.public_id FROM dossier_files f JOIN dossiers d ON d.id = f.dossier_id \
         JOIN result_files r ON r.dossier_id = d.id WHERE d.public_id = $1 LIMIT 1",
    )
    .bind(&pid)
    .fetch_one(&app.state.db.pool)
    .await
    .unwrap();
    let stranger = other_officer(&app).await;
    // The second commune's officer has a queue, but not this agency's.
    let (status, _, _) = stranger.page("/can-bo/ho-so").await;
    assert_eq!(status, StatusCode::OK);
    let first_agency: i64 =
        sqlx::query_scalar("SELECT agency_id FROM dossiers WHERE public_id = $1")
            .bind(&pid)
            .fetch_one(&app.state.db.pool)
            .await
            .unwrap();
    for path in [
        format!("/can-bo/ho-so?co-quan={first_agency}"),
        format!("/can-bo/ho-so/{pid}"),
        format!("/can-bo/ho-so/{pid}/tra-ket-qua"),
        format!("/ho-so/{pid}/tep-da-nop/{file}"),
        format!("/ho-so/{pid}/ket-qua/{result}"),
        format!("/ho-so/{pid}/bien-nhan"),
        format!("/ho-so/{pid}/van-ban-xin-loi/khong-co"),
    ] {
        let (status, _, _) = stranger.page(&path).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{path}");
    }
    let v = version(&app, &pid).await;
    let posted = act(
        &stranger,
        &pid,
        "tra-ket-qua",
        &v,
        &[("method", "in_person")],
    )
    .await;
    assert!(matches!(posted.error, Some(app::error::AppError::NotFound)));
    let form = reqwest::multipart::Form::new().text("v", v).part(
        "file",
        reqwest::multipart::Part::bytes(common::dossiers::pdf()).file_name("x.pdf"),
    );
    let res = stranger
        .http
        .post(stranger.url(&format!("/can-bo/ho-so/{pid}/ket-qua/tai-len")))
        .multipart(form)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    // Another citizen neither.
    let citizen = common::dossiers::citizen(&app).await;
    for path in [
        format!("/ho-so/{pid}/ket-qua/{result}"),
        format!("/ho-so/{pid}"),
    ] {
        let (status, _, _) = citizen.page(&path).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "another citizen on {path}");
    }
    assert_eq!(status_of(&app, &pid).await, "resolved");
    app.stop().await;
}

async fn two_officers_acting_at_once_make_one_move(backend: Backend) {
    let app = spawn(backend).await;
    let first = officer(&app).await;
    // A second officer of the same agency.
    sqlx::query(
        "INSERT INTO officer_agencies (user_id, agency_id) SELECT u.id, oa.agency_id FROM users u, officer_agencies oa \
         JOIN users m ON m.id = oa.user_id AND m.username = 'canbo.motcua' WHERE u.username = 'canbo.sotuphap'",
    )
    .execute(&app.state.db.pool)
    .await
    .unwrap();
    let second = login(&app, "canbo.sotuphap", "CanBo@2026", "0905234567").await;
    let mut last = String::new();
    for n in 0..3 {
        let pid = dossier_in(&app, "submitted", 3).await;
        last = pid.clone();
        let v = version(&app, &pid).await;
        // Both saw the same page; both press at once (receive, and refuse).
        let (a, b) = tokio::join!(
            act(&first, &pid, "tiep-nhan", &v, &[]),
            act(
                &second,
                &pid,
                "tu-choi",
                &v,
                &[("note", "Hồ sơ không thuộc thẩm quyền.")]
            ),
        );
        let page = format!("/can-bo/ho-so/{pid}");
        let stale = format!("{page}?tb=da-cap-nhat");
        let won = [&a, &b].iter().filter(|p| p.location != stale).count();
        assert_eq!(won, 1, "round {n}: exactly one wins: {a:?} {b:?}");
        assert!(
            a.location == stale || b.location == stale,
            "the other is told it was updated by someone else"
        );
        assert_eq!(events(&app, &pid).await.len(), 2, "one transition only");
    }
    // The stale page says so (on the last round's dossier: received or refused, whichever won;
    // a dossier "received" need not exist, since the refusal may win every round).
    let pid = last;
    let (_, _, body) = first
        .page(&format!("/can-bo/ho-so/{pid}?tb=da-cap-nhat"))
        .await;
    assert!(body.contains("Hồ sơ đã được cập nhật bởi người khác"));
    app.stop().await;
}

/// The counter payment and the cancellation move the dossier and write its fee notice (the
/// payments store's table) in one transaction: when the notice is gone meanwhile (paid online a
/// moment before), the write fails and the move goes back with it.
async fn a_fee_notice_write_that_fails_takes_the_move_back(backend: Backend) {
    let app = spawn(backend).await;
    let staff = officer(&app).await;
    let pid = dossier_in(&app, "awaiting_payment", 0).await;
    let page = format!("/can-bo/ho-so/{pid}");
    sqlx::query(
        "UPDATE fee_notices SET paid_at = 1, paid_method = 'vnpay' \
         WHERE dossier_id = (SELECT id FROM dossiers WHERE public_id = $1)",
    )
    .bind(&pid)
    .execute(&app.state.db.pool)
    .await
    .unwrap();
    let (before, told) = (events(&app, &pid).await, notices(&app, &pid).await);
    let v = version(&app, &pid).await;
    for (action, note) in [
        ("thu-phi", "BL-0002"),
        ("huy-thong-bao-phi", "Lập nhầm số tiền."),
    ] {
        act(&staff, &pid, action, &v, &[("note", note)])
            .await
            .expect_redirect(&format!("{page}?tb=da-cap-nhat"));
        assert_eq!(status_of(&app, &pid).await, "awaiting_payment", "{action}");
        assert_eq!(version(&app, &pid).await, v, "{action}");
        assert_eq!(
            events(&app, &pid).await,
            before,
            "{action}: no timeline entry"
        );
        assert_eq!(notices(&app, &pid).await, told, "{action}: no notice");
    }
    // The dossiers store does not write a fee notice: a fee change made there is refused.
    let d = app::dossiers::store::load(&app.state.db, &pid)
        .await
        .unwrap()
        .unwrap();
    let change = app::dossiers::store::Change {
        action: domain::dossier::Action::CancelPayment,
        actor: domain::dossier::Actor::Officer,
        actor_id: Some(1),
        extra: app::dossiers::store::Extra::Fee(app::dossiers::store::FeeChange::Cancel),
        ..Default::default()
    };
    let refused = app::dossiers::store::act(&app.state.services, &d, change).await;
    assert!(
        matches!(refused, Err(app::error::AppError::Internal { .. })),
        "{refused:?}"
    );
    assert_eq!(status_of(&app, &pid).await, "awaiting_payment");
    app.stop().await;
}

async fn paused_time_moves_the_due_date_by_exactly_that_much(backend: Backend) {
    let app = spawn(backend).await;
    let staff = officer(&app).await;
    let pid = dossier_in(&app, "processing", 0).await;
    let db = &app.state.db;
    let v = version(&app, &pid).await;
    act(
        &staff,
        &pid,
        "tam-dung",
        &v,
        &[("note", "Chờ xác minh nơi sinh.")],
    )
    .await
    .expect_redirect(&format!("/can-bo/ho-so/{pid}?tb=tam-dung-xong"));
    // Three weeks pass while it is paused (the pause is moved back in time).
    let paused = app::backend::now_epoch() - 21 * 86_400;
    sqlx::query("UPDATE dossiers SET paused_at = $1 WHERE public_id = $2")
        .bind(paused)
        .bind(&pid)
        .execute(&db.pool)
        .await
        .unwrap();
    let due_before: i64 = sqlx::query_scalar("SELECT due_at FROM dossiers WHERE public_id = $1")
        .bind(&pid)
        .fetch_one(&db.pool)
        .await
        .unwrap();
    let v = version(&app, &pid).await;
    let before = app::backend::now_epoch();
    act(&staff, &pid, "tiep-tuc", &v, &[])
        .await
        .expect_redirect(&format!("/can-bo/ho-so/{pid}?tb=tiep-tuc-xong"));
    let after = app::backend::now_epoch();
    let due_after: i64 = sqlx::query_scalar("SELECT due_at FROM dossiers WHERE public_id = $1")
        .bind(&pid)
        .fetch_one(&db.pool)
        .await
        .unwrap();
    assert_eq!(status_of(&app, &pid).await, "processing");
    let cal = app::calendar::store::calendar(db).await.unwrap();
    // The office time of the pause, counted with the same calendar, moved the due date.
    let expected = |resumed: i64| {
        to_epoch(cal.extend_for_pause(to_local(due_before), to_local(paused), to_local(resumed)))
    };
    assert!(
        (expected(before)..=expected(after)).contains(&due_after),
        "due {due_before} → {due_after}, expected {}",
        expected(before)
    );
    // Three weeks hold fifteen working days at most (fewer with holidays), at least ten.
    let moved_days =
        cal.working_time_between(to_local(due_before), to_local(due_after)) / cal.day_length();
    assert!((10..=15).contains(&moved_days), "{moved_days} working days");
    app.stop().await;
}

async fn a_late_dossier_gets_an_apology_letter(backend: Backend) {
    let app = spawn(backend).await;
    let staff = officer(&app).await;
    // The demo's overdue dossier.
    let pid: String = sqlx::query_scalar(
        "SELECT d.public_id FROM dossiers d JOIN users u ON u.id = d.owner_id \
         WHERE u.id_number = '056185004321' AND d.status = 'processing' AND d.due_at < $1",
    )
    .bind(app::backend::now_epoch())
    .fetch_one(&app.state.db.pool)
    .await
    .unwrap();
    let (_, _, body) = staff.page(&format!("/can-bo/ho-so/{pid}")).await;
    assert!(
        body.contains("quá hạn") && body.contains("Văn bản xin lỗi"),
        "{body}"
    );
    let v = version(&app, &pid).await;
    let posted = act(
        &staff,
        &pid,
        "xin-loi",
        &v,
        &[("note", "Quá tải."), ("new_due", "01/01/2020")],
    )
    .await;
    assert_eq!(posted.fields(), vec!["new_due"], "a date in the past");
    act(
        &staff,
        &pid,
        "xin-loi",
        &v,
        &[
            ("note", "Số lượng hồ sơ tăng đột biến."),
            ("new_due", "15/01/2099"),
        ],
    )
    .await
    .expect_redirect(&format!("/can-bo/ho-so/{pid}?tb=xin-loi-xong"));
    let letter: String = sqlx::query_scalar(
        "SELECT l.public_id FROM apology_letters l JOIN dossiers d ON d.id = l.dossier_id WHERE d.public_id = $1",
    )
    .bind(&pid)
    .fetch_one(&app.state.db.pool)
    .await
    .unwrap();
    // The citizen reads it, printable, with the agency's header; public tracking says so.
    let citizen = thu(&app).await;
    let (status, _, html) = citizen
        .page(&format!("/ho-so/{pid}/van-ban-xin-loi/{letter}"))
        .await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        html.contains("PHIẾU XIN LỖI")
            && html.contains("15/01/2099")
            && html.contains("Số lượng hồ sơ tăng đột biến")
    );
    assert!(
        html.contains("Ủy ban nhân dân")
            || html.contains("UBND")
            || html.contains("Xã")
            || html.contains("Phường"),
        "the agency's header"
    );
    // Its own stylesheet is allowed by its own policy (the portal's `style-src 'self'` used to
    // block it): the response's CSP names the nonce the page's <style> carries.
    let res = citizen
        .http
        .get(citizen.url(&format!("/ho-so/{pid}/van-ban-xin-loi/{letter}")))
        .send()
        .await
        .unwrap();
    let csp = res.headers()["content-security-policy"]
        .to_str()
        .unwrap()
        .to_string();
    common::assert_own_stylesheet(&csp, &res.text().await.unwrap());
    let (_, _, mine) = citizen.page(&format!("/ho-so/{pid}")).await;
    assert!(mine.contains(&format!("/ho-so/{pid}/van-ban-xin-loi/{letter}")));
    let code: String = sqlx::query_scalar("SELECT code FROM dossiers WHERE public_id = $1")
        .bind(&pid)
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap();
    let (_, _, tracked) = app.browser().page(&format!("/tra-cuu?ma={code}")).await;
    assert!(tracked.contains("Đã có văn bản xin lỗi"), "public tracking");
    // Nobody else reads it.
    let other = common::dossiers::citizen(&app).await;
    let (status, _, _) = other
        .page(&format!("/ho-so/{pid}/van-ban-xin-loi/{letter}"))
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(
        notices(&app, &pid)
            .await
            .iter()
            .any(|t| t.contains("Văn bản xin lỗi"))
    );
    app.stop().await;
}

async fn the_audit_log_is_for_administrators(backend: Backend) {
    let app = spawn(backend).await;
    let staff = officer(&app).await;
    let pid = dossier_in(&app, "submitted", 4).await;
    // Viewing personal data and downloading a file are logged.
    staff.page(&format!("/can-bo/ho-so/{pid}")).await;
    let file: String = sqlx::query_scalar(
        "SELECT f.public_id FROM dossier_files f JOIN dossiers d ON d.id = f.dossier_id WHERE d.public_id = $1 LIMIT 1",
    )
    .bind(&pid)
    .fetch_one(&app.state.db.pool)
    .await
    .unwrap();
    let (status, _, _) = staff.page(&format!("/ho-so/{pid}/tep-da-nop/{file}")).await;
    assert_eq!(status, StatusCode::OK);
    let logged: Vec<(String, String)> = sqlx::query_as(
        "SELECT l.action, l.ip FROM audit_log l JOIN dossiers d ON d.id = l.dossier_id WHERE d.public_id = $1 ORDER BY l.id",
    )
    .bind(&pid)
    .fetch_all(&app.state.db.pool)
    .await
    .unwrap();
    assert!(
        logged
            .iter()
            .any(|(a, ip)| a == "dossier.viewed" && ip == "127.0.0.1"),
        "{logged:?}"
    );
    assert!(
        logged.iter().any(|(a, _)| a == "dossier.file_downloaded"),
        "{logged:?}"
    );

    let (status, _, _) = staff.page("/quan-tri/nhat-ky").await;
    assert_eq!(
        status,
        StatusCode::NOT_FOUND,
        "officers do not read the audit log"
    );
    let admin = login(&app, "quantri", "QuanTri@2026", "0935123456").await;
    let code: String = sqlx::query_scalar("SELECT code FROM dossiers WHERE public_id = $1")
        .bind(&pid)
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap();
    let (status, _, page) = admin
        .page(&format!("/quan-tri/nhat-ky?thao-tac=dossier.&ma={code}"))
        .await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        page.contains("dossier.viewed")
            && page.contains("canbo.motcua")
            && page.contains("127.0.0.1"),
        "{page}"
    );
    assert!(!page.contains("login<"), "filtered by action");
    app.stop().await;
}
