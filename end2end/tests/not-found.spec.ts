/** Unknown addresses: a real HTTP 404 with a helpful page inside the usual shell. */
import { expect, test } from "@playwright/test";
import { NAV, NOT_FOUND, documentTitle, useLanguage, visit } from "./helpers";

test("an unknown address answers 404 with the 'page not found' page", async ({ page, javaScriptEnabled }) => {
  const response = await visit(page, NOT_FOUND.path, javaScriptEnabled);
  expect(response.status()).toBe(404);
  expect(response.headers()["content-type"]).toMatch(/^text\/html/);
  await expect(page).toHaveTitle(documentTitle(NOT_FOUND, "vi"));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(NOT_FOUND.heading.vi);
  // The shell is there, with no navigation link marked current.
  const nav = page.getByRole("navigation", { name: NAV.label.vi });
  await expect(nav.getByRole("link")).toHaveText(NAV.links.vi);
  await expect(nav.locator('[aria-current="page"]')).toHaveCount(0);

  await page.getByRole("main").getByRole("link", { name: "Về trang chủ", exact: true }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page).toHaveTitle("Trang chủ – Cổng Dịch vụ công");
});

test("a deeper unknown address answers 404 as well", async ({ page, javaScriptEnabled }) => {
  const response = await visit(page, "/thu-tuc/khong-co/thu-tuc-nay", javaScriptEnabled);
  expect(response.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(NOT_FOUND.heading.vi);
});

test("the 404 page in English", async ({ page, context, baseURL, javaScriptEnabled }) => {
  await useLanguage(context, baseURL, "en");
  const response = await visit(page, NOT_FOUND.path, javaScriptEnabled);
  expect(response.status()).toBe(404);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page).toHaveTitle(documentTitle(NOT_FOUND, "en"));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(NOT_FOUND.heading.en);
  await expect(page.getByRole("main").getByRole("link", { name: "Back to the home page", exact: true })).toHaveAttribute("href", "/");
});
