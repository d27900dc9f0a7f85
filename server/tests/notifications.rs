//! The notification centre over HTTP, on SQLite and PostgreSQL (issue 23): the header's unread
//! count for every kind of user and only their own, the centre's filters and pages, marking
//! read one by one and all at once, opening a notice, nobody reaching someone else's notice,
//! and the officers' notices (a citizen supplemented, paid or withdrew; a dossier due on the
//! next working day, once however often the job runs); "Nhận thông báo qua" honoured, and
//! security notices sent by SMS whatever was chosen.

mod common;

use common::{
    Backend, Browser, TestApp,
    dossiers::{dossier_in, officer, other_officer, status_of, thu},
    login,
};
use reqwest::StatusCode;

on_both_databases!(
    the_bell_counts_each_users_own_unread_notices,
    the_centre_filters_pages_and_marks_read,
    nobody_opens_or_marks_someone_elses_notice,
    officers_hear_when_a_citizen_supplements_or_withdraws,
    officers_hear_once_of_dossiers_due_on_the_next_working_day,
    the_chosen_channels_are_honoured_and_security_notices_always_go_by_sms,
    operators_see_failed_messages_masked_and_send_them_again,
);

async fn user_id(app: &TestApp, login_name: &str) -> i64 {
    sqlx::query_scalar("SELECT id FROM users WHERE username = $1 OR id_number = $1")
        .bind(login_name)
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap()
}

async fn unread_in_db(app: &TestApp, user: i64) -> i64 {
    sqlx::query_scalar("SELECT COUNT(*) FROM notifications WHERE user_id = $1 AND read_at IS NULL")
        .bind(user)
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap()
}

/// The count the bell asks for: `Some(n)`, or `None` with a 401 (logged out).
async fn bell(b: &Browser) -> Option<i64> {
    let res = b
        .http
        .get(b.url("/thong-bao/chua-doc"))
        .send()
        .await
        .unwrap();
    assert_eq!(
        res.headers().get("cache-control").unwrap(),
        "no-store",
        "a count is never cached"
    );
    if res.status() == StatusCode::UNAUTHORIZED {
        return None;
    }
    assert_eq!(res.status(), StatusCode::OK);
    let v: serde_json::Value = res.json().await.unwrap();
    Some(v["unread"].as_i64().unwrap())
}

/// The count in the header of a page, as rendered for a browser without JavaScript: `None`
/// without a bell, 0 without a badge.
fn header_count(page: &str) -> Option<i64> {
    let at = page.find("class=\"bell\"")?;
    let bell = &page[at..at + page[at..].find("</a>").unwrap_or(page.len() - at)];
    let Some(badge) = bell.split("class=\"bell-count\">").nth(1) else {
        return Some(0);
    };
    let digits: String = badge.chars().take_while(|c| c.is_ascii_digit()).collect();
    Some(digits.parse().unwrap())
}

/// A plain form post (no server function), as a browser without JavaScript sends it.
async fn form_post(b: &Browser, path: &str, fields: &[(&str, &str)]) -> (StatusCode, String) {
    let res = b
        .http
        .post(b.url(path))
        .header("accept", "text/html")
        .header("origin", b.base.clone())
        .header("referer", b.url("/thong-bao"))
        .form(fields)
        .send()
        .await
        .unwrap();
    let location = res
        .headers()
        .get("location")
        .map(|l| l.to_str().unwrap().to_string())
        .unwrap_or_default();
    (res.status(), location)
}

/// Writes `n` notices for `user` directly: kinds in turn dossier, payment, system; the newest
/// is "Thông báo {n-1}". Returns their ids, oldest first.
async fn seed(app: &TestApp, user: i64, n: i64) -> Vec<i64> {
    let mut ids = Vec::new();
    for i in 0..n {
        let kind = ["dossier", "payment", "system"][(i % 3) as usize];
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO notifications (user_id, title, body, created_at, kind) \
             VALUES ($1, $2, 'Nội dung', $3, $4) RETURNING id",
        )
        .bind(user)
        .bind(format!("Thông báo {i}"))
        .bind(2_000_000_000 + i)
        .bind(kind)
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap();
        ids.push(id);
    }
    ids
}

async fn the_bell_counts_each_users_own_unread_notices(backend: Backend) {
    let app = TestApp::spawn_demo(backend).await;
    let anonymous = app.browser();
    assert_eq!(bell(&anonymous).await, None, "no count for a visitor");
    let (_, _, home) = anonymous.page("/").await;
    assert_eq!(header_count(&home), None, "no bell for a visitor");

    // Each kind of user: the header and the poll say the database's count of their own.
    let citizen = thu(&app).await;
    let staff = officer(&app).await;
    let thu_id = user_id(&app, "056185004321").await;
    let staff_id = user_id(&app, "canbo.motcua").await;
    seed(&app, staff_id, 3).await;
    let (thu_n, staff_n) = (
        unread_in_db(&app, thu_id).await,
        unread_in_db(&app, staff_id).await,
    );
    assert!(
        thu_n > 0 && thu_n != staff_n,
        "the demo citizen has notices: {thu_n}"
    );
    for (b, n) in [(&citizen, thu_n), (&staff, staff_n)] {
        assert_eq!(bell(b).await, Some(n));
        for path in ["/", "/thu-tuc", "/thong-bao"] {
            let (status, _, page) = b.page(path).await;
            assert_eq!(status, StatusCode::OK, "{path}");
            assert_eq!(header_count(&page), Some(n), "{path}");
        }
    }
    // A new notice of the citizen's is counted for the citizen only.
    seed(&app, thu_id, 1).await;
    assert_eq!(bell(&citizen).await, Some(thu_n + 1));
    assert_eq!(bell(&staff).await, Some(staff_n));

    // Logged out: the poll says so (the island stops).
    let out = citizen.post("/", "/api/account/logout", &[]).await;
    assert!(out.status.is_redirection(), "{out:?}");
    assert_eq!(bell(&citizen).await, None);
    app.stop().await;
}

async fn the_centre_filters_pages_and_marks_read(backend: Backend) {
    let app =
        TestApp::spawn_with(backend, &["--test-captcha-answer", common::CAPTCHA_ANSWER]).await;
    let b = common::register(
        &app,
        "079301000001",
        "Trần Thị Mai",
        "01/02/2001",
        "0911000001",
        "",
    )
    .await;
    let me = user_id(&app, "079301000001").await;
    let ids = seed(&app, me, 45).await;

    // Newest first, 20 a page, three pages.
    let (status, _, page) = b.page("/thong-bao").await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("Bạn có 45 thông báo chưa đọc."), "{page}");
    assert_eq!(page.matches("class=\"notice-item unread\"").count(), 20);
    let first = page.find("Thông báo 44").unwrap();
    assert!(first < page.find("Thông báo 25").unwrap());
    assert!(!page.contains("Thông báo 24<"), "page 1 ends at the 20th");
    assert!(page.contains("Trang 1/3"));
    let (_, _, last) = b.page("/thong-bao?trang=3").await;
    assert_eq!(last.matches("class=\"notice-item unread\"").count(), 5);
    assert!(last.contains("Thông báo 0<") && last.contains("Trang 3/3"));
    // A page past the end is the last one; a word is the first.
    let (_, _, past) = b.page("/thong-bao?trang=99").await;
    assert!(past.contains("Trang 3/3"));
    let (_, _, word) = b.page("/thong-bao?trang=abc").await;
    assert!(word.contains("Trang 1/3"));

    // Filters: payments are every third (i % 3 == 1): 15 of them.
    let (_, _, pay) = b.page("/thong-bao?loc=thanh-toan").await;
    assert_eq!(pay.matches("class=\"notice-item unread\"").count(), 15);
    assert!(pay.contains("Thông báo 43<") && !pay.contains("Thông báo 44<"));
    let current: Vec<&str> = pay
        .split("<a ")
        .filter(|a| a[..a.find('>').unwrap()].contains("aria-current=\"page\""))
        .collect();
    assert_eq!(current.len(), 1, "one current filter");
    assert!(
        current[0].starts_with("href=\"/thong-bao?loc=thanh-toan\""),
        "{}",
        current[0]
    );
    let (_, _, system) = b.page("/thong-bao?loc=he-thong").await;
    assert_eq!(system.matches("class=\"notice-item unread\"").count(), 15);

    // "Đánh dấu đã đọc" on one: back where it was, one fewer unread.
    let newest = ids[44].to_string();
    let (status, location) = form_post(
        &b,
        &format!("/thong-bao/{newest}/da-doc"),
        &[("next", "/thong-bao?loc=chua-doc&trang=1")],
    )
    .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(location, "/thong-bao?loc=chua-doc&trang=1");
    assert_eq!(bell(&b).await, Some(44));
    let (_, _, unread) = b.page("/thong-bao?loc=chua-doc").await;
    assert!(!unread.contains("Thông báo 44<") && unread.contains("Thông báo 43<"));
    assert!(unread.contains("Bạn có 44 thông báo chưa đọc."));
    // A "next" that is not the centre goes to the centre.
    let (_, location) = form_post(
        &b,
        &format!("/thong-bao/{}/da-doc", ids[43]),
        &[("next", "https://evil.example/")],
    )
    .await;
    assert_eq!(location, "/thong-bao");

    // "Đánh dấu tất cả đã đọc".
    let (status, location) = form_post(
        &b,
        "/thong-bao/da-doc-tat-ca",
        &[("next", "/thong-bao?trang=2")],
    )
    .await;
    assert_eq!(
        (status, location.as_str()),
        (StatusCode::SEE_OTHER, "/thong-bao?trang=2")
    );
    assert_eq!(bell(&b).await, Some(0));
    let (_, _, none) = b.page("/thong-bao?loc=chua-doc").await;
    assert!(none.contains("Không có thông báo nào ở mục này."), "{none}");
    assert!(!none.contains("Đánh dấu tất cả đã đọc"));
    app.stop().await;
}

async fn nobody_opens_or_marks_someone_elses_notice(backend: Backend) {
    let app = TestApp::spawn_demo(backend).await;
    let citizen = thu(&app).await;
    let staff = officer(&app).await;
    let thu_id = user_id(&app, "056185004321").await;
    // One of the citizen's notices about a dossier.
    let (theirs, pid): (i64, String) = sqlx::query_as(
        "SELECT n.id, d.public_id FROM notifications n JOIN dossiers d ON d.id = n.dossier_id \
         WHERE n.user_id = $1 AND n.read_at IS NULL ORDER BY n.id LIMIT 1",
    )
    .bind(thu_id)
    .fetch_one(&app.state.db.pool)
    .await
    .unwrap();
    let before = unread_in_db(&app, thu_id).await;

    // Another user (an officer of the dossier's own agency, even) and a visitor: not found, or
    // the login page; the notice stays unread.
    let (status, _, _) = staff.page(&format!("/thong-bao/{theirs}")).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _) = form_post(&staff, &format!("/thong-bao/{theirs}/da-doc"), &[]).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let visitor = app.browser();
    let (status, location, _) = visitor.page(&format!("/thong-bao/{theirs}")).await;
    assert!(
        status.is_redirection() && location.starts_with("/dang-nhap"),
        "{location}"
    );
    let (status, location) = form_post(&visitor, &format!("/thong-bao/{theirs}/da-doc"), &[]).await;
    assert!(
        status.is_redirection() && location.starts_with("/dang-nhap"),
        "{location}"
    );
    // "Mark all" of another user marks only their own.
    form_post(&staff, "/thong-bao/da-doc-tat-ca", &[]).await;
    assert_eq!(unread_in_db(&app, thu_id).await, before);
    for bad in ["abc", "-1", "99999999"] {
        let (status, _, _) = citizen.page(&format!("/thong-bao/{bad}")).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{bad}");
    }

    // The owner opens it: read, and on to the dossier's page.
    let (status, location, _) = citizen.page(&format!("/thong-bao/{theirs}")).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(location, format!("/ho-so/{pid}"));
    assert_eq!(unread_in_db(&app, thu_id).await, before - 1);
    app.stop().await;
}

/// The officers' notices of dossier `pid` (user id, title).
async fn office_notices(app: &TestApp, pid: &str) -> Vec<(i64, String)> {
    sqlx::query_as(
        "SELECT n.user_id, n.title FROM notifications n JOIN dossiers d ON d.id = n.dossier_id \
         WHERE d.public_id = $1 AND n.for_office = 1 ORDER BY n.user_id, n.id",
    )
    .bind(pid)
    .fetch_all(&app.state.db.pool)
    .await
    .unwrap()
}

/// Makes "canbo.xa2" an officer of `pid`'s agency too, so that the agency has two officers: the
/// second demo citizen's dossiers all went to the first commune, where only "canbo.motcua" works
/// ("canbo.xa2" has the second commune, "canbo.sotuphap" the department of justice).
async fn second_officer_at(app: &TestApp, pid: &str) {
    sqlx::query(
        "INSERT INTO officer_agencies (user_id, agency_id) \
         SELECT u.id, d.agency_id FROM users u, dossiers d WHERE u.username = 'canbo.xa2' AND d.public_id = $1",
    )
    .bind(pid)
    .execute(&app.state.db.pool)
    .await
    .unwrap();
}

async fn officers_hear_when_a_citizen_supplements_or_withdraws(backend: Backend) {
    let app = TestApp::spawn_demo(backend).await;
    let citizen = thu(&app).await;
    let staff = officer(&app).await;
    let xa2 = other_officer(&app).await;
    let (motcua_id, xa2_id, dept_id) = (
        user_id(&app, "canbo.motcua").await,
        user_id(&app, "canbo.xa2").await,
        user_id(&app, "canbo.sotuphap").await,
    );

    // Withdrawn before reception: both officers of the commune hear of it, nobody else.
    let pid = dossier_in(&app, "submitted", 0).await;
    second_officer_at(&app, &pid).await;
    citizen
        .post(
            &format!("/ho-so/{pid}"),
            "/api/dossier/withdraw",
            &[("pid", &pid)],
        )
        .await
        .expect_redirect(&format!("/ho-so/{pid}?tb=da-rut"));
    assert_eq!(status_of(&app, &pid).await, "withdrawn");
    let code = common::dossiers::code_of(&app, &pid).await;
    let told = office_notices(&app, &pid).await;
    let mut who: Vec<i64> = told.iter().map(|t| t.0).collect();
    who.sort();
    let mut expected = vec![motcua_id, xa2_id];
    expected.sort();
    assert_eq!(who, expected, "{told:?}");
    assert!(!who.contains(&dept_id));
    assert!(
        told.iter()
            .all(|t| t.1 == format!("Hồ sơ {code} đã được rút")),
        "{told:?}"
    );

    // Supplemented: the officer's bell counts it, and opening it leads to the back office.
    let pid = dossier_in(&app, "supplement_requested", 0).await;
    let before = bell_of(&xa2).await;
    let component = common::dossiers::first_component(&app, &pid).await;
    common::dossiers::send_supplement_of(&citizen, &pid, component, "bo-sung.pdf").await;
    assert_eq!(bell_of(&xa2).await, before + 1);
    let id: i64 = sqlx::query_scalar(
        "SELECT n.id FROM notifications n JOIN dossiers d ON d.id = n.dossier_id \
         WHERE d.public_id = $1 AND n.user_id = $2 AND n.for_office = 1",
    )
    .bind(&pid)
    .bind(xa2_id)
    .fetch_one(&app.state.db.pool)
    .await
    .unwrap();
    let (status, location, _) = xa2.page(&format!("/thong-bao/{id}")).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(location, format!("/can-bo/ho-so/{pid}"));
    assert_eq!(bell_of(&xa2).await, before);
    let (_, _, centre) = staff.page("/thong-bao?loc=ho-so").await;
    assert!(centre.contains("đã được bổ sung"), "{centre}");
    // The officers' own moves tell them nothing.
    assert!(
        office_notices(&app, &pid)
            .await
            .iter()
            .all(|t| t.1.contains("bổ sung"))
    );
    app.stop().await;
}

async fn bell_of(b: &Browser) -> i64 {
    bell(b).await.expect("logged in")
}

/// Who was told that dossier `pid` falls due at `due` (user ids, sorted), and the titles.
async fn told_due(app: &TestApp, pid: &str, due: i64) -> (Vec<i64>, Vec<String>) {
    let rows: Vec<(i64, String)> = sqlx::query_as(
        "SELECT n.user_id, n.title FROM notifications n JOIN dossiers d ON d.id = n.dossier_id \
         WHERE d.public_id = $1 AND n.for_office = 1 AND n.once_key = 'due:' || d.id || ':' || $2 \
         ORDER BY n.user_id",
    )
    .bind(pid)
    .bind(due.to_string())
    .fetch_all(&app.state.db.pool)
    .await
    .unwrap();
    rows.into_iter().unzip()
}

/// Runs the due-date job until a run writes nothing (the portal's own maintenance loop runs it
/// too, at start and every 5 minutes, and may have been first); a run after that writes nothing.
async fn run_due_job(app: &TestApp) {
    let svc = &app.state.services;
    // The loop and this test write the same notices at most once between them: two runs are
    // enough to see nothing new (a bound, so that a broken key fails instead of looping).
    for _ in 0..2 {
        if app::notifications::service::notify_due_soon(svc)
            .await
            .unwrap()
            == 0
        {
            break;
        }
    }
    for _ in 0..3 {
        assert_eq!(
            app::notifications::service::notify_due_soon(svc)
                .await
                .unwrap(),
            0
        );
    }
}

async fn officers_hear_once_of_dossiers_due_on_the_next_working_day(backend: Backend) {
    let app = TestApp::spawn_demo(backend).await;
    let pid = dossier_in(&app, "processing", 0).await;
    let later = dossier_in(&app, "processing", 1).await;
    second_officer_at(&app, &pid).await;
    let mut officers = vec![
        user_id(&app, "canbo.motcua").await,
        user_id(&app, "canbo.xa2").await,
    ];
    officers.sort();
    let cal = app::calendar::store::calendar(&app.state.db).await.unwrap();
    let now = app::backend::now_epoch();
    let (from, to) = domain::calendar::next_working_day_window(&cal, now);
    // One dossier due at 10:00 on the next working day; another three days after that one.
    let (due, due_later) = (from + 3 * 3600, to + 3 * 3600 + 86_400 * 3);
    for (p, at) in [(&pid, due), (&later, due_later)] {
        sqlx::query("UPDATE dossiers SET due_at = $1 WHERE public_id = $2")
            .bind(at)
            .bind(p)
            .execute(&app.state.db.pool)
            .await
            .unwrap();
    }
    run_due_job(&app).await;
    // Both officers of the commune, once each; not the department's; nothing for the later one.
    let (who, titles) = told_due(&app, &pid, due).await;
    assert_eq!(who, officers, "{titles:?}");
    let code = common::dossiers::code_of(&app, &pid).await;
    let day = app::format::date(due);
    assert!(
        titles
            .iter()
            .all(|t| *t == format!("Hồ sơ {code} đến hạn ngày {day}")),
        "{titles:?}"
    );
    assert_eq!(told_due(&app, &later, due_later).await.0, Vec::<i64>::new());
    // A new due date (an extension) is a new notice, once again.
    sqlx::query("UPDATE dossiers SET due_at = $1 WHERE public_id = $2")
        .bind(due + 60)
        .bind(&pid)
        .execute(&app.state.db.pool)
        .await
        .unwrap();
    run_due_job(&app).await;
    assert_eq!(told_due(&app, &pid, due + 60).await.0, officers);
    assert_eq!(
        told_due(&app, &pid, due).await.0,
        officers,
        "the first ones stay"
    );
    app.stop().await;
}

/// Posts "Nhận thông báo qua" with the boxes `ticked`, which must be saved.
async fn save_preferences(b: &Browser, ticked: &[(&str, &str)]) {
    b.post(
        "/tai-khoan/nhan-thong-bao",
        "/api/notifications/preferences",
        ticked,
    )
    .await
    .expect_redirect("/tai-khoan/nhan-thong-bao?tb=da-luu");
}

/// Messages queued for `recipient` whose body mentions `text`.
async fn queued(app: &TestApp, recipient: &str, text: &str) -> i64 {
    sqlx::query_scalar("SELECT COUNT(*) FROM outbox WHERE recipient = $1 AND body LIKE $2")
        .bind(recipient)
        .bind(format!("%{text}%"))
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap()
}

async fn the_chosen_channels_are_honoured_and_security_notices_always_go_by_sms(backend: Backend) {
    let app = TestApp::spawn_demo(backend).await;
    let citizen = thu(&app).await;
    let staff = officer(&app).await;
    let phone = "0978123456";

    // Everything is ticked until the citizen chooses.
    let (status, _, page) = citizen.page("/tai-khoan/nhan-thong-bao").await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("Nhận thông báo qua") && page.contains("luôn được gửi qua SMS"));
    assert_eq!(page.matches("type=\"checkbox\"").count(), 10);
    assert_eq!(
        page.matches(" checked").count(),
        10,
        "both channels by default"
    );

    // No SMS for status changes; the rest as before.
    let mut ticked: Vec<(&str, &str)> = [
        "sent",
        "email_status",
        "sms_supplement",
        "email_supplement",
        "sms_fee",
        "email_fee",
        "sms_result",
        "email_result",
        "sms_answer",
        "email_answer",
    ]
    .iter()
    .map(|f| (*f, "true"))
    .collect();
    save_preferences(&citizen, &ticked).await;
    let (_, _, page) = citizen.page("/tai-khoan/nhan-thong-bao?tb=da-luu").await;
    assert!(page.contains("Đã lưu lựa chọn nhận thông báo."));
    assert_eq!(
        page.matches(" checked").count(),
        9,
        "what was saved is shown"
    );

    // Reception is a status change: in-app only. A supplement request still goes by SMS.
    let pid = dossier_in(&app, "submitted", 0).await;
    let code = common::dossiers::code_of(&app, &pid).await;
    // (The demo's submission already sent one.)
    let before = queued(&app, phone, &code).await;
    let v: i64 = sqlx::query_scalar("SELECT version FROM dossiers WHERE public_id = $1")
        .bind(&pid)
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap();
    staff
        .post(
            &format!("/can-bo/ho-so/{pid}/tiep-nhan"),
            "/api/office/act",
            &[
                ("pid", &pid),
                ("action", "tiep-nhan"),
                ("v", &v.to_string()),
            ],
        )
        .await
        .expect_redirect(&format!("/can-bo/ho-so/{pid}?tb=tiep-nhan-xong"));
    assert_eq!(status_of(&app, &pid).await, "received");
    assert_eq!(
        queued(&app, phone, &code).await,
        before,
        "no SMS for a status change"
    );
    let inapp: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM notifications n JOIN dossiers d ON d.id = n.dossier_id \
         WHERE d.public_id = $1 AND n.user_id = d.owner_id AND n.title LIKE '%Đã tiếp nhận%'",
    )
    .bind(&pid)
    .fetch_one(&app.state.db.pool)
    .await
    .unwrap();
    assert_eq!(inapp, 1, "the in-app notice always");

    // Nothing ticked at all (the form posts only its hidden field): still the security notice
    // by SMS when the password changes.
    ticked.clear();
    ticked.push(("sent", "1"));
    save_preferences(&citizen, &ticked).await;
    citizen
        .post(
            "/tai-khoan/doi-mat-khau",
            "/api/account/password",
            &[
                ("current", "CongDan@2026"),
                ("password", "Moi-Mat-Khau9"),
                ("confirm", "Moi-Mat-Khau9"),
            ],
        )
        .await
        .expect_redirect("/tai-khoan?tb=mat-khau");
    assert_eq!(
        queued(&app, phone, "mat khau tai khoan cua ban da duoc thay doi").await,
        1,
        "security notices always go by SMS"
    );
    // Another user's choice is not reachable: the form only ever saves the caller's own.
    let others: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM notification_preferences p JOIN users u ON u.id = p.user_id \
         WHERE u.id_number <> '056185004321'",
    )
    .fetch_one(&app.state.db.pool)
    .await
    .unwrap();
    assert_eq!(others, 0);
    let anonymous = app.browser();
    let (status, location, _) = anonymous.page("/tai-khoan/nhan-thong-bao").await;
    assert!(
        status.is_redirection() && location.starts_with("/dang-nhap"),
        "{status} {location}"
    );
    app.stop().await;
}

/// "Gửi lại" of outbox message `id` as the page's form posts it (a plain `id` field).
async fn retry(b: &Browser, id: i64) -> reqwest::Response {
    b.http
        .post(b.url("/api/admin/messages/retry"))
        .header("accept", "text/html")
        .header("origin", b.base.clone())
        .header("referer", b.url("/quan-tri/tin-nhan"))
        .form(&[("id", id.to_string())])
        .send()
        .await
        .unwrap()
}

async fn operators_see_failed_messages_masked_and_send_them_again(backend: Backend) {
    let app = TestApp::spawn_demo(backend).await;
    // A message the worker gave up on (what eight failed attempts leave).
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO outbox (channel, recipient, subject, body, status, attempts, last_error, \
         next_attempt_at, created_at) VALUES ('sms', '0978123456', '', 'Noi dung rieng tu 123', \
         'failed', 8, 'invalid recipient: 0978123456 unreachable', 0, 1800000000) RETURNING id",
    )
    .fetch_one(&app.state.db.pool)
    .await
    .unwrap();

    // Nobody but an administrator: not found, page and action alike.
    for (b, signed_in) in [
        (thu(&app).await, true),
        (officer(&app).await, true),
        (app.browser(), false),
    ] {
        let (status, _, _) = b.page("/quan-tri/tin-nhan").await;
        assert_eq!(status, StatusCode::NOT_FOUND);
        retry(&b, id).await;
        let kept = b.kept_error().await;
        if signed_in {
            assert_eq!(kept, Some(app::error::AppError::NotFound));
        } else {
            assert!(
                matches!(kept, None | Some(app::error::AppError::NotFound)),
                "{kept:?}"
            );
        }
    }
    let status: String = sqlx::query_scalar("SELECT status FROM outbox WHERE id = $1")
        .bind(id)
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap();
    assert_eq!(status, "failed", "nothing changed");

    let admin = login(&app, "quantri", "QuanTri@2026", "0935123456").await;
    let (status, _, page) = admin.page("/quan-tri/tin-nhan").await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("Tin nhắn gửi không thành công"));
    assert!(page.contains("097****456"), "the recipient masked");
    assert!(!page.contains("0978123456"), "never the number");
    assert!(!page.contains("Noi dung rieng tu"), "never the body");
    assert!(
        page.contains("invalid recipient: 097****456 unreachable"),
        "the error, masked"
    );

    // "Gửi lại": queued again, audited, then delivered.
    let res = retry(&admin, id).await;
    assert!(res.status().is_redirection(), "{}", res.status());
    assert_eq!(
        res.headers().get("location").unwrap().to_str().unwrap(),
        "/quan-tri/tin-nhan?tb=da-gui-lai"
    );
    let mut sent = String::new();
    for _ in 0..100 {
        sent = sqlx::query_scalar("SELECT status FROM outbox WHERE id = $1")
            .bind(id)
            .fetch_one(&app.state.db.pool)
            .await
            .unwrap();
        if sent == "sent" {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert_eq!(sent, "sent", "the worker delivered it");
    let audited: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM audit_log WHERE action = 'message.retry' AND detail = $1",
    )
    .bind(id.to_string())
    .fetch_one(&app.state.db.pool)
    .await
    .unwrap();
    assert_eq!(audited, 1);
    let (_, _, page) = admin.page("/quan-tri/tin-nhan?tb=da-gui-lai").await;
    assert!(page.contains("Đã đưa tin nhắn vào hàng đợi gửi lại."));
    assert!(page.contains("Không có tin nhắn nào gửi không thành công."));
    app.stop().await;
}
