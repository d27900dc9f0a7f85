//! The procedure catalog and the home page (SPEC §2) on SQLite and PostgreSQL: search that
//! ignores diacritics and case, matches parts of words and ranks the best match first (the same
//! results on both databases), advanced filters, pages; procedure pages; the home page figures.

mod common;

use app::catalog::{
    Component, Fee, MAX_PAGE, SearchParams,
    service::search,
    store::{NewProcedure, insert_procedure},
};
use common::{Backend, TestApp};
use reqwest::StatusCode;

on_both_databases!(
    search_ignores_diacritics_and_case_and_ranks_best_first,
    search_filters_and_pages,
    search_sees_every_change_to_the_catalog_at_once,
    catalog_pages_work_without_javascript,
    absurd_page_numbers_are_clamped,
    seed_catalog_loads_with_the_demo_data,
    home_figures_come_from_the_dossiers_table,
);

struct Seed {
    field_a: i64,
    field_b: i64,
    agency_a: i64,
    agency_b: i64,
}

async fn seed(app: &TestApp) -> Seed {
    let pool = &app.state.db.pool;
    let field = |code: &'static str, name: &'static str| async move {
        sqlx::query_scalar::<_, i64>("INSERT INTO fields (code, name) VALUES ($1, $2) RETURNING id")
            .bind(code)
            .bind(name)
            .fetch_one(pool)
            .await
            .unwrap()
    };
    let field_a = field("HT", "Hộ tịch").await;
    let field_b = field("XD", "Xây dựng").await;
    let agency = |code: &'static str, name: &'static str| async move {
        sqlx::query_scalar::<_, i64>(
            "INSERT INTO agencies (unit_code, name, short_name, level) VALUES ($1, $2, $2, 'province') RETURNING id",
        )
        .bind(code)
        .bind(name)
        .fetch_one(pool)
        .await
        .unwrap()
    };
    let agency_a = agency("000.00.12.H34", "Sở Tư pháp").await;
    let agency_b = agency("000.00.16.H34", "Sở Xây dựng").await;
    Seed {
        field_a,
        field_b,
        agency_a,
        agency_b,
    }
}

fn procedure(
    code: &str,
    name: &str,
    field: (i64, &str),
    agency: i64,
    level: &str,
    online: &str,
) -> NewProcedure {
    NewProcedure {
        code: code.into(),
        name: name.into(),
        field_id: field.0,
        field_name: field.1.into(),
        level: level.into(),
        online_level: online.into(),
        online_submission: true,
        applicants: "citizen".into(),
        processing_days: 3,
        processing_unit: "working".into(),
        processing_note: String::new(),
        fees: vec![Fee {
            name: "Lệ phí".into(),
            amount: 75_000,
            note: String::new(),
        }],
        components: vec![Component {
            name: "Tờ khai theo mẫu".into(),
            originals: 1,
            copies: 0,
            mandatory: true,
            template_title: Some("Tờ khai".into()),
            template_file: Some("to-khai.docx".into()),
        }],
        steps: vec!["Bước 1: Nộp hồ sơ".into(), "Bước 2: Nhận kết quả".into()],
        conditions: vec![],
        result: "Giấy chứng nhận".into(),
        legal_basis: vec!["Luật Hộ tịch số 60/2014/QH13".into()],
        agency_ids: vec![agency],
    }
}

async fn insert_all(app: &TestApp, list: &[NewProcedure]) {
    let mut tx = app.state.db.pool.begin().await.unwrap();
    for p in list {
        insert_procedure(&mut tx, p).await.unwrap();
    }
    tx.commit().await.unwrap();
}

async fn names(app: &TestApp, params: SearchParams) -> Vec<String> {
    search(&app.state.db, &params)
        .await
        .unwrap()
        .items
        .into_iter()
        .map(|p| p.name)
        .collect()
}

fn q(text: &str) -> SearchParams {
    SearchParams {
        q: text.into(),
        ..Default::default()
    }
}

async fn search_ignores_diacritics_and_case_and_ranks_best_first(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let s = seed(&app).await;
    let ht = (s.field_a, "Hộ tịch");
    insert_all(
        &app,
        &[
            procedure(
                "1.000001.H34",
                "Đăng ký lại khai sinh",
                ht,
                s.agency_a,
                "commune",
                "full",
            ),
            procedure(
                "1.000002.H34",
                "Đăng ký khai sinh có yếu tố nước ngoài",
                ht,
                s.agency_a,
                "province",
                "partial",
            ),
            procedure(
                "1.000003.H34",
                "Đăng ký khai sinh",
                ht,
                s.agency_a,
                "commune",
                "full",
            ),
            procedure(
                "1.000004.H34",
                "Đăng ký kết hôn",
                ht,
                s.agency_a,
                "commune",
                "full",
            ),
            procedure(
                "1.000005.H34",
                "Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ",
                (s.field_b, "Xây dựng"),
                s.agency_b,
                "province",
                "partial",
            ),
        ],
    )
    .await;
    let expected = vec![
        "Đăng ký khai sinh",
        "Đăng ký khai sinh có yếu tố nước ngoài",
        "Đăng ký lại khai sinh",
    ];
    assert_eq!(
        names(&app, q("dang ky khai sinh")).await,
        expected,
        "without diacritics"
    );
    assert_eq!(
        names(&app, q("ĐĂNG KÝ KHAI SINH")).await,
        expected,
        "upper case"
    );
    assert_eq!(names(&app, q("Đăng ký khai sinh")).await, expected);
    // Parts of words.
    let partial = names(&app, q("khai si")).await;
    assert_eq!(partial.len(), 3);
    assert_eq!(
        partial[0], "Đăng ký khai sinh",
        "the shortest match of a phrase first"
    );
    assert_eq!(names(&app, q("ket ho")).await, vec!["Đăng ký kết hôn"]);
    assert_eq!(
        names(&app, q("phep xay")).await,
        vec!["Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ"]
    );
    // The field and the code are searched too; words in any order.
    assert_eq!(names(&app, q("xay dung")).await.len(), 1);
    assert_eq!(names(&app, q("1.000004")).await, vec!["Đăng ký kết hôn"]);
    assert_eq!(names(&app, q("sinh khai")).await.len(), 3);
    // Two-letter words are matched too (outside the trigram index).
    assert_eq!(names(&app, q("ky")).await.len(), 4);
    assert!(names(&app, q("khong co thu tuc nay")).await.is_empty());
    // Wildcards typed by a visitor are plain characters, not patterns.
    assert!(
        names(&app, q("%")).await.len() == 5,
        "no words: everything, by name"
    );
    assert_eq!(names(&app, q("_a_")).await, names(&app, q("a")).await);
    assert_eq!(names(&app, q("kh%n")).await, names(&app, q("kh n")).await);
    app.stop().await;
}

async fn search_filters_and_pages(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let s = seed(&app).await;
    let mut list = Vec::new();
    for i in 0..25 {
        list.push(procedure(
            &format!("2.{i:06}.H34"),
            &format!("Chứng thực bản sao số {i:02}"),
            (s.field_a, "Hộ tịch"),
            s.agency_a,
            if i % 2 == 0 { "commune" } else { "province" },
            if i % 5 == 0 { "full" } else { "partial" },
        ));
    }
    list.push(procedure(
        "2.999999.H34",
        "Cấp phép xây dựng",
        (s.field_b, "Xây dựng"),
        s.agency_b,
        "province",
        "full",
    ));
    insert_all(&app, &list).await;
    let first = search(&app.state.db, &q("chung thuc")).await.unwrap();
    assert_eq!((first.total, first.pages, first.items.len()), (25, 2, 20));
    let second = search(
        &app.state.db,
        &SearchParams {
            page: 2,
            ..q("chung thuc")
        },
    )
    .await
    .unwrap();
    assert_eq!(second.items.len(), 5);
    let all: std::collections::HashSet<String> = first
        .items
        .iter()
        .chain(&second.items)
        .map(|p| p.code.clone())
        .collect();
    assert_eq!(all.len(), 25, "pages do not overlap");
    let count = |p: SearchParams| {
        let app = &app;
        async move { search(&app.state.db, &p).await.unwrap().total }
    };
    assert_eq!(
        count(SearchParams {
            level: "xa".into(),
            ..q("chung thuc")
        })
        .await,
        13
    );
    assert_eq!(
        count(SearchParams {
            online: "toan-trinh".into(),
            ..q("chung thuc")
        })
        .await,
        5
    );
    assert_eq!(
        count(SearchParams {
            field: "XD".into(),
            ..Default::default()
        })
        .await,
        1
    );
    assert_eq!(
        count(SearchParams {
            agency: s.agency_b.to_string(),
            ..Default::default()
        })
        .await,
        1
    );
    assert_eq!(
        count(SearchParams {
            agency: s.agency_a.to_string(),
            level: "tinh".into(),
            ..Default::default()
        })
        .await,
        12
    );
    assert_eq!(count(Default::default()).await, 26);
    // Without words, by name: "Cấp" before "Chứng".
    assert_eq!(
        names(&app, Default::default()).await[0],
        "Cấp phép xây dựng"
    );
    let facets = search(&app.state.db, &Default::default())
        .await
        .unwrap()
        .facets;
    assert_eq!(facets.fields.len(), 2);
    assert_eq!(facets.agencies.len(), 2);
    app.stop().await;
}

/// Search runs on an index kept in memory (app/src/catalog/index.rs): every change made to the
/// catalog in the database, by any process and by plain SQL, shows in the next search.
async fn search_sees_every_change_to_the_catalog_at_once(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let s = seed(&app).await;
    let pool = &app.state.db.pool;
    let ht = (s.field_a, "Hộ tịch");
    insert_all(
        &app,
        &[procedure(
            "3.000001.H34",
            "Đăng ký khai sinh",
            ht,
            s.agency_a,
            "province",
            "full",
        )],
    )
    .await;
    assert_eq!(names(&app, q("khai sinh")).await, ["Đăng ký khai sinh"]);

    // A new procedure.
    insert_all(
        &app,
        &[procedure(
            "3.000002.H34",
            "Đăng ký khai sinh lưu động",
            ht,
            s.agency_a,
            "commune",
            "partial",
        )],
    )
    .await;
    assert_eq!(
        names(&app, q("khai sinh")).await,
        ["Đăng ký khai sinh", "Đăng ký khai sinh lưu động"]
    );

    // Renamed by SQL, as an import or another process would.
    sqlx::query(
        "UPDATE procedures SET name = 'Đăng ký khai tử', name_folded = 'dang ky khai tu', \
         search_text = 'dang ky khai tu | 3.000001.h34 | ho tich' WHERE code = '3.000001.H34'",
    )
    .execute(pool)
    .await
    .unwrap();
    assert_eq!(
        names(&app, q("khai sinh")).await,
        ["Đăng ký khai sinh lưu động"]
    );
    assert_eq!(names(&app, q("khai tu")).await, ["Đăng ký khai tử"]);

    // Another agency carries it out: the agency filter and the agency shown follow.
    let by_b = || SearchParams {
        agency: s.agency_b.to_string(),
        ..Default::default()
    };
    assert!(names(&app, by_b()).await.is_empty());
    sqlx::query("UPDATE procedure_agencies SET agency_id = $1 WHERE agency_id = $2")
        .bind(s.agency_b)
        .bind(s.agency_a)
        .execute(pool)
        .await
        .unwrap();
    assert_eq!(names(&app, by_b()).await.len(), 2);
    let found = search(&app.state.db, &q("khai tu")).await.unwrap();
    assert_eq!(found.items[0].agency, "Sở Xây dựng");

    // A new field appears among the choices; a removed procedure disappears.
    sqlx::query("INSERT INTO fields (code, name) VALUES ('GT', 'Giao thông')")
        .execute(pool)
        .await
        .unwrap();
    let facets = search(&app.state.db, &q("")).await.unwrap().facets;
    assert!(facets.fields.iter().any(|(code, _)| code == "GT"));
    // Its fees, components and agencies go with it (ON DELETE CASCADE).
    sqlx::query("DELETE FROM procedures WHERE code = '3.000002.H34'")
        .execute(pool)
        .await
        .unwrap();
    assert!(names(&app, q("khai sinh")).await.is_empty());
    assert_eq!(search(&app.state.db, &q("")).await.unwrap().total, 1);
    app.stop().await;
}

async fn catalog_pages_work_without_javascript(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let s = seed(&app).await;
    insert_all(
        &app,
        &[procedure(
            "1.001193.000.00.00.H34",
            "Đăng ký khai sinh",
            (s.field_a, "Hộ tịch"),
            s.agency_a,
            "province",
            "full",
        )],
    )
    .await;
    let b = app.browser();
    let (status, _, page) = b.page("/thu-tuc?q=dang+ky+khai+sinh&cap=tinh").await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("Tìm thấy 1 thủ tục"), "{page}");
    assert!(page.contains(r#"href="/thu-tuc/1.001193.000.00.00.H34""#));
    assert!(
        page.contains(r#"value="dang ky khai sinh""#),
        "the query stays in the box"
    );
    assert!(
        page.contains(r#"<details open class="advanced""#)
            || page.contains(r#"<details class="advanced" open"#),
        "filters set: the panel is open: {page}"
    );
    let (status, _, page) = b.page("/thu-tuc/1.001193.000.00.00.H34").await;
    assert_eq!(status, StatusCode::OK);
    for text in [
        "<title>Đăng ký khai sinh – Cổng Dịch vụ công</title>",
        r#"<meta name="description""#,
        "Sở Tư pháp",
        "3 ngày làm việc",
        "75.000 đ",
        "Tờ khai theo mẫu",
        r#"href="/templates/to-khai.docx""#,
        "Bước 1: Nộp hồ sơ",
        "Luật Hộ tịch số 60/2014/QH13",
        r#"href="/nop-ho-so/1.001193.000.00.00.H34""#,
        "Toàn trình",
    ] {
        assert!(page.contains(text), "{text} on the procedure page");
    }
    let (status, _, page) = b.page("/thu-tuc/9.999999.H34").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(page.contains("Không tìm thấy thủ tục"));
    // "Nộp hồ sơ" needs a login.
    let (status, location, _) = b.page("/nop-ho-so/1.001193.000.00.00.H34").await;
    assert!(status.is_redirection());
    assert_eq!(
        location,
        "/dang-nhap?next=/nop-ho-so/1.001193.000.00.00.H34"
    );
    app.stop().await;
}

/// A page number from the URL is clamped like the other lists' (1 to 100,000) before any
/// arithmetic: the largest and smallest numbers give a page, not an overflow (a panic in a
/// debug build).
async fn absurd_page_numbers_are_clamped(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let s = seed(&app).await;
    let list: Vec<NewProcedure> = (0..21)
        .map(|i| {
            procedure(
                &format!("3.{i:06}.H34"),
                &format!("Thủ tục số {i:02}"),
                (s.field_a, "Hộ tịch"),
                s.agency_a,
                "province",
                "full",
            )
        })
        .collect();
    insert_all(&app, &list).await;
    for (page, clamped) in [(i64::MAX, MAX_PAGE), (i64::MIN, 1), (0, 1), (-1, 1)] {
        let r = search(
            &app.state.db,
            &SearchParams {
                page,
                ..Default::default()
            },
        )
        .await
        .unwrap();
        assert_eq!((r.page, r.pages, r.total), (clamped, 2, 21), "{page}");
    }
    let b = app.browser();
    let (status, _, page) = b.page("/thu-tuc?trang=9223372036854775807").await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("Có 21 thủ tục hành chính"), "{page}");
    assert!(
        !page.contains(r#"href="/thu-tuc/3."#),
        "no results that far: {page}"
    );
    assert!(
        page.contains(r#"href="/thu-tuc?trang=2""#),
        "the pages that exist are offered: {page}"
    );
    for path in [
        "/thu-tuc?trang=-9223372036854775808",
        "/thu-tuc?trang=0",
        "/thu-tuc?trang=99999999999999999999",
    ] {
        let (status, _, page) = b.page(path).await;
        assert_eq!(status, StatusCode::OK, "{path}");
        assert!(
            page.contains(r#"href="/thu-tuc/3.000000.H34""#),
            "{path}: the first page: {page}"
        );
    }
    app.stop().await;
}

async fn seed_catalog_loads_with_the_demo_data(backend: Backend) {
    let app = TestApp::spawn_with(backend, &["--seed-demo", "true"]).await;
    let pool = &app.state.db.pool;
    let procedures: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM procedures")
        .fetch_one(pool)
        .await
        .unwrap();
    let fields: i64 = sqlx::query_scalar("SELECT COUNT(DISTINCT field_id) FROM procedures")
        .fetch_one(pool)
        .await
        .unwrap();
    let communes: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM agencies WHERE level = 'commune'")
        .fetch_one(pool)
        .await
        .unwrap();
    let in_province: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM communes WHERE province_code = '56'")
            .fetch_one(pool)
            .await
            .unwrap();
    assert!(
        procedures >= 150 && fields >= 12,
        "{procedures} procedures in {fields} fields"
    );
    assert_eq!(
        communes, in_province,
        "one agency per commune of the province"
    );
    let found = search(&app.state.db, &q("dang ky khai sinh"))
        .await
        .unwrap();
    assert_eq!(
        found.items[0].name, "Đăng ký khai sinh",
        "{:?}",
        found.items
    );
    app.stop().await;
}

async fn home_figures_come_from_the_dossiers_table(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let b = app.browser();
    let (_, _, page) = b.page("/").await;
    assert!(page.contains("Tình hình xử lý hồ sơ năm"), "{page}");
    assert!(
        page.contains("Chưa có hồ sơ nào được giải quyết"),
        "zero until there are dossiers"
    );
    let s = seed(&app).await;
    insert_all(
        &app,
        &[procedure(
            "1.000001.H34",
            "Đăng ký khai sinh",
            (s.field_a, "Hộ tịch"),
            s.agency_a,
            "province",
            "full",
        )],
    )
    .await;
    let pool = &app.state.db.pool;
    sqlx::query(
        "INSERT INTO users (kind, id_number, full_name, phone, password_hash, created_at, updated_at, password_changed_at) \
         VALUES ('citizen', '056090001234', 'Nguyễn Văn An', '0912345678', 'x', 0, 0, 0)",
    )
    .execute(pool)
    .await
    .unwrap();
    let now = app::backend::now_epoch();
    // Received this year: 4; resolved: 3, of which 2 on time; one received last year.
    for (i, (received, resolved, due)) in [
        (now - 100, Some(now - 50), Some(now)),
        (now - 100, Some(now - 10), Some(now - 20)),
        (now - 100, Some(now - 5), Some(now + 100)),
        (now - 100, None, Some(now + 100)),
        (now - 400 * 86_400, None, None),
    ]
    .into_iter()
    .enumerate()
    {
        sqlx::query(
            "INSERT INTO dossiers (code, procedure_id, agency_id, owner_id, applicant_name, status, created_at, \
             received_at, due_at, resolved_at, updated_at) \
             VALUES ($1, (SELECT id FROM procedures), (SELECT MIN(id) FROM agencies), (SELECT id FROM users), \
             'Nguyễn Văn An', 'x', $2, $2, $3, $4, $2)",
        )
        .bind(format!("000.00.12.H34-261122-000{i}"))
        .bind(received)
        .bind(due)
        .bind(resolved)
        .execute(pool)
        .await
        .unwrap();
    }
    let f = app::dossiers::service::figures(&app.state.db)
        .await
        .unwrap();
    assert_eq!(
        (f.received, f.resolved, f.on_time_permille),
        (4, 3, Some(666))
    );
    assert_eq!(f.recent.len(), 3);
    assert_eq!(f.recent[0].masked_name, "Nguyễn V** A*");
    let (_, _, page) = b.page("/").await;
    assert!(page.contains("66,6 %"), "{page}");
    assert!(page.contains("Nguyễn V** A*"));
    assert!(
        !page.contains("Nguyễn Văn An"),
        "names are masked on the public page"
    );
    assert!(page.contains("000.00.12.H34-261122-0002"));
    app.stop().await;
}
