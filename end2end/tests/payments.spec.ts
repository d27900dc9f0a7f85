/**
 * Paying a fee notice online (SPEC §7, issue 13) in the browser, with and without JavaScript.
 *
 * - The demo applicant Trần Thị Thu, logged in, goes from her dossier to "Thanh toán trực
 *   tuyến", chooses the built-in test gateway ("Cổng thanh toán thử nghiệm"), cancels there,
 *   reads the result the portal recorded, starts again and pays: the result reads "paid", the
 *   electronic receipt opens as a page and downloads as a PDF, and the dossier moves on to
 *   "Đang xử lý" with the payment in its timeline.
 * - Logged in, she pays another dossier through the VNPay stand-in (scripts/e2e.sh starts it
 *   and points PORTAL_VNPAY_* at it): VNPay's page on another server, its IPN over HTTP, the
 *   return; the dossier moves on.
 * - A visitor without an account finds another dossier by its receipt code and the applicant's
 *   full ID number (a wrong guess first, then the last four digits alone, which no longer open
 *   it) and pays through the VNPay stand-in; the visitor sees the receipt with the payer's name
 *   masked, a stranger sees nothing.
 * - The lookup after five wrong tries on one code asks for a captcha; with it and the right ID
 *   number the dossier opens (issue 22).
 * - An administrator's "Giao dịch thanh toán": filters in the address, a date it cannot read, the
 *   CSV link carrying the filters.
 * axe on every payment page, the gateways' and the operators' included.
 *
 * Shared data: each journey pays a dossier of its own among the demo's dossiers in "Chờ thanh
 * toán" at an agency no demo officer works for (server/src/demo.rs), claimed under a lock so
 * that the two projects (and a retry) never take the same one; the one at the officers'
 * commune is counted by the back-office tests and is never paid here.
 */
import { expect, test, type Page } from "@playwright/test";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { collectPageErrors, expectNoAxeViolations, visit } from "./helpers";
import { answerCaptcha, errorSummary, exclusively, logIn, withoutRejectedForms } from "./account-helpers";
import { AGENCY, dossierItems, fact, statusTag, timeline } from "./dossier-helpers";

const APPLICANT = { login: "056185004321", password: "CongDan@2026", phone: "0978123456", name: "Trần Thị Thu" } as const;
/** Her name as a visitor who found her dossier by code and ID number sees it. */
const MASKED_NAME = "Trần T** T**";

const ADMIN = { login: "quantri", password: "QuanTri@2026", phone: "0935123456" } as const;

const PAY = {
  payOnline: "Thanh toán trực tuyến",
  title: "Thanh toán phí, lệ phí",
  lookupTitle: "Thanh toán trực tuyến phí, lệ phí",
  code: "Mã biên nhận hồ sơ",
  idNumber: "Số định danh cá nhân (CCCD) của người nộp hồ sơ",
  search: "Tìm kiếm",
  notFound: "Không tìm thấy hồ sơ với mã biên nhận và số định danh này.",
  captchaNeeded: "vui lòng nhập thêm mã xác nhận bên dưới",
  captcha: "Mã xác thực",
  captchaWrong: "Mã xác thực không đúng hoặc đã hết hạn.",
  sandbox: "Cổng thanh toán thử nghiệm",
  vnpay: "VNPAY (thẻ ATM, thẻ quốc tế, QR ngân hàng)",
  pay: "Thanh toán",
  cancel: "Hủy giao dịch",
  resultTitle: "Kết quả thanh toán",
  failed: "Không thành công",
  paid: "Thanh toán thành công",
  viewReceipt: "Xem, in biên lai",
  receiptPdf: "Tải biên lai (PDF)",
  receiptTitle: "BIÊN LAI THU PHÍ, LỆ PHÍ ĐIỆN TỬ",
  processing: "Đang xử lý",
  paidEntry: /Đã thanh toán trực tuyến 8\.000 đ \(mã giao dịch \d+\)/,
  retry: "Thanh toán lại",
  total: "8.000 đ",
} as const;

const main = (page: Page) => page.locator("main");

/**
 * A dossier of Trần Thị Thu in "Chờ thanh toán" that no other journey has taken (read from her
 * "Quản lý hồ sơ", logged in on `page`), away from the officers' commune. Claims are kept in a
 * file per portal address, under a lock; public ids are random, so a claim left by an earlier
 * run never matches a fresh database's dossier.
 */
async function claimDossier(page: Page, js: boolean): Promise<{ pid: string; code: string }> {
  const base = (process.env.BASE_URL ?? "").replace(/[^a-z0-9]+/gi, "_");
  const claims = path.join(os.tmpdir(), `portal-e2e-payment-claims-${base}.txt`);
  return exclusively("payment-claim", async () => {
    await visit(page, "/ho-so?trang-thai=awaiting_payment", js);
    const taken = new Set(fs.existsSync(claims) ? fs.readFileSync(claims, "utf8").split("\n") : []);
    const items = dossierItems(page);
    await expect(items.first()).toBeVisible();
    for (const item of await items.all()) {
      if ((await fact(item, "Đơn vị tiếp nhận").textContent())?.trim() === AGENCY.name) continue;
      const href = (await item.getByRole("heading", { level: 2 }).getByRole("link").getAttribute("href")) ?? "";
      const pid = href.split("/").pop() ?? "";
      if (!pid || taken.has(pid)) continue;
      const code = ((await fact(item, "Mã hồ sơ").textContent()) ?? "").trim();
      fs.appendFileSync(claims, `${pid}\n`);
      return { pid, code };
    }
    throw new Error("no dossier awaiting payment is left for this journey (server/src/demo.rs seeds twelve)");
  });
}

/** On the notice's page: `gateway` chosen, "Thanh toán" pressed; the gateway's page shows the order. */
async function goToGateway(page: Page, js: boolean, gateway: string, what: string): Promise<void> {
  await page.getByRole("radio", { name: gateway }).check();
  await main(page).getByRole("button", { name: PAY.pay, exact: true }).click();
  await expect(page).toHaveURL(/(\/thanh-toan\/thu-nghiem|\/paymentv2\/vpcpay\.html)\?vnp_Amount=800000&/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thanh toán đơn hàng");
  await expect(page.getByText("8.000 VND")).toBeVisible();
  await expectNoAxeViolations(page, what, js);
}

/** At the gateway: "Thanh toán"; back on the portal's result page, which says paid. */
async function payAtGateway(page: Page, js: boolean): Promise<void> {
  await page.getByRole("button", { name: PAY.pay, exact: true }).click();
  await expect(page).toHaveURL(/\/thanh-toan\/giao-dich\/[^/?]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(PAY.resultTitle);
  await expect(main(page).getByText(PAY.paid, { exact: true })).toBeVisible();
  await expectNoAxeViolations(page, "the paid payment's result", js);
}

/**
 * From the paid result: the receipt as a page (number, payer, total; axe) and as a PDF
 * (downloaded, a real PDF named after the receipt's number).
 */
async function checkReceipt(page: Page, js: boolean, payer: string): Promise<void> {
  const download = page.waitForEvent("download");
  await main(page).getByRole("link", { name: PAY.receiptPdf }).click();
  const pdf = await download;
  expect(pdf.suggestedFilename()).toMatch(/^bien-lai-BL-\d+\.pdf$/);
  const bytes = fs.readFileSync((await pdf.path())!);
  expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  expect(bytes.toString("latin1"), "the font is embedded").toContain("/FontFile2");

  await main(page).getByRole("link", { name: PAY.viewReceipt }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(PAY.receiptTitle);
  // The printable page's own stylesheet applies under its CSP (body at most 46rem wide): the
  // portal's policy (style-src 'self') used to block the printable pages' inline styles.
  expect(await page.evaluate(() => getComputedStyle(document.body).maxWidth), "the receipt's styles apply").toBe("736px");
  await expect(page.getByText(/^Số: BL-\d+$/)).toBeVisible();
  await expect(page.getByText(`Người nộp: ${payer}`)).toBeVisible();
  await expect(page.locator("tfoot")).toContainText(PAY.total);
  await expectNoAxeViolations(page, "the receipt", js);
}

test.describe("online payment", () => {
  test.beforeEach(() => {
    test.setTimeout(150_000);
  });

  test("the applicant pays from her dossier through the test gateway: cancels, starts again, pays; the receipt as a page and a PDF; the dossier moves on", async ({
    page,
    javaScriptEnabled: js,
  }) => {
    const problems = collectPageErrors(page);
    await logIn(page, js, APPLICANT);
    const { pid } = await claimDossier(page, js);
    await visit(page, `/ho-so/${pid}`, js);
    await main(page).getByRole("link", { name: PAY.payOnline, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/thanh-toan/ho-so/${pid}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(PAY.title);
    await expect(main(page).locator("table.fees tfoot")).toContainText(PAY.total);
    await expect(page.getByRole("radio"), "the stand-in VNPay and the test gateway are offered").toHaveCount(2);
    await expectNoAxeViolations(page, "the fee notice's payment page", js);

    await goToGateway(page, js, PAY.sandbox, "the sandbox gateway's page");
    await page.getByRole("button", { name: PAY.cancel }).click();
    await expect(page).toHaveURL(/\/thanh-toan\/giao-dich\/[^/?]+$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(PAY.resultTitle);
    await expect(main(page).getByText(PAY.failed, { exact: true })).toBeVisible();
    await expectNoAxeViolations(page, "the payment's result", js);
    await main(page).getByRole("link", { name: PAY.retry }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(PAY.title);
    await expect(main(page).getByText(PAY.failed).first(), "the cancelled attempt is listed").toBeVisible();

    await goToGateway(page, js, PAY.sandbox, "the sandbox gateway's page");
    await payAtGateway(page, js);
    await checkReceipt(page, js, APPLICANT.name);

    // The dossier moved on, with the payment in its timeline and the receipt in its fee table.
    await visit(page, `/ho-so/${pid}`, js);
    await expect(statusTag(page)).toContainText(PAY.processing);
    await expect(timeline(page).filter({ hasText: PAY.paidEntry })).toHaveCount(1);
    await expect(main(page).getByRole("link", { name: PAY.receiptPdf })).toHaveCount(1);
    await expect(main(page).getByRole("link", { name: PAY.payOnline, exact: true }), "nothing is left to pay").toHaveCount(0);
    expect(withoutRejectedForms(problems)).toEqual([]);
  });

  test("the applicant pays from her dossier through VNPay (its stand-in, another server); the dossier moves on", async ({
    page,
    baseURL,
    javaScriptEnabled: js,
  }) => {
    const problems = collectPageErrors(page);
    await logIn(page, js, APPLICANT);
    const { pid } = await claimDossier(page, js);
    await visit(page, `/thanh-toan/ho-so/${pid}`, js);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(PAY.title);
    await goToGateway(page, js, PAY.vnpay, "the VNPay stand-in's page");
    expect(new URL(page.url()).origin, "VNPay's page is another server").not.toBe(new URL(baseURL!).origin);
    await payAtGateway(page, js);
    await expect(main(page).getByRole("link", { name: PAY.viewReceipt })).toBeVisible();
    await visit(page, `/ho-so/${pid}`, js);
    await expect(statusTag(page)).toContainText(PAY.processing);
    await expect(timeline(page).filter({ hasText: PAY.paidEntry })).toHaveCount(1);
    expect(withoutRejectedForms(problems)).toEqual([]);
  });

  test("a visitor finds a dossier by its receipt code and the full ID number and pays through VNPay (its stand-in); the name masked; a stranger sees no receipt", async ({
    page,
    browser,
    baseURL,
    javaScriptEnabled: js,
  }) => {
    // The receipt code, as the applicant has it on paper: read from her account.
    await logIn(page, js, APPLICANT);
    const { pid, code } = await claimDossier(page, js);
    expect(code).toMatch(/^[0-9A-Z.]+-\d{6}-\d{4}$/);

    const context = await browser.newContext({ javaScriptEnabled: js, baseURL });
    const visitor = await context.newPage();
    const problems = collectPageErrors(visitor);
    await visit(visitor, "/thanh-toan", js);
    await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(PAY.lookupTitle);
    await expectNoAxeViolations(visitor, "the payment lookup", js);
    await visitor.getByLabel(PAY.code).fill(code);
    await visitor.getByLabel(PAY.idNumber).fill("056185000000");
    await visitor.getByRole("button", { name: PAY.search }).click();
    await expect(errorSummary(visitor)).toContainText(PAY.notFound);
    await expect(visitor.getByLabel(PAY.code), "the code typed is kept").toHaveValue(code);
    await expect(visitor.getByLabel(PAY.idNumber), "the ID number is never sent back").toHaveValue("");
    await expectNoAxeViolations(visitor, "the payment lookup with its error", js);
    // The last four digits alone no longer open it.
    await visitor.getByLabel(PAY.idNumber).fill("4321");
    await visitor.getByRole("button", { name: PAY.search }).click();
    await expect(errorSummary(visitor)).toBeVisible();
    await expect(visitor).toHaveURL(/\/thanh-toan(\?|$)/);
    await visitor.getByLabel(PAY.idNumber).fill(APPLICANT.login);
    await visitor.getByRole("button", { name: PAY.search }).click();
    await expect(visitor).toHaveURL(new RegExp(`/thanh-toan/ho-so/${pid}$`));
    await expect(main(visitor).locator("table.fees tfoot")).toContainText(PAY.total);
    await expect(main(visitor)).not.toContainText(APPLICANT.name);
    await expect(main(visitor)).toContainText(MASKED_NAME);

    await goToGateway(visitor, js, PAY.vnpay, "the VNPay stand-in's page");
    expect(new URL(visitor.url()).origin, "VNPay's page is another server").not.toBe(new URL(baseURL!).origin);
    await payAtGateway(visitor, js);
    const result = visitor.url();
    const receipt = await main(visitor).getByRole("link", { name: PAY.viewReceipt }).getAttribute("href");
    await checkReceipt(visitor, js, MASKED_NAME);
    await context.close();

    // Somebody else, in a browser of their own: neither the result nor the receipt exists.
    const stranger = await browser.newContext({ javaScriptEnabled: js, baseURL });
    const other = await stranger.newPage();
    await visit(other, new URL(result).pathname, js);
    await expect(main(other)).not.toContainText(PAY.paid);
    await expect(main(other)).not.toContainText(PAY.total);
    for (const where of [receipt!, `${receipt}/pdf`]) {
      const response = await other.request.get(where);
      expect(response.status(), where).toBe(404);
      expect(await response.text()).not.toContain(APPLICANT.name);
    }
    await stranger.close();

    // The applicant's dossier moved on.
    await visit(page, `/ho-so/${pid}`, js);
    await expect(statusTag(page)).toContainText(PAY.processing);
    expect(withoutRejectedForms(problems)).toEqual([]);
  });

  test("the lookup asks for a captcha after five wrong tries on a code, and opens with it and the right ID number", async ({
    page,
    browser,
    baseURL,
    javaScriptEnabled: js,
  }) => {
    await logIn(page, js, APPLICANT);
    const { pid, code } = await claimDossier(page, js);
    const context = await browser.newContext({ javaScriptEnabled: js, baseURL });
    const visitor = await context.newPage();
    const problems = collectPageErrors(visitor);
    await visit(visitor, "/thanh-toan", js);
    for (let i = 1; i <= 5; i++) {
      await expect(main(visitor).getByLabel(PAY.captcha, { exact: true }), `no captcha before try ${i}`).toHaveCount(0);
      await visitor.getByLabel(PAY.code).fill(code);
      await visitor.getByLabel(PAY.idNumber).fill(`05618500000${i}`);
      await visitor.getByRole("button", { name: PAY.search }).click();
      await expect(errorSummary(visitor)).toContainText(PAY.notFound);
    }
    // The sixth try needs the captcha: the form says why and shows it, the code still there.
    await expect(main(visitor).getByText(PAY.captchaNeeded)).toBeVisible();
    await expect(main(visitor).getByLabel(PAY.captcha, { exact: true })).toBeVisible();
    await expect(visitor.getByLabel(PAY.code)).toHaveValue(code);
    await expectNoAxeViolations(visitor, "the payment lookup asking for a captcha", js);
    // The right ID number without the captcha's answer: refused for the captcha.
    await visitor.getByLabel(PAY.idNumber).fill(APPLICANT.login);
    await visitor.getByRole("button", { name: PAY.search }).click();
    await expect(errorSummary(visitor)).toContainText(PAY.captchaWrong);
    await expect(visitor.getByLabel(PAY.code), "the code typed is kept").toHaveValue(code);
    // With it: the dossier opens, the applicant's name masked.
    await visitor.getByLabel(PAY.idNumber).fill(APPLICANT.login);
    await answerCaptcha(visitor);
    await visitor.getByRole("button", { name: PAY.search }).click();
    await expect(visitor).toHaveURL(new RegExp(`/thanh-toan/ho-so/${pid}$`));
    await expect(main(visitor)).toContainText(MASKED_NAME);
    await expect(main(visitor)).not.toContainText(APPLICANT.name);
    expect(withoutRejectedForms(problems)).toEqual([]);
    await context.close();
  });

  test("an administrator lists the payments: the state filter, a date it cannot read, the CSV with the same filters; axe", async ({
    page,
    javaScriptEnabled: js,
  }) => {
    const problems = collectPageErrors(page);
    await logIn(page, js, ADMIN);
    await visit(page, "/quan-tri/thanh-toan", js);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Giao dịch thanh toán");
    await expectNoAxeViolations(page, "the operators' list of payments", js);
    const form = main(page).locator("form").first();
    await form.getByLabel("Trạng thái", { exact: true }).selectOption("paid");
    await form.getByRole("button", { name: "Tìm kiếm", exact: true }).click();
    await expect(page).toHaveURL((url) => url.pathname === "/quan-tri/thanh-toan" && url.searchParams.get("trang-thai") === "paid");
    await expect(main(page).getByText(/^\d+ mục · Đã thu: [\d.]+\sđ$/)).toBeVisible();
    const states = main(page).locator("tbody tr td:nth-child(5)");
    for (const state of await states.allTextContents()) expect(state.trim()).toMatch(/^Thanh toán thành công/);
    await expect(main(page).getByRole("link", { name: "Tải danh sách (CSV)" })).toHaveAttribute("href", /trang-thai=paid/);

    await form.getByLabel("Từ ngày", { exact: true }).fill("31/02/2026");
    await form.getByRole("button", { name: "Tìm kiếm", exact: true }).click();
    await expect(errorSummary(page)).toBeVisible();
    await expect(form.getByLabel("Từ ngày", { exact: true })).toHaveAttribute("aria-invalid", "true");
    await expect(form.getByLabel("Từ ngày", { exact: true }), "what was typed is kept").toHaveValue("31/02/2026");
    await expectNoAxeViolations(page, "the operators' list with its error", js);
    expect(withoutRejectedForms(problems)).toEqual([]);
  });
});
