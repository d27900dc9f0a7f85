/**
 * What the account journeys share: fresh, valid identities (CCCD, tax code, mobile number) that no
 * other test uses, the one-time codes read from the development outbox, the captcha answer the
 * test server accepts, and the steps a person takes to register, log in and log out.
 *
 * The strings are the visible interface (app/locales/vi.json): when a wording changes on purpose,
 * change it here too.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { expect, test, type APIRequestContext, type Locator, type Page } from "@playwright/test";
import { visit } from "./helpers";

/**
 * The captcha answer the portal accepts in test mode (PORTAL_TEST_CAPTCHA_ANSWER, which
 * scripts/e2e.sh gives both to the server and to the tests).
 */
// Short enough for the captcha field's maxlength (8): a longer answer would be cut when typed.
export const CAPTCHA_ANSWER = process.env.PORTAL_TEST_CAPTCHA_ANSWER || "kiemthu";

/** The seeded demo citizen (PORTAL_SEED_DEMO=true). Never change its password or phone. */
export const DEMO_CITIZEN = {
  login: "056090001234",
  password: "CongDan@2026",
  phone: "0912345678",
  name: "Nguyễn Văn An",
} as const;

/** A password that satisfies the rule (8+ characters, lower, upper, digit, special). */
export const PASSWORD = "MatKhau@2026";

export const TEXT = {
  errorSummary: "Có lỗi xảy ra",
  captchaWrong: "Mã xác thực không đúng hoặc đã hết hạn. Vui lòng nhập mã mới.",
  loginFailed: "Thông tin đăng nhập không đúng. Vui lòng kiểm tra lại tên đăng nhập và mật khẩu.",
  otpTitle: "Xác thực mã OTP",
  otpSentTo: "Mã xác thực đã được gửi qua số điện thoại:",
  otpSentIfMatch: "Nếu thông tin bạn nhập khớp với một tài khoản, mã xác thực đã được gửi qua số điện thoại:",
  logout: "Đăng xuất",
  accountNav: "Tài khoản",
} as const;

// ---------------------------------------------------------------------------------------------
// Fresh identities
// ---------------------------------------------------------------------------------------------

let lastStamp = 0;

/**
 * Seven digits no other test of this run uses: a per-process strictly increasing millisecond
 * stamp, times ten, plus the worker's parallel index (unique among the workers running at the same
 * time). They repeat only after about 16 minutes, and every run starts on a fresh database.
 */
export function uniqueDigits(): string {
  lastStamp = Math.max(Date.now(), lastStamp + 1);
  const lane = test.info().parallelIndex % 10;
  return String(((lastStamp % 1_000_000) * 10 + lane) % 10_000_000).padStart(7, "0");
}

/** A mobile number nobody has: a Viettel prefix and seven fresh digits. */
export function freshPhone(prefix: "036" | "086" | "097" | "098" = "036"): string {
  return `${prefix}${uniqueDigits()}`;
}

/** Birth-registration province codes for the first three digits of a CCCD. */
const PROVINCES = ["001", "056", "079", "048", "031", "092", "075", "038", "026", "066"];

export interface Citizen {
  /** 12-digit CCCD agreeing with the birth date (female, born 1990). */
  idNumber: string;
  name: string;
  /** dd/mm/yyyy */
  birthDate: string;
  phone: string;
}

/** A citizen nobody has registered: a valid CCCD (female, born in 1990) and a fresh phone. */
export function freshCitizen(name = "Trần Thị Bình"): Citizen {
  const digits = uniqueDigits();
  const province = PROVINCES[Number(digits[0])];
  // Fourth digit 1: a woman born in the 1900s; fifth and sixth: the year of birth.
  return { idNumber: `${province}190${digits.slice(1)}`, name, birthDate: "15/06/1990", phone: freshPhone("036") };
}

export interface Organisation {
  taxCode: string;
  name: string;
  representative: string;
  phone: string;
}

/** The tax code's check digit: weights 31, 29, 23, 19, 17, 13, 7, 5, 3; 10 - (sum mod 11), 10 → 0. */
export function withCheckDigit(nine: string): string {
  const weights = [31, 29, 23, 19, 17, 13, 7, 5, 3];
  const sum = [...nine].reduce((s, d, i) => s + Number(d) * weights[i], 0);
  const check = (10 - (sum % 11)) % 10;
  return `${nine}${check}`;
}

/** An organisation nobody has registered: a valid tax code and a fresh phone. */
export function freshOrganisation(): Organisation {
  return {
    taxCode: withCheckDigit(`03${uniqueDigits()}`),
    name: "Công ty TNHH Thử Nghiệm Khánh Hòa",
    representative: "Lê Văn Cường",
    phone: freshPhone("097"),
  };
}

/** "036****333": how the OTP page shows a number. */
export function masked(phone: string): string {
  return `${phone.slice(0, 3)}****${phone.slice(7)}`;
}

// ---------------------------------------------------------------------------------------------
// The development outbox and one-time codes
// ---------------------------------------------------------------------------------------------

export interface OutboxMessage {
  id: number;
  channel: "sms" | "email";
  recipient: string;
  subject: string;
  body: string;
  created_at: number;
}

/** Everything "sent" so far, newest first (GET /dev/outbox.json, test and development only). */
export async function outbox(request: APIRequestContext): Promise<OutboxMessage[]> {
  const response = await request.get("/dev/outbox.json");
  expect(response.status(), "GET /dev/outbox.json").toBe(200);
  return (await response.json()) as OutboxMessage[];
}

/** The id of the newest message so far (0 when there is none). */
export async function lastOutboxId(request: APIRequestContext): Promise<number> {
  return (await outbox(request))[0]?.id ?? 0;
}

const CODE = /ma xac thuc .* la (\d{6})\b/;

/**
 * The code of the newest SMS to `phone` newer than message `after`, as the person would read it
 * on their phone ("Cổng Dịch vụ công: mã xác thực … của bạn là 123456, …").
 */
export async function codeSentTo(request: APIRequestContext, phone: string, after = 0): Promise<string> {
  let code = "";
  await expect
    .poll(
      async () => {
        const sms = (await outbox(request)).find(
          (m) => m.channel === "sms" && m.recipient === phone && m.id > after && CODE.test(m.body),
        );
        code = sms ? CODE.exec(sms.body)![1] : "";
        return code;
      },
      { message: `an SMS with a code reached ${phone}`, timeout: 10_000 },
    )
    .toMatch(/^\d{6}$/);
  return code;
}

/**
 * Runs `fn` while no other test process (either project, any worker) does the same for `key`.
 * Codes for the demo accounts all go to one phone number: when two tests log in as the same
 * demo user at once, "the newest SMS to 0912345678" could be the other test's code.
 */
export async function exclusively<T>(key: string, fn: () => Promise<T>): Promise<T> {
  const base = (process.env.BASE_URL ?? "").replace(/[^a-z0-9]+/gi, "_");
  const dir = path.join(os.tmpdir(), `portal-e2e-lock-${base}-${key}`);
  const deadline = Date.now() + 25_000;
  for (;;) {
    try {
      fs.mkdirSync(dir);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      try {
        // A lock left behind by a worker that was killed holding it.
        if (Date.now() - fs.statSync(dir).mtimeMs > 30_000) fs.rmSync(dir, { recursive: true, force: true });
      } catch {
        // Released meanwhile.
      }
      if (Date.now() > deadline) throw new Error(`waited too long for the lock ${dir}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  try {
    return await fn();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// Forms
// ---------------------------------------------------------------------------------------------

/** The form's error summary: role alert, heading "Có lỗi xảy ra". */
export function errorSummary(page: Page): Locator {
  return page.getByRole("alert").filter({ has: page.getByRole("heading", { name: TEXT.errorSummary, exact: true }) });
}

/**
 * Answers the captcha the way the test server accepts (or with `answer`), once its picture has
 * loaded, as a person must see it first. A challenge is used up by the post that answers it and
 * its picture is "not found" from then on (by design); a test that posted while the picture was
 * still on its way (the debug server draws it in about 0.2 s, longer on a loaded CI machine) saw
 * that 404 as a page error: accounts.spec's registration failed so once in issue 23's CI run.
 */
export async function answerCaptcha(page: Page, answer = CAPTCHA_ANSWER): Promise<void> {
  const picture = page.locator('img[src^="/captcha/"]');
  if ((await picture.count()) > 0) {
    await expect
      .poll(() => picture.first().evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0), {
        message: "the captcha's picture has loaded",
      })
      .toBe(true);
  }
  await page.getByLabel("Mã xác thực", { exact: true }).fill(answer);
}

/**
 * Checks a form shown again with errors: "Lỗi: " before the title, the summary linking to each
 * field in error, and each field marked invalid with its message tied to it.
 */
export async function expectFieldErrors(
  page: Page,
  errors: { label: string; id: string; message: string | RegExp }[],
): Promise<void> {
  await expect(page).toHaveTitle(/^Lỗi: /);
  const summary = errorSummary(page);
  await expect(summary).toBeVisible();
  await expect(summary.getByRole("link")).toHaveCount(errors.length);
  for (const e of errors) {
    await expect(summary.getByRole("link", { name: e.message })).toHaveAttribute("href", `#${e.id}`);
    const field = page.getByLabel(e.label, { exact: true });
    await expect(field).toHaveAttribute("id", e.id);
    await expect(field).toHaveAttribute("aria-invalid", "true");
    await expect(field).toHaveAccessibleDescription(e.message instanceof RegExp ? e.message : new RegExp(escape(e.message)));
    await expect(page.locator(`#${e.id}-error`)).toContainText(e.message);
  }
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Console problems except the 422 Chromium logs when a form comes back with errors. */
export function withoutRejectedForms(problems: string[]): string[] {
  return problems.filter((p) => !p.includes("Failed to load resource: the server responded with a status of 422"));
}

// ---------------------------------------------------------------------------------------------
// Journeys
// ---------------------------------------------------------------------------------------------

/**
 * On the OTP page of a journey: checks the masked number, types the code sent to `phone` and
 * confirms it.
 */
export async function confirmCode(page: Page, phone: string, after: number, lead: string = TEXT.otpSentTo): Promise<void> {
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(TEXT.otpTitle);
  await expect(page.getByText(lead)).toContainText(masked(phone));
  const code = await codeSentTo(page.request, phone, after);
  await page.getByLabel("Nhập mã OTP", { exact: true }).fill(code);
  await page.getByRole("button", { name: "Xác nhận", exact: true }).click();
}

/** Fills the citizen registration form (without submitting it). */
export async function fillCitizenDetails(page: Page, c: Citizen): Promise<void> {
  await page.getByLabel("Tên đăng nhập (Số CMT/CCCD)", { exact: true }).fill(c.idNumber);
  await page.getByLabel("Họ và tên", { exact: true }).fill(c.name);
  await page.getByLabel("Ngày sinh", { exact: true }).fill(c.birthDate);
  await page.getByLabel("Số điện thoại di động", { exact: true }).fill(c.phone);
}

/** Fills "Mật khẩu mới" and "Xác nhận mật khẩu". */
export async function fillNewPassword(page: Page, password: string, confirm = password): Promise<void> {
  await page.getByLabel("Mật khẩu mới", { exact: true }).fill(password);
  await page.getByLabel("Xác nhận mật khẩu", { exact: true }).fill(confirm);
}

/**
 * Registers `c` from the citizen form to the success page, as a person would, and leaves them
 * logged in there.
 */
export async function registerCitizen(page: Page, c: Citizen, js: boolean, password = PASSWORD): Promise<void> {
  await visit(page, "/dang-ky/cong-dan", js);
  await fillCitizenDetails(page, c);
  await answerCaptcha(page);
  const before = await lastOutboxId(page.request);
  await page.getByRole("button", { name: "Đăng ký", exact: true }).click();
  await expect(page).toHaveURL(/\/dang-ky\/xac-thuc$/);
  await confirmCode(page, c.phone, before);
  await expect(page).toHaveURL(/\/dang-ky\/mat-khau$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Đặt mật khẩu");
  await fillNewPassword(page, password);
  await page.getByRole("button", { name: "Đăng ký", exact: true }).click();
  await expect(page).toHaveURL(/\/dang-ky\/hoan-tat$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Đăng ký tài khoản thành công");
}

/**
 * Logs in with password, captcha and the code sent to `phone`; ends on the page the login leads
 * to (`next`, or /tai-khoan).
 */
export async function logIn(
  page: Page,
  js: boolean,
  account: { login: string; password: string; phone: string },
  loginPath = "/dang-nhap",
): Promise<void> {
  if (!page.url().endsWith(loginPath)) await visit(page, loginPath, js);
  await page.getByLabel("Tên đăng nhập", { exact: true }).fill(account.login);
  await page.getByLabel("Mật khẩu", { exact: true }).fill(account.password);
  await answerCaptcha(page);
  await exclusively(`sms-${account.phone}`, async () => {
    const before = await lastOutboxId(page.request);
    await page.getByRole("button", { name: "Đăng nhập", exact: true }).click();
    await expect(page).toHaveURL(/\/dang-nhap\/xac-thuc$/);
    await confirmCode(page, account.phone, before);
  });
  await expect(page).not.toHaveURL(/\/dang-nhap/);
}

/** The header's account link once logged in: the user's name ("Tài khoản: " for screen readers). */
export function accountLink(page: Page, name: string): Locator {
  return page.getByRole("banner").getByRole("link", { name: `Tài khoản: ${name}`, exact: true });
}

/** Checks that the header shows `name` with "Đăng xuất", not "Đăng nhập / Đăng ký". */
export async function expectLoggedIn(page: Page, name: string): Promise<void> {
  await expect(accountLink(page, name)).toHaveAttribute("href", "/tai-khoan");
  await expect(accountLink(page, name)).toContainText(name);
  await expect(page.getByRole("banner").getByRole("button", { name: TEXT.logout, exact: true })).toBeVisible();
  await expect(page.getByRole("banner").getByRole("link", { name: "Đăng nhập", exact: true })).toHaveCount(0);
}

/** Checks that the header offers "Đăng nhập" and "Đăng ký" and no account. */
export async function expectLoggedOut(page: Page): Promise<void> {
  const banner = page.getByRole("banner");
  await expect(banner.getByRole("link", { name: "Đăng nhập", exact: true })).toHaveAttribute("href", "/dang-nhap");
  await expect(banner.getByRole("link", { name: "Đăng ký", exact: true })).toHaveAttribute("href", "/dang-ky");
  await expect(banner.getByRole("button", { name: TEXT.logout, exact: true })).toHaveCount(0);
}
