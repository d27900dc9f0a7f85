/**
 * The page shell every route renders in: document title and language, skip link, header with the
 * main navigation, footer; and the placeholder pages' own content. Runs with and without JavaScript.
 */
import { expect, test } from "@playwright/test";
import { NAV, PAGES, PORTAL_NAME, PROVINCE, UI, documentTitle, visit } from "./helpers";

for (const spec of PAGES) {
  test(`${spec.path}: title, heading, language and current navigation link`, async ({ page, javaScriptEnabled }) => {
    const response = await visit(page, spec.path, javaScriptEnabled);
    expect(response.status()).toBe(200);
    await expect(page).toHaveTitle(documentTitle(spec, "vi"));
    await expect(page.locator("html")).toHaveAttribute("lang", "vi");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(spec.heading.vi);

    const nav = page.getByRole("navigation", { name: NAV.label.vi });
    await expect(nav.getByRole("link")).toHaveText(NAV.links.vi);
    // Exactly one link is marked as the current page, and it is this page's.
    const current = nav.locator('[aria-current="page"]');
    await expect(current).toHaveCount(1);
    await expect(current).toHaveAccessibleName(spec.nav!.vi);
    await expect(current).toHaveAttribute("href", spec.path);
  });
}

test("the navigation links lead to their pages", async ({ page, javaScriptEnabled }) => {
  await visit(page, "/", javaScriptEnabled);
  const nav = page.getByRole("navigation", { name: NAV.label.vi });
  for (const [i, name] of NAV.links.vi.entries()) {
    await expect(nav.getByRole("link", { name, exact: true })).toHaveAttribute("href", NAV.hrefs[i]);
  }
  // Follow one all the way, as a visitor would.
  await nav.getByRole("link", { name: "Hỏi đáp", exact: true }).click();
  await expect(page).toHaveURL(/\/hoi-dap$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hỏi đáp");
  await expect(page).toHaveTitle("Hỏi đáp – Cổng Dịch vụ công");
});

test("header: home link with the portal name and the province", async ({ page, javaScriptEnabled }) => {
  await visit(page, "/tra-cuu", javaScriptEnabled);
  const banner = page.getByRole("banner");
  const home = banner.getByRole("link", { name: UI.homeLink.vi });
  await expect(home).toHaveAttribute("href", "/");
  await expect(home).toContainText(PORTAL_NAME.vi);
  await expect(home).toContainText(PROVINCE.vi);
  await home.click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(PORTAL_NAME.vi);
});

test("skip link: first stop of the keyboard, it moves focus to the main content", async ({ page, javaScriptEnabled }) => {
  await visit(page, "/", javaScriptEnabled);
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: UI.skipLink.vi, exact: true });
  await expect(skip).toBeFocused();
  await expect(skip).toHaveAttribute("href", "#noi-dung");
  const main = page.getByRole("main");
  await expect(main).toHaveAttribute("id", "noi-dung");

  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#noi-dung$/);
  // Keyboard users must land in the content, not back at the top of the header.
  await expect(main).toBeFocused();
});

test("footer: support, links and operator, with the hotline and e-mail as links", async ({ page, javaScriptEnabled }) => {
  await visit(page, "/", javaScriptEnabled);
  const footer = page.getByRole("contentinfo");
  for (const name of UI.footerHeadings.vi) {
    await expect(footer.getByRole("heading", { name, exact: true })).toBeVisible();
  }

  const hotline = footer.getByRole("link", { name: UI.hotline, exact: true });
  await expect(hotline).toHaveAttribute("href", "tel:19001023");

  const email = footer.getByRole("link", { name: /@/ });
  await expect(email).toHaveCount(1);
  const address = (await email.textContent())!.trim();
  await expect(email).toHaveAttribute("href", `mailto:${address}`);

  const hours = footer.getByRole("term").filter({ hasText: UI.officeHours.vi });
  await expect(hours).toBeVisible();
  await expect(hours.locator("xpath=following-sibling::dd[1]")).toHaveText(/\S/);

  await expect(footer).toContainText(`Ủy ban nhân dân ${PROVINCE.vi}`);
});

for (const spec of PAGES.filter((p) => p.kind === "placeholder")) {
  test(`${spec.path}: says plainly that the service is not available yet`, async ({ page, javaScriptEnabled }) => {
    await visit(page, spec.path, javaScriptEnabled);
    await expect(page.getByRole("main").getByRole("status")).toContainText(UI.comingSoon.vi);
    const back = page.getByRole("main").getByRole("link", { name: UI.backHome.vi, exact: true });
    await expect(back).toHaveAttribute("href", "/");
    await back.click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page).toHaveTitle("Trang chủ – Cổng Dịch vụ công");
  });
}
