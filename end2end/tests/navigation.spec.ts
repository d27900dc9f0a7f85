/**
 * Instant navigation without a client-side router (issue 21, item 8): Speculation Rules fetch the
 * page behind a link a person hovers (moderate eagerness), and pages cross-fade with cross-document View Transitions unless reduced motion is
 * asked for. What the browser tried is read from its DevTools "Preload" domain.
 *
 * Without JavaScript the rules do nothing (they are a script), and the whole suite's "nojs"
 * project shows the pages work as before; these checks run in the "js" project only.
 */
import { expect, test, type CDPSession, type Page } from "@playwright/test";
import { visit } from "./helpers";
import { DEMO_CITIZEN, expectLoggedIn, logIn } from "./account-helpers";

/** What Chromium's preloading did on a page: the rule sets it read, the candidates, the attempts. */
interface Preloading {
  ruleSetErrors: string[];
  ruleSets: number;
  /** Every URL that some rule makes a candidate (before any hover). */
  candidates: Set<string>;
  /** URL → the last status of its prefetch ("Pending", "Running", "Ready", "Success", "Failure"). */
  prefetch: Map<string, string>;
  /** URL → the last status of its prerender. */
  prerender: Map<string, string>;
}

async function watchPreloading(page: Page): Promise<{ cdp: CDPSession; seen: Preloading }> {
  const seen: Preloading = { ruleSetErrors: [], ruleSets: 0, candidates: new Set(), prefetch: new Map(), prerender: new Map() };
  const cdp = await page.context().newCDPSession(page);
  cdp.on("Preload.ruleSetUpdated", ({ ruleSet }) => {
    seen.ruleSets += 1;
    if (ruleSet.errorType) seen.ruleSetErrors.push(`${ruleSet.errorType}: ${ruleSet.errorMessage ?? ""}`);
  });
  cdp.on("Preload.preloadingAttemptSourcesUpdated", ({ preloadingAttemptSources }) => {
    for (const s of preloadingAttemptSources) seen.candidates.add(s.key.url);
  });
  cdp.on("Preload.prefetchStatusUpdated", (e) => seen.prefetch.set(e.key.url, e.status));
  cdp.on("Preload.prerenderStatusUpdated", (e) => seen.prerender.set(e.key.url, e.status));
  await cdp.send("Preload.enable");
  return { cdp, seen };
}

/** How the current document arrived: its navigation entry's delivery type and activation start. */
async function arrival(page: Page): Promise<{ deliveryType: string; activationStart: number }> {
  return page.evaluate(() => {
    const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming & {
      deliveryType?: string;
      activationStart?: number;
    };
    return { deliveryType: nav.deliveryType ?? "", activationStart: nav.activationStart ?? 0 };
  });
}

/** Paths whose fetch has an effect or that are files: never a candidate of the rules. */
const NEVER = [
  /^\/api\//,
  /^\/captcha\//,
  /^\/dev\//,
  /^\/templates\//,
  /\.(pdf|csv)$/,
  /^\/ho-so\/[^/]+\/(tep-da-nop|ket-qua|bien-nhan|bien-lai-thu-phi|van-ban-xin-loi)(\/|$)/,
  /^\/kho-tai-lieu\/[^/]+\/tai-ve$/,
  /^\/thanh-toan\/[^/]+\/(ket-qua|ipn)$/,
  /^\/xac-nhan-email\//,
  /^\/thong-bao(\/|$)/,
];

test.describe("instant navigation", () => {
  test.beforeEach(({ javaScriptEnabled }) => {
    test.skip(!javaScriptEnabled, "Speculation Rules and the tests' probes need JavaScript");
  });

  test("a catalog result a person hovers is fetched ahead, and the page arrives from that fetch", async ({ page }) => {
    const { seen } = await watchPreloading(page);
    await visit(page, "/thu-tuc?q=khai+sinh", true);
    expect(await page.evaluate(() => HTMLScriptElement.supports("speculationrules")), "this Chromium knows the rules").toBe(true);
    await expect.poll(() => seen.ruleSets, "the page's rules were read").toBeGreaterThan(0);
    expect(seen.ruleSetErrors, "the rules parse and run under the CSP nonce").toEqual([]);

    const result = page.locator('main a[href^="/thu-tuc/"]').first();
    const href = new URL((await result.getAttribute("href"))!, page.url()).href;
    expect(seen.prefetch.has(href) || seen.prerender.has(href), "nothing is fetched before the hover").toBe(false);
    await result.hover();
    await expect.poll(() => seen.prefetch.get(href), { message: `prefetch of ${href} after a hover` }).toBe("Ready");
    await result.click();
    await expect(page).toHaveURL(href);
    expect((await arrival(page)).deliveryType, "the procedure page came from the prefetch").toBe("navigational-prefetch");

    // The main navigation from there: prefetched on hover too.
    const track = page.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: "Tra cứu hồ sơ" });
    const trackUrl = new URL("/tra-cuu", page.url()).href;
    await track.hover();
    await expect.poll(() => seen.prefetch.get(trackUrl), { message: "prefetch of /tra-cuu after a hover" }).toBe("Ready");
    await track.click();
    await expect(page).toHaveURL(trackUrl);
    expect((await arrival(page)).deliveryType).toBe("navigational-prefetch");
  });

  test("logging out, downloads, files, the notices page and its notices are never fetched ahead of a click", async ({ page }) => {
    const { seen } = await watchPreloading(page);
    await logIn(page, true, DEMO_CITIZEN);
    await visit(page, "/ho-so", true);
    const first = page.locator('main h2 a[href^="/ho-so/"]').first();
    await first.click();
    await expect(page).toHaveURL(/\/ho-so\/[^/]+$/);
    await page.waitForLoadState("networkidle");

    // Hover what a person might point at: the logout button, every link of the page's content.
    await page.getByRole("banner").getByRole("button", { name: "Đăng xuất", exact: true }).hover();
    await page.waitForTimeout(400);
    for (const link of await page.locator("main a[href]").all()) {
      if (!(await link.isVisible())) continue;
      await link.hover({ timeout: 2_000 });
      await page.waitForTimeout(250);
    }
    const downloads = await page.locator("main a[download]").count();
    expect(downloads, "the dossier page offers a download (its receipt)").toBeGreaterThan(0);
    const downloadHrefs = await page.locator("main a[download]").evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));

    // The notification centre: opening a notice marks it read, so its links ("Xem hồ sơ") are
    // never fetched ahead either.
    await visit(page, "/thong-bao", true);
    const opens = page.locator('main a[href^="/thong-bao/"]');
    expect(await opens.count(), "the demo citizen has notices to open").toBeGreaterThan(0);
    for (const link of (await opens.all()).slice(0, 5)) {
      await link.hover({ timeout: 2_000 });
      await page.waitForTimeout(250);
    }

    const tried = [...seen.candidates, ...seen.prefetch.keys(), ...seen.prerender.keys()];
    expect(tried.length, "some links are candidates").toBeGreaterThan(0);
    const wrong = tried.filter((u) => {
      const url = new URL(u);
      return url.origin !== new URL(page.url()).origin || NEVER.some((re) => re.test(url.pathname));
    });
    expect(wrong, "never fetched ahead").toEqual([]);
    for (const href of downloadHrefs) {
      expect(seen.prefetch.has(href) || seen.prerender.has(href), `${href} (a download) is not fetched`).toBe(false);
    }
    // Still logged in: nothing logged the citizen out.
    await page.reload();
    await expectLoggedIn(page, DEMO_CITIZEN.name);
  });

  test("pages cross-fade with a view transition, unless reduced motion is asked for", async ({ browser, baseURL }) => {
    for (const reducedMotion of ["no-preference", "reduce"] as const) {
      const context = await browser.newContext({ baseURL, reducedMotion });
      const page = await context.newPage();
      // Records, on each new document, whether it was revealed through a view transition.
      await page.addInitScript(() => {
        window.addEventListener("pagereveal", (e) => {
          (window as unknown as { __transition?: boolean }).__transition = !!(e as Event & { viewTransition?: unknown }).viewTransition;
        });
      });
      await visit(page, "/", true);
      // The stylesheet opts in to cross-document transitions only where motion is welcome.
      const optedIn = await page.evaluate(() =>
        [...document.styleSheets].some((sheet) =>
          [...sheet.cssRules].some(
            (rule) =>
              rule instanceof CSSMediaRule &&
              matchMedia(rule.conditionText).matches &&
              [...rule.cssRules].some((r) => r instanceof CSSViewTransitionRule && r.navigation === "auto"),
          ),
        ),
      );
      expect(optedIn, reducedMotion).toBe(reducedMotion === "no-preference");
      // And the browser does it. (It skips a transition whose new page takes over four seconds
      // to render: on a loaded machine the first try may be one; a few are allowed.)
      const revealed: boolean[] = [];
      for (const [name, url] of [
        ["Thủ tục hành chính", /\/thu-tuc$/],
        ["Tra cứu hồ sơ", /\/tra-cuu$/],
        ["Trang chủ", /\/$/],
      ] as const) {
        await page.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name, exact: true }).click();
        await expect(page).toHaveURL(url);
        const transition = () => page.evaluate(() => (window as unknown as { __transition?: boolean }).__transition);
        await expect.poll(transition, "the new page was revealed").not.toBeUndefined();
        revealed.push((await transition()) === true);
        if (reducedMotion === "no-preference" && revealed.includes(true)) break;
      }
      if (reducedMotion === "no-preference") expect(revealed, "a navigation was revealed by a view transition").toContain(true);
      else expect(revealed, "no navigation is animated").not.toContain(true);
      await context.close();
    }
  });
});
