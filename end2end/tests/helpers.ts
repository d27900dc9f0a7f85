/**
 * Shared facts and helpers for the browser suite: the pages the portal serves, their titles in both
 * languages, and the checks every page goes through (hydration, axe).
 *
 * The strings here are the visible interface (app/locales/vi.json and en.json): when a wording
 * changes on purpose, change it here too.
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, type BrowserContext, type Page, type Response } from "@playwright/test";

declare global {
  interface Window {
    /** Set by the tests to tell one document from the next (a link loads a new one). */
    __marker?: number;
  }
}

export type Lang = "vi" | "en";
export const LANGS: readonly Lang[] = ["vi", "en"];

type Text = Record<Lang, string>;

export const PORTAL_NAME: Text = { vi: "Cổng Dịch vụ công", en: "Public Service Portal" };

/** The province of the default settings, shown under the portal name and in the footer. */
export const PROVINCE: Text = { vi: "tỉnh Khánh Hòa", en: "of Khánh Hòa" };

export interface PageSpec {
  path: string;
  /** "page": a working page of its own; "placeholder": a capability that is not available yet. */
  kind: "home" | "page" | "placeholder" | "not-found";
  /** The page's own title: the document title is "<title> – <portal name>". */
  title: Text;
  /** The text of the page's h1. */
  heading: Text;
  /** The main-navigation link that is current on this page (aria-current="page"), if any. */
  nav: Text | null;
}

const placeholder = (path: string, title: Text, nav: Text = title): PageSpec => ({
  path,
  kind: "placeholder",
  title,
  heading: title,
  nav,
});

const working = (path: string, title: Text, nav: Text = title): PageSpec => ({
  path,
  kind: "page",
  title,
  heading: title,
  nav,
});

/** Every page the portal serves today, home first. */
export const PAGES: readonly PageSpec[] = [
  { path: "/", kind: "home", title: { vi: "Trang chủ", en: "Home" }, heading: PORTAL_NAME, nav: { vi: "Trang chủ", en: "Home" } },
  working("/thu-tuc", { vi: "Thủ tục hành chính", en: "Administrative procedures" }),
  working("/tra-cuu", { vi: "Tra cứu hồ sơ", en: "Track a dossier" }),
  working(
    "/thanh-toan",
    { vi: "Thanh toán trực tuyến phí, lệ phí", en: "Pay fees online" },
    { vi: "Thanh toán trực tuyến", en: "Online payment" },
  ),
  placeholder(
    "/danh-gia",
    { vi: "Đánh giá chất lượng phục vụ", en: "Rate the service" },
    { vi: "Đánh giá", en: "Rate the service" },
  ),
  placeholder("/hoi-dap", { vi: "Hỏi đáp", en: "Questions" }),
  working("/dang-nhap", { vi: "Đăng nhập", en: "Log in" }),
  working(
    "/dang-ky",
    { vi: "Đăng ký tài khoản", en: "Create an account" },
    { vi: "Đăng ký", en: "Register" },
  ),
];

/** An address that does not exist: answered with HTTP 404 and the "page not found" page. */
export const NOT_FOUND: PageSpec = {
  path: "/khong-ton-tai",
  kind: "not-found",
  title: { vi: "Không tìm thấy trang", en: "Page not found" },
  heading: { vi: "Không tìm thấy trang", en: "Page not found" },
  nav: null,
};

/** The pages plus the 404 page: what the axe, hydration and small-screen checks visit. */
export const ALL_PAGES: readonly PageSpec[] = [...PAGES, NOT_FOUND];

/** The main navigation's name and its links, in order. */
export const NAV = {
  label: { vi: "Điều hướng chính", en: "Main navigation" } as Text,
  links: {
    vi: ["Trang chủ", "Thủ tục hành chính", "Tra cứu hồ sơ", "Thanh toán trực tuyến", "Đánh giá", "Hỏi đáp", "Đăng nhập", "Đăng ký"],
    en: ["Home", "Administrative procedures", "Track a dossier", "Online payment", "Rate the service", "Questions", "Log in", "Register"],
  } as Record<Lang, string[]>,
  hrefs: ["/", "/thu-tuc", "/tra-cuu", "/thanh-toan", "/danh-gia", "/hoi-dap", "/dang-nhap", "/dang-ky"],
};

export const UI = {
  skipLink: { vi: "Bỏ qua đến nội dung chính", en: "Skip to main content" } as Text,
  /**
   * The header's home link: "Cổng Dịch vụ công – về trang chủ". Matched loosely so that the name may
   * also carry the visible province ("Cổng Dịch vụ công tỉnh Khánh Hòa – về trang chủ"), which
   * axe's label-content-name-mismatch rule (WCAG 2.5.3) asks for.
   */
  homeLink: { vi: /^Cổng Dịch vụ công\b.*về trang chủ$/, en: /^Public Service Portal\b.*\bhome( page)?$/ } as Record<Lang, RegExp>,
  /** The language button reads the language it switches TO. */
  switchButton: { vi: "English", en: "Tiếng Việt" } as Text,
  comingSoon: {
    vi: "Chức năng này chưa được đưa vào sử dụng.",
    en: "This service is not available yet.",
  } as Text,
  backHome: { vi: "Về trang chủ", en: "Back to the home page" } as Text,
  footerHeadings: {
    vi: ["Hỗ trợ", "Liên kết", "Cơ quan chủ quản"],
    en: ["Support", "Links", "Operated by"],
  } as Record<Lang, string[]>,
  officeHours: { vi: "Giờ làm việc", en: "Office hours" } as Text,
  hotline: "1900 1023",
  offline: "Bạn đang ngoại tuyến",
};

/** "<page title> – <portal name>" (an en dash between them). */
export function documentTitle(spec: PageSpec, lang: Lang): string {
  return `${spec.title[lang]} – ${PORTAL_NAME[lang]}`;
}

/** A readable label for test titles: "/tra-cuu (en)". */
export function label(spec: PageSpec, lang: Lang): string {
  return `${spec.path} (${lang})`;
}

/**
 * Chooses the interface language the way the server remembers it: the `lang` cookie that the
 * language switch sets. (The switch itself is exercised in language.spec.ts.)
 */
export async function useLanguage(context: BrowserContext, baseURL: string | undefined, lang: Lang): Promise<void> {
  if (lang === "vi") return;
  await context.addCookies([{ name: "lang", value: lang, url: baseURL || "http://127.0.0.1:3000" }]);
}

/**
 * Opens a page and, when JavaScript runs, waits until the WebAssembly bundle has been fetched and
 * the page has hydrated (no request for 500 ms). Returns the main document's response.
 */
export async function visit(page: Page, path: string, javaScriptEnabled: boolean): Promise<Response> {
  const response = await page.goto(path);
  expect(response, `no response for ${path}`).not.toBeNull();
  if (javaScriptEnabled) await page.waitForLoadState("networkidle");
  return response!;
}

/** Starts recording console errors and uncaught exceptions; call before the first navigation. */
export function collectPageErrors(page: Page): string[] {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() !== "error") return;
    const where = message.location().url;
    problems.push(`console.error: ${message.text()}${where ? ` (at ${where})` : ""}`);
  });
  page.on("pageerror", (error) => problems.push(`uncaught: ${error.name}: ${error.message}`));
  return problems;
}

/** Waits for an active service worker (navigator.serviceWorker.ready) and returns its script URL. */
export async function serviceWorkerReady(page: Page, timeoutMs = 15_000): Promise<string> {
  return page.evaluate(async (ms) => {
    if (!("serviceWorker" in navigator)) throw new Error("navigator.serviceWorker is not available");
    const timeout = new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error(`no service worker became active within ${ms} ms`)), ms),
    );
    const registration = await Promise.race([navigator.serviceWorker.ready, timeout]);
    return registration.active?.scriptURL ?? "";
  }, timeoutMs);
}

type AxeResults = Awaited<ReturnType<AxeBuilder["analyze"]>>;

/** One readable paragraph per axe violation: rule, impact, help, and where it happens. */
export function describeViolations(violations: AxeResults["violations"]): string[] {
  return violations.map((v) => {
    const nodes = v.nodes
      .slice(0, 5)
      .map((n) => `    - ${n.target.join(" ")}\n      ${(n.failureSummary ?? "").replace(/\n/g, "\n      ")}`)
      .join("\n");
    const more = v.nodes.length > 5 ? `\n    … and ${v.nodes.length - 5} more` : "";
    return `[${v.impact ?? "?"}] ${v.id}: ${v.help}\n  ${v.helpUrl}\n${nodes}${more}`;
  });
}

/**
 * With JavaScript disabled, Chromium still lets Playwright evaluate code in the page and runs
 * promise reactions, but never calls timer or other task callbacks (setTimeout, queueMicrotask,
 * network events), and axe waits on `setTimeout(…, 0)` between rules: it would hang. No page
 * script runs in such a page, so giving axe a promise-based setTimeout for short delays changes
 * nothing else. Longer delays (axe's own watchdog timeouts) never fire: the checks finish first.
 */
async function letAxeRunWithoutJavaScript(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as {
      setTimeout: (fn: (...a: unknown[]) => void, ms?: number, ...args: unknown[]) => number;
      clearTimeout: (id?: number) => void;
    };
    let nextId = 1;
    const cancelled = new Set<number>();
    w.setTimeout = (fn, ms = 0, ...args) => {
      const id = nextId++;
      if (typeof fn === "function" && ms <= 10) {
        void Promise.resolve().then(() => {
          if (!cancelled.delete(id)) fn(...args);
        });
      }
      return id;
    };
    w.clearTimeout = (id) => {
      if (id !== undefined) cancelled.add(id);
    };
  });
}

/** Runs axe on the page as it is now and fails with a readable list when anything is wrong. */
export async function expectNoAxeViolations(page: Page, what: string, javaScriptEnabled: boolean): Promise<void> {
  const axe = new AxeBuilder({ page });
  if (!javaScriptEnabled) {
    await letAxeRunWithoutJavaScript(page);
    // Preloading the CSSOM (for css-orientation-lock) waits on callbacks that never come without
    // JavaScript. The stylesheet is the same in the "js" project, where the rule does run.
    axe.options({ preload: false });
  }
  const results = await axe.analyze();
  const problems = describeViolations(results.violations);
  expect(problems, `axe found ${problems.length} violation(s) on ${what}:\n\n${problems.join("\n\n")}\n`).toEqual([]);
}
