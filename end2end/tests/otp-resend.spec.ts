/**
 * "Gửi lại OTP" on the code step: the page says that a new code went out ("Đã gửi mã xác thực
 * mới."), once, and the new code works. The form is a plain post with or without JavaScript, so
 * the notice comes from the server (the session), and the test runs in both projects.
 *
 * A new code may be asked for only after the cooldown the page states (60 seconds by default;
 * scripts/e2e.sh starts the portal with PORTAL_OTP_RESEND_SECONDS=5, so that the test does not
 * sleep a minute): the test reads it from the page and waits that long.
 */
import { expect, test } from "@playwright/test";
import { visit } from "./helpers";
import {
  answerCaptcha, codeSentTo, errorSummary, fillCitizenDetails, freshCitizen, lastOutboxId, masked, TEXT,
} from "./account-helpers";

const RESENT = "Đã gửi mã xác thực mới.";

test("after Gửi lại OTP the code step says a new code was sent, once, and the new code works", async ({ page, javaScriptEnabled: js }) => {
  test.setTimeout(120_000);
  const c = freshCitizen("Lê Thị Gửi");
  await visit(page, "/dang-ky/cong-dan", js);
  await fillCitizenDetails(page, c);
  await answerCaptcha(page);
  const first = await lastOutboxId(page.request);
  await page.getByRole("button", { name: "Đăng ký", exact: true }).click();
  await expect(page).toHaveURL(/\/dang-ky\/xac-thuc$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(TEXT.otpTitle);
  await expect(page.getByText(TEXT.otpSentTo)).toContainText(masked(c.phone));
  await codeSentTo(page.request, c.phone, first);
  // No notice before a new code was asked for.
  await expect(page.getByText(RESENT)).toHaveCount(0);

  // The page states how long to wait before asking for a new code.
  const hint = await page.getByText(/Bạn có thể yêu cầu gửi lại mã sau \d+ giây\./).textContent();
  const seconds = Number(/sau (\d+) giây/.exec(hint ?? "")?.[1] ?? "60");
  await page.waitForTimeout((seconds + 1) * 1000);

  const beforeResend = await lastOutboxId(page.request);
  await page.getByRole("button", { name: "Gửi lại OTP", exact: true }).click();
  // Back to the code step (the server answers the post with a redirect to the form).
  await expect(page).toHaveURL((url) => url.pathname === "/dang-ky/xac-thuc");
  const notice = page.getByRole("status").filter({ hasText: RESENT });
  await expect(notice).toBeVisible();
  await expect(errorSummary(page)).toHaveCount(0);
  const code = await codeSentTo(page.request, c.phone, beforeResend);

  // Told once: the page drawn again no longer says it.
  await visit(page, "/dang-ky/xac-thuc", js);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(TEXT.otpTitle);
  await expect(page.getByText(RESENT)).toHaveCount(0);

  // The new code is the one that works.
  await page.getByLabel("Nhập mã OTP", { exact: true }).fill(code);
  await page.getByRole("button", { name: "Xác nhận", exact: true }).click();
  await expect(page).toHaveURL(/\/dang-ky\/mat-khau$/);
});
