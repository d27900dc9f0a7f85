/**
 * Paying a fee notice online (SPEC §7, issue 13) in the browser, with and without JavaScript:
 * the demo applicant Trần Thị Thu, logged in, goes from her dossier to "Thanh toán trực tuyến",
 * chooses the built-in test gateway ("Cổng thanh toán thử nghiệm"), cancels there, reads the
 * result the portal recorded and starts again; then a visitor without an account finds the same
 * dossier by its receipt code and the last four digits of the applicant's ID number (a wrong
 * guess first), and reaches the same notice. axe on every payment page, the gateway's included.
 *
 * Shared data: the demo's one dossier in "Chờ thanh toán" (server/src/demo.rs) is counted by the
 * back-office tests, so these journeys never complete a payment (the sandbox's "Hủy giao dịch"
 * leaves the notice open); paid payments, receipts, replays and reconciliation are covered over
 * HTTP on both databases (server/tests/payments.rs).
 */
import { expect, test, type Page } from "@playwright/test";
import { collectPageErrors, expectNoAxeViolations, visit } from "./helpers";
import { errorSummary, logIn, withoutRejectedForms } from "./account-helpers";

const APPLICANT = { login: "056185004321", password: "CongDan@2026", phone: "0978123456", name: "Trần Thị Thu" } as const;

const PAY = {
  payOnline: "Thanh toán trực tuyến",
  title: "Thanh toán phí, lệ phí",
  lookupTitle: "Thanh toán trực tuyến phí, lệ phí",
  code: "Mã biên nhận hồ sơ",
  digits: "4 số cuối CCCD hoặc số điện thoại",
  search: "Tìm kiếm",
  notFound: "Không tìm thấy hồ sơ với mã biên nhận và 4 số cuối này.",
  sandbox: "Cổng thanh toán thử nghiệm",
  pay: "Thanh toán",
  cancel: "Hủy giao dịch",
  resultTitle: "Kết quả thanh toán",
  failed: "Không thành công",
  retry: "Thanh toán lại",
  total: "8.000 đ",
} as const;

const main = (page: Page) => page.locator("main");

/** From the notice's page: the gateway chosen, "Thanh toán", cancelled at the sandbox's page. */
async function payAndCancel(page: Page, js: boolean): Promise<void> {
  await expect(page.getByRole("radio", { name: PAY.sandbox })).toBeChecked();
  await main(page).getByRole("button", { name: PAY.pay, exact: true }).click();
  await expect(page).toHaveURL(/\/thanh-toan\/thu-nghiem\?vnp_Amount=800000&/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thanh toán đơn hàng");
  await expect(page.getByText("8.000 VND")).toBeVisible();
  await expectNoAxeViolations(page, "the sandbox gateway's page", js);
  await page.getByRole("button", { name: PAY.cancel }).click();
  await expect(page).toHaveURL(/\/thanh-toan\/giao-dich\/[^/?]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(PAY.resultTitle);
  await expect(main(page).getByText(PAY.failed, { exact: true })).toBeVisible();
  await expectNoAxeViolations(page, "the payment's result", js);
}

test.describe("online payment", () => {
  test.beforeEach(() => {
    test.setTimeout(150_000);
  });

  test("the applicant pays from her dossier, cancels at the gateway and starts again; a visitor finds the notice by receipt code and four digits", async ({
    page,
    browser,
    baseURL,
    javaScriptEnabled: js,
  }) => {
    const problems = collectPageErrors(page);
    await logIn(page, js, APPLICANT);
    await visit(page, "/ho-so?trang-thai=awaiting_payment", js);
    await main(page).locator(".result-title a").first().click();
    await expect(page).toHaveURL(/\/ho-so\/[^/?]+$/);
    await main(page).getByRole("link", { name: PAY.payOnline, exact: true }).click();
    await expect(page).toHaveURL(/\/thanh-toan\/ho-so\/[^/?]+$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(PAY.title);
    await expect(main(page).locator("table.fees tfoot")).toContainText(PAY.total);
    const code = (await main(page).locator(".summary-list dd").first().textContent())!.trim();
    expect(code).toMatch(/^[0-9A-Z.]+-\d{6}-\d{4}$/);
    await expectNoAxeViolations(page, "the fee notice's payment page", js);
    await payAndCancel(page, js);
    await main(page).getByRole("link", { name: PAY.retry }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(PAY.title);
    await expect(main(page).getByText(PAY.failed).first(), "the cancelled attempt is listed").toBeVisible();

    // A visitor without an account, in another browser.
    const context = await browser.newContext({ javaScriptEnabled: js, baseURL });
    const visitor = await context.newPage();
    const visitorProblems = collectPageErrors(visitor);
    await visit(visitor, "/thanh-toan", js);
    await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(PAY.lookupTitle);
    await expectNoAxeViolations(visitor, "the payment lookup", js);
    await visitor.getByLabel(PAY.code).fill(code);
    await visitor.getByLabel(PAY.digits).fill("0000");
    await visitor.getByRole("button", { name: PAY.search }).click();
    await expect(errorSummary(visitor)).toContainText(PAY.notFound);
    await expect(visitor.getByLabel(PAY.code), "the code typed is kept").toHaveValue(code);
    await expectNoAxeViolations(visitor, "the payment lookup with its error", js);
    await visitor.getByLabel(PAY.digits).fill("4321");
    await visitor.getByRole("button", { name: PAY.search }).click();
    await expect(visitor).toHaveURL(/\/thanh-toan\/ho-so\/[^/?]+$/);
    await expect(main(visitor).locator("table.fees tfoot")).toContainText(PAY.total);
    await expect(main(visitor)).not.toContainText(APPLICANT.name);
    await payAndCancel(visitor, js);
    await context.close();

    expect(withoutRejectedForms(problems)).toEqual([]);
    expect(withoutRejectedForms(visitorProblems)).toEqual([]);
  });
});
