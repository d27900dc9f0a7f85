//! Online payment over HTTP, on SQLite and PostgreSQL (issue 13): the sandbox gateway's whole
//! journey; IPNs checked for signature, order and amount, replayed, out of order and twenty at
//! once; VNPay through its stand-in (a separate server speaking the protocol), with its IPN over
//! HTTP, lost, or arriving while the portal is down, settled by reconciliation (QueryDR); paying
//! without an account by receipt code; and nobody seeing what is not theirs.

mod common;

use app::backend::payments::{SANDBOX_TMN, sandbox_secret, vnpay};
use common::{Backend, Browser, TestApp, dossiers::status_of, login};
use reqwest::StatusCode;

on_both_databases!(
    a_citizen_pays_through_the_sandbox_and_the_dossier_moves_on_once,
    callbacks_are_checked_for_signature_order_and_amount,
    twenty_duplicate_ipns_at_once_make_one_transition,
    vnpay_through_its_standin_with_ipn_lost_or_portal_down,
    paying_without_an_account_needs_the_code_and_four_digits,
    momo_through_its_standin,
    a_payment_after_the_notice_is_cancelled_is_flagged_for_refund,
);

/// The second demo citizen, who has a dossier waiting for its fee.
async fn thu(app: &TestApp) -> Browser {
    login(app, "056185004321", "CongDan@2026", "0978123456").await
}

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

async fn callbacks_are_checked_for_signature_order_and_amount(backend: Backend) {
    let app = TestApp::spawn_demo(backend).await;
    let b = thu(&app).await;
    let pid = awaiting(&app).await;
    start(&b, &pid, "sandbox").await;
    let (txn, amount) = txn_ref_of(&app, &pid).await;
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

async fn paying_without_an_account_needs_the_code_and_four_digits(backend: Backend) {
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
    // Wrong digits, then bad input: clear messages, the code kept.
    let wrong = stranger
        .post(
            "/thanh-toan",
            "/api/pay/lookup",
            &[("code", &code), ("digits", "0000")],
        )
        .await;
    assert!(
        wrong.message("code").unwrap().contains("Không tìm thấy"),
        "{wrong:?}"
    );
    let bad = stranger
        .post(
            "/thanh-toan",
            "/api/pay/lookup",
            &[("code", &code), ("digits", "12a")],
        )
        .await;
    assert!(bad.message("digits").is_some(), "{bad:?}");
    let (_, _, form) = stranger.page("/thanh-toan").await;
    assert!(form.contains(&code), "the code typed is kept");
    // The applicant's ID number ends in 4321.
    stranger
        .post(
            "/thanh-toan",
            "/api/pay/lookup",
            &[("code", &code), ("digits", "4321")],
        )
        .await
        .expect_redirect(&app::routes::pay_path(&pid));
    let (_, _, page) = stranger.page(&app::routes::pay_path(&pid)).await;
    assert!(page.contains("8.000 đ"), "{page}");
    assert!(!page.contains("Trần Thị Thu"), "the name is masked");
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
    let (status, _, _) = stranger.page(&href).await;
    assert_eq!(status, StatusCode::OK, "the payer sees the receipt");
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

async fn momo_through_its_standin(backend: Backend) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let momo_url = format!("http://{addr}");
    let app = TestApp::spawn_with(
        backend,
        &[
            "--seed-demo",
            "true",
            "--test-captcha-answer",
            common::CAPTCHA_ANSWER,
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
    let router = server::standin::start_router(&server::settings::PaymentStandin {
        gateway: "momo".into(),
        listen: addr,
        tmn_code: "MOMOTEST".into(),
        hash_secret: "secret-key".into(),
        access_key: "access-key".into(),
        ipn_url: String::new(),
    })
    .unwrap();
    let server = tokio::spawn(async move { axum::serve(listener, router).await.unwrap() });
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
    let rejected: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM payment_callbacks WHERE gateway = 'momo' AND answer = 'InvalidSignature'",
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
