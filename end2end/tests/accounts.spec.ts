import { expect, test } from "@playwright/test";
import { collectPageErrors, visit } from "./helpers";
import {
  answerCaptcha, confirmCode, errorSummary, expectFieldErrors, expectLoggedIn, fillCitizenDetails, fillNewPassword,
  freshCitizen, lastOutboxId, masked, PASSWORD, TEXT, withoutRejectedForms,
} from "./account-helpers";

test("a citizen registers: details (after one round of mistakes), code, password, logged in", async ({ page, javaScriptEnabled: js }) => {
  test.setTimeout(60_000);
  const problems = collectPageErrors(page);
  const c = freshCitizen();

  await visit(page, "/dang-ky", js);
  await page.getByRole("main").getByRole("link", { name: "Công dân", exact: true }).click();
  await expect(page).toHaveURL(/\/dang-ky\/cong-dan$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Đăng ký tài khoản công dân");
  if (js) await page.waitForLoadState("networkidle");

  // First try: a CCCD whose year does not match the birth date, a bad phone, a wrong captcha.
  const wrongId = c.idNumber.slice(0, 4) + "85" + c.idNumber.slice(6);
  await fillCitizenDetails(page, { ...c, idNumber: wrongId, phone: "0123" });
  await page.getByLabel("Thư điện tử (không bắt buộc)", { exact: true }).fill("binh.tran@example.com");
  await answerCaptcha(page, "sai-ma");
  await page.getByRole("button", { name: "Đăng ký", exact: true }).click();

  await expectFieldErrors(page, [
    { label: "Tên đăng nhập (Số CMT/CCCD)", id: "id_number", message: "Chữ số thứ năm và sáu của CCCD không khớp với năm sinh" },
    { label: "Số điện thoại di động", id: "phone", message: "Số điện thoại di động gồm 10 chữ số, ví dụ 0912345678" },
    { label: "Mã xác thực", id: "captcha_answer", message: TEXT.captchaWrong },
  ]);
  if (js) await expect(errorSummary(page)).toBeFocused();
  // Everything typed is still there, except the captcha, which is a new one.
  await expect(page.getByLabel("Tên đăng nhập (Số CMT/CCCD)", { exact: true })).toHaveValue(wrongId);
  await expect(page.getByLabel("Họ và tên", { exact: true })).toHaveValue(c.name);
  await expect(page.getByLabel("Ngày sinh", { exact: true })).toHaveValue(c.birthDate);
  await expect(page.getByLabel("Số điện thoại di động", { exact: true })).toHaveValue("0123");
  await expect(page.getByLabel("Thư điện tử (không bắt buộc)", { exact: true })).toHaveValue("binh.tran@example.com");
  await expect(page.getByLabel("Mã xác thực", { exact: true })).toHaveValue("");
  await expect(page.getByLabel("Họ và tên", { exact: true })).not.toHaveAttribute("aria-invalid", "true");

  // The summary's links lead to the fields.
  await errorSummary(page).getByRole("link", { name: TEXT.captchaWrong }).click();
  await expect(page.getByLabel("Mã xác thực", { exact: true })).toBeFocused();

  // Second try: corrected.
  await page.getByLabel("Tên đăng nhập (Số CMT/CCCD)", { exact: true }).fill(c.idNumber);
  await page.getByLabel("Số điện thoại di động", { exact: true }).fill(c.phone);
  await answerCaptcha(page);
  const before = await lastOutboxId(page.request);
  await page.getByRole("button", { name: "Đăng ký", exact: true }).click();

  await expect(page).toHaveURL(/\/dang-ky\/xac-thuc$/);
  await expect(page).toHaveTitle("Xác thực mã OTP – Cổng Dịch vụ công");
  await expect(page.getByText(TEXT.otpSentTo)).toContainText(masked(c.phone));
  await confirmCode(page, c.phone, before);

  await expect(page).toHaveURL(/\/dang-ky\/mat-khau$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Đặt mật khẩu");
  await fillNewPassword(page, PASSWORD);
  await page.getByRole("button", { name: "Đăng ký", exact: true }).click();

  await expect(page).toHaveURL(/\/dang-ky\/hoan-tat$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Đăng ký tài khoản thành công");
  await expect(page).toHaveTitle("Đăng ký tài khoản thành công – Cổng Dịch vụ công");
  await expectLoggedIn(page, c.name);
  expect(withoutRejectedForms(problems), problems.join("\n")).toEqual([]);
});
