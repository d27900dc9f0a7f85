/**
 * With JavaScript on, every server-rendered page must hydrate cleanly (no console error, no uncaught
 * exception, which is how a hydration mismatch or a CSP refusal shows), and the router must then
 * navigate on the client.
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

  test("after hydration, the navigation works on the client without reloading the page", async ({ page }) => {
    const problems = collectPageErrors(page);
    await visit(page, "/", true);
    await page.evaluate(() => {
      window.__marker = 1;
    });

    const nav = page.getByRole("navigation", { name: NAV.label.vi });
    await nav.getByRole("link", { name: "Tra cứu hồ sơ", exact: true }).click();
    await expect(page).toHaveURL(/\/tra-cuu$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tra cứu hồ sơ");
    await expect(page).toHaveTitle("Tra cứu hồ sơ – Cổng Dịch vụ công");
    await expect(nav.getByRole("link", { name: "Tra cứu hồ sơ", exact: true })).toHaveAttribute("aria-current", "page");
    await expect(nav.getByRole("link", { name: "Trang chủ", exact: true })).not.toHaveAttribute("aria-current", "page");
    expect(await page.evaluate(() => window.__marker), "the document was not reloaded").toBe(1);

    // Back goes back on the client too.
    await page.goBack();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Cổng Dịch vụ công");
    expect(await page.evaluate(() => window.__marker), "the document was not reloaded").toBe(1);

    expect(problems, problems.join("\n")).toEqual([]);
  });

  test("after a client-side navigation, the language switch comes back to the new page", async ({ page }) => {
    await visit(page, "/", true);
    await page
      .getByRole("navigation", { name: NAV.label.vi })
      .getByRole("link", { name: "Thanh toán trực tuyến", exact: true })
      .click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thanh toán trực tuyến");

    await page.getByRole("button", { name: "English", exact: true }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page).toHaveURL(/\/thanh-toan$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Online payment");
  });
});
