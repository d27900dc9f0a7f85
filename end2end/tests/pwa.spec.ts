/** The service worker: registered after load, and an offline page when the network is gone. */
import { type Page, expect, test } from "@playwright/test";
import { UI, expectNoAxeViolations, serviceWorkerReady, visit } from "./helpers";

/**
 * Opens the home page and loads it once more: a page loaded before its worker was active is not
 * controlled by it. Returns once the worker controls the page.
 */
async function openControlled(page: Page): Promise<void> {
  await visit(page, "/", true);
  await serviceWorkerReady(page);
  await page.reload();
  await page.waitForLoadState("networkidle");
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), {
      message: "the page is controlled by the service worker",
    })
    .toBe(true);
}

test.describe("service worker", () => {
  test.skip(({ javaScriptEnabled }) => !javaScriptEnabled, "a service worker needs JavaScript");

  test("is registered after the page loads", async ({ page }) => {
    await visit(page, "/", true);
    const scriptURL = await serviceWorkerReady(page);
    expect(new URL(scriptURL).pathname).toBe("/sw.js");
  });

  test("offline, a page the visitor has not seen shows the offline page", async ({ page, context }) => {
    await openControlled(page);

    await context.setOffline(true);
    // Belt and braces: make sure the worker's own fetches fail too, whatever the browser's
    // offline emulation covers (microsoft/playwright#2311).
    await context.route("**/*", (route) =>
      route.request().serviceWorker() ? route.abort("internetdisconnected") : route.continue(),
    );

    await page.goto("/hoi-dap");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(UI.offline);
    await expect(page.getByRole("link", { name: UI.hotline, exact: true })).toHaveAttribute("href", "tel:19001023");
    await expectNoAxeViolations(page, "the offline page", true);
  });

  test("a repeat visit downloads no WebAssembly: the worker answers from its cache", async ({ page, context }) => {
    // The second load of openControlled went through the worker and filled its cache.
    await openControlled(page);

    // Any part of the bundle that still reached the network (from the page or from the worker).
    const fetched: string[] = [];
    await context.route("**/pkg/**", (route) => {
      fetched.push(route.request().url());
      return route.continue();
    });
    const bundle: string[] = [];
    page.on("response", (r) => {
      if (/\/pkg\/.*\.(wasm|js)$/.test(new URL(r.url()).pathname)) bundle.push(r.url());
    });
    await page.goto("/");
    await page.waitForLoadState("networkidle");
    expect(bundle.length, "the page used its WebAssembly").toBeGreaterThan(0);
    expect(fetched, "nothing of the bundle came from the network").toEqual([]);
  });

  test("a part of the bundle that cannot be downloaded gives a message to reload, not a dead page", async ({ page, context }) => {
    const problems: string[] = [];
    page.on("pageerror", (e) => problems.push(e.message));
    // The pages' own parts of the bundle (split_*.wasm) fail, as on a dropped mobile connection.
    // On the context, not the page: the service worker, once it controls the page (it may do so
    // before the part is asked for), fetches it itself, and page routes do not see its requests.
    await context.route("**/pkg/split_*", (route) => route.abort("internetdisconnected"));
    await page.goto("/thu-tuc");
    const banner = page.getByRole("alert").filter({ hasText: "Trang chưa tải xong" });
    await expect(banner).toBeVisible();
    await expect(banner.getByRole("link", { name: "Tải lại trang", exact: true })).toHaveAttribute(
      "href",
      /\/thu-tuc$/,
    );
    // The server's page is still there to read.
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

    // Reloading with the network back loads the page normally.
    await context.unroute("**/pkg/split_*");
    await Promise.all([
      page.waitForEvent("load"),
      banner.getByRole("link", { name: "Tải lại trang", exact: true }).click(),
    ]);
    await page.waitForLoadState("networkidle");
    await expect(page.getByRole("alert").filter({ hasText: "Trang chưa tải xong" })).toHaveCount(0);
  });
});
