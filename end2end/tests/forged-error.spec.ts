/**
 * No message from the address (issue 22): Leptos used to rebuild a refused form's error from the
 * address (`__path` / `__err`), so a link could put anyone's words in the real login page's error
 * summary, and every refusal made the address longer. The error now waits in the visitor's
 * session for the page the form goes back to (app/src/backend/form_errors.rs). With and without
 * JavaScript (pages are not hydrated: a form is a plain post either way).
 */
import { expect, test, type Page } from "@playwright/test";
import { visit } from "./helpers";
import { errorSummary } from "./account-helpers";

/** What the author of the forged link wants a citizen to read. */
const ATTACKER_TEXT = "Tài khoản bị khóa. Gọi 0999 999 999 để mở khóa";
const ATTACKER_LINK = "https://mo-khoa.example/dang-nhap";

/** The forged link, as Leptos writes an error into an address: base64 (URL-safe) of its JSON. */
function forgedLink(page: string): string {
  const error = { Validation: [{ field: "identifier", message: ATTACKER_TEXT, action: [ATTACKER_LINK, "Mở khóa ngay"] }] };
  const err = Buffer.from(JSON.stringify(error), "utf8").toString("base64").replace(/\+/g, "-").replace(/\//g, "_");
  const sep = page.includes("?") ? "&" : "?";
  return `${page}${sep}__path=${encodeURIComponent("/api/login")}&__err=${encodeURIComponent(err)}`;
}

async function expectNothingOfTheAuthor(page: Page): Promise<void> {
  const html = await page.content();
  for (const text of [ATTACKER_TEXT, "0999 999 999", "mo-khoa.example", "Mở khóa ngay"]) {
    expect(html, `the page shows ${text}`).not.toContain(text);
  }
  await expect(errorSummary(page)).toHaveCount(0);
}

function identifierField(page: Page) {
  return page.getByLabel("Tên đăng nhập", { exact: true });
}

test("a forged error link shows the plain login page, at its own address", async ({ page, javaScriptEnabled: js }) => {
  await visit(page, forgedLink("/dang-nhap?next=%2Fho-so"), js);
  await expect(page).toHaveURL((url) => url.pathname === "/dang-nhap" && url.search === "?next=%2Fho-so");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Đăng nhập");
  await expectNothingOfTheAuthor(page);
  // Nor in a session that has just had a genuine refusal.
  await identifierField(page).fill("nguoi-thu-nghiem");
  await page.getByRole("main").getByRole("button", { name: "Đăng nhập", exact: true }).click();
  await expect(errorSummary(page)).toBeVisible();
  await visit(page, forgedLink("/dang-nhap"), js);
  await expect(page).toHaveURL((url) => url.pathname === "/dang-nhap" && url.search === "");
  await expectNothingOfTheAuthor(page);
});

test("a refused form shows the server's message at a clean address that does not grow, and keeps what was typed", async ({
  page,
  javaScriptEnabled: js,
}) => {
  await visit(page, "/dang-nhap?next=%2Fho-so", js);
  const addresses: string[] = [];
  for (let round = 1; round <= 3; round++) {
    await identifierField(page).fill("nguoi-thu-nghiem");
    await page.getByRole("main").getByRole("button", { name: "Đăng nhập", exact: true }).click();
    const summary = errorSummary(page);
    await expect(summary).toBeVisible();
    await expect(summary.getByRole("link", { name: "Nhập mật khẩu", exact: true })).toHaveAttribute("href", "#password");
    await expect(identifierField(page)).toHaveValue("nguoi-thu-nghiem");
    await expect(page).toHaveURL((url) => url.pathname === "/dang-nhap");
    addresses.push(page.url());
  }
  for (const address of addresses) {
    expect(address).not.toContain("__");
    expect(address.endsWith("/dang-nhap?next=%2Fho-so"), address).toBe(true);
  }
  // Shown once: the same address loaded again is the form without the message, still filled.
  await visit(page, "/dang-nhap?next=%2Fho-so", js);
  await expect(errorSummary(page)).toHaveCount(0);
  await expect(identifierField(page)).toHaveValue("nguoi-thu-nghiem");
});
