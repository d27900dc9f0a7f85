/** The service worker: registered after load, and an offline page when the network is gone. */
import { expect, test } from "@playwright/test";
import { UI, expectNoAxeViolations, serviceWorkerReady, visit } from "./helpers";

test.describe("service worker", () => {
  test.skip(({ javaScriptEnabled }) => !javaScriptEnabled, "a service worker needs JavaScript");

  test("is registered after the page loads", async ({ page }) => {
    await visit(page, "/", true);
    const scriptURL = await serviceWorkerReady(page);
    expect(new URL(scriptURL).pathname).toBe("/sw.js");
  });

  test("offline, a page the visitor has not seen shows the offline page", async ({ page, context }) => {
    await visit(page, "/", true);
    await serviceWorkerReady(page);
    // A page loaded before its worker was active is not controlled by it: load it once more.
    await page.reload();
    await page.waitForLoadState("networkidle");
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), {
        message: "the page is controlled by the service worker",
      })
      .toBe(true);

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
});
