//! Online payment over HTTP, on SQLite and PostgreSQL (issue 13): the sandbox gateway's whole
//! journey; IPNs checked for signature, order and amount, replayed, out of order and twenty at
//! once; VNPay through its stand-in (a separate server speaking the protocol), with its IPN over
//! HTTP, lost, or arriving while the portal is down, settled by reconciliation (QueryDR); paying
//! without an account by receipt code; and nobody seeing what is not theirs.

mod common;

use app::backend::payments::{SANDBOX_TMN, sandbox_secret, vnpay};
use common::{
    Backend, Browser, TestApp,
    dossiers::{status_of, thu},
    login,
};
use reqwest::StatusCode;

on_both_databases!(
    a_citizen_pays_through_the_sandbox_and_the_dossier_moves_on_once,
    callbacks_are_checked_for_signature_order_and_amount,
    twenty_duplicate_ipns_at_once_make_one_transition,
    vnpay_through_its_standin_with_ipn_lost_or_portal_down,
    paying_without_an_account_needs_the_code_and_the_full_id_number,
    momo_through_its_standin,
    a_payment_after_the_notice_is_cancelled_is_flagged_for_refund,
    the_lookup_asks_a_captcha_after_5_wrong_tries_and_closes_the_code_after_20_with_one_sms,
    wrong_lookups_are_limited_per_address_and_per_network,
    oversized_duplicated_and_unverified_callbacks,
    a_replayed_return_url_asks_the_gateway_once_per_interval,
    momo_query_answers_are_refused_when_wrongly_signed,
    receipt_pdfs_and_payment_starts_are_limited,
);

async fn awaiting(app: &TestApp) -> String {
    sqlx::query_scalar(
        "SELECT d.public_id FROM dossiers d JOIN users u ON u.id = d.owner_id \
         WHERE u.id_number = '056185004321' AND d.status = 'awaiting_payment' ORDER BY d.id LIMIT 1",
    )
    .fetch_one(&app.state.db.pool)
    .await
    .expect("a demo dossier waiting for its fee")
}

async fn scalar_i64(app: &TestApp, sql: &'static str, pid: &str) -> i64 {
    sqlx::query_scalar(sql)
        .bind(pid)
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap()
}

async fn receipts_of(app: &TestApp, pid: &str) -> i64 {
    scalar_i64(
        app,
        "SELECT COUNT(*) FROM receipts r JOIN dossiers d ON d.id = r.dossier_id WHERE d.public_id = $1",
        pid,
    )
    .await
}

async fn confirmations_of(app: &TestApp, pid: &str) -> i64 {
    scalar_i64(
        app,
        "SELECT COUNT(*) FROM dossier_events e JOIN dossiers d ON d.id = e.dossier_id \
         WHERE d.public_id = $1 AND e.action = 'confirm_payment'",
        pid,
    )
    .await
}

/// Starts a payment of `pid`'s notice at `gateway`; returns the gateway's payment page URL.
async fn start(b: &Browser, pid: &str, gateway: &str) -> String {
    let page = app::routes::pay_path(pid);
    let posted = b
        .post(
            &page,
            "/api/pay/start",
            &[("pid", pid), ("gateway", gateway)],
        )
        .await;
    assert!(
        posted.status.is_redirection() && posted.error.is_none(),
        "the payment starts: {posted:?}"
    );
    posted.location
}

/// The query of a URL (after '?').
fn query_of(url: &str) -> String {
    url.split_once('?')
        .map(|(_, q)| q.to_string())
        .unwrap_or_default()
}

/// A VNPay-style result for `txn_ref`, signed with `secret`.
fn signed_result(secret: &str, tmn: &str, txn_ref: &str, amount: i64, code: &str) -> String {
    let amount = (amount * 100).to_string();
    let status = if code == "00" { "00" } else { "02" };
    let params = [
        ("vnp_Amount", amount.as_str()),
        ("vnp_BankCode", "NCB"),
        ("vnp_OrderInfo", "Thanh toan phi"),
        ("vnp_PayDate", "20261206120000"),
        ("vnp_ResponseCode", code),
        ("vnp_TmnCode", tmn),
        ("vnp_TransactionNo", "14422574"),
        ("vnp_TransactionStatus", status),
        ("vnp_TxnRef", txn_ref),
    ];
    format!(
        "{}&vnp_SecureHash={}",
        vnpay::signed_data(params),
        vnpay::sign(secret, params)
    )
}

/// Sends a sandbox IPN; returns VNPay's RspCode.
async fn ipn(app: &TestApp, gateway: &str, query: &str) -> String {
    let res = app.get(&format!("/thanh-toan/{gateway}/ipn?{query}")).await;
    assert_eq!(res.status(), StatusCode::OK);
    let body: serde_json::Value = res.json().await.unwrap();
    body["RspCode"].as_str().unwrap().to_string()
}

async fn txn_ref_of(app: &TestApp, pid: &str) -> (String, i64) {
    sqlx::query_as(
        "SELECT p.txn_ref, p.amount FROM payments p JOIN dossiers d ON d.id = p.dossier_id \
         WHERE d.public_id = $1 ORDER BY p.id DESC LIMIT 1",
    )
    .bind(pid)
    .fetch_one(&app.state.db.pool)
    .await
    .unwrap()
}

fn secret(app: &TestApp) -> String {
    sandbox_secret(&app.state.services.config.secret_key)
}

async fn a_citizen_pays_through_the_sandbox_and_the_dossier_moves_on_once(backend: Backend) {
    let app = TestApp::spawn_demo(backend).await;
    let b = thu(&app).await;
    let pid = awaiting(&app).await;
    // The dossier's page offers to pay; the payment page lists the items and the gateways.
    let (_, _, dossier) = b.page(&format!("/ho-so/{pid}")).await;
    assert!(dossier.contains(&app::routes::pay_path(&pid)), "a pay link");
    let (status, _, page) = b.page(&app::routes::pay_path(&pid)).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        page.contains("8.000 đ") && page.contains("Cổng thanh toán thử nghiệm"),
        "{page}"
    );

    // No gateway chosen, or a name that is no gateway: the form asks for one, nothing starts.
    for gateway in ["", "zalopay", "SANDBOX"] {
        let posted = b
            .post(
                &app::routes::pay_path(&pid),
                "/api/pay/start",
                &[("pid", pid.as_str()), ("gateway", gateway)],
            )
            .await;
        assert_eq!(posted.fields(), ["gateway"], "{gateway:?}: {posted:?}");
    }

    // The gateway's page, reached through the signed redirect.
    let gateway = start(&b, &pid, "sandbox").await;
    assert!(gateway.starts_with("/thanh-toan/thu-nghiem?"), "{gateway}");
    assert!(
        gateway.contains("vnp_Amount=800000"),
        "amount × 100: {gateway}"
    );
    let (status, _, sandbox) = b.page(&gateway).await;
    assert_eq!(status, StatusCode::OK);
    assert!(sandbox.contains("8.000 VND"), "{sandbox}");
    // A tampered redirect (another amount) is refused by the gateway.
    let (status, _, _) = b
        .page(&gateway.replace("vnp_Amount=800000", "vnp_Amount=100"))
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);

    // Paying: the gateway calls the IPN, then sends the browser back.
    let res = b
        .http
        .post(b.url("/thanh-toan/thu-nghiem"))
        .header("origin", b.base.clone())
        .form(&[
            ("q", query_of(&gateway)),
            ("method", "ATM".into()),
            ("choice", "success".into()),
        ])
        .send()
        .await
        .unwrap();
    assert!(res.status().is_redirection());
    let back = res.headers()["location"].to_str().unwrap().to_string();
    assert!(back.contains("/thanh-toan/sandbox/ket-qua?"), "{back}");
    let (_, result, _) = b.page(&back.replace(&b.base, "")).await;
    assert!(result.starts_with("/thanh-toan/giao-dich/"), "{result}");
    let (_, _, shown) = b.page(&result).await;
    assert!(shown.contains("Thanh toán thành công"), "{shown}");
    assert!(shown.contains("bien-lai-thu-phi"), "a receipt link");
    assert_eq!(status_of(&app, &pid).await, "processing");
    assert_eq!(receipts_of(&app, &pid).await, 1);
    assert_eq!(confirmations_of(&app, &pid).await, 1);

    // The receipt, printable, for its owner.
    let receipt_href = shown
        .split("href=\"")
        .find(|s| s.starts_with("/ho-so/") && s.contains("bien-lai-thu-phi"))
        .and_then(|s| s.split('"').next())
        .unwrap()
        .to_string();
    let (status, _, receipt) = b.page(&receipt_href).await;
    assert_eq!(status, StatusCode::OK);
    assert!(receipt.contains("BIÊN LAI THU PHÍ, LỆ PHÍ ĐIỆN TỬ") && receipt.contains("8.000 đ"));

    // The same IPN again (the return URL carries the same signed result): already confirmed,
    // nothing changes.
    let replay = query_of(&back);
    assert_eq!(ipn(&app, "sandbox", &replay).await, "02");
    assert_eq!(receipts_of(&app, &pid).await, 1);
    assert_eq!(confirmations_of(&app, &pid).await, 1);
    // The citizen was told (in-app), and the timeline has the payment.
    let notices = scalar_i64(
        &app,
        "SELECT COUNT(*) FROM notifications n JOIN dossiers d ON d.id = n.dossier_id \
         WHERE d.public_id = $1 AND n.body LIKE '%Đang xử lý%'",
        &pid,
    )
    .await;
    assert!(notices >= 1, "the citizen is notified");
    // Every callback is kept, and the record cannot be changed.
    let kept: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM payment_callbacks")
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap();
    assert!(kept >= 3, "{kept} callbacks recorded");
    let returns: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM payment_callbacks WHERE kind = 'return'")
            .fetch_one(&app.state.db.pool)
            .await
            .unwrap();
    assert_eq!(returns, 1, "the browser's return is kept too");
    assert!(
        sqlx::query("UPDATE payment_callbacks SET answer = 'x'")
            .execute(&app.state.db.pool)
            .await
            .is_err(),
        "append-only"
    );
    assert!(
        sqlx::query("DELETE FROM payment_callbacks")
            .execute(&app.state.db.pool)
            .await
            .is_err(),
        "append-only"
    );
    // Nothing is left to pay.
    let (_, _, page) = b.page(&app::routes::pay_path(&pid)).await;
    assert!(page.contains("không có khoản phí"), "{page}");

    // The operators' list and its CSV, for administrators only.
    let code = common::dossiers::code_of(&app, &pid).await;
    for path in [
        "/quan-tri/thanh-toan",
        "/quan-tri/thanh-toan.csv?trang-thai=paid",
    ] {
        let (status, _, body) = b.page(path).await;
        assert!(
            !body.contains(&code),
            "{path}: a citizen sees no ledger ({status})"
        );
    }
    let admin = login(&app, "quantri", "QuanTri@2026", "0935123456").await;
    let (_, _, ledger) = admin.page("/quan-tri/thanh-toan?trang-thai=paid").await;
    assert!(
        ledger.contains(&code) && ledger.contains("8.000 đ"),
        "{ledger}"
    );
    let (_, _, none) = admin.page("/quan-tri/thanh-toan?trang-thai=failed").await;
    assert!(!none.contains(&code), "filtered out");
    let (_, _, bad) = admin.page("/quan-tri/thanh-toan?tu=31/02/2026").await;
    assert!(bad.contains("error-summary"), "an unreadable date is said");
    let (status, _, csv) = admin.page("/quan-tri/thanh-toan.csv?trang-thai=paid").await;
    assert_eq!(status, StatusCode::OK);
    let line = csv
        .lines()
        .find(|l| l.contains(&code))
        .expect("the payment in the CSV");
    assert!(line.contains(",8000,paid,0,"), "{line}");
    app.stop().await;
}

/// The demo portal with Thu's first dossier's payment started at the sandbox: (app, Thu's
/// browser, the dossier, the order, its amount).
async fn started_at_sandbox(backend: Backend) -> (TestApp, Browser, String, String, i64) {
    let app = TestApp::spawn_demo(backend).await;
    let b = thu(&app).await;
    let pid = awaiting(&app).await;
    start(&b, &pid, "sandbox").await;
    let (txn, amount) = txn_ref_of(&app, &pid).await;
    (app, b, pid, txn, amount)
}

async fn callbacks_are_checked_for_signature_order_and_amount(backend: Backend) {
    let (app, _, pid, txn, amount) = started_at_sandbox(backend).await;
    let secret = secret(&app);
    // A bad signature: 97, whatever it says.
    let forged = signed_result("not-the-secret", SANDBOX_TMN, &txn, amount, "00");
    assert_eq!(ipn(&app, "sandbox", &forged).await, "97");
    let paid = signed_result(&secret, SANDBOX_TMN, &txn, amount, "00");
    let tampered = paid.replace("vnp_ResponseCode=00", "vnp_ResponseCode=01");
    assert_eq!(ipn(&app, "sandbox", &tampered).await, "97");
    // Another merchant's signed callback, an unknown order, a wrong amount.
    let other = signed_result(&secret, "OTHERTMN", &txn, amount, "00");
    assert_eq!(ipn(&app, "sandbox", &other).await, "01");
    let unknown = signed_result(&secret, SANDBOX_TMN, "999999999999", amount, "00");
    assert_eq!(ipn(&app, "sandbox", &unknown).await, "01");
    let short = signed_result(&secret, SANDBOX_TMN, &txn, amount - 1, "00");
    assert_eq!(ipn(&app, "sandbox", &short).await, "04");
    assert_eq!(status_of(&app, &pid).await, "awaiting_payment");
    assert_eq!(receipts_of(&app, &pid).await, 0);
    // Out of order: paid, then a late "failed" for the same order changes nothing.
    assert_eq!(ipn(&app, "sandbox", &paid).await, "00");
    let failed = signed_result(&secret, SANDBOX_TMN, &txn, amount, "24");
    assert_eq!(ipn(&app, "sandbox", &failed).await, "02");
    let state: String = sqlx::query_scalar("SELECT state FROM payments WHERE txn_ref = $1")
        .bind(&txn)
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap();
    assert_eq!(state, "paid");
    assert_eq!(status_of(&app, &pid).await, "processing");
    app.stop().await;

    // A failed payment, then another that succeeds: the notice is paid by the second; the
    // first, reported paid after all, is flagged for refund and issues no second receipt.
    let app = TestApp::spawn_demo(backend).await;
    let b = thu(&app).await;
    let pid = awaiting(&app).await;
    let secret = sandbox_secret(&app.state.services.config.secret_key);
    start(&b, &pid, "sandbox").await;
    let (first, amount) = txn_ref_of(&app, &pid).await;
    start(&b, &pid, "sandbox").await;
    let (second, _) = txn_ref_of(&app, &pid).await;
    let failed = signed_result(&secret, SANDBOX_TMN, &first, amount, "24");
    assert_eq!(ipn(&app, "sandbox", &failed).await, "00");
    let paid = signed_result(&secret, SANDBOX_TMN, &second, amount, "00");
    assert_eq!(ipn(&app, "sandbox", &paid).await, "00");
    // The first, failed, now reported paid after all (money was taken): flagged for refund.
    let late = signed_result(&secret, SANDBOX_TMN, &first, amount, "00");
    assert_eq!(ipn(&app, "sandbox", &late).await, "00");
    let refunds: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM payments WHERE refund_due = 1")
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap();
    assert_eq!(refunds, 1);
    assert_eq!(receipts_of(&app, &pid).await, 1);
    assert_eq!(confirmations_of(&app, &pid).await, 1);
    app.stop().await;
}

async fn twenty_duplicate_ipns_at_once_make_one_transition(backend: Backend) {
    let app = TestApp::spawn_demo(backend).await;
    let b = thu(&app).await;
    let pid = awaiting(&app).await;
    start(&b, &pid, "sandbox").await;
    let (txn, amount) = txn_ref_of(&app, &pid).await;
    let paid = signed_result(&secret(&app), SANDBOX_TMN, &txn, amount, "00");
    let answers =
        futures_util::future::join_all((0..20).map(|_| ipn(&app, "sandbox", &paid))).await;
    let confirmed = answers.iter().filter(|a| *a == "00").count();
    let already = answers.iter().filter(|a| *a == "02").count();
    assert_eq!((confirmed, already), (1, 19), "{answers:?}");
    assert_eq!(receipts_of(&app, &pid).await, 1);
    assert_eq!(confirmations_of(&app, &pid).await, 1);
    assert_eq!(status_of(&app, &pid).await, "processing");
    app.stop().await;
}

/// A VNPay stand-in on a free port that calls `ipn_url`.
async fn standin(
    listener: tokio::net::TcpListener,
    ipn_url: String,
) -> tokio::task::JoinHandle<()> {
    let router = server::standin::start_router(&server::settings::PaymentStandin {
        gateway: "vnpay".into(),
        listen: listener.local_addr().unwrap(),
        tmn_code: "TESTTMN1".into(),
        hash_secret: "standin-secret".into(),
        access_key: String::new(),
        ipn_url,
    })
    .unwrap();
    tokio::spawn(async move {
        axum::serve(listener, router).await.unwrap();
    })
}

/// Pays at the stand-in's page with `choice`; returns where the browser is sent back.
async fn pay_at_standin(b: &Browser, page: &str, choice: &str) -> String {
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let res = client.get(page).send().await.unwrap();
    assert_eq!(res.status(), StatusCode::OK, "the stand-in's page");
    let origin = page.split("/paymentv2").next().unwrap().to_string();
    let res = client
        .post(format!("{origin}/paymentv2/vpcpay.html"))
        .form(&[
            ("q", query_of(page)),
            ("method", "QR".into()),
            ("choice", choice.into()),
        ])
        .send()
        .await
        .unwrap();
    assert!(res.status().is_redirection());
    let _ = b;
    res.headers()["location"].to_str().unwrap().to_string()
}

async fn vnpay_through_its_standin_with_ipn_lost_or_portal_down(backend: Backend) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let gateway = format!("http://{}", listener.local_addr().unwrap());
    let pay_url = format!("{gateway}/paymentv2/vpcpay.html");
    let api_url = format!("{gateway}/merchant_webapi/api/transaction");
    let flags = [
        "--seed-demo",
        "true",
        "--test-captcha-answer",
        common::CAPTCHA_ANSWER,
        "--vnpay-tmn-code",
        "TESTTMN1",
        "--vnpay-hash-secret",
        "standin-secret",
        "--vnpay-url",
        &pay_url,
        "--vnpay-api-url",
        &api_url,
    ];
    let app = TestApp::spawn_with(backend, &flags).await;
    let ipn_url = app.url("/thanh-toan/vnpay/ipn");
    let server = standin(listener, ipn_url).await;
    let b = thu(&app).await;
    let pid = awaiting(&app).await;

    // 1. The IPN is lost ("no callback"): the return URL finds the payment pending and asks
    // QueryDR, which settles it.
    let page = start(&b, &pid, "vnpay").await;
    assert!(page.starts_with(&pay_url), "{page}");
    let back = pay_at_standin(&b, &page, "nocallback").await;
    let (txn, _) = txn_ref_of(&app, &pid).await;
    let state = |app: &TestApp, txn: String| {
        let pool = app.state.db.pool.clone();
        async move {
            sqlx::query_scalar::<_, String>("SELECT state FROM payments WHERE txn_ref = $1")
                .bind(txn)
                .fetch_one(&pool)
                .await
                .unwrap()
        }
    };
    assert_eq!(state(&app, txn.clone()).await, "pending", "no IPN came");
    let settled = app::payments::store::reconcile(&app.state.services, 0)
        .await
        .unwrap();
    assert_eq!(settled, 1);
    assert_eq!(state(&app, txn.clone()).await, "paid", "QueryDR settled it");
    assert_eq!(status_of(&app, &pid).await, "processing");
    let (_, result, _) = b.page(&back.replace(&app.base, "")).await;
    let (_, _, shown) = b.page(&result).await;
    assert!(shown.contains("Thanh toán thành công"), "{shown}");
    assert_eq!(receipts_of(&app, &pid).await, 1);
    // What QueryDR answered is kept with the callbacks.
    let queries: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM payment_callbacks WHERE kind = 'query'")
            .fetch_one(&app.state.db.pool)
            .await
            .unwrap();
    assert!(queries >= 1);
    server.abort();
    app.stop().await;

    // 2. A real IPN over HTTP; then 3. the portal is down when the gateway takes the money.
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let gateway = format!("http://{}", listener.local_addr().unwrap());
    let pay_url = format!("{gateway}/paymentv2/vpcpay.html");
    let api_url = format!("{gateway}/merchant_webapi/api/transaction");
    let mut flags = flags.to_vec();
    let n = flags.len();
    flags[n - 3] = &pay_url;
    flags[n - 1] = &api_url;
    let app = TestApp::spawn_with(backend, &flags).await;
    let server = standin(listener, app.url("/thanh-toan/vnpay/ipn")).await;
    let b = thu(&app).await;
    let pid = awaiting(&app).await;
    let page = start(&b, &pid, "vnpay").await;
    pay_at_standin(&b, &page, "fail").await;
    let (txn, _) = txn_ref_of(&app, &pid).await;
    assert_eq!(
        state(&app, txn).await,
        "failed",
        "the IPN said so, over HTTP"
    );
    let page = start(&b, &pid, "vnpay").await;
    let (txn, _) = txn_ref_of(&app, &pid).await;
    // The portal stops (as if killed before it could record the payment), the payer pays,
    // the gateway's IPN finds nobody; the portal starts again on the same database.
    let db = app.shutdown().await;
    let _ = pay_at_standin(&b, &page, "success").await;
    let app = TestApp::spawn_on(db, &flags).await;
    assert_eq!(
        state(&app, txn.clone()).await,
        "pending",
        "nothing was lost, nothing settled"
    );
    app::payments::store::reconcile(&app.state.services, 0)
        .await
        .unwrap();
    assert_eq!(state(&app, txn).await, "paid");
    assert_eq!(status_of(&app, &pid).await, "processing");
    assert_eq!(receipts_of(&app, &pid).await, 1);
    server.abort();
    app.stop().await;
}

async fn paying_without_an_account_needs_the_code_and_the_full_id_number(backend: Backend) {
    let app = TestApp::spawn_demo(backend).await;
    let pid = awaiting(&app).await;
    let code = common::dossiers::code_of(&app, &pid).await;
    let stranger = app.browser();
    // Without proof: the pay page and its form refuse, saying how to get in.
    let (_, _, page) = stranger.page(&app::routes::pay_path(&pid)).await;
    assert!(page.contains("mã biên nhận"), "{page}");
    assert!(!page.contains("8.000 đ"), "no fee shown to a stranger");
    let posted = stranger
        .post(
            &app::routes::pay_path(&pid),
            "/api/pay/start",
            &[("pid", &pid), ("gateway", "sandbox")],
        )
        .await;
    assert!(
        matches!(posted.error, Some(app::error::AppError::NotFound)),
        "{posted:?}"
    );
    // A wrong ID number, the last four digits of the right one (what used to open it), the
    // applicant's phone, then bad input: clear messages, the same one for every wrong answer, the
    // code kept, the ID number never sent back.
    let lookup = |id: &'static str| {
        let (stranger, code) = (&stranger, code.clone());
        async move {
            stranger
                .post(
                    "/thanh-toan",
                    "/api/pay/lookup",
                    &[("code", &code), ("id_number", id)],
                )
                .await
        }
    };
    let wrong = lookup("056185000000").await;
    let not_found = wrong.message("code").unwrap();
    assert!(not_found.contains("Không tìm thấy"), "{wrong:?}");
    let unknown_code = stranger
        .post(
            "/thanh-toan",
            "/api/pay/lookup",
            &[
                ("code", "000.00.60.H15-261201-9999"),
                ("id_number", "056185004321"),
            ],
        )
        .await;
    assert_eq!(
        unknown_code.message("code").unwrap(),
        not_found,
        "the same answer whether the code or the ID number was wrong"
    );
    let tail = lookup("4321").await;
    assert!(tail.message("id_number").is_some(), "{tail:?}");
    let phone = lookup("0978123456").await;
    assert_eq!(
        phone.message("code").unwrap(),
        not_found,
        "the phone opens nothing"
    );
    let bad = lookup("").await;
    assert!(bad.message("id_number").is_some(), "{bad:?}");
    let (_, _, form) = stranger.page("/thanh-toan").await;
    assert!(form.contains(&code), "the code typed is kept");
    assert!(
        !form.contains("056185000000"),
        "the ID number typed is not sent back"
    );
    assert!(
        form.contains("đầy đủ số định danh"),
        "the page says the full ID number is needed"
    );
    // The applicant's full ID number as recorded (spaces as people type them are fine).
    lookup("056 185 004 321")
        .await
        .expect_redirect(&app::routes::pay_path(&pid));
    let (_, _, page) = stranger.page(&app::routes::pay_path(&pid)).await;
    assert!(page.contains("8.000 đ"), "{page}");
    assert!(!page.contains("Trần Thị Thu"), "the name is masked");
    assert!(page.contains("Trần T** T**"), "{page}");
    // Pays through the sandbox.
    let gateway = start(&stranger, &pid, "sandbox").await;
    let res = stranger
        .http
        .post(stranger.url("/thanh-toan/thu-nghiem"))
        .header("origin", stranger.base.clone())
        .form(&[("q", query_of(&gateway)), ("choice", "success".into())])
        .send()
        .await
        .unwrap();
    let back = res.headers()["location"].to_str().unwrap().to_string();
    let (_, result, _) = stranger.page(&back.replace(&stranger.base, "")).await;
    let (_, _, shown) = stranger.page(&result).await;
    assert!(shown.contains("Thanh toán thành công"), "{shown}");
    // Someone else: neither the result, nor the pay page, nor the receipt.
    let other = app.browser();
    let (_, _, seen) = other.page(&result).await;
    assert!(
        !seen.contains("8.000 đ") && !seen.contains("Thanh toán thành công"),
        "another visitor sees nothing of the payment: {seen}"
    );
    let receipt: String = sqlx::query_scalar("SELECT public_id FROM receipts LIMIT 1")
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap();
    let href = app::routes::receipt_path(&pid, &receipt);
    let (status, _, _) = other.page(&href).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let pdf = app::routes::receipt_pdf_path(&pid, &receipt);
    let (status, _, _) = other.page(&pdf).await;
    assert_eq!(status, StatusCode::NOT_FOUND, "nor its PDF");
    let (status, _, shown) = stranger.page(&href).await;
    assert_eq!(status, StatusCode::OK, "the payer sees the receipt");
    assert!(
        shown.contains("Người nộp: <strong>Trần T** T**</strong>")
            && !shown.contains("Trần Thị Thu"),
        "the payer's name masked on the receipt reached by the lookup: {shown}"
    );
    // Its owner, logged in, sees it whole.
    let (_, _, own) = thu(&app).await.page(&href).await;
    assert!(
        own.contains("Người nộp: <strong>Trần Thị Thu</strong>"),
        "{own}"
    );
    let res = stranger.http.get(stranger.url(&pdf)).send().await.unwrap();
    assert_eq!(res.status(), StatusCode::OK, "and downloads it as a PDF");
    assert_eq!(res.headers()["content-type"], "application/pdf");
    assert!(
        res.headers()["content-disposition"]
            .to_str()
            .unwrap()
            .starts_with("attachment; filename=\"bien-lai-BL-"),
        "{:?}",
        res.headers()["content-disposition"]
    );
    assert!(res.bytes().await.unwrap().starts_with(b"%PDF-"));
    // Another citizen, logged in, sees neither.
    let first_citizen = login(&app, "056090001234", "CongDan@2026", "0912345678").await;
    let (status, _, _) = first_citizen.page(&href).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _, _) = first_citizen.page(&pdf).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    app.stop().await;
}

/// The portal with MoMo at its stand-in (probed), the demo data loaded; the stand-in's address.
async fn with_momo_standin(
    backend: Backend,
) -> (
    TestApp,
    std::sync::Arc<server::standin::Probe>,
    tokio::task::JoinHandle<()>,
    String,
) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let momo_url = format!("http://{addr}");
    let app = demo_with(
        backend,
        &[
            "--momo-partner-code",
            "MOMOTEST",
            "--momo-access-key",
            "access-key",
            "--momo-secret-key",
            "secret-key",
            "--momo-url",
            &momo_url,
        ],
    )
    .await;
    let (router, probe) = server::standin::start_probed(&server::settings::PaymentStandin {
        gateway: "momo".into(),
        listen: addr,
        tmn_code: "MOMOTEST".into(),
        hash_secret: "secret-key".into(),
        access_key: "access-key".into(),
        ipn_url: String::new(),
    })
    .unwrap();
    let server = tokio::spawn(async move { axum::serve(listener, router).await.unwrap() });
    (app, probe, server, momo_url)
}

/// The portal with the demo data, the test captcha answer and `extra` settings.
async fn demo_with(backend: Backend, extra: &[&str]) -> TestApp {
    let mut flags = vec![
        "--seed-demo",
        "true",
        "--test-captcha-answer",
        common::CAPTCHA_ANSWER,
    ];
    flags.extend_from_slice(extra);
    TestApp::spawn_with(backend, &flags).await
}

async fn momo_through_its_standin(backend: Backend) {
    let (app, _, server, momo_url) = with_momo_standin(backend).await;
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let b = thu(&app).await;
    let pid = awaiting(&app).await;
    let (_, _, page) = b.page(&app::routes::pay_path(&pid)).await;
    assert!(page.contains("Ví điện tử MoMo"), "MoMo is offered");

    let state = |order: String| {
        let pool = app.state.db.pool.clone();
        async move {
            sqlx::query_scalar::<_, String>("SELECT state FROM payments WHERE txn_ref = $1")
                .bind(order)
                .fetch_one(&pool)
                .await
                .unwrap()
        }
    };
    let pay = |choice: &'static str| {
        let client = client.clone();
        let b_url = momo_url.clone();
        let pid = pid.clone();
        let b = &b;
        async move {
            let pay_url = start(b, &pid, "momo").await;
            assert!(
                pay_url.starts_with(&format!("{b_url}/v2/gateway/pay?t=")),
                "{pay_url}"
            );
            let page = client.get(&pay_url).send().await.unwrap();
            assert_eq!(page.status(), StatusCode::OK);
            assert!(page.text().await.unwrap().contains("8.000 VND"));
            let order = pay_url.split("t=").nth(1).unwrap().to_string();
            let res = client
                .post(format!("{b_url}/v2/gateway/pay"))
                .form(&[("t", order.as_str()), ("choice", choice)])
                .send()
                .await
                .unwrap();
            let back = res.headers()["location"].to_str().unwrap().to_string();
            assert!(back.contains("/thanh-toan/momo/ket-qua?"), "{back}");
            (order, back)
        }
    };
    // Refused at MoMo: its IPN (JSON, answered 204) says so.
    let (failed, _) = pay("fail").await;
    assert_eq!(state(failed).await, "failed");
    // Paid, the IPN lost: the return URL finds it pending and asks MoMo's query API.
    let (order, back) = pay("nocallback").await;
    assert_eq!(state(order.clone()).await, "pending");
    let (_, result, _) = b.page(&back.replace(&app.base, "")).await;
    assert_eq!(
        state(order.clone()).await,
        "paid",
        "settled by the query API"
    );
    let (_, _, shown) = b.page(&result).await;
    assert!(shown.contains("Thanh toán thành công"), "{shown}");
    assert_eq!(status_of(&app, &pid).await, "processing");
    assert_eq!(receipts_of(&app, &pid).await, 1);

    // A forged IPN body: answered 204 as MoMo wants, believed in nothing, recorded.
    let forged = serde_json::json!({
        "partnerCode": "MOMOTEST", "orderId": order, "requestId": order, "amount": 8000,
        "orderInfo": "x", "orderType": "momo_wallet", "transId": 1, "resultCode": 1006,
        "message": "x", "payType": "qr", "responseTime": 1, "extraData": "",
        "signature": "00",
    });
    let res = app
        .http
        .post(app.url("/thanh-toan/momo/ipn"))
        .json(&forged)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::NO_CONTENT);
    // Kept apart from the verified ones (issue 22).
    let rejected: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM payment_callbacks_unverified WHERE gateway = 'momo' AND reason = 'Signature'",
    )
    .fetch_one(&app.state.db.pool)
    .await
    .unwrap();
    assert_eq!(rejected, 1);
    assert_eq!(state(order).await, "paid");
    server.abort();
    app.stop().await;
}

async fn a_payment_after_the_notice_is_cancelled_is_flagged_for_refund(backend: Backend) {
    let app = TestApp::spawn_demo(backend).await;
    let b = thu(&app).await;
    let pid = awaiting(&app).await;
    start(&b, &pid, "sandbox").await;
    let (txn, amount) = txn_ref_of(&app, &pid).await;
    // The officer withdraws the notice (a reason is required) while the payment is open.
    let officer = login(&app, "canbo.motcua", "CanBo@2026", "0905123456").await;
    let v: i64 = scalar_i64(
        &app,
        "SELECT version FROM dossiers WHERE public_id = $1",
        &pid,
    )
    .await;
    let v = v.to_string();
    let act = |note: &'static str| {
        let (officer, pid, v) = (&officer, pid.clone(), v.clone());
        async move {
            officer
                .post(
                    &format!("/can-bo/ho-so/{pid}/huy-thong-bao-phi"),
                    "/api/office/act",
                    &[
                        ("pid", &pid),
                        ("action", "huy-thong-bao-phi"),
                        ("v", &v),
                        ("note", note),
                    ],
                )
                .await
        }
    };
    let refused = act("").await;
    assert!(refused.message("note").is_some(), "{refused:?}");
    let done = act("Lập nhầm số tiền lệ phí").await;
    assert!(
        done.status.is_redirection() && done.error.is_none(),
        "{done:?}"
    );
    assert_eq!(status_of(&app, &pid).await, "processing");
    let (_, _, page) = b.page(&app::routes::pay_path(&pid)).await;
    assert!(
        page.contains("không có khoản phí"),
        "nothing to pay any more"
    );
    let (_, _, dossier) = b.page(&format!("/ho-so/{pid}")).await;
    assert!(
        dossier.contains("Đã hủy lúc"),
        "the notice shows as cancelled"
    );
    // The payer finishes at the gateway anyway: the money is flagged for refund, no receipt,
    // the dossier does not move again.
    let paid = signed_result(&secret(&app), SANDBOX_TMN, &txn, amount, "00");
    assert_eq!(ipn(&app, "sandbox", &paid).await, "00");
    let refund: i64 = sqlx::query_scalar("SELECT refund_due FROM payments WHERE txn_ref = $1")
        .bind(&txn)
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap();
    assert_eq!(refund, 1);
    assert_eq!(receipts_of(&app, &pid).await, 0);
    assert_eq!(confirmations_of(&app, &pid).await, 0);
    assert_eq!(status_of(&app, &pid).await, "processing");
    let (_, _, ledger) = login(&app, "quantri", "QuanTri@2026", "0935123456")
        .await
        .page("/quan-tri/thanh-toan?trang-thai=refund")
        .await;
    assert!(ledger.contains(&txn), "the operators see it to refund");
    app.stop().await;
}

// ---- Issue 22: the pay lookup, callbacks, QueryDR, receipts and starts -----------------------

/// Waits, if need be, until at least `margin` seconds are left in the current fixed window of
/// `window` seconds (a limit's counter starts again at the window's end: a test that counts
/// up to a limit must not straddle two windows).
async fn clear_of_window_end(window: u64, margin: u64) {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    let left = window - now % window;
    if left < margin {
        tokio::time::sleep(std::time::Duration::from_secs(left + 1)).await;
    }
}

/// A later dossier of Thu waiting for its fee (`n`-th, from 0).
async fn awaiting_nth(app: &TestApp, n: i64) -> String {
    sqlx::query_scalar(
        "SELECT d.public_id FROM dossiers d JOIN users u ON u.id = d.owner_id \
         WHERE u.id_number = '056185004321' AND d.status = 'awaiting_payment' ORDER BY d.id \
         LIMIT 1 OFFSET $1",
    )
    .bind(n)
    .fetch_one(&app.state.db.pool)
    .await
    .expect("demo dossiers waiting for their fee")
}

/// Thu's ID number, as recorded on her dossiers.
const THU_ID: &str = "056185004321";

async fn count(app: &TestApp, sql: &'static str) -> i64 {
    sqlx::query_scalar(sql)
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap()
}

/// The SMS the closing of a code queued.
async fn closing_sms(app: &TestApp) -> Vec<(String, String)> {
    sqlx::query_as(
        "SELECT recipient, body FROM outbox WHERE body LIKE '%tam khoa tra cuu thanh toan%'",
    )
    .fetch_all(&app.state.db.pool)
    .await
    .unwrap()
}

async fn the_lookup_asks_a_captcha_after_5_wrong_tries_and_closes_the_code_after_20_with_one_sms(
    backend: Backend,
) {
    let app = demo_with(
        backend,
        &[
            "--pay-lookup-failures-per-address-hour",
            "1000",
            "--pay-lookup-failures-per-network-hour",
            "1000",
        ],
    )
    .await;
    let pid = awaiting(&app).await;
    let code = common::dossiers::code_of(&app, &pid).await;
    let other_code = common::dossiers::code_of(&app, &awaiting_nth(&app, 1).await).await;
    let stranger = app.browser();
    let has_captcha = |page: &str| page.contains("name=\"f[captcha_id]\"");
    let post = |b: &Browser, code: &str, id: &str, captcha: Option<String>| {
        let b = b.on(&app);
        let (code, id) = (code.to_string(), id.to_string());
        async move {
            let mut fields = vec![("code", code.clone()), ("id_number", id)];
            if let Some(c) = captcha {
                fields.push(("captcha_id", c));
                fields.push(("captcha_answer", common::CAPTCHA_ANSWER.to_string()));
            }
            let refs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
            b.post("/thanh-toan", "/api/pay/lookup", &refs).await
        }
    };
    // Five wrong tries: no captcha before each, the same refusal each time.
    for i in 0..5 {
        let (_, _, form) = stranger.page("/thanh-toan").await;
        assert!(!has_captcha(&form), "no captcha before wrong try {}", i + 1);
        let wrong = post(&stranger, &code, "056185000000", None).await;
        assert!(
            wrong.message("code").unwrap().contains("Không tìm thấy"),
            "{wrong:?}"
        );
    }
    // Now the form asks for a captcha, and says why.
    let (_, _, form) = stranger.page("/thanh-toan").await;
    assert!(
        has_captcha(&form) && form.contains("nhập thêm mã xác nhận"),
        "{form}"
    );
    // Without its answer even the right ID number is refused, for the captcha; that try is not
    // counted against the code. Another visitor (another session) is asked too: it is the
    // code that is guarded, not the session.
    let no_captcha = post(&stranger, &code, THU_ID, None).await;
    assert!(
        no_captcha.message("captcha_answer").is_some(),
        "{no_captcha:?}"
    );
    let fresh = app.browser();
    let elsewhere = post(&fresh, &code, THU_ID, None).await;
    assert!(
        elsewhere.message("captcha_answer").is_some(),
        "{elsewhere:?}"
    );
    assert_eq!(
        count(&app, "SELECT failures FROM pay_lookup_guards").await,
        5,
        "refused captchas are not counted as tries of the ID number"
    );
    // Another code is not affected.
    let other = post(&fresh, &other_code, "056185000000", None).await;
    assert!(other.message("code").is_some(), "{other:?}");
    let (_, _, form) = fresh.page("/thanh-toan").await;
    assert!(
        !has_captcha(&form),
        "one wrong try of another code asks no captcha"
    );
    // Fifteen more wrong tries, each with a captcha: the twentieth closes the code and tells
    // the owner, once.
    for _ in 5..20 {
        let captcha = stranger.captcha("/thanh-toan").await;
        let wrong = post(&stranger, &code, "056185000000", Some(captcha)).await;
        assert!(
            wrong.message("code").unwrap().contains("Không tìm thấy"),
            "{wrong:?}"
        );
    }
    assert!(closing_sms(&app).await.len() == 1, "one SMS at the closing");
    for id in [THU_ID, "056185000000", THU_ID] {
        let captcha = stranger.captcha("/thanh-toan").await;
        let closed = post(&stranger, &code, id, Some(captcha)).await;
        let message = closed.message("code").unwrap();
        assert!(message.contains("tạm khóa tra cứu"), "{closed:?}");
        assert!(message.contains("đăng nhập"), "says what to do: {message}");
    }
    let sms = closing_sms(&app).await;
    assert_eq!(
        sms.len(),
        1,
        "tries while closed send nothing more: {sms:?}"
    );
    let (to, body) = &sms[0];
    assert_eq!(to, "0978123456", "to the dossier's owner");
    assert!(body.contains(&code), "{body}");
    for personal in ["Trần", "Thu", THU_ID, "0978123456"] {
        assert!(
            !body.contains(personal),
            "no personal data in the SMS: {body}"
        );
    }
    // An hour later (the closing moved into the past) the code opens again, captcha still
    // asked, and the right answer opens the dossier, its name masked.
    sqlx::query("UPDATE pay_lookup_guards SET closed_until = $1")
        .bind(app::backend::now_epoch() - 1)
        .execute(&app.state.db.pool)
        .await
        .unwrap();
    let no_captcha = post(&stranger, &code, THU_ID, None).await;
    assert!(
        no_captcha.message("captcha_answer").is_some(),
        "{no_captcha:?}"
    );
    let captcha = stranger.captcha("/thanh-toan").await;
    post(&stranger, &code, THU_ID, Some(captcha))
        .await
        .expect_redirect(&app::routes::pay_path(&pid));
    let (_, _, page) = stranger.page(&app::routes::pay_path(&pid)).await;
    assert!(
        page.contains("Trần T** T**") && !page.contains("Trần Thị Thu"),
        "{page}"
    );
    assert_eq!(
        count(&app, "SELECT COUNT(*) FROM pay_lookup_guards").await,
        1,
        "the right answer forgot the code's failures (the other code's one remains)"
    );
    assert_eq!(closing_sms(&app).await.len(), 1);
    app.stop().await;
}

async fn wrong_lookups_are_limited_per_address_and_per_network(backend: Backend) {
    let app = demo_with(
        backend,
        &[
            "--trust-forwarded-for",
            "true",
            "--pay-lookup-failures-per-address-hour",
            "3",
            "--pay-lookup-failures-per-network-hour",
            "5",
        ],
    )
    .await;
    clear_of_window_end(3600, 60).await;
    let pid = awaiting(&app).await;
    let code = common::dossiers::code_of(&app, &pid).await;
    // Posts from `ip`, each wrong try on another (well-formed, unknown) code, so no code's own
    // counter is what stops it.
    let lookup = |ip: &'static str, code: String, id: &'static str| {
        let http = app.http.clone();
        let url = app.url("/api/pay/lookup");
        let base = app.base.clone();
        async move {
            let res = http
                .post(url)
                .header("x-forwarded-for", ip)
                .header("origin", base)
                .header("accept", "application/json")
                .form(&[("f[code]", code.as_str()), ("f[id_number]", id)])
                .send()
                .await
                .unwrap();
            (res.status(), res.text().await.unwrap())
        }
    };
    let unknown = |n: u32| format!("000.00.60.H15-261201-{:04}", 9000 + n);
    for n in 0..3 {
        let (status, body) = lookup("10.1.2.3", unknown(n), "056185000000").await;
        assert!(body.contains("Không tìm thấy"), "{status} {body}");
    }
    // The address has had its three: even the right answer waits, and is told how long.
    let (status, body) = lookup("10.1.2.3", code.clone(), THU_ID).await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS, "{body}");
    assert!(body.contains("Có quá nhiều lần tra cứu sai"), "{body}");
    // Its neighbours in the same /24 share the network's five.
    for n in 3..5 {
        let (_, body) = lookup("10.1.2.4", unknown(n), "056185000000").await;
        assert!(body.contains("Không tìm thấy"), "{body}");
    }
    let (status, _) = lookup("10.1.2.5", code.clone(), THU_ID).await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS, "the network's limit");
    // Another network is not affected.
    let (status, body) = lookup("10.9.9.9", code.clone(), THU_ID).await;
    assert!(
        status.is_success() || status.is_redirection(),
        "{status} {body}"
    );
    app.stop().await;
}

async fn oversized_duplicated_and_unverified_callbacks(backend: Backend) {
    let (app, _, pid, txn, amount) = started_at_sandbox(backend).await;
    let secret = secret(&app);
    let verified = || count(&app, "SELECT COUNT(*) FROM payment_callbacks");
    let unverified = || count(&app, "SELECT COUNT(*) FROM payment_callbacks_unverified");
    // Over 16 KB: 413 unread, on every callback route; nothing kept.
    let big = format!("vnp_OrderInfo={}", "x".repeat(17 * 1024));
    for path in [
        format!("/thanh-toan/sandbox/ipn?{big}"),
        format!("/thanh-toan/sandbox/ket-qua?{big}"),
    ] {
        let res = app.get(&path).await;
        assert_eq!(
            res.status(),
            StatusCode::PAYLOAD_TOO_LARGE,
            "{}",
            &path[..40]
        );
    }
    let res = app
        .http
        .post(app.url("/thanh-toan/momo/ipn"))
        .header("content-type", "application/json")
        .body(format!("{{\"x\":\"{}\"}}", "x".repeat(17 * 1024)))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!((verified().await, unverified().await), (0, 0));
    // Under the cap but forged: answered 97, kept apart, cut to 2 KB.
    let forged = format!(
        "{}&vnp_Junk={}",
        signed_result("not-the-secret", SANDBOX_TMN, &txn, amount, "00"),
        "y".repeat(10 * 1024)
    );
    assert_eq!(ipn(&app, "sandbox", &forged).await, "97");
    let res = app
        .get(&format!("/thanh-toan/sandbox/ket-qua?{forged}"))
        .await;
    assert!(res.status().is_redirection());
    assert_eq!((verified().await, unverified().await), (0, 2));
    assert_eq!(
        count(
            &app,
            "SELECT CAST(MAX(LENGTH(raw)) AS BIGINT) FROM payment_callbacks_unverified"
        )
        .await,
        2048
    );
    // A duplicated key under a valid signature (the empty copy first: VNPay's string leaves
    // empty values out, so the signature verifies): refused, the payment untouched.
    let paid = signed_result(&secret, SANDBOX_TMN, &txn, amount, "00");
    let doubled = format!("vnp_ResponseCode=&{paid}");
    assert_eq!(ipn(&app, "sandbox", &doubled).await, "97");
    let res = app
        .get(&format!("/thanh-toan/sandbox/ket-qua?{doubled}"))
        .await;
    assert_eq!(res.headers()["location"], "/thanh-toan?loi=chu-ky");
    assert_eq!(
        count(
            &app,
            "SELECT COUNT(*) FROM payment_callbacks_unverified WHERE reason = 'DuplicateKey'"
        )
        .await,
        2
    );
    assert_eq!(status_of(&app, &pid).await, "awaiting_payment");
    // The real one is verified and kept with the verified ones, whole.
    assert_eq!(ipn(&app, "sandbox", &paid).await, "00");
    assert_eq!(verified().await, 1);
    // The maintenance job's purge: unverified ones older than 30 days go; the rest stay.
    sqlx::query(
        "UPDATE payment_callbacks_unverified SET received_at = $1 WHERE reason = 'Signature'",
    )
    .bind(app::backend::now_epoch() - 31 * 86_400)
    .execute(&app.state.db.pool)
    .await
    .unwrap();
    app::payments::service::purge_stale(&app.state.services)
        .await
        .unwrap();
    assert_eq!(unverified().await, 2, "the two recent ones are kept");
    assert_eq!(verified().await, 1, "verified callbacks are never purged");
    app.stop().await;
}

/// The portal with VNPay at a probed stand-in; the stand-in's probe.
async fn with_vnpay_standin(
    backend: Backend,
    extra: &[&str],
) -> (
    TestApp,
    std::sync::Arc<server::standin::Probe>,
    tokio::task::JoinHandle<()>,
) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let gateway = format!("http://{}", listener.local_addr().unwrap());
    let pay_url = format!("{gateway}/paymentv2/vpcpay.html");
    let api_url = format!("{gateway}/merchant_webapi/api/transaction");
    let mut flags = vec![
        "--vnpay-tmn-code",
        "TESTTMN1",
        "--vnpay-hash-secret",
        "standin-secret",
        "--vnpay-url",
        &pay_url,
        "--vnpay-api-url",
        &api_url,
    ];
    flags.extend_from_slice(extra);
    let app = demo_with(backend, &flags).await;
    let (router, probe) = server::standin::start_probed(&server::settings::PaymentStandin {
        gateway: "vnpay".into(),
        listen: listener.local_addr().unwrap(),
        tmn_code: "TESTTMN1".into(),
        hash_secret: "standin-secret".into(),
        access_key: String::new(),
        ipn_url: app.url("/thanh-toan/vnpay/ipn"),
    })
    .unwrap();
    let server = tokio::spawn(async move { axum::serve(listener, router).await.unwrap() });
    (app, probe, server)
}

async fn a_replayed_return_url_asks_the_gateway_once_per_interval(backend: Backend) {
    let (app, probe, server) = with_vnpay_standin(backend, &[]).await;
    let b = thu(&app).await;
    let pid = awaiting(&app).await;
    let page = start(&b, &pid, "vnpay").await;
    // The payer opens the gateway's page and leaves it open: the order is pending there.
    let res = reqwest::get(&page).await.unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    let (txn, amount) = txn_ref_of(&app, &pid).await;
    // A return address signed by the gateway (as a browser could replay it): each visit finds
    // the payment pending, but only the first asks the gateway.
    let back = signed_result("standin-secret", "TESTTMN1", &txn, amount, "24");
    for _ in 0..5 {
        let res = app.get(&format!("/thanh-toan/vnpay/ket-qua?{back}")).await;
        assert!(res.status().is_redirection());
    }
    assert_eq!(probe.queries(), 1, "one QueryDR for five returns");
    // Reconciliation within the interval asks nothing either.
    app::payments::store::reconcile(&app.state.services, 0)
        .await
        .unwrap();
    assert_eq!(probe.queries(), 1);
    // Once the interval has passed (moved into the past here), the next return asks again.
    sqlx::query("UPDATE payments SET checked_at = checked_at - 61 WHERE txn_ref = $1")
        .bind(&txn)
        .execute(&app.state.db.pool)
        .await
        .unwrap();
    let res = app.get(&format!("/thanh-toan/vnpay/ket-qua?{back}")).await;
    assert!(res.status().is_redirection());
    let res = app.get(&format!("/thanh-toan/vnpay/ket-qua?{back}")).await;
    assert!(res.status().is_redirection());
    assert_eq!(probe.queries(), 2);
    let state: String = sqlx::query_scalar("SELECT state FROM payments WHERE txn_ref = $1")
        .bind(&txn)
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap();
    assert_eq!(state, "pending", "the return's own words settle nothing");
    server.abort();
    app.stop().await;
}

async fn momo_query_answers_are_refused_when_wrongly_signed(backend: Backend) {
    let (app, probe, server, momo_url) = with_momo_standin(backend).await;
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let b = thu(&app).await;
    let pid = awaiting(&app).await;
    let pay_url = start(&b, &pid, "momo").await;
    let order = pay_url.split("t=").nth(1).unwrap().to_string();
    // Paid at MoMo, the IPN lost.
    let res = client
        .post(format!("{momo_url}/v2/gateway/pay"))
        .form(&[("t", order.as_str()), ("choice", "nocallback")])
        .send()
        .await
        .unwrap();
    let back = res.headers()["location"].to_str().unwrap().to_string();
    let state = || {
        let pool = app.state.db.pool.clone();
        let order = order.clone();
        async move {
            sqlx::query_scalar::<_, String>("SELECT state FROM payments WHERE txn_ref = $1")
                .bind(order)
                .fetch_one(&pool)
                .await
                .unwrap()
        }
    };
    // The query's answer comes back signed with another key: refused, kept apart, nothing
    // settled.
    probe
        .forge_answers
        .store(true, std::sync::atomic::Ordering::SeqCst);
    b.page(&back.replace(&app.base, "")).await;
    assert_eq!(probe.queries(), 1);
    assert_eq!(
        state().await,
        "pending",
        "a wrongly signed answer settles nothing"
    );
    assert_eq!(
        count(
            &app,
            "SELECT COUNT(*) FROM payment_callbacks_unverified WHERE kind = 'query' AND reason = 'Signature'"
        )
        .await,
        1
    );
    // Signed right: believed, and the payment is paid.
    probe
        .forge_answers
        .store(false, std::sync::atomic::Ordering::SeqCst);
    sqlx::query("UPDATE payments SET checked_at = NULL")
        .execute(&app.state.db.pool)
        .await
        .unwrap();
    app::payments::store::reconcile(&app.state.services, 0)
        .await
        .unwrap();
    assert_eq!(probe.queries(), 2);
    assert_eq!(state().await, "paid");
    // A MoMo IPN with a name given twice: answered 204 as MoMo wants, believed in nothing.
    let doubled = r#"{"partnerCode":"MOMOTEST","resultCode":1006,"resultCode":0,"signature":"00"}"#;
    let res = app
        .http
        .post(app.url("/thanh-toan/momo/ipn"))
        .header("content-type", "application/json")
        .body(doubled)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::NO_CONTENT);
    assert_eq!(
        count(
            &app,
            "SELECT COUNT(*) FROM payment_callbacks_unverified WHERE reason = 'DuplicateKey'"
        )
        .await,
        1
    );
    server.abort();
    app.stop().await;
}

async fn receipt_pdfs_and_payment_starts_are_limited(backend: Backend) {
    let app = demo_with(
        backend,
        &[
            "--receipt-pdfs-per-address-minute",
            "2",
            "--pay-starts-per-notice-hour",
            "2",
            "--pay-starts-per-address-hour",
            "4",
        ],
    )
    .await;
    clear_of_window_end(3600, 60).await;
    let b = thu(&app).await;
    let first = awaiting(&app).await;
    let second = awaiting_nth(&app, 1).await;
    // Per notice: two starts, then a clear refusal; nothing more is created.
    start(&b, &first, "sandbox").await;
    start(&b, &first, "sandbox").await;
    let refused = b
        .post(
            &app::routes::pay_path(&first),
            "/api/pay/start",
            &[("pid", &first), ("gateway", "sandbox")],
        )
        .await;
    let message = match &refused.error {
        Some(app::error::AppError::TooManyRequests(m)) => m.clone(),
        other => panic!("refused for too many starts: {other:?}"),
    };
    assert!(
        message.contains("Nếu bạn đã thanh toán, đừng thanh toán lại"),
        "{message}"
    );
    // Per address: the fourth start from here (another notice) passes, the fifth does not.
    start(&b, &second, "sandbox").await;
    let refused = b
        .post(
            &app::routes::pay_path(&second),
            "/api/pay/start",
            &[("pid", &second), ("gateway", "sandbox")],
        )
        .await;
    assert!(
        matches!(
            refused.error,
            Some(app::error::AppError::TooManyRequests(_))
        ),
        "{refused:?}"
    );
    assert_eq!(count(&app, "SELECT COUNT(*) FROM payments").await, 3);

    // The first notice paid (its IPN): the receipt PDF, two a minute from this address.
    let (txn, amount) = txn_ref_of(&app, &first).await;
    let paid = signed_result(&secret(&app), SANDBOX_TMN, &txn, amount, "00");
    assert_eq!(ipn(&app, "sandbox", &paid).await, "00");
    let receipt: String = sqlx::query_scalar("SELECT public_id FROM receipts LIMIT 1")
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap();
    let pdf = app::routes::receipt_pdf_path(&first, &receipt);
    clear_of_window_end(60, 15).await;
    for _ in 0..2 {
        let res = b.http.get(b.url(&pdf)).send().await.unwrap();
        assert_eq!(res.status(), StatusCode::OK);
        assert!(res.bytes().await.unwrap().starts_with(b"%PDF-"));
    }
    let res = b.http.get(b.url(&pdf)).send().await.unwrap();
    assert_eq!(res.status(), StatusCode::TOO_MANY_REQUESTS);
    let wait: i64 = res.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=60).contains(&wait), "{wait}");
    let body = res.text().await.unwrap();
    assert!(
        body.contains("Vui lòng chờ") && body.contains("Please wait"),
        "says what to do, in both languages: {body}"
    );
    // A stranger is not counted: not found, as before.
    let (status, _, _) = app.browser().page(&pdf).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    app.stop().await;
}
