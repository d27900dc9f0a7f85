//! Limits that hold against one patient attacker (issue 22), over real HTTP on SQLite and
//! PostgreSQL: guesses at one account from anywhere slow that account down (not its owner at a
//! known place, nor after the SMS step), a success of the attacker's own account clears nothing,
//! addresses are counted by IPv6 /64 and IPv4 /24 too, registration and recovery starts are
//! limited per address and network, and codes to existing accounts have a budget of their own.

mod common;

use common::{Backend, Browser, CAPTCHA_ANSWER, Posted, TestApp};

on_both_databases!(
    the_alternating_attack_delays_the_victim_and_limits_the_attackers_address,
    guesses_from_many_addresses_delay_the_account_but_not_its_owner,
    ipv6_addresses_share_their_slash_64_and_ipv4_addresses_their_slash_24,
    registration_and_recovery_are_limited_per_address_and_network,
    registrations_cannot_spend_the_codes_of_existing_accounts,
);

/// The demo citizen, the victim.
const VICTIM: &str = "056090001234";
const VICTIM_PASSWORD: &str = "CongDan@2026";
const VICTIM_PHONE: &str = "0912345678";
/// Another demo citizen: the attacker's own account.
const OWN: &str = "056185004321";
const OWN_PASSWORD: &str = "CongDan@2026";
const OWN_PHONE: &str = "0978123456";

async fn spawn(backend: Backend, extra: &[&str]) -> TestApp {
    let mut args = vec![
        "--seed-demo",
        "true",
        "--test-captcha-answer",
        CAPTCHA_ANSWER,
        "--trust-forwarded-for",
        "true",
    ];
    args.extend_from_slice(extra);
    TestApp::spawn_with(backend, &args).await
}

async fn try_login(b: &Browser, identifier: &str, password: &str) -> Posted {
    common::password_step(b, identifier, password).await
}

/// A demo citizen's whole login (password, then the code) from `b`, which must succeed.
async fn full_login(app: &TestApp, b: &Browser, who: Who) {
    let (identifier, password, phone) = who.account();
    common::login_with(app, b, identifier, password, phone).await;
}

/// The two demo citizens these tests log in as.
#[derive(Clone, Copy)]
enum Who {
    Victim,
    Own,
}

impl Who {
    fn account(self) -> (&'static str, &'static str, &'static str) {
        match self {
            Who::Victim => (VICTIM, VICTIM_PASSWORD, VICTIM_PHONE),
            Who::Own => (OWN, OWN_PASSWORD, OWN_PHONE),
        }
    }
}

/// Starts a password recovery for a citizen's ID number and phone.
async fn recover(b: &Browser, identifier: &str, phone: &str) -> Posted {
    b.post_with_captcha(
        "/quen-mat-khau",
        "/api/recover/start",
        &[
            ("kind", "citizen"),
            ("identifier", identifier),
            ("phone", phone),
        ],
    )
    .await
}

/// The identifier's message of a refused login.
fn said(r: &Posted) -> String {
    r.message("identifier")
        .unwrap_or_else(|| panic!("a message on the identifier: {r:?}"))
}

/// A password was checked and was wrong.
fn checked(r: &Posted) -> bool {
    r.message("identifier")
        .is_some_and(|m| m.contains("không đúng"))
}

/// The account is held back across addresses (the owner is sent to the SMS step).
fn account_held(r: &Posted) -> bool {
    r.message("identifier")
        .is_some_and(|m| m.contains("tạm dừng đăng nhập bằng mật khẩu") && m.contains("SMS"))
}

async fn the_alternating_attack_delays_the_victim_and_limits_the_attackers_address(
    backend: Backend,
) {
    // A first wait long enough that it cannot run out during the test.
    let app = spawn(
        backend,
        &[
            "--login-failures-per-address",
            "8",
            "--login-account-first-delay-secs",
            "600",
        ],
    )
    .await;
    const ATTACKER: &str = "203.0.113.7";
    // A guess at the victim, then a whole login to the attacker's own account, and again.
    let mut guesses = 0;
    let mut held = None;
    for round in 0..10 {
        let r = try_login(
            &app.browser_from(ATTACKER),
            VICTIM,
            &format!("Doan-Mo-{round}x"),
        )
        .await;
        full_login(&app, &app.browser_from(ATTACKER), Who::Own).await;
        if checked(&r) {
            guesses += 1;
        } else {
            held = Some(r);
            break;
        }
    }
    assert_eq!(guesses, 5, "five guesses at the victim were checked");
    let held = held.expect("the victim's account was held back");
    assert!(account_held(&held), "{held:?}");
    // Held back from anywhere, even with the right password, and no code goes to the victim.
    let sent = app.sms_count(VICTIM_PHONE).await;
    let r = try_login(&app.browser_from("198.51.100.77"), VICTIM, VICTIM_PASSWORD).await;
    assert!(account_held(&r), "{r:?}");
    assert_eq!(app.sms_count(VICTIM_PHONE).await, sent);
    // The attacker's own successes took none of their five failures back: three more (at
    // other accounts) fill the address's eight, and then the address is refused.
    for i in 0..3 {
        let r = try_login(
            &app.browser_from(ATTACKER),
            &format!("07909000{i:04}"),
            "Sai-Mat-Khau1",
        )
        .await;
        assert!(checked(&r), "failure {} of the address: {r:?}", 6 + i);
        full_login(&app, &app.browser_from(ATTACKER), Who::Own).await;
    }
    let r = try_login(&app.browser_from(ATTACKER), "079090009999", "Sai-Mat-Khau1").await;
    let message = said(&r);
    assert!(message.contains("từ địa chỉ mạng của bạn"), "{message}");
    assert!(message.contains("phút"), "says when: {message}");
    app.stop().await;
}

async fn guesses_from_many_addresses_delay_the_account_but_not_its_owner(backend: Backend) {
    let app = spawn(backend, &["--login-account-first-delay-secs", "600"]).await;
    const HOME: &str = "198.51.100.20";
    full_login(&app, &app.browser_from(HOME), Who::Victim).await;
    // Five guesses, each from an address of its own, in networks of their own.
    for i in 0..5 {
        let r = try_login(
            &app.browser_from(&format!("10.{i}.0.1")),
            VICTIM,
            "Sai-Mat-Khau1",
        )
        .await;
        assert!(checked(&r), "guess {i}: {r:?}");
    }
    // The sixth address is held back, with the right password too; the identifier stays.
    let stranger = app.browser_from("10.99.0.1");
    let sent = app.sms_count(VICTIM_PHONE).await;
    let r = try_login(&stranger, VICTIM, VICTIM_PASSWORD).await;
    assert!(account_held(&r), "{r:?}");
    assert!(said(&r).contains("phút"), "says when: {r:?}");
    assert_eq!(app.sms_count(VICTIM_PHONE).await, sent);
    let (_, _, page) = stranger.page("/dang-nhap").await;
    assert!(page.contains(&format!("value=\"{VICTIM}\"")), "{page}");
    // The owner at home is not held back, and their success gives strangers nothing.
    full_login(&app, &app.browser_from(HOME), Who::Victim).await;
    let r = try_login(&app.browser_from("10.99.0.2"), VICTIM, "Sai-Mat-Khau1").await;
    assert!(account_held(&r), "{r:?}");
    // The owner on the road: held back, until the SMS step (recovery's code) proves the phone.
    let road = app.browser_from("192.0.2.44");
    let r = try_login(&road, VICTIM, VICTIM_PASSWORD).await;
    assert!(account_held(&r), "{r:?}");
    let before = app.sms_count(VICTIM_PHONE).await;
    recover(&road, VICTIM, VICTIM_PHONE)
        .await
        .expect_redirect("/quen-mat-khau/xac-thuc");
    let code = app.next_code(VICTIM_PHONE, before).await;
    road.post(
        "/quen-mat-khau/xac-thuc",
        "/api/otp/verify",
        &[("journey", "recover"), ("code", &code)],
    )
    .await
    .expect_redirect("/quen-mat-khau/mat-khau-moi");
    full_login(&app, &road, Who::Victim).await;
    // Strangers are still held back.
    let r = try_login(&app.browser_from("10.99.0.3"), VICTIM, VICTIM_PASSWORD).await;
    assert!(account_held(&r), "{r:?}");
    app.stop().await;
}

async fn ipv6_addresses_share_their_slash_64_and_ipv4_addresses_their_slash_24(backend: Backend) {
    let app = spawn(
        backend,
        &[
            "--login-failures-per-address",
            "3",
            "--login-failures-per-network",
            "5",
        ],
    )
    .await;
    let mut n = 0;
    let mut fail = async |ip: &str| {
        n += 1;
        // An account of its own each time: only the address counts add up.
        try_login(
            &app.browser_from(ip),
            &format!("07908000{n:04}"),
            "Sai-Mat-Khau1",
        )
        .await
    };
    for ip in ["2001:db8:1:2::1", "2001:db8:1:2::2", "2001:db8:1:2:abcd::3"] {
        let r = fail(ip).await;
        assert!(checked(&r), "{ip}: {r:?}");
    }
    let r = fail("2001:db8:1:2:ffff::9").await;
    assert!(said(&r).contains("từ địa chỉ mạng của bạn"), "{r:?}");
    let r = fail("2001:db8:1:3::1").await;
    assert!(checked(&r), "another /64: {r:?}");
    // IPv4: no address reaches three, but the /24 reaches five.
    for ip in ["10.9.9.1", "10.9.9.1", "10.9.9.2", "10.9.9.2", "10.9.9.3"] {
        let r = fail(ip).await;
        assert!(checked(&r), "{ip}: {r:?}");
    }
    let r = fail("10.9.9.4").await;
    assert!(said(&r).contains("từ mạng bạn đang dùng"), "{r:?}");
    let r = fail("10.9.8.1").await;
    assert!(checked(&r), "another /24: {r:?}");
    app.stop().await;
}

/// Registration details for the `i`-th new citizen.
async fn register_details(b: &Browser, i: usize) -> Posted {
    let id = format!("056090{:06}", 300_000 + i);
    let phone = format!("0981{:06}", 300_000 + i);
    b.post_with_captcha(
        "/dang-ky/cong-dan",
        "/api/register/details",
        &[
            ("kind", "citizen"),
            ("id_number", &id),
            ("full_name", "Phạm Minh Khang"),
            ("birth_date", "15/05/1990"),
            ("phone", &phone),
            ("email", ""),
            ("username", ""),
        ],
    )
    .await
}

/// A recovery start for the `i`-th ID number, with a phone that matches no account.
async fn recover_start(b: &Browser, i: usize) -> Posted {
    recover(b, &format!("056090{:06}", 400_000 + i), "0981999888").await
}

async fn registration_and_recovery_are_limited_per_address_and_network(backend: Backend) {
    let app = spawn(
        backend,
        &[
            "--register-per-address-hour",
            "2",
            "--register-per-network-hour",
            "3",
            "--recover-per-address-hour",
            "2",
            "--recover-per-network-hour",
            "3",
        ],
    )
    .await;
    limited_per_address_and_network(&app, Start::Register, "10.1.1").await;
    // Nothing was sent to the refused registration's phone.
    assert_eq!(app.sms_count("0981300002").await, 0);
    // Recovery: the same, counted apart from registration.
    limited_per_address_and_network(&app, Start::Recover, "10.2.2").await;
    app.stop().await;
}

/// A journey a stranger starts with a captcha.
#[derive(Debug, Clone, Copy)]
enum Start {
    Register,
    Recover,
}

impl Start {
    /// The `i`-th start from `b`.
    async fn post(self, b: &Browser, i: usize) -> Posted {
        match self {
            Start::Register => register_details(b, i).await,
            Start::Recover => recover_start(b, i).await,
        }
    }

    /// The form's page, where its refusal shows, and where an accepted start goes.
    fn pages(self) -> (&'static str, &'static str, &'static str) {
        match self {
            Start::Register => ("/dang-ky/cong-dan", "phone", "/dang-ky/xac-thuc"),
            Start::Recover => ("/quen-mat-khau", "identifier", "/quen-mat-khau/xac-thuc"),
        }
    }

    /// The ID number the `i`-th start types.
    fn typed(self, i: usize) -> String {
        match self {
            Start::Register => format!("056090{:06}", 300_000 + i),
            Start::Recover => format!("056090{:06}", 400_000 + i),
        }
    }
}

/// With limits of 2 per address and 3 per network: two starts from `{net}.1`, a third refused
/// (saying when, keeping what was typed); a neighbour gets the network's third, the next
/// neighbour is refused.
async fn limited_per_address_and_network(app: &TestApp, start: Start, net: &str) {
    let (page, field, next) = start.pages();
    for i in 0..2 {
        start
            .post(&app.browser_from(&format!("{net}.1")), i)
            .await
            .expect_redirect(next);
    }
    let b = app.browser_from(&format!("{net}.1"));
    let r = start.post(&b, 2).await;
    let message = r.message(field).expect("refused");
    assert!(message.contains("từ địa chỉ mạng của bạn"), "{message}");
    assert!(message.contains("phút"), "says when: {message}");
    let (_, _, html) = b.page(page).await;
    assert!(
        html.contains(&start.typed(2)),
        "what was typed is kept: {html}"
    );
    start
        .post(&app.browser_from(&format!("{net}.2")), 3)
        .await
        .expect_redirect(next);
    let r = start.post(&app.browser_from(&format!("{net}.3")), 4).await;
    assert!(
        r.message(field).unwrap().contains("từ mạng bạn đang dùng"),
        "{r:?}"
    );
}

/// `/metrics`' value of `portal_message_budget_warning` for `pool`'s hour.
async fn warning(app: &TestApp, pool: &str) -> String {
    let text = app.get("/metrics").await.text().await.unwrap();
    let line = format!("portal_message_budget_warning{{pool=\"{pool}\",window=\"hour\"}} ");
    text.lines()
        .find_map(|l| l.strip_prefix(&line))
        .unwrap_or_else(|| panic!("{line} in {text}"))
        .to_string()
}

async fn registrations_cannot_spend_the_codes_of_existing_accounts(backend: Backend) {
    let app = spawn(
        backend,
        &[
            "--messages-per-hour",
            "5",
            "--account-messages-per-hour",
            "5",
        ],
    )
    .await;
    assert_eq!(warning(&app, "open").await, "0");
    // A registration flood spends the open pool: the fourth brings it to 80 %, the sixth is
    // refused.
    for i in 0..3 {
        register_details(&app.browser_from("10.5.5.5"), i)
            .await
            .expect_redirect("/dang-ky/xac-thuc");
    }
    assert_eq!(warning(&app, "open").await, "0", "60 % is no warning");
    register_details(&app.browser_from("10.5.5.5"), 3)
        .await
        .expect_redirect("/dang-ky/xac-thuc");
    assert_eq!(warning(&app, "open").await, "1", "80 % warns the operator");
    register_details(&app.browser_from("10.5.5.5"), 4)
        .await
        .expect_redirect("/dang-ky/xac-thuc");
    let r = register_details(&app.browser_from("10.5.5.5"), 5).await;
    assert!(
        r.message("phone")
            .unwrap()
            .contains("tạm ngừng gửi tin nhắn"),
        "{r:?}"
    );
    // Existing users still get their login codes, and recovery codes to their own number.
    assert_eq!(warning(&app, "accounts").await, "0");
    full_login(&app, &app.browser_from("10.6.6.6"), Who::Victim).await;
    full_login(&app, &app.browser_from("10.6.6.6"), Who::Own).await;
    let before = app.sms_count(VICTIM_PHONE).await;
    recover(&app.browser_from("10.6.6.6"), VICTIM, VICTIM_PHONE)
        .await
        .expect_redirect("/quen-mat-khau/xac-thuc");
    app.next_code(VICTIM_PHONE, before).await;
    assert_eq!(app.sms_count(VICTIM_PHONE).await, before + 1);
    assert_eq!(warning(&app, "accounts").await, "0", "three of five");
    full_login(&app, &app.browser_from("10.6.6.6"), Who::Own).await;
    assert_eq!(warning(&app, "accounts").await, "1", "four of five");
    app.stop().await;
}
