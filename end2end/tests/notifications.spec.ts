/**
 * The notification centre (issue 23) in the browser, with and without JavaScript: the header's
 * bell with the unread count on every page, "/thong-bao" with its filters, "Đánh dấu đã đọc",
 * "Đánh dấu tất cả đã đọc" and "Xem hồ sơ" (the notice is read, the dossier opens); axe and the
 * 320 px reflow. With JavaScript, the bell's island asks for the count again every 30 seconds
 * while the page is shown and once a minute in a hidden tab (Playwright's clock stands in for
 * the waiting), and stops once the user has logged out.
 *
 * Each run registers its own citizen, whose notices come from a dossier submitted and then
 * withdrawn: no other test reads or changes them.
 */
import { expect, test, type Page } from "@playwright/test";
import { collectPageErrors, expectNoAxeViolations, visit } from "./helpers";
import { freshCitizen, registerCitizen, withoutRejectedForms } from "./account-helpers";
import { submitDossier, TEXT as DOSSIER } from "./dossier-helpers";

const CENTRE = "/thong-bao";
const UNREAD_COUNT = "/thong-bao/chua-doc";

const TEXT = {
  title: "Thông báo",
  filters: "Lọc thông báo",
  all: "Tất cả",
  unreadFilter: "Chưa đọc",
  dossiers: "Hồ sơ",
  payments: "Thanh toán",
  system: "Hệ thống",
  unreadTag: "Chưa đọc",
  markRead: "Đánh dấu đã đọc",
  markAll: "Đánh dấu tất cả đã đọc",
  open: "Xem hồ sơ",
  noneHere: "Không có thông báo nào ở mục này.",
  summary: (n: number) => `Bạn có ${n} thông báo chưa đọc.`,
  // The link's name is its text; Chromium puts a space around the visually hidden parts.
  bell: (n: number) => (n === 0 ? /^Thông báo\s*: không có thông báo chưa đọc$/ : new RegExp(`^Thông báo\\s*:\\s*${n}\\s*chưa đọc$`)),
};

/** The bell in the header: its accessible name says the count in words. */
function bell(page: Page) {
  return page.getByRole("banner").getByRole("link", { name: /^Thông báo\s*:/ });
}

async function expectBell(page: Page, n: number): Promise<void> {
  await expect(bell(page)).toHaveAccessibleName(TEXT.bell(n));
  await expect(bell(page)).toHaveAttribute("href", CENTRE);
  if (n === 0) await expect(bell(page).locator(".bell-count")).toHaveCount(0);
  else await expect(bell(page).locator(".bell-count")).toHaveText(new RegExp(`^${n}\\s*chưa đọc$`));
}

function notices(page: Page) {
  return page.getByRole("main").getByRole("listitem").filter({ has: page.getByRole("heading", { level: 2 }) });
}

function noticeTitled(page: Page, title: string) {
  return notices(page).filter({ has: page.getByText(title, { exact: true }) });
}

/** A citizen with two unread notices: a dossier submitted, then withdrawn. */
async function citizenWithTwoNotices(page: Page, js: boolean): Promise<{ pid: string; code: string }> {
  await registerCitizen(page, freshCitizen("Lý Thị Hạnh"), js);
  await expectBell(page, 0);
  const { pid, code } = await submitDossier(page, js);
  await expectBell(page, 1);
  await visit(page, `/ho-so/${pid}`, js);
  await page.getByRole("main").getByRole("button", { name: DOSSIER.withdraw, exact: true }).click();
  await expect(page).toHaveURL((url) => url.pathname === `/ho-so/${pid}` && url.searchParams.get("tb") === "da-rut");
  await expectBell(page, 2);
  return { pid, code };
}

test.describe("notification centre", () => {
  test("the bell counts unread notices on every page; the centre filters, marks read one by one and all at once, and opens a dossier; axe; 320 px", async ({
    page,
    javaScriptEnabled: js,
  }) => {
    test.setTimeout(120_000);
    const problems = collectPageErrors(page);
    const { pid, code } = await citizenWithTwoNotices(page, js);
    const submitted = `Đã nộp hồ sơ ${code}`;
    const withdrawn = `Hồ sơ ${code}: Đã rút`;

    for (const path of ["/", "/thu-tuc", "/tai-khoan"]) {
      await visit(page, path, js);
      await expectBell(page, 2);
    }
    await bell(page).click();
    await expect(page).toHaveURL((url) => url.pathname === CENTRE);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(TEXT.title);
    await expect(page.getByRole("main").getByText(TEXT.summary(2), { exact: true })).toBeVisible();
    // Newest first, both unread.
    await expect(notices(page)).toHaveCount(2);
    await expect(notices(page).nth(0).getByRole("heading", { level: 2 })).toContainText(withdrawn);
    await expect(notices(page).nth(1).getByRole("heading", { level: 2 })).toContainText(submitted);
    await expect(noticeTitled(page, submitted).getByText(TEXT.unreadTag, { exact: true })).toBeVisible();
    await expectNoAxeViolations(page, CENTRE, js);

    // Filters: links, the current one marked.
    const filters = page.getByRole("navigation", { name: TEXT.filters });
    await filters.getByRole("link", { name: TEXT.payments, exact: true }).click();
    await expect(page).toHaveURL((url) => url.searchParams.get("loc") === "thanh-toan");
    await expect(page.getByRole("main").getByText(TEXT.noneHere, { exact: true })).toBeVisible();
    await expect(filters.getByRole("link", { name: TEXT.payments, exact: true })).toHaveAttribute("aria-current", "page");
    await filters.getByRole("link", { name: TEXT.unreadFilter, exact: true }).click();
    await expect(page).toHaveURL((url) => url.searchParams.get("loc") === "chua-doc");
    await expect(notices(page)).toHaveCount(2);

    // "Đánh dấu đã đọc" on the newest: back on the same filter, one left, the bell says 1.
    await noticeTitled(page, withdrawn).getByRole("button", { name: new RegExp(`^${TEXT.markRead}`) }).click();
    await expect(page).toHaveURL((url) => url.pathname === CENTRE && url.searchParams.get("loc") === "chua-doc");
    await expect(notices(page)).toHaveCount(1);
    await expect(noticeTitled(page, submitted)).toHaveCount(1);
    await expectBell(page, 1);

    // "Đánh dấu tất cả đã đọc": nothing unread, the button gone.
    await page.getByRole("main").getByRole("button", { name: TEXT.markAll, exact: true }).click();
    await expect(page).toHaveURL((url) => url.pathname === CENTRE && url.searchParams.get("loc") === "chua-doc");
    await expect(page.getByRole("main").getByText(TEXT.noneHere, { exact: true })).toBeVisible();
    await expect(page.getByRole("main").getByRole("button", { name: TEXT.markAll, exact: true })).toHaveCount(0);
    await expectBell(page, 0);

    // "Xem hồ sơ" opens the dossier.
    await filters.getByRole("link", { name: TEXT.dossiers, exact: true }).click();
    await expect(notices(page)).toHaveCount(2);
    await noticeTitled(page, submitted).getByRole("link", { name: new RegExp(`^${TEXT.open}`) }).click();
    await expect(page).toHaveURL((url) => url.pathname === `/ho-so/${pid}`);

    // 320 px wide: no sideways scrolling, the bell on its own row.
    await page.setViewportSize({ width: 320, height: 640 });
    await visit(page, CENTRE, js);
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
    expect(clientWidth).toBeLessThanOrEqual(320);
    expect(scrollWidth, `the centre is ${scrollWidth} px wide at a 320 px viewport`).toBeLessThanOrEqual(320);
    await expect(bell(page)).toBeVisible();
    expect(withoutRejectedForms(problems)).toEqual([]);
  });

  test("with JavaScript the bell keeps itself current: every 30 s while shown, once a minute while hidden, and it stops after logout", async ({
    page,
    javaScriptEnabled: js,
  }) => {
    test.skip(!js, "the island only runs with JavaScript");
    test.setTimeout(120_000);
    await citizenWithTwoNotices(page, js);

    // The clock is Playwright's from here on. It runs until the page has hydrated (Leptos
    // hydrates islands when the browser is idle, itself a timer of the fake clock), then stops:
    // timers fire only when the test moves it. After each answer the test waits for the bell's
    // `data-polls` (the island counts an answer once the next request is scheduled), because an
    // answer handled after the clock moved on schedules the next request from a later instant
    // (the first version of this test lost that race on a loaded machine).
    await page.clock.install();
    const asked: string[] = [];
    page.on("request", (r) => {
      if (new URL(r.url()).pathname === UNREAD_COUNT) asked.push(r.method());
    });
    const answered = (n: number) => expect(bell(page)).toHaveAttribute("data-polls", String(n));
    await visit(page, "/thu-tuc", js);
    await expectBell(page, 2);
    await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1_000);

    // The first request, within 30 s of hydration (a few seconds have passed since).
    for (let s = 0; s < 30 && asked.length === 0; s++) await page.clock.runFor(1_000);
    await expect.poll(() => asked.length).toBe(1);
    await answered(1);

    // Read elsewhere (another tab): the bell follows at the next step, 30 s on, without a reload.
    const read = await page.request.post(`${CENTRE}/da-doc-tat-ca`, {
      headers: { Origin: new URL(page.url()).origin },
      form: { next: CENTRE },
      maxRedirects: 0,
    });
    expect(read.status()).toBe(303);
    await page.clock.runFor(29_000);
    expect(asked).toHaveLength(1);
    await page.clock.runFor(2_000);
    await answered(2);
    expect(asked).toHaveLength(2);
    await expectBell(page, 0);

    // Hidden: the next request comes a minute after the last one, not before.
    await page.evaluate(() => {
      Object.defineProperty(document, "hidden", { configurable: true, get: () => true });
    });
    await page.clock.runFor(59_000);
    expect(asked).toHaveLength(2);
    await page.clock.runFor(2_000);
    await answered(3);
    expect(asked).toHaveLength(3);

    // Shown again, logged out in another tab: one more request, answered 401, then none.
    await page.evaluate(() => {
      Object.defineProperty(document, "hidden", { configurable: true, get: () => false });
    });
    await page.context().clearCookies();
    await page.clock.runFor(31_000);
    await expect.poll(() => asked.length).toBe(4);
    await page.clock.runFor(5 * 60_000);
    expect(asked).toHaveLength(4);
    await expect(bell(page).locator(".bell-count")).toHaveCount(0);
  });

  test("nobody else's notice opens, and a visitor has no bell", async ({ page, browser, javaScriptEnabled: js }) => {
    const visitor = await browser.newContext({ javaScriptEnabled: js });
    try {
      const v = await visitor.newPage();
      await visit(v, "/", js);
      await expect(bell(v)).toHaveCount(0);
      const res = await v.request.get(UNREAD_COUNT);
      expect(res.status()).toBe(401);
    } finally {
      await visitor.close();
    }
    // A logged-in citizen asking for a notice id that is not theirs: "not found".
    await registerCitizen(page, freshCitizen("Phan Văn Đức"), js);
    const res = await page.goto(`${CENTRE}/1`);
    expect(res?.status()).toBe(404);
  });
});
