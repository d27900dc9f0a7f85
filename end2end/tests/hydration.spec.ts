/**
 * With JavaScript on, every server-rendered page loads its WebAssembly and hydrates its islands
 * cleanly (no console error, no uncaught exception, which is how a hydration mismatch or a CSP
 * refusal shows).
 */
import { expect, test } from "@playwright/test";
import { ALL_PAGES, LANGS, NAV, collectPageErrors, label, useLanguage, visit } from "./helpers";

test.describe("hydration", () => {
  test.skip(({ javaScriptEnabled }) => !javaScriptEnabled, "hydration needs JavaScript");

  for (const lang of LANGS) {
    for (const spec of ALL_PAGES) {
      test(`${label(spec, lang)} hydrates without errors`, async ({ page, context, baseURL }) => {
        await useLanguage(context, baseURL, lang);
        const problems = collectPageErrors(page);
        const response = await visit(page, spec.path, true);
        // The wasm bundle was fetched and instantiated (it is what the network went quiet after).
        expect(
          await page.evaluate(() =>
            performance.getEntriesByType("resource").some((e) => new URL(e.name).pathname.endsWith(".wasm")),
          ),
          "the WebAssembly bundle was loaded",
        ).toBe(true);
        // Chromium reports the 404 of the page itself as a console error: that one is expected.
        const expected = `Failed to load resource: the server responded with a status of 404`;
        const unexpected = problems.filter(
          (p) => !(spec.kind === "not-found" && response.status() === 404 && p.includes(expected) && p.includes(response.url())),
        );
        expect(unexpected, unexpected.join("\n")).toEqual([]);
      });
    }
  }

  test("a link loads the next page from the server, whose islands then come to life", async ({ page }) => {
    // Islands mode: pages are the server's HTML and links are plain page loads; only islands
    // (here the captcha's "Nghe mã" button, which exists only once hydrated) run in the browser.
    const problems = collectPageErrors(page);
    await visit(page, "/", true);
    await page.evaluate(() => {
      window.__marker = 1;
    });

    const nav = page.getByRole("navigation", { name: NAV.label.vi });
    await nav.getByRole("link", { name: "Đăng nhập", exact: true }).click();
    await expect(page).toHaveURL(/\/dang-nhap$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Đăng nhập");
    await expect(page).toHaveTitle("Đăng nhập – Cổng Dịch vụ công");
    await expect(page.getByRole("main").getByRole("button", { name: "Nghe mã", exact: true })).toBeVisible();
    expect(await page.evaluate(() => window.__marker), "a new document").toBeUndefined();

    // Back shows the home page again.
    await page.goBack();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Cổng Dịch vụ công");

    expect(problems, problems.join("\n")).toEqual([]);
  });

  test("after following a link, the language switch comes back to the new page", async ({ page }) => {
    await visit(page, "/", true);
    await page
      .getByRole("navigation", { name: NAV.label.vi })
      .getByRole("link", { name: "Thanh toán trực tuyến", exact: true })
      .click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thanh toán trực tuyến phí, lệ phí");

    await page.getByRole("button", { name: "English", exact: true }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page).toHaveURL(/\/thanh-toan$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pay fees online");
  });
});
