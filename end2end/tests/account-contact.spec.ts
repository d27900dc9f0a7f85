/**
 * Changing the mobile number (a code sent to the NEW number, the old one told) and confirming the
 * e-mail address from the link in the message, with JavaScript on and off.
 */
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, visit } from "./helpers";
import {
  answerCaptcha, confirmCode, expectFieldErrors, fillCitizenDetails, fillNewPassword, freshCitizen, freshPhone,
  lastOutboxId, masked, outbox, registerCitizen, TEXT,
} from "./account-helpers";

test("a citizen changes the mobile number with a code sent to the new one; the old one is told", async ({ page, javaScriptEnabled: js }) => {
  test.setTimeout(90_000);
  const c = freshCitizen();
  await registerCitizen(page, c, js);

  await visit(page, "/tai-khoan/so-dien-thoai", js);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Đổi số điện thoại");
  await expectNoAxeViolations(page, "/tai-khoan/so-dien-thoai", js);

  // The same number is refused on the field.
  const field = page.getByLabel("Số điện thoại di động mới", { exact: true });
  await field.fill(c.phone);
  await page.getByRole("button", { name: "Gửi mã xác thực", exact: true }).click();
  await expectFieldErrors(page, [{ label: "Số điện thoại di động mới", id: "phone", message: "Số mới trùng với số điện thoại hiện tại" }]);

  const next = freshPhone("086");
  const before = await lastOutboxId(page.request);
  await page.getByLabel("Số điện thoại di động mới", { exact: true }).fill(next);
  await page.getByRole("button", { name: "Gửi mã xác thực", exact: true }).click();
  await expect(page).toHaveURL(/\/tai-khoan\/so-dien-thoai\/xac-thuc$/);
  await confirmCode(page, next, before);

  await expect(page).toHaveURL(/\/tai-khoan\?tb=so-dien-thoai$/);
  await expect(page.getByText("Số điện thoại di động đã được thay đổi.")).toBeVisible();
  // The old number hears of it, with the new one masked, never whole.
  const toOld = (await outbox(page.request)).filter((m) => m.channel === "sms" && m.recipient === c.phone && m.id > before);
  expect(toOld.length, "an SMS to the old number").toBe(1);
  expect(toOld[0].body).toContain(masked(next));
  expect(toOld[0].body).not.toContain(next);
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
