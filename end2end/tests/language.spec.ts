/**
 * Vietnamese by default, English on request. The switch is a one-button form (POST /ngon-ngu) that
 * comes back to the same page, so it must work with and without JavaScript.
 */
import { expect, test } from "@playwright/test";
import { NAV, PAGES, PORTAL_NAME, UI, documentTitle, useLanguage, visit } from "./helpers";

test("switching to English and back keeps the visitor on the same page", async ({ page, javaScriptEnabled }) => {
  await visit(page, "/tra-cuu", javaScriptEnabled);
  await expect(page.locator("html")).toHaveAttribute("lang", "vi");

  await page.getByRole("button", { name: "English", exact: true }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page).toHaveURL(/\/tra-cuu$/);
  await expect(page).toHaveTitle("Track a dossier – Public Service Portal");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Track a dossier");
  const nav = page.getByRole("navigation", { name: NAV.label.en });
  await expect(nav.getByRole("link")).toHaveText(NAV.links.en);
  await expect(nav.getByRole("link", { name: "Track a dossier", exact: true })).toHaveAttribute("aria-current", "page");

  // The choice is remembered on the next page.
  if (javaScriptEnabled) await page.waitForLoadState("networkidle");
  await page.goto("/");
  await expect(page).toHaveTitle("Home – Public Service Portal");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(PORTAL_NAME.en);
  await page.goto("/tra-cuu");
  if (javaScriptEnabled) await page.waitForLoadState("networkidle");

  await page.getByRole("button", { name: "Tiếng Việt", exact: true }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "vi");
  await expect(page).toHaveURL(/\/tra-cuu$/);
  await expect(page).toHaveTitle("Tra cứu hồ sơ – Cổng Dịch vụ công");
  await expect(page.getByRole("navigation", { name: NAV.label.vi }).getByRole("link")).toHaveText(NAV.links.vi);
  await expect(page.getByRole("button", { name: "English", exact: true })).toBeVisible();
});

test("switching language keeps the query string", async ({ page, javaScriptEnabled }) => {
  await visit(page, "/thu-tuc?q=khai+sinh", javaScriptEnabled);
  await page.getByRole("button", { name: "English", exact: true }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page).toHaveURL(/\/thu-tuc\?q=khai(\+|%20)sinh$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Administrative procedures");
});

test("the language button names its language in that language", async ({ page, javaScriptEnabled }) => {
  await visit(page, "/", javaScriptEnabled);
  // lang on the button lets screen readers pronounce "English" in English on a Vietnamese page.
  await expect(page.getByRole("button", { name: UI.switchButton.vi, exact: true })).toHaveAttribute("lang", "en");
});

for (const spec of PAGES) {
  test(`${spec.path} in English`, async ({ page, context, baseURL, javaScriptEnabled }) => {
    await useLanguage(context, baseURL, "en");
    const response = await visit(page, spec.path, javaScriptEnabled);
    expect(response.status()).toBe(200);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page).toHaveTitle(documentTitle(spec, "en"));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(spec.heading.en);
    await expect(page.getByRole("link", { name: UI.skipLink.en, exact: true })).toHaveAttribute("href", "#noi-dung");
    await expect(page.getByRole("banner").getByRole("link", { name: UI.homeLink.en })).toBeVisible();

    const nav = page.getByRole("navigation", { name: NAV.label.en });
    await expect(nav.getByRole("link")).toHaveText(NAV.links.en);
    await expect(nav.locator('[aria-current="page"]')).toHaveAccessibleName(spec.nav!.en);

    const footer = page.getByRole("contentinfo");
    for (const name of UI.footerHeadings.en) {
      await expect(footer.getByRole("heading", { name, exact: true })).toBeVisible();
    }
    if (spec.kind === "placeholder") {
      await expect(page.getByRole("main").getByRole("status")).toContainText(UI.comingSoon.en);
      await expect(page.getByRole("main").getByRole("link", { name: UI.backHome.en, exact: true })).toHaveAttribute("href", "/");
    }
    await expect(page.getByRole("button", { name: UI.switchButton.en, exact: true })).toBeVisible();
  });
}
