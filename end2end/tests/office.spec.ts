/**
 * The officers' back office (SPEC §5) in the browser, with and without JavaScript: an officer of
 * the commune takes a dossier of the demo applicant Trần Thị Thu from "Chờ tiếp nhận" through
 * reception, a supplement request (answered by the citizen in her own browser), processing, the
 * result and its hand-over; a wrong postal number on "Trả kết quả"; the queue's tabs, search and
 * agency switcher; nobody but the agency's officers reaching any of it; the administrators'
 * audit log; axe and the 320 px reflow on the new pages.
 *
 * Shared data: both projects and both workers use one server and database, seeded with the demo
 * data (server/src/demo.rs). Trần Thị Thu's 17 dossiers fill the first commune's queue; eight
 * wait in "Chờ tiếp nhận" so that every run of the journey (js, nojs, retries) receives its own:
 * each takes the first one still waiting, one run at a time (`exclusively`). Every other test only
 * reads, or sends input the server refuses, so that none changes a dossier another test uses.
 *
 * The strings are the visible interface (app/locales/vi.json "office" and "dossier",
 * domain::dossier labels); the pages are those of app/src/office/pages.rs.
 */
import { expect, test, type Browser, type Locator, type Page } from "@playwright/test";
import { collectPageErrors, expectNoAxeViolations, visit } from "./helpers";
import { errorSummary, exclusively, expectFieldErrors, logIn, withoutRejectedForms } from "./account-helpers";
import {
  BIRTH, COMPONENT, TEXT as DOSSIER, dossierItems, downloadedText, escapeRegExp, fact, pdf, settle, statusTag, timeline,
  uploadInto,
} from "./dossier-helpers";

// ---------------------------------------------------------------------------------------------
// The demo accounts (server/src/demo.rs)
// ---------------------------------------------------------------------------------------------

/** Officer of the first two communes; the demo dossiers go to the first. */
const OFFICER = { login: "canbo.motcua", password: "CanBo@2026", phone: "0905123456", name: "Lê Minh Tuấn" } as const;
/** Officer of the second commune only. */
const OTHER_OFFICER = { login: "canbo.xa2", password: "CanBo@2026", phone: "0905345678", name: "Đặng Văn Phúc" } as const;
const ADMIN = { login: "quantri", password: "QuanTri@2026", phone: "0935123456", name: "Phạm Quốc Hùng" } as const;
/** The citizen whose dossiers fill the first commune's queue. */
const APPLICANT = {
  login: "056185004321",
  password: "CongDan@2026",
  phone: "0978123456",
  name: "Trần Thị Thu",
  dossiers: 17,
} as const;

// ---------------------------------------------------------------------------------------------
// The interface
// ---------------------------------------------------------------------------------------------

const QUEUE = "/can-bo/ho-so";
const AUDIT = "/quan-tri/nhat-ky";

const OFFICE = {
  queueTitle: "Hồ sơ của cơ quan",
  tabsLabel: "Hồ sơ theo trạng thái",
  searchLabel: "Mã hồ sơ, số giấy tờ hoặc họ tên người nộp",
  fromLabel: "Nộp từ ngày",
  search: "Tìm kiếm",
  agencyLabel: "Cơ quan",
  switchAgency: "Chuyển cơ quan",
  empty: "Không có hồ sơ nào.",
  receipt: "Số biên nhận",
  actionsTitle: "Xử lý hồ sơ",
  applicantTitle: "Thông tin người nộp",
  filesTitle: "Thành phần hồ sơ",
  resultsTitle: "Kết quả giải quyết",
  download: "Tải về",
  preview: "Xem trước",
  previewPdf: "Xem (mở trong thẻ mới)",
  trackingInPerson: "Trả trực tiếp thì không có số hiệu bưu gửi: chọn \"Qua dịch vụ bưu chính công ích\" hoặc xóa số hiệu.",
  replaced: "đã được thay thế",
  confirm: "Xác nhận",
  noActions: "Không còn thao tác nào với hồ sơ ở trạng thái này.",
  notAllowedNow: "Hồ sơ ở trạng thái hiện tại không cho phép thao tác này.",
  backToDossier: "Quay lại hồ sơ",
  components: "Giấy tờ cần bổ sung, thay thế",
  supplementNote: "Nội dung yêu cầu bổ sung",
  reasonRequired: "Nhập lý do, ít nhất 5 ký tự.",
  noteOptional: "Ghi chú (không bắt buộc)",
  resultFiles: "Tệp kết quả giải quyết",
  method: "Hình thức trả kết quả",
  inPerson: "Trực tiếp tại Bộ phận một cửa",
  post: "Qua dịch vụ bưu chính công ích",
  tracking: "Số hiệu bưu gửi",
  trackingInvalid: "Nhập số hiệu bưu gửi gồm 13 ký tự, ví dụ EB123456785VN.",
  stale: "Hồ sơ đã được cập nhật bởi người khác.",
  done: (action: string) => `Đã thực hiện: ${action}.`,
  auditTitle: "Nhật ký thao tác",
  notifications: "Thông báo",
  openDossier: "Xem hồ sơ",
} as const;

/** The queue's tabs, in order, with their slugs. */
const TABS = [
  ["Chờ tiếp nhận", "cho-tiep-nhan"],
  ["Đang xử lý", "dang-xu-ly"],
  ["Yêu cầu bổ sung / Đã bổ sung", "bo-sung"],
  ["Tạm dừng", "tam-dung"],
  ["Chờ thanh toán", "cho-thanh-toan"],
  ["Sắp đến hạn", "sap-den-han"],
  ["Quá hạn", "qua-han"],
  ["Đã giải quyết", "da-giai-quyet"],
  ["Từ chối / Đã rút", "da-dong"],
] as const;

/** The officer's actions: the label of the link, button and page title, and the page's slug. */
const ACTION = {
  receive: { label: "Tiếp nhận hồ sơ", slug: "tiep-nhan" },
  refuse: { label: "Từ chối hồ sơ", slug: "tu-choi" },
  process: { label: "Chuyển xử lý", slug: "xu-ly" },
  supplement: { label: "Yêu cầu bổ sung", slug: "yeu-cau-bo-sung" },
  resolve: { label: "Cập nhật kết quả giải quyết", slug: "ket-qua" },
  handOver: { label: "Trả kết quả", slug: "tra-ket-qua" },
  apology: { label: "Văn bản xin lỗi", slug: "xin-loi" },
} as const;
type Act = (typeof ACTION)[keyof typeof ACTION];

/** The statuses (domain::dossier::Status::label_vi). */
const STATUS = {
  submitted: "Chờ tiếp nhận",
  received: "Đã tiếp nhận",
  processing: "Đang xử lý",
  supplementRequested: "Yêu cầu bổ sung",
  supplemented: "Đã bổ sung",
  paused: "Tạm dừng",
  resolved: "Đã giải quyết – chờ trả kết quả",
  returned: "Đã trả kết quả",
} as const;

/** Who moved a dossier, as the officer's timeline says it (the citizen's has no name). */
const BY_OFFICER = `${DOSSIER.officer} (${OFFICER.name})`;

/** The "not found" page every back-office address answers to anyone it is not for. */
const NOT_FOUND = { title: "Không tìm thấy trang – Cổng Dịch vụ công", heading: "Không tìm thấy trang" };

/** The first line of a timeline entry: "<status> · <time> · <who>". */
function entry(status: string, actor: string): RegExp {
  return new RegExp(`^${escapeRegExp(status)}\\s*·\\s*\\d{2}:\\d{2} \\d{2}/\\d{2}/\\d{4}\\s*·\\s*${escapeRegExp(actor)}`);
}

function main(page: Page): Locator {
  return page.getByRole("main");
}

/** A tab of the queue: its link reads "<label> <count>". */
function tabLink(page: Page, label: string): Locator {
  return page
    .getByRole("navigation", { name: OFFICE.tabsLabel, exact: true })
    .getByRole("link", { name: new RegExp(`^${escapeRegExp(label)}\\s*\\d+$`) });
}

/** The number a tab shows. */
function tabCount(page: Page, label: string): Locator {
  return tabLink(page, label).locator(".count");
}

/** The queue's rows (not the header). */
function queueRows(page: Page): Locator {
  return main(page)
    .getByRole("table", { name: OFFICE.queueTitle, exact: true })
    .getByRole("row")
    .filter({ has: page.getByRole("cell") });
}

/** The rows of one applicant. */
function rowsOf(page: Page, applicant: string): Locator {
  return queueRows(page).filter({ has: page.getByRole("cell", { name: applicant, exact: true }) });
}

/** "N hồ sơ" above the table. */
function resultCount(page: Page): Locator {
  return main(page).getByRole("status").filter({ hasText: /^\d+ hồ sơ$/ });
}

/** The dossier page's notice after an action ("Đã thực hiện: …"). */
function notice(page: Page): Locator {
  return main(page).getByRole("status");
}

/** The action links of "Xử lý hồ sơ", in order. */
function actionLinks(page: Page): Locator {
  return main(page)
    .getByRole("heading", { level: 2, name: OFFICE.actionsTitle, exact: true })
    .locator("xpath=following-sibling::*[1][self::ul]")
    .getByRole("link");
}

/** The files of "Thành phần hồ sơ" on the officer's page. */
function fileItems(page: Page): Locator {
  return main(page)
    .getByRole("heading", { level: 2, name: OFFICE.filesTitle, exact: true })
    .locator("xpath=following-sibling::*[1][self::ul]")
    .getByRole("listitem");
}

/**
 * With JavaScript, waits until a page loaded in full has hydrated (as `settle` does), for 15 s at
 * most (a page that keeps a connection open would otherwise hold the test up; nothing that
 * follows depends on more than hydration).
 */
async function calm(page: Page, js: boolean): Promise<void> {
  if (js) await page.waitForLoadState("networkidle", { timeout: 15_000 }).catch(() => undefined);
}

/** Opens the officer's page of a dossier. */
async function openDossier(page: Page, pid: string, js: boolean): Promise<void> {
  const response = await page.goto(`${QUEUE}/${pid}`);
  expect(response?.status(), `${QUEUE}/${pid}`).toBe(200);
  await calm(page, js);
}

/** The public id in /can-bo/ho-so/{pid}… */
function officePid(page: Page): string {
  const m = /^\/can-bo\/ho-so\/([^/?#]+)/.exec(new URL(page.url()).pathname);
  expect(m, `an officer's dossier address: ${page.url()}`).not.toBeNull();
  return m![1];
}

/** Logs an officer in: they land on their agency's queue. */
async function officerLogIn(page: Page, js: boolean, who: { login: string; password: string; phone: string }): Promise<void> {
  await logIn(page, js, who);
  await expect(page).toHaveURL((url) => url.pathname === QUEUE);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(OFFICE.queueTitle);
  await settle(page, js);
}

/** A new browser (own cookies) in the same project. */
async function newBrowser(browser: Browser, js: boolean, baseURL: string | undefined) {
  const context = await browser.newContext({ javaScriptEnabled: js, baseURL });
  return { context, page: await context.newPage() };
}

/**
 * On the officer's dossier page: follows the action's link, fills its form (`fill`), presses
 * "Xác nhận", and checks the page it comes back to ("Đã thực hiện: …").
 */
async function act(page: Page, js: boolean, pid: string, action: Act, fill?: () => Promise<void>): Promise<void> {
  await actionLinks(page).filter({ hasText: new RegExp(`^${escapeRegExp(action.label)}$`) }).click();
  await expect(page).toHaveURL((url) => url.pathname === `${QUEUE}/${pid}/${action.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(action.label);
  if (fill) await fill();
  await main(page).getByRole("button", { name: OFFICE.confirm, exact: true }).click();
  await expect(page).toHaveURL(
    (url) => url.pathname === `${QUEUE}/${pid}` && url.searchParams.get("tb") === `${action.slug}-xong`,
  );
  await expect(notice(page)).toHaveText(OFFICE.done(action.label));
  await calm(page, js);
}

/** The page answers HTTP 404 with the "not found" page, and shows nothing of `secrets`. */
async function expectNotFound(page: Page, path: string, js: boolean, secrets: string[] = []): Promise<void> {
  const response = await visit(page, path, js);
  expect(response.status(), path).toBe(404);
  await expect(page, path).toHaveTitle(NOT_FOUND.title);
  // The "not found" page and nothing else: the back office is not even disclosed (soft: the
  // other addresses are checked all the same).
  await expect.soft(page.getByRole("heading", { level: 1 }), `${path}: the only h1`).toHaveText([NOT_FOUND.heading]);
  await expect.soft(main(page).getByText(OFFICE.queueTitle), `${path}: a link to the back office`).toHaveCount(0);
  const html = await page.content();
  for (const secret of secrets) expect(html, `${path} shows ${secret}`).not.toContain(secret);
}

test.describe("the back office", () => {
  test.beforeEach(() => {
    // Logins (argon2, SMS code), many page loads and uploads per test, on a busy machine.
    test.setTimeout(150_000);
  });

  test("an officer receives a dossier, asks for a supplement that the citizen sends, processes it, records the result and hands it over; the citizen follows every step", async ({
    page,
    browser,
    baseURL,
    javaScriptEnabled: js,
  }) => {
    test.setTimeout(300_000);
    const problems = collectPageErrors(page);
    const run = `${js ? "js" : "nojs"}-${test.info().retry}`;
    const request = `Bản chụp giấy chứng sinh bị mờ (${run}). Đề nghị nộp lại bản rõ nét.`;
    const supplementFile = pdf(`giay-chung-sinh-ro-net-${run}.pdf`);
    const resultNote = `Đã ký giấy khai sinh (${run}).`;
    const resultFile = pdf(`giay-khai-sinh-${run}.pdf`, `ket qua ${run}`);

    await officerLogIn(page, js, OFFICER);

    // One run at a time takes the first dossier of Trần Thị Thu still waiting and receives it.
    const { pid, code } = await exclusively("office-receive", async () => {
      await visit(page, QUEUE, js);
      await tabLink(page, "Chờ tiếp nhận").click();
      await expect(page).toHaveURL((url) => url.pathname === QUEUE && url.searchParams.get("tab") === "cho-tiep-nhan");
      await expect(tabLink(page, "Chờ tiếp nhận")).toHaveAttribute("aria-current", "page");
      const row = rowsOf(page, APPLICANT.name).first();
      await expect(row, "the queue the officer lands on (the commune the demo dossiers went to) has dossiers of Trần Thị Thu waiting").toBeVisible();
      await expect(row.getByRole("cell").nth(2)).toHaveText(BIRTH.name);
      await expect(row.getByRole("cell").nth(5)).toHaveText(STATUS.submitted);
      const link = row.getByRole("cell").first().getByRole("link");
      const code = ((await link.textContent()) ?? "").trim();
      expect(code).toMatch(/^[0-9A-Z.]+-\d{6}-\d{4}$/);
      await link.click();

      // The dossier as the officer sees it, with the actions its status allows.
      await expect(page).toHaveURL(/\/can-bo\/ho-so\/[^/?]+$/);
      const pid = officePid(page);
      await expect(main(page).getByText(`${OFFICE.receipt}: ${code}`, { exact: true })).toBeVisible();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(BIRTH.name);
      await expect(statusTag(page)).toHaveText(STATUS.submitted);
      await expect(actionLinks(page)).toHaveText([ACTION.receive.label, ACTION.refuse.label, ACTION.supplement.label]);
      await expect(actionLinks(page).first()).toHaveAttribute("href", `${QUEUE}/${pid}/${ACTION.receive.slug}`);
      await expect(timeline(page)).toHaveCount(1);
      await expect(timeline(page).first()).toHaveText(entry(STATUS.submitted, DOSSIER.citizen));
      await act(page, js, pid, ACTION.receive);
      return { pid, code };
    });
    await expect(statusTag(page)).toHaveText(STATUS.received);
    await expect(timeline(page)).toHaveCount(2);
    await expect(timeline(page).last()).toHaveText(entry(STATUS.received, BY_OFFICER));
    await expect(fact(main(page), "Hạn giải quyết")).toHaveText(/^\d{2}:\d{2} \d{2}\/\d{2}\/\d{4}/);
    // The applicant unmasked, and the files, to download or preview.
    await expect(main(page).getByRole("heading", { level: 2, name: OFFICE.applicantTitle, exact: true })).toBeVisible();
    await expect(fact(main(page), "Họ và tên")).toHaveText(APPLICANT.name);
    await expect(fact(main(page), "Số định danh / mã số thuế")).toHaveText(APPLICANT.login);
    await expect(fact(main(page), "Số điện thoại")).toHaveText(APPLICANT.phone);
    await expect(main(page).getByRole("heading", { level: 2, name: OFFICE.filesTitle, exact: true })).toBeVisible();
    const downloads = main(page).getByRole("link", { name: OFFICE.download, exact: true });
    await expect(downloads.first()).toHaveAttribute("href", new RegExp(`^/ho-so/${pid}/tep-da-nop/[^/]+$`));
    const file = await page.request.get((await downloads.first().getAttribute("href"))!);
    expect(file.status(), "the officer downloads a file of the dossier").toBe(200);
    expect((await file.body()).subarray(0, 5).toString()).toBe("%PDF-");
    // A PDF is previewed in the browser's own viewer, in a new tab: served inline, as a PDF.
    const first = fileItems(page).first();
    const fileHref = (await first.getByRole("link", { name: OFFICE.download, exact: true }).getAttribute("href"))!;
    const view = first.getByRole("link", { name: OFFICE.previewPdf, exact: true });
    await expect(view).toHaveAttribute("href", `${fileHref}?xem=1`);
    await expect(view).toHaveAttribute("target", "_blank");
    const shown = await page.request.get(`${fileHref}?xem=1`);
    expect(shown.status()).toBe(200);
    expect(shown.headers()["content-type"]).toBe("application/pdf");
    expect(shown.headers()["content-disposition"]).toMatch(/^inline;/);

    // "Yêu cầu bổ sung": a note too short is refused by the server too (the browser's own check
    // is turned off to reach it), then the birth certificate is asked for again.
    await actionLinks(page).filter({ hasText: new RegExp(`^${ACTION.supplement.label}$`) }).click();
    await expect(page).toHaveURL((url) => url.pathname === `${QUEUE}/${pid}/${ACTION.supplement.slug}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(ACTION.supplement.label);
    const components = main(page).getByRole("group", { name: OFFICE.components, exact: true }).getByRole("checkbox");
    await expect(components).toHaveCount(5);
    const note = page.getByLabel(OFFICE.supplementNote, { exact: true });
    await expect(note).toHaveAttribute("required", "");
    await note.fill("Mờ");
    await note.evaluate((el) => ((el as HTMLTextAreaElement).form!.noValidate = true));
    await main(page).getByRole("button", { name: OFFICE.confirm, exact: true }).click();
    await expectFieldErrors(page, [{ label: OFFICE.supplementNote, id: "note", message: OFFICE.reasonRequired }]);
    await expect(page).toHaveURL((url) => url.pathname === `${QUEUE}/${pid}/${ACTION.supplement.slug}`);
    await settle(page, js);
    await main(page)
      .getByRole("group", { name: OFFICE.components, exact: true })
      .getByRole("checkbox", { name: COMPONENT.birthCertificate, exact: true })
      .check();
    await page.getByLabel(OFFICE.supplementNote, { exact: true }).fill(request);
    await main(page).getByRole("button", { name: OFFICE.confirm, exact: true }).click();
    await expect(page).toHaveURL(
      (url) => url.pathname === `${QUEUE}/${pid}` && url.searchParams.get("tb") === `${ACTION.supplement.slug}-xong`,
    );
    await expect(notice(page)).toHaveText(OFFICE.done(ACTION.supplement.label));
    await calm(page, js);
    await expect(statusTag(page)).toHaveText(STATUS.supplementRequested);
    await expect(timeline(page)).toHaveCount(3);
    await expect(timeline(page).last()).toHaveText(entry(STATUS.supplementRequested, BY_OFFICER));
    await expect(timeline(page).last()).toContainText(request);
    await expect(actionLinks(page)).toHaveCount(0);
    await expect(main(page).getByText(OFFICE.noActions, { exact: true })).toBeVisible();

    // The citizen, in her own browser.
    const citizen = await newBrowser(browser, js, baseURL);
    const citizenProblems = collectPageErrors(citizen.page);
    try {
      const c = citizen.page;
      await logIn(c, js, APPLICANT);
      await visit(c, `/ho-so/${pid}`, js);
      await expect(c.getByRole("heading", { level: 1 })).toHaveText(BIRTH.name);
      await expect(main(c).getByText(code, { exact: true })).toBeVisible();
      await expect(statusTag(c)).toHaveText(STATUS.supplementRequested);
      const asked = main(c).getByText(DOSSIER.supplementRequested, { exact: true });
      await expect(asked).toBeVisible();
      await expect(asked.locator("xpath=following-sibling::p[1]")).toHaveText(request);
      await expect(timeline(c)).toHaveCount(3);
      await expect(timeline(c).nth(0)).toHaveText(entry(STATUS.submitted, DOSSIER.citizen));
      await expect(timeline(c).nth(1)).toHaveText(entry(STATUS.received, DOSSIER.officer));
      await expect(timeline(c).nth(2)).toHaveText(entry(STATUS.supplementRequested, DOSSIER.officer));
      await main(c).getByRole("link", { name: DOSSIER.supplement, exact: true }).click();

      // "Bổ sung hồ sơ" offers only the document asked for.
      await expect(c).toHaveURL((url) => url.pathname === `/ho-so/${pid}/bo-sung`);
      await expect(c.getByRole("heading", { level: 1 })).toHaveText(DOSSIER.supplement);
      await expect(dossierItems(c)).toHaveCount(1);
      await expect(dossierItems(c).first().getByRole("heading", { level: 2 })).toHaveText(
        new RegExp(`^${escapeRegExp(COMPONENT.birthCertificate)}`),
      );
      await settle(c, js);
      await uploadInto(c, js, COMPONENT.birthCertificate, supplementFile);
      await main(c).getByRole("button", { name: DOSSIER.supplementSubmit, exact: true }).click();
      await expect(c).toHaveURL((url) => url.pathname === `/ho-so/${pid}` && url.searchParams.get("tb") === "da-bo-sung");
      await expect(main(c).getByRole("status")).toHaveText(DOSSIER.supplemented);
      await expect(statusTag(c)).toHaveText(STATUS.supplemented);
      await expect(timeline(c)).toHaveCount(4);
      await expect(timeline(c).last()).toHaveText(entry(STATUS.supplemented, DOSSIER.citizen));

      // Her notifications tell her about the reception (with the due date) and the request.
      await visit(c, "/thong-bao", js);
      await expect(c.getByRole("heading", { level: 1 })).toHaveText(OFFICE.notifications);
      const noticeOf = (status: string) =>
        main(c).getByRole("listitem").filter({ has: c.getByText(`Hồ sơ ${code}: ${status}`, { exact: true }) });
      await expect(noticeOf(STATUS.received)).toHaveCount(1);
      await expect(noticeOf(STATUS.received)).toContainText("Ngày hẹn trả kết quả:");
      await expect(noticeOf(STATUS.supplementRequested)).toHaveCount(1);
      await expect(noticeOf(STATUS.supplementRequested)).toContainText(request);
      // "Xem hồ sơ" opens the notice (marked read) and goes on to the dossier.
      const open = noticeOf(STATUS.supplementRequested).getByRole("link", { name: new RegExp(`^${OFFICE.openDossier}`) });
      await expect(open).toHaveAttribute("href", /^\/thong-bao\/\d+$/);
      await expectNoAxeViolations(c, "/thong-bao", js);

      // The officer sees the new file beside the one it replaces, and moves on.
      await openDossier(page, pid, js);
      await expect(statusTag(page)).toHaveText(STATUS.supplemented);
      await expect(timeline(page)).toHaveCount(4);
      await expect(timeline(page).last()).toHaveText(entry(STATUS.supplemented, DOSSIER.citizen));
      const files = fileItems(page);
      await expect(files.filter({ hasText: supplementFile.name })).toHaveCount(1);
      await expect(files.filter({ hasText: OFFICE.replaced })).toHaveCount(1);
      await expect(actionLinks(page).filter({ hasText: new RegExp(`^${ACTION.process.label}$`) })).toBeVisible();

      // A second tab with the same form, left open while the first one acts: its "Xác nhận"
      // comes too late and says so.
      const late = await page.context().newPage();
      await visit(late, `${QUEUE}/${pid}/${ACTION.process.slug}`, js);
      await expect(late.getByRole("heading", { level: 1 })).toHaveText(ACTION.process.label);
      await act(page, js, pid, ACTION.process);
      await expect(statusTag(page)).toHaveText(STATUS.processing);
      await expect(timeline(page)).toHaveCount(5);
      await expect(timeline(page).last()).toHaveText(entry(STATUS.processing, BY_OFFICER));
      await main(late).getByRole("button", { name: OFFICE.confirm, exact: true }).click();
      await expect(late).toHaveURL((url) => url.pathname === `${QUEUE}/${pid}` && url.searchParams.get("tb") === "da-cap-nhat");
      await expect(notice(late)).toContainText(OFFICE.stale);
      await expect(statusTag(late)).toHaveText(STATUS.processing);
      await expect(timeline(late)).toHaveCount(5);
      await late.close();

      // The result: a plain multipart form, with JavaScript or without.
      await actionLinks(page).filter({ hasText: new RegExp(`^${ACTION.resolve.label}$`) }).click();
      await expect(page).toHaveURL((url) => url.pathname === `${QUEUE}/${pid}/${ACTION.resolve.slug}`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(ACTION.resolve.label);
      await page.getByLabel(OFFICE.noteOptional, { exact: true }).fill(resultNote);
      await page.getByLabel(OFFICE.resultFiles, { exact: true }).setInputFiles(resultFile);
      await main(page).getByRole("button", { name: OFFICE.confirm, exact: true }).click();
      await expect(page).toHaveURL(
        (url) => url.pathname === `${QUEUE}/${pid}` && url.searchParams.get("tb") === `${ACTION.resolve.slug}-xong`,
      );
      await expect(notice(page)).toHaveText(OFFICE.done(ACTION.resolve.label));
      await calm(page, js);
      await expect(statusTag(page)).toHaveText(STATUS.resolved);
      await expect(main(page).getByRole("heading", { level: 2, name: OFFICE.resultsTitle, exact: true })).toBeVisible();
      await expect(main(page).getByRole("link", { name: resultFile.name, exact: true })).toHaveAttribute(
        "href",
        new RegExp(`^/ho-so/${pid}/ket-qua/[^/]+$`),
      );
      await expect(timeline(page)).toHaveCount(6);
      await expect(timeline(page).last()).toHaveText(entry(STATUS.resolved, BY_OFFICER));
      await expect(timeline(page).last()).toContainText(resultNote);
      await expect(actionLinks(page)).toHaveText([ACTION.handOver.label]);

      // Handed over at the counter (the dossier asked for the result online: in person is preset).
      await act(page, js, pid, ACTION.handOver, async () => {
        const method = main(page).getByRole("group", { name: OFFICE.method, exact: true });
        await expect(method.getByRole("radio", { name: OFFICE.inPerson, exact: true })).toBeChecked();
        await method.getByRole("radio", { name: OFFICE.inPerson, exact: true }).check();
      });
      await expect(statusTag(page)).toHaveText(STATUS.returned);
      await expect(main(page).getByText(OFFICE.noActions, { exact: true })).toBeVisible();
      await expect(main(page).getByText(`${OFFICE.method}: ${OFFICE.inPerson}`)).toBeVisible();
      await expect(timeline(page)).toHaveCount(7);
      await expect(timeline(page).last()).toHaveText(entry(STATUS.returned, BY_OFFICER));

      // The citizen sees every step, downloads the result and has a notice for each step.
      await visit(c, `/ho-so/${pid}`, js);
      await expect(statusTag(c)).toHaveText(STATUS.returned);
      await expect(main(c).getByText(DOSSIER.supplementRequested, { exact: true })).toHaveCount(0);
      const steps: [string, string][] = [
        [STATUS.submitted, DOSSIER.citizen],
        [STATUS.received, DOSSIER.officer],
        [STATUS.supplementRequested, DOSSIER.officer],
        [STATUS.supplemented, DOSSIER.citizen],
        [STATUS.processing, DOSSIER.officer],
        [STATUS.resolved, DOSSIER.officer],
        [STATUS.returned, DOSSIER.officer],
      ];
      await expect(timeline(c)).toHaveCount(steps.length);
      for (const [i, [status, actor]] of steps.entries()) await expect(timeline(c).nth(i)).toHaveText(entry(status, actor));
      await expect(timeline(c).nth(5)).toContainText(resultNote);
      await expect(main(c).getByRole("heading", { level: 2, name: OFFICE.resultsTitle, exact: true })).toBeVisible();
      const result = main(c).getByRole("link", { name: resultFile.name, exact: true });
      await expect(result).toHaveAttribute("href", new RegExp(`^/ho-so/${pid}/ket-qua/[^/]+$`));
      const [download] = await Promise.all([c.waitForEvent("download"), result.click()]);
      expect(download.suggestedFilename()).toBe(resultFile.name);
      expect(await downloadedText(download)).toBe(resultFile.buffer.toString("utf8"));

      await visit(c, "/thong-bao", js);
      for (const status of [STATUS.received, STATUS.supplementRequested, STATUS.processing, STATUS.resolved, STATUS.returned]) {
        await expect(noticeOf(status), `the notice “Hồ sơ ${code}: ${status}”`).toHaveCount(1);
      }
      expect(withoutRejectedForms(citizenProblems)).toEqual([]);
    } finally {
      await citizen.context.close();
    }
    expect(withoutRejectedForms(problems)).toEqual([]);
  });

  test("“Trả kết quả” with a wrong postal tracking number keeps the officer on the form with the message, and changes nothing; axe on a dossier and an action page", async ({
    page,
    javaScriptEnabled: js,
  }) => {
    await officerLogIn(page, js, OFFICER);
    // The one resolved demo dossier still to hand over (the journey's own are resolved for a
    // moment too: the demo one is told by its result, "giay-khai-sinh.pdf"). Never handed over here.
    await visit(page, `${QUEUE}?tab=da-giai-quyet`, js);
    await expect(tabLink(page, "Đã giải quyết")).toHaveAttribute("aria-current", "page");
    const candidates = rowsOf(page, APPLICANT.name).filter({ has: page.getByRole("cell", { name: STATUS.resolved, exact: true }) });
    await expect(candidates.first(), "the queue the officer lands on (the commune the demo dossiers went to) has resolved dossiers").toBeVisible();
    const hrefs = await candidates.getByRole("link").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
    let pid = "";
    for (const href of hrefs) {
      await openDossier(page, href.replace(`${QUEUE}/`, ""), js);
      if ((await main(page).getByRole("link", { name: "giay-khai-sinh.pdf", exact: true }).count()) > 0) {
        pid = officePid(page);
        break;
      }
    }
    expect(pid, "the queue the officer lands on has the demo's resolved dossier awaiting hand-over").not.toBe("");
    await expect(statusTag(page)).toHaveText(STATUS.resolved);
    await expect(actionLinks(page)).toHaveText([ACTION.handOver.label]);
    const entries = await timeline(page).count();
    await expectNoAxeViolations(page, "an officer's dossier page", js);

    // An action the status does not allow: said plainly, nothing to confirm.
    await visit(page, `${QUEUE}/${pid}/${ACTION.refuse.slug}`, js);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(ACTION.refuse.label);
    await expect(main(page).getByText(OFFICE.notAllowedNow, { exact: true })).toBeVisible();
    await expect(main(page).getByRole("button", { name: OFFICE.confirm, exact: true })).toHaveCount(0);
    await main(page).getByRole("link", { name: OFFICE.backToDossier, exact: true }).click();
    await expect(page).toHaveURL((url) => url.pathname === `${QUEUE}/${pid}`);

    await actionLinks(page).filter({ hasText: new RegExp(`^${ACTION.handOver.label}$`) }).click();
    await expect(page).toHaveURL((url) => url.pathname === `${QUEUE}/${pid}/${ACTION.handOver.slug}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(ACTION.handOver.label);
    const method = main(page).getByRole("group", { name: OFFICE.method, exact: true });
    await expect(method.getByRole("radio", { name: OFFICE.inPerson, exact: true })).toBeChecked();
    await expectNoAxeViolations(page, "“Trả kết quả”", js);
    await method.getByRole("radio", { name: OFFICE.post, exact: true }).check();
    await page.getByLabel(OFFICE.tracking, { exact: true }).fill("123");
    await main(page).getByRole("button", { name: OFFICE.confirm, exact: true }).click();

    await expectFieldErrors(page, [{ label: OFFICE.tracking, id: "tracking", message: OFFICE.trackingInvalid }]);
    await expect(page).toHaveURL((url) => url.pathname === `${QUEUE}/${pid}/${ACTION.handOver.slug}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(ACTION.handOver.label);
    await expectNoAxeViolations(page, "“Trả kết quả” with an error", js);
    // What was chosen and typed comes back with the message (the server keeps a refused
    // action's answers for the page it redirects to). A number typed for an in-person hand-over
    // is refused too, so correcting the number alone cannot hand the result over in person.
    await expect(method.getByRole("radio", { name: OFFICE.post, exact: true })).toBeChecked();
    await expect(page.getByLabel(OFFICE.tracking, { exact: true })).toHaveValue("123");
    await method.getByRole("radio", { name: OFFICE.inPerson, exact: true }).check();
    await page.getByLabel(OFFICE.tracking, { exact: true }).fill("EB123456785VN");
    await main(page).getByRole("button", { name: OFFICE.confirm, exact: true }).click();
    await expectFieldErrors(page, [{ label: OFFICE.tracking, id: "tracking", message: OFFICE.trackingInPerson }]);

    await openDossier(page, pid, js);
    await expect(statusTag(page)).toHaveText(STATUS.resolved);
    await expect(actionLinks(page)).toHaveText([ACTION.handOver.label]);
    await expect(timeline(page)).toHaveCount(entries);
  });

  test("the queue: tabs with their counts, the overdue tab, search by ID number, code and name, a date it cannot read, the agency switcher; axe; 320 px wide", async ({
    page,
    javaScriptEnabled: js,
  }) => {
    await officerLogIn(page, js, OFFICER);
    const nav = page.getByRole("navigation", { name: OFFICE.tabsLabel, exact: true });
    await expect(nav.getByRole("link")).toHaveCount(TABS.length);
    for (const [i, [label, slug]] of TABS.entries()) {
      await expect(nav.getByRole("link").nth(i)).toHaveText(new RegExp(`^${escapeRegExp(label)}\\s*\\d+$`));
      // (The officer works for two agencies: the tabs stay in the one shown.)
      await expect(nav.getByRole("link").nth(i)).toHaveAttribute("href", new RegExp(`^/can-bo/ho-so\\?(co-quan=\\d+&)?tab=${slug}$`));
    }
    // The first tab is the one shown.
    await expect(tabLink(page, "Chờ tiếp nhận")).toHaveAttribute("aria-current", "page");
    await expect(nav.locator("[aria-current]")).toHaveCount(1);
    await expect(queueRows(page).first(), "the officer lands on the queue of the commune the demo dossiers went to").toBeVisible();
    await expect(resultCount(page)).toHaveText(/^\d+ hồ sơ$/);
    // Nobody else changes these: the demo data has one dossier of each.
    await expect(tabCount(page, "Quá hạn")).toHaveText("1");
    await expect(tabCount(page, "Tạm dừng")).toHaveText("1");
    await expect(tabCount(page, "Chờ thanh toán")).toHaveText("1");
    // Every received dossier of a one-day procedure is due within two working days: at least
    // the demo's "due soon" one is there, others come and go with the other tests.
    expect(Number(await tabCount(page, "Sắp đến hạn").textContent())).toBeGreaterThanOrEqual(1);
    const headers = main(page).getByRole("table", { name: OFFICE.queueTitle, exact: true }).getByRole("columnheader");
    await expect(headers).toHaveText(["Mã hồ sơ", "Người nộp", "Thủ tục", "Ngày nộp", "Hạn xử lý", "Trạng thái"]);
    await expectNoAxeViolations(page, "the queue", js);

    // "Quá hạn": the late dossier, with how late it is.
    await tabLink(page, "Quá hạn").click();
    await expect(page).toHaveURL((url) => url.pathname === QUEUE && url.searchParams.get("tab") === "qua-han");
    await expect(tabLink(page, "Quá hạn")).toHaveAttribute("aria-current", "page");
    await expect(tabLink(page, "Chờ tiếp nhận")).not.toHaveAttribute("aria-current", "page");
    await expect(resultCount(page)).toHaveText("1 hồ sơ");
    await expect(queueRows(page)).toHaveCount(1);
    const late = queueRows(page).first();
    await expect(late.getByRole("cell").nth(1)).toHaveText(APPLICANT.name);
    await expect(late.getByRole("cell").nth(4).getByText(/^quá hạn \d+ ngày làm việc$/)).toBeVisible();
    await expect(late.getByRole("cell").nth(5)).toHaveText(new RegExp(`^${STATUS.processing}\\s*Quá hạn$`));
    const lateCode = ((await late.getByRole("link").textContent()) ?? "").trim();
    await late.getByRole("link").click();
    await expect(page).toHaveURL(/\/can-bo\/ho-so\/[^/?]+$/);
    await expect(statusTag(page)).toHaveText(new RegExp(`^${STATUS.processing}\\s*Quá hạn$`));
    await expect(actionLinks(page).filter({ hasText: new RegExp(`^${ACTION.apology.label}$`) })).toHaveAttribute(
      "href",
      `${QUEUE}/${officePid(page)}/${ACTION.apology.slug}`,
    );
    await expect(fact(main(page), "Hạn giải quyết")).toContainText(/quá hạn \d+ ngày làm việc/);

    // "Tạm dừng": the paused one.
    await visit(page, `${QUEUE}?tab=tam-dung`, js);
    await expect(queueRows(page)).toHaveCount(1);
    await expect(queueRows(page).first().getByRole("cell").nth(5)).toHaveText(STATUS.paused);

    // Searching covers every tab: her ID number finds all her dossiers.
    const search = main(page).getByRole("search");
    const searchFor = async (text: string) => {
      await search.getByLabel(OFFICE.searchLabel, { exact: true }).fill(text);
      await search.getByRole("button", { name: OFFICE.search, exact: true }).click();
      await expect(page).toHaveURL((url) => url.pathname === QUEUE && url.searchParams.get("q") === text);
      await expect(search.getByLabel(OFFICE.searchLabel, { exact: true })).toHaveValue(text);
    };
    await visit(page, QUEUE, js);
    await searchFor(APPLICANT.login);
    await expect(resultCount(page)).toHaveText(`${APPLICANT.dossiers} hồ sơ`);
    await expect(queueRows(page)).toHaveCount(APPLICANT.dossiers);
    await expect(rowsOf(page, APPLICANT.name)).toHaveCount(APPLICANT.dossiers);
    await expect(nav.locator("[aria-current]")).toHaveCount(0);
    // By the code: that one dossier.
    await searchFor(lateCode);
    await expect(resultCount(page)).toHaveText("1 hồ sơ");
    await expect(queueRows(page).first().getByRole("link")).toHaveText(lateCode);
    // By the name, typed without diacritics.
    await searchFor("tran thi thu");
    await expect(resultCount(page)).toHaveText(`${APPLICANT.dossiers} hồ sơ`);
    // Nobody of that number.
    await searchFor("056185009999");
    await expect(resultCount(page)).toHaveText("0 hồ sơ");
    await expect(main(page).getByText(OFFICE.empty, { exact: true })).toBeVisible();

    // A date it cannot read: said, and tied to its field.
    await visit(page, QUEUE, js);
    await search.getByLabel(OFFICE.fromLabel, { exact: true }).fill("31/02/2026");
    await search.getByRole("button", { name: OFFICE.search, exact: true }).click();
    await expect(page).toHaveURL((url) => url.pathname === QUEUE && url.searchParams.get("tu") === "31/02/2026");
    await expect(errorSummary(page).getByRole("link")).toHaveCount(1);
    await expect(errorSummary(page).getByRole("link")).toHaveAttribute("href", "#from");
    await expect(search.getByLabel(OFFICE.fromLabel, { exact: true })).toHaveAttribute("aria-invalid", "true");

    // The agency switcher: the officer also works for the second commune, whose queue is empty.
    await visit(page, QUEUE, js);
    const agency = main(page).getByLabel(OFFICE.agencyLabel, { exact: true });
    const current = await agency.inputValue();
    const options = await agency.locator("option").evaluateAll((os) =>
      os.map((o) => ({ value: (o as HTMLOptionElement).value, label: (o.textContent ?? "").trim() })),
    );
    const agencies = options.filter((o) => o.value !== "");
    expect(agencies, "canbo.motcua works for two communes").toHaveLength(2);
    const first = agencies.find((o) => o.value === current)!;
    const second = agencies.find((o) => o.value !== current)!;
    expect(first, "the first agency is the one shown").toBeTruthy();
    const caption = main(page).locator(".caption");
    await expect(caption).toHaveText(first.label);
    await agency.selectOption(second.value);
    await main(page).getByRole("button", { name: OFFICE.switchAgency, exact: true }).click();
    await expect(page).toHaveURL((url) => url.pathname === QUEUE && url.searchParams.get("co-quan") === second.value);
    await expect(caption).toHaveText(second.label);
    await expect(agency).toHaveValue(second.value);
    await expect(resultCount(page)).toHaveText("0 hồ sơ");
    await expect(main(page).getByText(OFFICE.empty, { exact: true })).toBeVisible();
    for (const [label] of TABS) await expect(tabCount(page, label)).toHaveText("0");
    // The tabs stay in that agency.
    await tabLink(page, "Quá hạn").click();
    await expect(page).toHaveURL(
      (url) => url.pathname === QUEUE && url.searchParams.get("co-quan") === second.value && url.searchParams.get("tab") === "qua-han",
    );
    await expect(caption).toHaveText(second.label);
    await expect(resultCount(page)).toHaveText("0 hồ sơ");
    // An agency that is not theirs does not exist for them.
    await expectNotFound(page, `${QUEUE}?co-quan=999999`, js);

    // 320 px wide: the page does not scroll sideways (the table may, inside its wrapper).
    await page.setViewportSize({ width: 320, height: 640 });
    await visit(page, QUEUE, js);
    await expect(queueRows(page).first()).toBeVisible();
    await expect(main(page).locator(".table-wrap")).toHaveCount(1);
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
    expect(clientWidth).toBeLessThanOrEqual(320);
    expect(scrollWidth, `the queue is ${scrollWidth} px wide at a 320 px viewport`).toBeLessThanOrEqual(320);
  });

  test("the back office does not exist for a citizen, an anonymous visitor, nor another agency's officer", async ({
    page,
    browser,
    baseURL,
    javaScriptEnabled: js,
  }) => {
    // The applicant herself: her refused dossier (final: no action could change it) is hers on
    // /ho-so, never on /can-bo.
    await logIn(page, js, APPLICANT);
    await visit(page, "/ho-so?trang-thai=refused", js);
    await expect(dossierItems(page)).toHaveCount(1);
    const item = dossierItems(page).first();
    const code = ((await fact(item, "Mã hồ sơ").textContent()) ?? "").trim();
    const href = (await item.getByRole("heading", { level: 2 }).getByRole("link").getAttribute("href")) ?? "";
    const pid = href.replace(/^\/ho-so\//, "");
    expect(pid).toMatch(/^[^/]+$/);
    const backOffice = [QUEUE, `${QUEUE}?tab=qua-han`, `${QUEUE}/${pid}`, `${QUEUE}/${pid}/${ACTION.receive.slug}`, AUDIT];
    for (const path of backOffice) await expectNotFound(page, path, js);
    // Nor do its server functions and its upload answer her.
    const acted = await page.request.post("/api/office/act", {
      // A browser says where a post comes from (Sec-Fetch-Site): without it, refused (403).
      headers: { "Sec-Fetch-Site": "same-origin" },
      form: { "f[pid]": pid, "f[action]": ACTION.receive.slug, "f[v]": "" },
      maxRedirects: 0,
    });
    expect(acted.status(), "POST /api/office/act by the citizen").toBe(404);
    const uploaded = await page.request.post(`${QUEUE}/${pid}/ket-qua/tai-len`, {
      // A browser says where a post comes from (Sec-Fetch-Site): without it, refused (403).
      headers: { "Sec-Fetch-Site": "same-origin" },
      multipart: { file: pdf("gia-mao.pdf") },
      maxRedirects: 0,
    });
    expect(uploaded.status(), "a result uploaded by the citizen").toBe(404);

    // Another commune's officer: their own queue, without her dossiers; hers are not found.
    const other = await newBrowser(browser, js, baseURL);
    try {
      const o = other.page;
      await officerLogIn(o, js, OTHER_OFFICER);
      await expect(main(o).getByRole("button", { name: OFFICE.switchAgency, exact: true })).toHaveCount(0);
      await expect(rowsOf(o, APPLICANT.name)).toHaveCount(0);
      await visit(o, `${QUEUE}?q=${APPLICANT.login}`, js);
      await expect(resultCount(o)).toHaveText("0 hồ sơ");
      const secrets = [APPLICANT.name, APPLICANT.phone, code];
      for (const path of [`${QUEUE}/${pid}`, `${QUEUE}/${pid}/${ACTION.refuse.slug}`, `/ho-so/${pid}`, AUDIT]) {
        const response = await visit(o, path, js);
        expect(response.status(), path).toBe(404);
        if (path === `/ho-so/${pid}`) await expect(main(o).getByText(DOSSIER.notFound, { exact: true }), path).toBeVisible();
        else await expect.soft(o.getByRole("heading", { level: 1 }), `${path}: the only h1`).toHaveText([NOT_FOUND.heading]);
        const html = await o.content();
        for (const secret of secrets) expect(html, `${path} shows ${secret}`).not.toContain(secret);
      }
      const refused = await o.request.post("/api/office/act", {
        // A browser says where a post comes from (Sec-Fetch-Site): without it, refused (403).
        headers: { "Sec-Fetch-Site": "same-origin" },
        form: { "f[pid]": pid, "f[action]": ACTION.receive.slug, "f[v]": "" },
        maxRedirects: 0,
      });
      expect(refused.status(), "POST /api/office/act by another agency's officer").toBe(404);
    } finally {
      await other.context.close();
    }

    // Nobody logged in.
    const anonymous = await newBrowser(browser, js, baseURL);
    try {
      for (const path of backOffice) await expectNotFound(anonymous.page, path, js, [APPLICANT.name, APPLICANT.phone, code]);
    } finally {
      await anonymous.context.close();
    }
  });

  test("an administrator lands on “Nhật ký thao tác” and finds an officer's action by its name; the back office is not theirs; axe", async ({
    page,
    javaScriptEnabled: js,
  }) => {
    await logIn(page, js, ADMIN);
    await expect(page).toHaveURL((url) => url.pathname === AUDIT);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(OFFICE.auditTitle);
    await settle(page, js);
    const log = main(page).getByRole("table", { name: OFFICE.auditTitle, exact: true });
    await expect(log.getByRole("columnheader")).toHaveText(["Thời điểm", "Tên đăng nhập", "Thao tác", "Mã hồ sơ", "Địa chỉ IP", "Chi tiết"]);
    await expect(log.getByRole("row").filter({ has: page.getByRole("cell") }).first()).toBeVisible();
    await expectNoAxeViolations(page, AUDIT, js);

    // The demo refusal, made by canbo.motcua: nobody else refuses anything.
    const filters = main(page).getByRole("search");
    await filters.getByLabel("Thao tác", { exact: true }).fill("dossier.refuse");
    await filters.getByRole("button", { name: OFFICE.search, exact: true }).click();
    await expect(page).toHaveURL((url) => url.pathname === AUDIT && url.searchParams.get("thao-tac") === "dossier.refuse");
    await expect(main(page).getByRole("status").filter({ hasText: /mục$/ })).toHaveText("1 mục");
    const row = log.getByRole("row").filter({ has: page.getByRole("cell") });
    await expect(row).toHaveCount(1);
    const cells = row.first().getByRole("cell");
    await expect(cells.nth(0)).toHaveText(/^\d{2}:\d{2} \d{2}\/\d{2}\/\d{4}$/);
    await expect(cells.nth(1)).toHaveText(`${OFFICER.name} (${OFFICER.login})`);
    await expect(cells.nth(2)).toHaveText("dossier.refuse");
    await expect(cells.nth(3)).toHaveText(/^[0-9A-Z.]+-\d{6}-\d{4}$/);
    await expect(cells.nth(5)).toHaveText("Người yêu cầu không thuộc diện được đăng ký khai sinh tại xã này.");

    // The messages the outbox gave up on (issue 23): none in the demo; the page and its axe.
    await visit(page, AUDIT, js);
    await page.getByRole("navigation", { name: "Quản trị" }).getByRole("link", { name: "Tin nhắn gửi không thành công", exact: true }).click();
    await expect(page).toHaveURL((url) => url.pathname === "/quan-tri/tin-nhan");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tin nhắn gửi không thành công");
    await expect(main(page).getByText("Không có tin nhắn nào gửi không thành công.", { exact: true })).toBeVisible();
    await expectNoAxeViolations(page, "/quan-tri/tin-nhan", js);

    // An administrator has no agency: the queue does not exist for them.
    await expectNotFound(page, QUEUE, js);
  });
});
