/**
 * Logging in (password, captcha, then a code sent by SMS) and out, with and without JavaScript.
 *
 * The server limits failed logins (app/src/accounts/login.rs, backend::LoginLimits): 5 per account
 * identifier and 30 per client address in 15 minutes. So the wrong-password tests never use the
 * demo account: they register a citizen of their own (or use an identity nobody has), and each
 * makes a single failed attempt.
 */
import { expect, test, type Page } from "@playwright/test";
import { collectPageErrors, visit } from "./helpers";
import {
  answerCaptcha, DEMO_CITIZEN, errorSummary, expectFieldErrors, expectLoggedIn, expectLoggedOut, freshCitizen,
  lastOutboxId, logIn, outbox, PASSWORD, registerCitizen, TEXT, withoutRejectedForms,
} from "./account-helpers";

const LOGIN_TITLE = "Đăng nhập – Cổng Dịch vụ công";

/** Presses "Đăng xuất" in the header and checks that the portal forgot the user. */
async function logOut(page: Page): Promise<void> {
  await page.getByRole("banner").getByRole("button", { name: TEXT.logout, exact: true }).click();
  await expect(page).toHaveURL((url) => url.pathname === "/");
  await expectLoggedOut(page);
}

/** Fills the login form (without submitting it). */
async function fillLogin(page: Page, login: string, password: string): Promise<void> {
  await page.getByLabel("Tên đăng nhập", { exact: true }).fill(login);
  await page.getByLabel("Mật khẩu", { exact: true }).fill(password);
  await answerCaptcha(page);
}

function submitButton(page: Page) {
  return page.getByRole("main").getByRole("button", { name: "Đăng nhập", exact: true });
}

/**
 * Checks the login form shown again after a refused password: the one message for every kind of
 * failure, on the identifier, with what was typed kept except the password and the captcha.
 */
async function expectLoginRefused(page: Page, login: string, js: boolean): Promise<void> {
  await expect(page).toHaveURL((url) => url.pathname === "/dang-nhap");
  await expect(page).toHaveTitle(`Lỗi: ${LOGIN_TITLE}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Đăng nhập");
  const summary = errorSummary(page);
  await expect(summary).toBeVisible();
  await expect(summary.getByRole("link")).toHaveCount(1);
  await expect(summary.getByRole("link", { name: TEXT.loginFailed, exact: true })).toHaveAttribute("href", "#identifier");
  if (js) await expect(summary).toBeFocused();

  const identifier = page.getByLabel("Tên đăng nhập", { exact: true });
  await expect(identifier).toHaveValue(login);
  await expect(identifier).toHaveAttribute("aria-invalid", "true");
  await expect(identifier).toHaveAccessibleDescription(new RegExp(TEXT.loginFailed.replace(/\./g, "\\.")));
  // The server never sends a password back: the page drawn again without JavaScript has an empty
  // field (with JavaScript the page stays and the field keeps what was typed).
  if (!js) await expect(page.getByLabel("Mật khẩu", { exact: true })).toHaveValue("");
  // A captcha is used once: a new one, with an empty answer.
  await expect(page.getByLabel("Mã xác thực", { exact: true })).toHaveValue("");
  await expect(page.getByRole("heading", { level: 1 })).not.toHaveText("Xác thực mã OTP");
}

test("the demo citizen logs in with password, captcha and code, sees their name, then logs out", async ({ page, javaScriptEnabled: js }) => {
  const problems = collectPageErrors(page);
  await visit(page, "/dang-nhap", js);
  await expect(page).toHaveTitle(LOGIN_TITLE);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Đăng nhập");
  await expectLoggedOut(page);

  await logIn(page, js, DEMO_CITIZEN);
  await expect(page).toHaveURL((url) => url.pathname === "/tai-khoan");
  await expectLoggedIn(page, DEMO_CITIZEN.name);

  // The session holds on other pages.
  await page.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: "Thủ tục hành chính", exact: true }).click();
  await expect(page).toHaveURL((url) => url.pathname === "/thu-tuc");
  await expectLoggedIn(page, DEMO_CITIZEN.name);

  await logOut(page);
  // The session is over: the account page now asks to log in.
  await visit(page, "/tai-khoan", js);
  await expect(page).toHaveURL((url) => url.pathname === "/dang-nhap" && url.searchParams.get("next") === "/tai-khoan");
  await expectLoggedOut(page);
  expect(problems, problems.join("\n")).toEqual([]);
});

test("a wrong password is refused in Vietnamese, keeps the username, and sends no code", async ({ page, javaScriptEnabled: js }) => {
  test.setTimeout(60_000);
  const problems = collectPageErrors(page);
  const c = freshCitizen("Phạm Thị Dung");
  await registerCitizen(page, c, js);
  await logOut(page);

  await visit(page, "/dang-nhap", js);
  await fillLogin(page, c.idNumber, "SaiMatKhau@2026");
  const before = await lastOutboxId(page.request);
  await submitButton(page).click();
  await expectLoginRefused(page, c.idNumber, js);
  await expectLoggedOut(page);
  // No code went to the account's phone.
  const sent = (await outbox(page.request)).filter((m) => m.id > before && m.recipient === c.phone);
  expect(sent, "messages sent after the refused login").toEqual([]);

  // The right password still works after one mistake.
  await logIn(page, js, { login: c.idNumber, password: PASSWORD, phone: c.phone });
  await expect(page).toHaveURL((url) => url.pathname === "/tai-khoan");
  await expectLoggedIn(page, c.name);
  expect(withoutRejectedForms(problems), problems.join("\n")).toEqual([]);
});

test("an account that does not exist gets the same message as a wrong password", async ({ page, javaScriptEnabled: js }) => {
  const stranger = freshCitizen().idNumber;
  await visit(page, "/dang-nhap", js);
  await fillLogin(page, stranger, PASSWORD);
  await submitButton(page).click();
  await expectLoginRefused(page, stranger, js);
});

test("an empty form lists every missing answer", async ({ page, javaScriptEnabled: js }) => {
  await visit(page, "/dang-nhap", js);
  await submitButton(page).click();
  await expectFieldErrors(page, [
    { label: "Tên đăng nhập", id: "identifier", message: "Nhập tên đăng nhập" },
    { label: "Mật khẩu", id: "password", message: "Nhập mật khẩu" },
    { label: "Mã xác thực", id: "captcha_answer", message: TEXT.captchaWrong },
  ]);
  if (js) await expect(errorSummary(page)).toBeFocused();
  await expect(page).toHaveURL((url) => url.pathname === "/dang-nhap");
});

test("logging in from a page that asked for it leads back to that page", async ({ page, javaScriptEnabled: js }) => {
  test.setTimeout(60_000);
  const c = freshCitizen("Võ Văn Em");
  await registerCitizen(page, c, js);
  await logOut(page);

  const code = "1.001193.000.00.00.H34";
  await visit(page, `/thu-tuc/${code}`, js);
  await page.getByRole("main").getByRole("link", { name: "Nộp hồ sơ", exact: true }).click();
  await expect(page).toHaveURL((url) => url.pathname === "/dang-nhap" && url.searchParams.get("next") === `/nop-ho-so/${code}`);
  if (js) await page.waitForLoadState("networkidle");

  await logIn(page, js, { login: c.idNumber, password: PASSWORD, phone: c.phone }, `/dang-nhap?next=/nop-ho-so/${code}`);
  await expect(page).toHaveURL((url) => url.pathname === `/nop-ho-so/${code}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nộp hồ sơ trực tuyến");
  await expect(page.getByRole("main")).toContainText("Đăng ký khai sinh");
  await expectLoggedIn(page, c.name);
});
