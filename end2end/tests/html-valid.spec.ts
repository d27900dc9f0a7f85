/**
 * Every kind of page the portal serves, checked by the W3C Nu HTML Checker (the `vnu-jar` package,
 * run on the machine's Java): the HTML exactly as the server sends it, anonymous, as a citizen and
 * as an officer. No error is allowed but the two the framework itself produces (see `allowed`).
 *
 * The checker is a Java program that takes a few seconds to start, so the pages are fetched first
 * (with the browser's cookies, through `page.request`), written to a temporary folder and checked
 * in one run. The markup does not depend on JavaScript, so the check runs in the "js" project only.
 */
import { expect, test, type Page } from "@playwright/test";
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { NOT_FOUND } from "./helpers";
import {
  answerCaptcha,
  confirmCode,
  exclusively,
  fillCitizenDetails,
  fillNewPassword,
  freshCitizen,
  lastOutboxId,
  logIn,
} from "./account-helpers";
import { AGENCY, BIRTH, chooseAgency, confirmApplicant, dossierItems, fact, startDossier } from "./dossier-helpers";

// The package's main export is the path of vnu.jar.
const VNU_JAR: string = String(require("vnu-jar"));

const APPLICANT = { login: "056185004321", password: "CongDan@2026", phone: "0978123456" } as const;
const OFFICER = { login: "canbo.motcua", password: "CanBo@2026", phone: "0905123456" } as const;

interface Message {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  lastColumn?: number;
  message: string;
  extract?: string;
}

/** Where a message points in `source`: the offset of its last line and column (both from 1). */
function offset(m: Message, source: string): number {
  const lines = source.split("\n");
  const line = Math.min(m.lastLine ?? 1, lines.length);
  return lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0) + (m.lastColumn ?? 1) - 1;
}

/**
 * What Leptos writes and we cannot change, each allowed on its own terms:
 *
 * - `<!>`: the empty comments that mark where a dynamic part of a view begins and ends (hydration
 *   markers). The HTML parser reads each as an empty comment, as browsers do; the checker calls
 *   the form an error ("Bogus comment"). Allowed only where the extract shows `<!>`.
 * - `<script>` elements after `</html>`: Leptos sends the data of the page's resources in scripts
 *   after the document (`__RESOLVED_RESOURCES`…), where the parser puts them into the body. The
 *   checker calls the first a stray tag and stops there ("Cannot recover after last error"), so
 *   both are allowed only after the document's `</html>`: everything before it has been checked.
 */
function allowed(m: Message, source: string): boolean {
  if (m.message === "Bogus comment." && (m.extract ?? "").includes("<!>")) return true;
  const end = source.lastIndexOf("</html>");
  return (
    end >= 0 &&
    offset(m, source) > end &&
    (m.message === "Stray start tag “script”." || m.message.startsWith("Cannot recover after last error."))
  );
}

/** Fetches `path` with the page's cookies and keeps its HTML under `name`. */
async function keep(page: Page, pages: Map<string, string>, name: string, path: string, status = 200): Promise<void> {
  const response = await page.request.get(path, { maxRedirects: 0 });
  expect(response.status(), `${name}: ${path}`).toBe(status);
  expect(response.headers()["content-type"], `${name}: ${path}`).toMatch(/^text\/html/);
  pages.set(name, await response.text());
}

/**
 * A dossier of the applicant in "Chờ thanh toán" that no other journey pays: the same claims file
 * and lock as payments.spec.ts, so the two never take the same one.
 */
async function claimDossier(page: Page): Promise<{ pid: string; code: string }> {
  const base = (process.env.BASE_URL ?? "").replace(/[^a-z0-9]+/gi, "_");
  const claims = path.join(os.tmpdir(), `portal-e2e-payment-claims-${base}.txt`);
  return exclusively("payment-claim", async () => {
    await page.goto("/ho-so?trang-thai=awaiting_payment");
    const taken = new Set(fs.existsSync(claims) ? fs.readFileSync(claims, "utf8").split("\n") : []);
    for (const item of await dossierItems(page).all()) {
      if ((await fact(item, "Đơn vị tiếp nhận").textContent())?.trim() === AGENCY.name) continue;
      const href = (await item.getByRole("heading", { level: 2 }).getByRole("link").getAttribute("href")) ?? "";
      const pid = href.split("/").pop() ?? "";
      if (!pid || taken.has(pid)) continue;
      const code = ((await fact(item, "Mã hồ sơ").textContent()) ?? "").trim();
      fs.appendFileSync(claims, `${pid}\n`);
      return { pid, code };
    }
    throw new Error("no dossier awaiting payment is left (server/src/demo.rs seeds twelve)");
  });
}

test("every kind of page is valid HTML (W3C Nu HTML Checker)", async ({ browser, baseURL, javaScriptEnabled }) => {
  test.skip(!javaScriptEnabled, "the server's HTML is the same in both projects: checked once");
  test.setTimeout(180_000);
  const pages = new Map<string, string>();

  // Anyone.
  const visitor = await browser.newPage({ baseURL });
  await keep(visitor, pages, "home", "/");
  await keep(visitor, pages, "catalog-search", "/thu-tuc?q=khai+sinh");
  await keep(visitor, pages, "catalog-page-2", "/thu-tuc?trang=2");
  await keep(visitor, pages, "procedure", `/thu-tuc/${BIRTH.code}`);
  await keep(visitor, pages, "login", "/dang-nhap");
  await keep(visitor, pages, "register-choice", "/dang-ky");
  await keep(visitor, pages, "register-citizen", "/dang-ky/cong-dan");
  await keep(visitor, pages, "register-organisation", "/dang-ky/to-chuc");
  await keep(visitor, pages, "recover", "/quen-mat-khau");
  await keep(visitor, pages, "tracking", "/tra-cuu");
  await keep(visitor, pages, "payment-lookup", "/thanh-toan");
  await keep(visitor, pages, "placeholder", "/hoi-dap");
  await keep(visitor, pages, "not-found", NOT_FOUND.path, 404);
  await visitor.close();

  // A new citizen: each step of the registration, then the first steps of a dossier.
  const newcomer = await browser.newPage({ baseURL });
  const c = freshCitizen();
  await newcomer.goto("/dang-ky/cong-dan");
  await fillCitizenDetails(newcomer, c);
  await answerCaptcha(newcomer);
  const before = await lastOutboxId(newcomer.request);
  await newcomer.getByRole("button", { name: "Đăng ký", exact: true }).click();
  await expect(newcomer).toHaveURL(/\/dang-ky\/xac-thuc$/);
  await keep(newcomer, pages, "register-code", "/dang-ky/xac-thuc");
  await confirmCode(newcomer, c.phone, before);
  await expect(newcomer).toHaveURL(/\/dang-ky\/mat-khau$/);
  await keep(newcomer, pages, "register-password", "/dang-ky/mat-khau");
  await fillNewPassword(newcomer, "MatKhau@2026");
  await newcomer.getByRole("button", { name: "Đăng ký", exact: true }).click();
  await expect(newcomer).toHaveURL(/\/dang-ky\/hoan-tat$/);
  await keep(newcomer, pages, "register-done", "/dang-ky/hoan-tat");
  const draft = await startDossier(newcomer, true);
  await keep(newcomer, pages, "submit-start", `/nop-ho-so/${BIRTH.code}`);
  await keep(newcomer, pages, "submit-agency", `/ho-so/${draft}/co-quan`);
  await chooseAgency(newcomer);
  await keep(newcomer, pages, "submit-applicant", `/ho-so/${draft}/nguoi-nop`);
  await confirmApplicant(newcomer);
  await keep(newcomer, pages, "submit-documents", `/ho-so/${draft}/giay-to`);
  await newcomer.close();

  // A citizen: her dossiers, one dossier, tracking it by code, paying a fee and the result.
  const citizen = await browser.newPage({ baseURL });
  await logIn(citizen, true, APPLICANT);
  await keep(citizen, pages, "account", "/tai-khoan");
  await keep(citizen, pages, "dossier-list", "/ho-so");
  const { pid, code } = await claimDossier(citizen);
  expect(code, "the dossier's code").not.toBe("");
  await keep(citizen, pages, "dossier", `/ho-so/${pid}`);
  await keep(citizen, pages, "tracking-result", `/tra-cuu?ma=${encodeURIComponent(code)}`);
  await keep(citizen, pages, "documents-store", "/kho-tai-lieu");
  await keep(citizen, pages, "payment", `/thanh-toan/ho-so/${pid}`);
  // The built-in test gateway: cancelled there, the portal shows the payment's result.
  await citizen.goto(`/thanh-toan/ho-so/${pid}`);
  await citizen.getByRole("radio", { name: "Cổng thanh toán thử nghiệm" }).check();
  await citizen.locator("main").getByRole("button", { name: "Thanh toán", exact: true }).click();
  await citizen.getByRole("button", { name: "Hủy giao dịch" }).click();
  await expect(citizen).toHaveURL(/\/thanh-toan\/giao-dich\/[^/?]+$/);
  await keep(citizen, pages, "payment-result", new URL(citizen.url()).pathname);
  await citizen.close();

  // An officer: the queue and a dossier there.
  const officer = await browser.newPage({ baseURL });
  await logIn(officer, true, OFFICER);
  await keep(officer, pages, "queue", "/can-bo/ho-so");
  await officer.goto("/can-bo/ho-so");
  const row = officer.locator('main a[href^="/can-bo/ho-so/"]').first();
  await expect(row, "the demo officer's queue has dossiers").toBeVisible();
  const office = (await row.getAttribute("href")) ?? "";
  await keep(officer, pages, "office-dossier", office);
  await officer.close();

  // One run of the checker over all of them.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-html-"));
  try {
    for (const [name, html] of pages) fs.writeFileSync(path.join(dir, `${name}.html`), html);
    const files = [...pages.keys()].map((name) => path.join(dir, `${name}.html`));
    let out: string;
    try {
      out = execFileSync("java", ["-jar", VNU_JAR, "--format", "json", "--stdout", ...files], {
        encoding: "utf8",
        maxBuffer: 64 * 1024 * 1024,
      });
    } catch (e) {
      // The checker exits with 1 when it reports an error: its report is still on stdout.
      out = String((e as { stdout?: string }).stdout ?? "");
      if (!out) throw e;
    }
    const messages = (JSON.parse(out) as { messages: Message[] }).messages;
    const problems = messages
      .filter((m) => m.type === "error" || m.type === "non-document-error")
      .filter((m) => {
        const name = path.basename(decodeURIComponent(new URL(m.url ?? "file:///x").pathname), ".html");
        return !allowed(m, pages.get(name) ?? "");
      })
      .map((m) => {
        const name = path.basename(decodeURIComponent(new URL(m.url ?? "file:///x").pathname), ".html");
        return `${name} (line ${m.lastLine ?? "?"}): ${m.message}\n    ${(m.extract ?? "").replace(/\n/g, "⏎")}`;
      });
    expect(problems, `the HTML checker found ${problems.length} error(s):\n\n${problems.join("\n")}\n`).toEqual([]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
