/**
 * Changing the mobile number and confirming the e-mail address from the link in the message,
 * with JavaScript on and off. Changing the number needs the current password and a code sent to
 * the new number AND one sent to the current number; then every other session ends and the old
 * number is told. A citizen who lost the current number gets a code at the new number only, and
 * the change waits (the current number is told and the request can be cancelled).
 */
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, visit } from "./helpers";
import {
  answerCaptcha, codeSentTo, confirmCode, expectFieldErrors, expectLoggedIn, expectLoggedOut, fillCitizenDetails,
  fillNewPassword, freshCitizen, freshPhone, lastOutboxId, logIn, masked, outbox, PASSWORD, registerCitizen, TEXT,
  type OutboxMessage,
} from "./account-helpers";

const PHONE_PAGE = "/tai-khoan/so-dien-thoai";
const NEW_LABEL = "Số điện thoại di động mới";
const PASSWORD_LABEL = "Mật khẩu hiện tại";
const LOST_LABEL = "Tôi đã mất số điện thoại hiện tại (không nhận được mã)";
const SEND = "Gửi mã xác thực";
const BOTH_SENT = "Mã xác thực đã được gửi đến số điện thoại mới và số điện thoại hiện tại của bạn. Nhập cả hai mã.";
const PENDING_TITLE = "Yêu cầu đổi số điện thoại đang chờ hiệu lực";
/** A one-time code SMS (account-helpers' codeSentTo reads the same wording). */
const CODE_SMS = /ma xac thuc .* la \d{6}\b/;

/** The change-phone form: the new number, the current password, and whether it is lost. */
function phoneForm(page: Page) {
  const form = page.getByRole("main").locator("form").filter({ has: page.getByLabel(NEW_LABEL, { exact: true }) });
  return {
    phone: form.getByLabel(NEW_LABEL, { exact: true }),
    password: form.getByLabel(PASSWORD_LABEL, { exact: true }),
    lost: form.getByRole("checkbox", { name: LOST_LABEL, exact: true }),
    send: form.getByRole("button", { name: SEND, exact: true }),
  };
}

/** The SMS to `phone` newer than message `after` (newest first). */
async function smsTo(page: Page, phone: string, after: number): Promise<OutboxMessage[]> {
  return (await outbox(page.request)).filter((m) => m.channel === "sms" && m.recipient === phone && m.id > after);
}

/** The line "Số điện thoại hiện tại: 036****314" of the change-phone page. */
function currentNumber(page: Page) {
  return page.getByRole("main").getByText("Số điện thoại hiện tại:");
}

test("a citizen changes the mobile number with the password and codes sent to both numbers; the other sessions end, the old number is told", async ({
  page,
  browser,
  baseURL,
  javaScriptEnabled: js,
}) => {
  test.setTimeout(120_000);
  const c = freshCitizen();
  await registerCitizen(page, c, js);

  // The same citizen on a second device.
  const other = await browser.newContext({ javaScriptEnabled: js, baseURL });
  try {
    const second = await other.newPage();
    await logIn(second, js, { login: c.idNumber, password: PASSWORD, phone: c.phone });
    await expectLoggedIn(second, c.name);

    await visit(page, PHONE_PAGE, js);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Đổi số điện thoại");
    await expect(currentNumber(page)).toContainText(masked(c.phone));
    const f = phoneForm(page);
    await expect(f.phone).toHaveAccessibleDescription(/Mã xác thực sẽ được gửi đến số mới và đến số điện thoại hiện tại\./);
    await expect(f.password).toHaveAttribute("type", "password");
    await expect(f.lost).not.toBeChecked();
    await expectNoAxeViolations(page, PHONE_PAGE, js);

    // The same number and no password: both refused on their fields.
    await f.phone.fill(c.phone);
    await f.send.click();
    await expectFieldErrors(page, [
      { label: NEW_LABEL, id: "phone", message: "Số mới trùng với số điện thoại hiện tại" },
      { label: PASSWORD_LABEL, id: "password", message: "Nhập mật khẩu hiện tại" },
    ]);

    // A new number with a wrong password: refused, the number kept, no code sent.
    const next = freshPhone("086");
    let before = await lastOutboxId(page.request);
    await f.phone.fill(next);
    await f.password.fill("SaiMatKhau@1");
    await f.send.click();
    await expectFieldErrors(page, [{ label: PASSWORD_LABEL, id: "password", message: "Mật khẩu hiện tại không đúng" }]);
    await expect(f.phone).toHaveValue(next);
    await expect(page).toHaveURL((url) => url.pathname === PHONE_PAGE);
    expect((await outbox(page.request)).filter((m) => m.id > before && (m.recipient === next || m.recipient === c.phone))).toEqual([]);

    // The right password: a code to each number, and a page that asks for both.
    before = await lastOutboxId(page.request);
    await f.phone.fill(next);
    await f.password.fill(PASSWORD);
    await f.send.click();
    await expect(page).toHaveURL((url) => url.pathname === `${PHONE_PAGE}/xac-thuc`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(TEXT.otpTitle);
    await expect(page.getByRole("main").getByText(BOTH_SENT, { exact: true })).toBeVisible();
    const main = page.getByRole("main");
    const toNew = main.getByLabel(`Mã gửi đến số mới ${masked(next)}`, { exact: true });
    const toOld = main.getByLabel(`Mã gửi đến số hiện tại ${masked(c.phone)}`, { exact: true });
    await expect(toNew).toHaveAttribute("name", "f[code]");
    await expect(toOld).toHaveAttribute("name", "f[code_old]");
    await expect(main.getByLabel("Nhập mã OTP", { exact: true })).toHaveCount(0);
    await expectNoAxeViolations(page, `${PHONE_PAGE}/xac-thuc (two codes)`, js);

    const codeNew = await codeSentTo(page.request, next, before);
    const codeOld = await codeSentTo(page.request, c.phone, before);
    await toNew.fill(codeNew);
    await toOld.fill(codeOld);
    const confirmed = await lastOutboxId(page.request);
    await main.getByRole("button", { name: "Xác nhận", exact: true }).click();

    await expect(page).toHaveURL((url) => url.pathname === "/tai-khoan" && url.searchParams.get("tb") === "so-dien-thoai");
    await expect(page.getByRole("status").filter({ hasText: "Số điện thoại di động đã được thay đổi." })).toBeVisible();
    // This session goes on; the other device is logged out.
    await expectLoggedIn(page, c.name);
    await visit(second, "/", js);
    await expectLoggedOut(second);

    // The old number hears of it, with the new one masked, never whole.
    let notices: OutboxMessage[] = [];
    await expect
      .poll(
        async () => {
          notices = await smsTo(page, c.phone, confirmed);
          return notices.length;
        },
        { message: "an SMS to the old number after the change", timeout: 15_000 },
      )
      .toBe(1);
    expect(notices[0].body).toContain(masked(next));
    expect(notices[0].body).not.toMatch(CODE_SMS);
    for (const m of await smsTo(page, c.phone, before)) expect(m.body).not.toContain(next);

    // The account now has the new number.
    await visit(page, PHONE_PAGE, js);
    await expect(currentNumber(page)).toContainText(masked(next));
  } finally {
    await other.close();
  }
});

test("a citizen who lost the current number gets a code at the new one only; the change waits and can be cancelled", async ({
  page,
  javaScriptEnabled: js,
}) => {
  test.setTimeout(120_000);
  const c = freshCitizen("Lý Thị Mai");
  await registerCitizen(page, c, js);
  await visit(page, PHONE_PAGE, js);
  const f = phoneForm(page);

  const next = freshPhone("086");
  const before = await lastOutboxId(page.request);
  await f.phone.fill(next);
  await f.password.fill(PASSWORD);
  await f.lost.check();
  await f.send.click();

  // One code, to the new number only.
  await expect(page).toHaveURL((url) => url.pathname === `${PHONE_PAGE}/xac-thuc`);
  await expect(page.getByRole("main").getByLabel("Nhập mã OTP", { exact: true })).toHaveCount(1);
  await expect(page.getByRole("main").getByLabel(/^Mã gửi đến số/)).toHaveCount(0);
  await confirmCode(page, next, before);

  await expect(page).toHaveURL((url) => url.pathname === PHONE_PAGE && url.searchParams.get("tb") === "cho-hieu-luc");
  expect((await smsTo(page, c.phone, before)).filter((m) => CODE_SMS.test(m.body)), "codes sent to the lost number").toEqual([]);
  await expect(page.getByRole("status").filter({ hasText: "Đã ghi nhận yêu cầu đổi số điện thoại." })).toHaveText(
    /^Đã ghi nhận yêu cầu đổi số điện thoại\. /,
  );
  const pending = page.getByRole("region", { name: PENDING_TITLE });
  await expect(pending.getByRole("heading", { level: 2 })).toHaveText(PENDING_TITLE);
  await expect(pending).toContainText(
    new RegExp(
      `Số điện thoại của tài khoản sẽ được đổi sang ${masked(next).replace(/\*/g, "\\*")} lúc \\d{2}:\\d{2} \\d{2}/\\d{2}/\\d{4}\\.`,
    ),
  );
  // Meanwhile the number stays.
  await expect(currentNumber(page)).toContainText(masked(c.phone));
  await expectNoAxeViolations(page, `${PHONE_PAGE}?tb=cho-hieu-luc (a change waiting)`, js);

  // The current number is told, with the new one masked.
  let told: OutboxMessage[] = [];
  await expect
    .poll(
      async () => {
        told = (await smsTo(page, c.phone, before)).filter((m) => m.body.includes("yeu cau doi SDT"));
        return told.length;
      },
      { message: "an SMS to the current number about the request", timeout: 15_000 },
    )
    .toBe(1);
  expect(told[0].body).toContain(masked(next));
  expect(told[0].body).not.toContain(next);

  // "Hủy yêu cầu": the request is gone and the number stays.
  await pending.getByRole("button", { name: "Hủy yêu cầu", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Đã hủy yêu cầu" })).toHaveText(
    "Đã hủy yêu cầu đổi số điện thoại. Số điện thoại của tài khoản giữ nguyên.",
  );
  await expect(page.getByRole("region", { name: PENDING_TITLE })).toHaveCount(0);
  await expect(currentNumber(page)).toContainText(masked(c.phone));
  await visit(page, PHONE_PAGE, js);
  await expect(page.getByRole("region", { name: PENDING_TITLE })).toHaveCount(0);
  await expect(currentNumber(page)).toContainText(masked(c.phone));
});

test("the e-mail address given at registration is confirmed from the link, once", async ({ page, javaScriptEnabled: js }) => {
  test.setTimeout(90_000);
  const c = freshCitizen("Đỗ Thu Trang");
  const email = `trang.${c.phone}@example.vn`;
  await visit(page, "/dang-ky/cong-dan", js);
  await fillCitizenDetails(page, c);
  await page.getByLabel("Thư điện tử (không bắt buộc)", { exact: true }).fill(email);
  await answerCaptcha(page);
  const before = await lastOutboxId(page.request);
  await page.getByRole("button", { name: "Đăng ký", exact: true }).click();
  await expect(page).toHaveURL(/\/dang-ky\/xac-thuc$/);
  await confirmCode(page, c.phone, before, TEXT.otpSentTo);
  await expect(page).toHaveURL(/\/dang-ky\/mat-khau$/);
  await fillNewPassword(page, "MatKhau@2026");
  await page.getByRole("button", { name: "Đăng ký", exact: true }).click();
  await expect(page).toHaveURL(/\/dang-ky\/hoan-tat$/);

  // The outbox worker delivers the message with the link.
  let link = "";
  await expect
    .poll(
      async () => {
        const mail = (await outbox(page.request)).find((m) => m.channel === "email" && m.recipient === email);
        link = mail?.body.match(/\/xac-nhan-email\/[0-9a-f]+/)?.[0] ?? "";
        return link;
      },
      { message: `an e-mail with the link reached ${email}`, timeout: 15_000 },
    )
    .not.toBe("");

  // Opening the link changes nothing; the button confirms.
  await visit(page, link, js);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Xác nhận địa chỉ thư điện tử");
  await page.getByRole("main").getByRole("button", { name: "Xác nhận", exact: true }).click();
  await expect(page).toHaveURL(/\/xac-nhan-email-thanh-cong$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Đã xác nhận địa chỉ thư điện tử");

  // The link works once.
  await visit(page, link, js);
  await page.getByRole("main").getByRole("button", { name: "Xác nhận", exact: true }).click();
  await expect(page.getByRole("main")).toContainText("Liên kết xác nhận không hợp lệ, đã được sử dụng hoặc đã hết hạn.");
});
