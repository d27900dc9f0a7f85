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

  test("without its WebAssembly (a dropped connection) a page still works as plain HTML", async ({ page, context }) => {
    // The bundle fails, as on a dropped mobile connection. On the context, not the page: a
    // service worker controlling the page fetches it itself, and page routes do not see that.
    await context.route("**/pkg/*.wasm", (route) => route.abort("internetdisconnected"));
    await page.goto("/dang-nhap");
    await page.waitForLoadState("networkidle");
    const main = page.getByRole("main");
    // The captcha's scripted button never appears; its plain links are there and work.
    await expect(main.getByRole("link", { name: "Tải mã đọc thành tiếng (tệp âm thanh)", exact: true })).toBeVisible();
    await expect(main.getByRole("button", { name: "Nghe mã", exact: true })).toHaveCount(0);
    const image = main.getByRole("img", { name: /mã xác thực/i });
    const before = await image.getAttribute("src");
    // "Đổi mã khác" is then a link to the same page, which draws a new challenge.
    await Promise.all([page.waitForEvent("load"), main.getByRole("link", { name: "Đổi mã khác", exact: true }).click()]);
    await expect(image).not.toHaveAttribute("src", before ?? "");
    // The form itself never needed the bundle: a wrong password gets the server's message.
    await main.getByLabel("Tên đăng nhập", { exact: true }).fill("056185004321");
    await main.getByLabel("Mật khẩu", { exact: true }).fill("sai-mat-khau");
    await main.getByLabel("Mã xác thực", { exact: true }).fill("kiemthu");
    await main.getByRole("button", { name: "Đăng nhập", exact: true }).click();
    await expect(page).toHaveTitle(/^Lỗi: Đăng nhập/);
    await expect(main.getByLabel("Tên đăng nhập", { exact: true })).toHaveValue("056185004321");
  });
});
