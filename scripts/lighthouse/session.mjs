// Logs a demo account in (password, captcha, the SMS code from /dev/outbox.json) with plain HTTP
// forms, as a browser without JavaScript would, and prints what Lighthouse needs as JSON:
// {"cookie": "name=value; …", "dossier": "/ho-so/<id>"}. Test mode only (fixed captcha answer).
//
//   node session.mjs <base URL> <login> <password> <phone>
import { createRequire } from "node:module";
const require = createRequire(new URL("../../end2end/package.json", import.meta.url));
const { chromium } = require("@playwright/test");

const [base, login, password, phone] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu"],
});
const context = await browser.newContext({ baseURL: base, javaScriptEnabled: false });
const page = await context.newPage();
const newest = async () => ((await (await page.request.get("/dev/outbox.json")).json())[0]?.id ?? 0);
const before = await newest();
await page.goto("/dang-nhap");
await page.getByLabel("Tên đăng nhập", { exact: true }).fill(login);
await page.getByLabel("Mật khẩu", { exact: true }).fill(password);
await page.getByLabel("Mã xác thực", { exact: true }).fill(process.env.PORTAL_TEST_CAPTCHA_ANSWER || "kiemthu");
await page.getByRole("button", { name: "Đăng nhập", exact: true }).click();
let code = "";
for (let i = 0; i < 50 && !code; i++) {
  const sms = (await (await page.request.get("/dev/outbox.json")).json()).find(
    (m) => m.channel === "sms" && m.recipient === phone && m.id > before,
  );
  code = sms?.body.match(/là (\d{6})\b/)?.[1] ?? "";
  if (!code) await page.waitForTimeout(100);
}
if (!code) throw new Error(`no code reached ${phone}`);
await page.getByLabel("Nhập mã OTP", { exact: true }).fill(code);
await page.getByRole("button", { name: "Xác nhận", exact: true }).click();
await page.waitForURL((url) => !url.pathname.startsWith("/dang-nhap"));
let dossier = "";
if (!page.url().includes("/can-bo/")) {
  await page.goto("/ho-so");
  dossier = (await page.locator('main a[href^="/ho-so/"]').first().getAttribute("href")) ?? "";
}
const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
console.log(JSON.stringify({ cookie, dossier }));
await browser.close();
