/**
 * What the server sends besides the page itself: security headers, the web app manifest and its
 * icons, the service worker script, and the refusal of cross-site form posts.
 */
import { expect, test } from "@playwright/test";
import { NOT_FOUND, PORTAL_NAME } from "./helpers";

for (const path of ["/", "/tra-cuu", NOT_FOUND.path]) {
  test(`security headers on the page ${path}`, async ({ page }) => {
    const response = await page.goto(path);
    const headers = await response!.allHeaders();
    expect(headers["content-type"]).toMatch(/^text\/html/);
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBeTruthy();
    expect(headers["x-request-id"]).toBeTruthy();
  });
}

test("every response gets its own request id", async ({ request }) => {
  const a = await request.get("/");
  const b = await request.get("/");
  expect(a.headers()["x-request-id"]).toBeTruthy();
  expect(a.headers()["x-request-id"]).not.toBe(b.headers()["x-request-id"]);
});

test("the web app manifest is JSON, names the portal, and its icons load", async ({ request }) => {
  const response = await request.get("/manifest.webmanifest");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toMatch(/^application\/(manifest\+)?json/);
  const manifest = await response.json();
  expect(manifest.name).toBe(PORTAL_NAME.vi);
  expect(Array.isArray(manifest.icons), "manifest.icons is a list").toBe(true);
  expect(manifest.icons.length).toBeGreaterThan(0);
  for (const icon of manifest.icons as { src: string; type?: string }[]) {
    const url = new URL(icon.src, response.url()).toString();
    const res = await request.get(url);
    expect(res.status(), `icon ${url}`).toBe(200);
    expect(res.headers()["content-type"], `content type of ${url}`).toMatch(/^image\//);
    expect((await res.body()).length, `icon ${url} is not empty`).toBeGreaterThan(0);
  }
});

test("the page links the manifest", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute("href", "/manifest.webmanifest");
});

test("the service worker script is served as JavaScript", async ({ request }) => {
  const response = await request.get("/sw.js");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toMatch(/javascript/);
  expect((await response.text()).length).toBeGreaterThan(0);
});

test("a form post from another site is refused", async ({ request }) => {
  const response = await request.post("/ngon-ngu", {
    headers: { Origin: "https://trang-khac.example" },
    form: { lang: "en", next: "/" },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(403);
  expect(response.headers()["set-cookie"]).toBeUndefined();
});
