/**
 * The procedure catalog (/thu-tuc): search without diacritics, partial words, advanced filters and
 * pages kept in the address; a page per procedure with its fees, documents, templates and the
 * "Nộp hồ sơ" entry; the home page's search box and figures. With and without JavaScript.
 *
 * The procedures are the seed catalog (server/data/catalog.json, Khánh Hòa): the names, codes and
 * amounts below are taken from it.
 */
import { expect, test, type Locator, type Page } from "@playwright/test";
import { expectNoAxeViolations, visit } from "./helpers";

const BIRTH = {
  code: "1.001193.000.00.00.H34",
  name: "Đăng ký khai sinh",
  field: "Hộ tịch",
};

/** A provincial procedure with fees (Sở Tư pháp). */
const CRIMINAL_RECORD = {
  code: "2.000488.000.00.00.H34",
  name: "Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam",
  agency: "Sở Tư pháp tỉnh Khánh Hòa",
  agencyShort: "Sở Tư pháp",
};

/** A procedure that is not submitted online. */
const CERTIFIED_COPY = {
  code: "2.000815.000.00.00.H34",
  name: "Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan tổ chức có thẩm quyền của Việt Nam cấp hoặc chứng nhận",
};

const TEXT = {
  title: "Thủ tục hành chính",
  keyword: "Từ khóa",
  search: "Tìm kiếm",
  advanced: "Tìm kiếm nâng cao",
  apply: "Lọc kết quả",
  none: "Không tìm thấy thủ tục phù hợp. Hãy thử từ khóa khác, ngắn hơn, hoặc bỏ bớt điều kiện lọc.",
  pagination: "Phân trang kết quả",
  next: "Trang sau",
  previous: "Trang trước",
  notFound: "Không tìm thấy thủ tục",
  backToSearch: "Về danh sách thủ tục",
  submit: "Nộp hồ sơ",
  noOnline:
    "Thủ tục này chưa nhận hồ sơ trực tuyến: vui lòng nộp trực tiếp hoặc qua dịch vụ bưu chính công ích tại cơ quan thực hiện.",
  portal: "Cổng Dịch vụ công",
};

const PAGE_SIZE = 20;
const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

/** Lower case without Vietnamese diacritics, as the portal's search compares text. */
function fold(s: string): string {
  return s
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase();
}

/** The search form of the procedures page (role search). */
function searchForm(page: Page): Locator {
  return page.getByRole("main").getByRole("search");
}

/** The result titles, in order (each an h2 holding a link to the procedure). */
function resultTitles(page: Page): Locator {
  return page.getByRole("main").getByRole("listitem").getByRole("heading", { level: 2 });
}

/** The results, one list item per procedure. */
function results(page: Page): Locator {
  return page.getByRole("main").getByRole("listitem").filter({ has: page.getByRole("heading", { level: 2 }) });
}

/** "Tìm thấy 5 thủ tục" / "Có 188 thủ tục hành chính". */
function resultCount(page: Page): Locator {
  return page.getByRole("main").getByRole("status");
}

/** Waits for "Tìm thấy N thủ tục" (a search or a filter is applied) and returns N. */
async function foundCount(page: Page): Promise<number> {
  await expect(resultCount(page)).toHaveText(/^Tìm thấy \d+ thủ tục$/);
  return Number(/\d+/.exec((await resultCount(page).textContent()) ?? "")![0]);
}

/** The value (dd) of a fact (dt) in a description list under `scope`. */
function fact(scope: Locator, term: string): Locator {
  const exact = new RegExp(`^${term.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`);
  return scope.getByRole("term").filter({ hasText: exact }).locator("xpath=following-sibling::dd[1]");
}

function pagination(page: Page): Locator {
  return page.getByRole("navigation", { name: TEXT.pagination, exact: true });
}

/** Types a keyword into the procedures page's search form and submits it. */
async function searchFor(page: Page, keyword: string): Promise<void> {
  const box = searchForm(page).getByRole("searchbox", { name: TEXT.keyword, exact: true });
  await box.fill(keyword);
  await searchForm(page).getByRole("button", { name: TEXT.search, exact: true }).click();
  await expect(page).toHaveURL((url) => url.pathname === "/thu-tuc" && url.searchParams.get("q") === keyword);
}

/** Opens "Tìm kiếm nâng cao" when it is closed. */
async function openAdvanced(page: Page): Promise<void> {
  const details = searchForm(page).locator("details");
  if ((await details.getAttribute("open")) === null) {
    await details.locator("summary", { hasText: TEXT.advanced }).click();
  }
  await expect(details).toHaveAttribute("open", "");
}

// ---------------------------------------------------------------------------------------------
// Search
// ---------------------------------------------------------------------------------------------

test("the procedures page lists the whole catalog with a search form", async ({ page, javaScriptEnabled: js }) => {
  await visit(page, "/thu-tuc", js);
  await expect(page).toHaveTitle(`${TEXT.title} – ${TEXT.portal}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(TEXT.title);
  await expect(resultCount(page)).toHaveText(/^Có \d+ thủ tục hành chính$/);
  const total = Number(/\d+/.exec((await resultCount(page).textContent()) ?? "")![0]);
  // The seed catalog has about 188 procedures: several pages of 20.
  expect(total).toBeGreaterThan(PAGE_SIZE);
  await expect(resultTitles(page)).toHaveCount(PAGE_SIZE);
  await expect(searchForm(page).getByRole("searchbox", { name: TEXT.keyword, exact: true })).toHaveValue("");
  // The advanced filters are folded away until used.
  await expect(searchForm(page).locator("details")).not.toHaveAttribute("open");
});

test("a search without diacritics finds “Đăng ký khai sinh” first, and the address keeps it", async ({ page, javaScriptEnabled: js }) => {
  await visit(page, "/thu-tuc", js);
  await searchFor(page, "dang ky khai sinh");

  const n = await foundCount(page);
  expect(n).toBeGreaterThanOrEqual(1);
  await expect(resultTitles(page).first()).toHaveText(BIRTH.name);
  await expect(resultTitles(page).first().getByRole("link")).toHaveAttribute("href", `/thu-tuc/${BIRTH.code}`);
  // Every result carries all the words (ignoring diacritics and case).
  for (const title of await resultTitles(page).allTextContents()) {
    for (const word of ["dang", "ky", "khai", "sinh"]) expect(fold(title), title).toContain(word);
  }
  // The first result shows its facts.
  const first = results(page).first();
  await expect(fact(first, "Mã thủ tục")).toHaveText(BIRTH.code);
  await expect(fact(first, "Lĩnh vực")).toHaveText(BIRTH.field);
  await expect(fact(first, "Thời hạn giải quyết")).toHaveText("1 ngày làm việc");
  await expect(fact(first, "Phí, lệ phí")).toHaveText("0 đ");

  // Reloading the address shows the same search and results.
  const address = page.url();
  await page.reload();
  if (js) await page.waitForLoadState("networkidle");
  expect(page.url()).toBe(address);
  await expect(searchForm(page).getByRole("searchbox", { name: TEXT.keyword, exact: true })).toHaveValue("dang ky khai sinh");
  expect(await foundCount(page)).toBe(n);
  await expect(resultTitles(page).first()).toHaveText(BIRTH.name);

  // The result leads to the procedure's page.
  await resultTitles(page).first().getByRole("link").click();
  await expect(page).toHaveURL(new RegExp(`/thu-tuc/${BIRTH.code.replace(/\./g, "\\.")}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(BIRTH.name);
});

test("an address with the query opened directly shows the results", async ({ page, javaScriptEnabled: js }) => {
  await visit(page, "/thu-tuc?q=Đăng+ký+KHAI+SINH", js);
  await expect(searchForm(page).getByRole("searchbox", { name: TEXT.keyword, exact: true })).toHaveValue("Đăng ký KHAI SINH");
  expect(await foundCount(page)).toBeGreaterThanOrEqual(1);
  await expect(resultTitles(page).first()).toHaveText(BIRTH.name);
});

test("part of a word is enough: “khai si” finds “Đăng ký khai sinh”", async ({ page, javaScriptEnabled: js }) => {
  await visit(page, "/thu-tuc", js);
  await searchFor(page, "khai si");
  expect(await foundCount(page)).toBeGreaterThanOrEqual(1);
  await expect(resultTitles(page).getByText(BIRTH.name, { exact: true })).toHaveCount(1);
  for (const title of await resultTitles(page).allTextContents()) {
    expect(fold(title), title).toMatch(/khai/);
    expect(fold(title), title).toMatch(/si/);
  }
});

test("a search with no result says so in Vietnamese", async ({ page, javaScriptEnabled: js }) => {
  await visit(page, "/thu-tuc", js);
  await searchFor(page, "xyzqw khong co");
  expect(await foundCount(page)).toBe(0);
  await expect(page.getByRole("main").getByText(TEXT.none, { exact: true })).toBeVisible();
  await expect(resultTitles(page)).toHaveCount(0);
  await expect(pagination(page)).toHaveCount(0);
  // The form keeps the words, to be corrected.
  await expect(searchForm(page).getByRole("searchbox", { name: TEXT.keyword, exact: true })).toHaveValue("xyzqw khong co");
});

// ---------------------------------------------------------------------------------------------
// Advanced filters
// ---------------------------------------------------------------------------------------------

test("field, level and online level narrow the results and are kept in the address", async ({ page, javaScriptEnabled: js }) => {
  await visit(page, "/thu-tuc", js);
  await searchFor(page, "dang ky");
  const unfiltered = await foundCount(page);
  const before = (await resultCount(page).textContent()) ?? "";

  await openAdvanced(page);
  const form = searchForm(page);
  await form.getByLabel("Lĩnh vực", { exact: true }).selectOption({ label: BIRTH.field });
  await form.getByLabel("Cấp thực hiện", { exact: true }).selectOption({ label: "Cấp xã" });
  await form.getByLabel("Mức độ dịch vụ công trực tuyến", { exact: true }).selectOption({ label: "Toàn trình" });
  await form.getByRole("button", { name: TEXT.apply, exact: true }).click();

  await expect(page).toHaveURL(
    (url) =>
      url.pathname === "/thu-tuc" &&
      url.searchParams.get("q") === "dang ky" &&
      url.searchParams.get("linh-vuc") === "HT" &&
      url.searchParams.get("cap") === "xa" &&
      url.searchParams.get("muc-do") === "toan-trinh",
  );
  // With JavaScript the previous results stay until the new ones arrive: wait for the new count.
  await expect(resultCount(page)).not.toHaveText(before);
  await expect(form.getByLabel("Cấp thực hiện", { exact: true })).toHaveValue("xa");
  const filtered = await foundCount(page);
  expect(filtered).toBeGreaterThan(0);
  expect(filtered).toBeLessThan(unfiltered);
  await expect(resultTitles(page)).toHaveCount(Math.min(filtered, PAGE_SIZE));

  // Every result matches every filter.
  const items = results(page);
  for (let i = 0; i < (await items.count()); i++) {
    const item = items.nth(i);
    await expect(fact(item, "Lĩnh vực")).toHaveText(BIRTH.field);
    await expect(item.locator(".result-meta")).toContainText("Toàn trình");
    await expect(item.locator(".result-meta")).toContainText("Cấp xã");
  }
  await expect(resultTitles(page).getByText(BIRTH.name, { exact: true })).toHaveCount(1);

  // The filters are shown again, open, after a reload of the address.
  await page.reload();
  if (js) await page.waitForLoadState("networkidle");
  await expect(form.locator("details")).toHaveAttribute("open", "");
  await expect(form.getByLabel("Lĩnh vực", { exact: true })).toHaveValue("HT");
  await expect(form.getByLabel("Cấp thực hiện", { exact: true })).toHaveValue("xa");
  await expect(form.getByLabel("Mức độ dịch vụ công trực tuyến", { exact: true })).toHaveValue("toan-trinh");
  expect(await foundCount(page)).toBe(filtered);
});

test("the implementing agency narrows the results", async ({ page, javaScriptEnabled: js }) => {
  await visit(page, "/thu-tuc", js);
  await expect(resultCount(page)).toHaveText(/^Có \d+ thủ tục hành chính$/);
  const all = Number(/\d+/.exec((await resultCount(page).textContent()) ?? "")![0]);

  await openAdvanced(page);
  const agency = searchForm(page).getByLabel("Cơ quan thực hiện", { exact: true });
  await agency.selectOption({ label: CRIMINAL_RECORD.agency });
  const id = await agency.inputValue();
  expect(id).toMatch(/^\d+$/);
  await searchForm(page).getByRole("button", { name: TEXT.apply, exact: true }).click();

  await expect(page).toHaveURL((url) => url.pathname === "/thu-tuc" && url.searchParams.get("co-quan") === id);
  const n = await foundCount(page);
  expect(n).toBeGreaterThan(0);
  expect(n).toBeLessThan(all);
  const items = results(page);
  await expect(items).toHaveCount(Math.min(n, PAGE_SIZE));
  for (let i = 0; i < (await items.count()); i++) {
    await expect(fact(items.nth(i), "Cơ quan thực hiện")).toHaveText(CRIMINAL_RECORD.agencyShort);
  }
  await expect(resultTitles(page).getByText(CRIMINAL_RECORD.name, { exact: true })).toHaveCount(1);
  await expect(agency).toHaveValue(id);
});

// ---------------------------------------------------------------------------------------------
// Pages of results
// ---------------------------------------------------------------------------------------------

test("results come in pages of 20 whose links keep the search", async ({ page, javaScriptEnabled: js }) => {
  await visit(page, "/thu-tuc?q=dang+ky", js);
  const total = await foundCount(page);
  expect(total).toBeGreaterThan(PAGE_SIZE);
  const pages = Math.ceil(total / PAGE_SIZE);
  const nav = pagination(page);

  await expect(nav.getByRole("link", { name: "Trang 1", exact: true })).toHaveAttribute("aria-current", "page");
  await expect(nav.getByRole("link", { name: TEXT.previous, exact: true })).toHaveCount(0);
  await expect(resultTitles(page)).toHaveCount(PAGE_SIZE);
  const first = await resultTitles(page).allTextContents();

  await nav.getByRole("link", { name: TEXT.next, exact: true }).click();
  await expect(page).toHaveURL(
    (url) => url.pathname === "/thu-tuc" && url.searchParams.get("q") === "dang ky" && url.searchParams.get("trang") === "2",
  );
  await expect(nav.getByRole("link", { name: "Trang 2", exact: true })).toHaveAttribute("aria-current", "page");
  await expect(nav.getByRole("link", { name: "Trang 1", exact: true })).not.toHaveAttribute("aria-current");
  expect(await foundCount(page)).toBe(total);
  await expect(resultTitles(page)).toHaveCount(Math.min(PAGE_SIZE, total - PAGE_SIZE));
  const second = await resultTitles(page).allTextContents();
  // Page 2 holds other procedures than page 1.
  expect(second.filter((t) => first.includes(t)), "procedures on both pages").toEqual([]);
  for (const title of second) {
    expect(fold(title), title).toContain("dang");
    expect(fold(title), title).toContain("ky");
  }
  await expect(nav.getByRole("link", { name: TEXT.previous, exact: true })).toHaveAttribute("href", "/thu-tuc?q=dang+ky");

  // The last page: what is left, and no "Trang sau".
  await nav.getByRole("link", { name: `Trang ${pages}`, exact: true }).click();
  await expect(page).toHaveURL((url) => url.searchParams.get("trang") === String(pages) && url.searchParams.get("q") === "dang ky");
  await expect(nav.getByRole("link", { name: `Trang ${pages}`, exact: true })).toHaveAttribute("aria-current", "page");
  await expect(resultTitles(page)).toHaveCount(total - PAGE_SIZE * (pages - 1));
  await expect(nav.getByRole("link", { name: TEXT.next, exact: true })).toHaveCount(0);

  // Page 1's link leads back to the first results.
  await nav.getByRole("link", { name: "Trang 1", exact: true }).click();
  await expect(page).toHaveURL((url) => url.searchParams.get("trang") === null && url.searchParams.get("q") === "dang ky");
  await expect(nav.getByRole("link", { name: "Trang 1", exact: true })).toHaveAttribute("aria-current", "page");
  expect(await resultTitles(page).allTextContents()).toEqual(first);
});

// ---------------------------------------------------------------------------------------------
// A procedure's page
// ---------------------------------------------------------------------------------------------

test("a procedure's page: title, facts, fees, documents and a template to download", async ({ page, javaScriptEnabled: js }) => {
  const response = await visit(page, `/thu-tuc/${BIRTH.code}`, js);
  expect(response.status()).toBe(200);
  await expect(page).toHaveTitle(`${BIRTH.name} – ${TEXT.portal}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(BIRTH.name);
  await expect(page.getByRole("main").getByRole("link", { name: TEXT.backToSearch, exact: true })).toHaveAttribute("href", "/thu-tuc");

  const facts = page.getByRole("main").locator("dl.summary-list");
  await expect(fact(facts, "Mã thủ tục")).toHaveText(BIRTH.code);
  await expect(fact(facts, "Lĩnh vực")).toHaveText(BIRTH.field);
  await expect(fact(facts, "Cấp thực hiện")).toHaveText("Cấp xã");
  await expect(fact(facts, "Mức độ dịch vụ công trực tuyến")).toHaveText("Toàn trình");
  await expect(fact(facts, "Đối tượng thực hiện")).toHaveText("Công dân");
  await expect(fact(facts, "Thời hạn giải quyết")).toContainText("1 ngày làm việc");

  // A commune-level procedure: every commune's People's Committee carries it out.
  await expect(page.getByRole("heading", { level: 2, name: "Cơ quan thực hiện", exact: true })).toBeVisible();
  const communes = page.getByRole("main").getByText(/^Ủy ban nhân dân xã, phường, đặc khu nơi cư trú \((\d+) đơn vị trong tỉnh\)\.$/);
  await expect(communes).toBeVisible();
  expect(Number(/\((\d+)/.exec((await communes.textContent()) ?? "")![1])).toBeGreaterThan(0);

  // Fees.
  await expect(page.getByRole("heading", { level: 2, name: "Phí, lệ phí", exact: true })).toBeVisible();
  const fees = page.getByRole("region", { name: "Phí, lệ phí", exact: true }).getByRole("table");
  await expect(fees.getByRole("columnheader")).toHaveText(["Khoản thu", "Mức thu", "Ghi chú"]);
  const fee = fees.getByRole("row").filter({ hasText: "Lệ phí đăng ký khai sinh" });
  await expect(fee.getByRole("cell").nth(1)).toHaveText("0 đ");
  await expect(fee.getByRole("cell").nth(2)).toContainText("Miễn lệ phí đăng ký khai sinh đúng hạn");

  // Documents, with the form's template.
  await expect(page.getByRole("heading", { level: 2, name: "Thành phần hồ sơ", exact: true })).toBeVisible();
  const components = page.getByRole("region", { name: "Thành phần hồ sơ", exact: true }).getByRole("table");
  await expect(components.getByRole("columnheader")).toHaveText(["Tên giấy tờ", "Bản chính", "Bản sao", "Bắt buộc", "Mẫu đơn, tờ khai"]);
  await expect(components.getByRole("row")).toHaveCount(1 + 5);
  const form = components.getByRole("row").filter({ hasText: "Tờ khai đăng ký khai sinh theo mẫu" });
  await expect(form.getByRole("cell")).toHaveText(["Tờ khai đăng ký khai sinh theo mẫu", "1", "0", "Có", /Tải mẫu/]);
  const download = form.getByRole("link", { name: "Tải mẫu Tờ khai đăng ký khai sinh (.docx)", exact: true });
  await expect(download).toHaveAttribute("href", "/templates/to-khai-dang-ky-khai-sinh.docx");
  await expect(download).toHaveAttribute("download", "to-khai-dang-ky-khai-sinh.docx");
  const file = await page.request.get((await download.getAttribute("href"))!);
  expect(file.status()).toBe(200);
  expect(file.headers()["content-type"]).toContain(DOCX);
  // A .docx is a ZIP archive.
  expect((await file.body()).subarray(0, 2).toString("latin1")).toBe("PK");

  for (const heading of ["Trình tự thực hiện", "Yêu cầu, điều kiện thực hiện", "Căn cứ pháp lý"]) {
    await expect(page.getByRole("heading", { level: 2, name: heading, exact: true })).toBeVisible();
  }
});

test("a provincial procedure's page names its agency and its fees in đồng", async ({ page, javaScriptEnabled: js }) => {
  await visit(page, `/thu-tuc/${CRIMINAL_RECORD.code}`, js);
  await expect(page).toHaveTitle(`${CRIMINAL_RECORD.name} – ${TEXT.portal}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(CRIMINAL_RECORD.name);
  const facts = page.getByRole("main").locator("dl.summary-list");
  await expect(fact(facts, "Cấp thực hiện")).toHaveText("Cấp tỉnh");
  await expect(fact(facts, "Thời hạn giải quyết")).toContainText("10 ngày làm việc");
  const agencies = page.getByRole("main").locator("ul.agency-list > li");
  await expect(agencies).toHaveCount(1);
  await expect(agencies.getByText(CRIMINAL_RECORD.agency, { exact: true })).toBeVisible();
  await expect(agencies).toContainText("Số 01 Trần Phú, phường Nha Trang, tỉnh Khánh Hòa");

  const fees = page.getByRole("region", { name: "Phí, lệ phí", exact: true }).getByRole("table");
  await expect(fees.getByRole("row").filter({ hasText: "Phí cung cấp thông tin lý lịch tư pháp" }).getByRole("cell").nth(1)).toHaveText(
    "200.000 đ",
  );
  await expect(fees.getByRole("row").filter({ hasText: "Phí cấp thêm Phiếu lý lịch tư pháp" }).getByRole("cell").nth(1)).toHaveText(
    "5.000 đ",
  );

  const link = page.getByRole("link", { name: "Tải mẫu Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp (.docx)", exact: true });
  const file = await page.request.get((await link.getAttribute("href"))!);
  expect(file.status()).toBe(200);
  expect(file.headers()["content-type"]).toContain(DOCX);
});

test("“Nộp hồ sơ” on an online procedure asks an anonymous visitor to log in first", async ({ page, javaScriptEnabled: js }) => {
  await visit(page, `/thu-tuc/${BIRTH.code}`, js);
  const submit = page.getByRole("main").getByRole("link", { name: TEXT.submit, exact: true });
  await expect(submit).toHaveAttribute("href", `/nop-ho-so/${BIRTH.code}`);
  await submit.click();
  await expect(page).toHaveURL((url) => url.pathname === "/dang-nhap" && url.searchParams.get("next") === `/nop-ho-so/${BIRTH.code}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Đăng nhập");
  await expect(page.getByLabel("Tên đăng nhập", { exact: true })).toBeVisible();
});

test("a procedure not submitted online says where to submit it and offers no “Nộp hồ sơ”", async ({ page, javaScriptEnabled: js }) => {
  await visit(page, `/thu-tuc/${CERTIFIED_COPY.code}`, js);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(CERTIFIED_COPY.name);
  await expect(page.getByRole("main").getByText(TEXT.noOnline, { exact: true })).toBeVisible();
  await expect(page.getByRole("main").getByRole("link", { name: TEXT.submit, exact: true })).toHaveCount(0);
});

test("an unknown procedure code answers 404 with a page that leads back to the list", async ({ page, javaScriptEnabled: js }) => {
  const response = await visit(page, "/thu-tuc/9.999999.000.00.00.H34", js);
  expect(response.status()).toBe(404);
  await expect(page).toHaveTitle(`${TEXT.notFound} – ${TEXT.portal}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(TEXT.notFound);
  const back = page.getByRole("main").getByRole("link", { name: TEXT.backToSearch, exact: true });
  await expect(back).toHaveAttribute("href", "/thu-tuc");
  await back.click();
  await expect(page).toHaveURL(/\/thu-tuc$/);
  await expect(resultCount(page)).toHaveText(/^Có \d+ thủ tục hành chính$/);
});

// ---------------------------------------------------------------------------------------------
// Home page
// ---------------------------------------------------------------------------------------------

test("the home page's search box leads to the results", async ({ page, javaScriptEnabled: js }) => {
  await visit(page, "/", js);
  const search = page.getByRole("main").getByRole("search");
  await search.getByRole("searchbox", { name: "Tìm thủ tục hành chính", exact: true }).fill("dang ky khai sinh");
  await search.getByRole("button", { name: TEXT.search, exact: true }).click();
  await expect(page).toHaveURL((url) => url.pathname === "/thu-tuc" && url.searchParams.get("q") === "dang ky khai sinh");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(TEXT.title);
  expect(await foundCount(page)).toBeGreaterThanOrEqual(1);
  await expect(resultTitles(page).first()).toHaveText(BIRTH.name);
});

test("the home page shows this year's figures as numbers", async ({ page, javaScriptEnabled: js }) => {
  await visit(page, "/", js);
  const figures = page.getByRole("region", { name: /^Tình hình xử lý hồ sơ năm \d{4}$/ });
  await expect(figures).toBeVisible();
  await expect(figures.getByRole("heading", { level: 2 })).toHaveText(/^Tình hình xử lý hồ sơ năm \d{4}$/);

  const countPattern = /^\d{1,3}(\.\d{3})*$/;
  for (const term of ["Hồ sơ tiếp nhận", "Hồ sơ đã giải quyết"]) {
    const value = fact(figures, term);
    await expect(value).toHaveText(countPattern);
    const n = Number(((await value.textContent()) ?? "").replace(/\./g, ""));
    expect(n, term).toBeGreaterThanOrEqual(0);
  }
  // "96,5 %", or "—" while nothing was resolved this year.
  const onTime = fact(figures, "Hồ sơ đúng hạn");
  await expect(onTime).toHaveText(/^(\d{1,3},\d %|—)$/);
  const text = (await onTime.textContent()) ?? "";
  if (text !== "—") {
    const percent = Number(text.replace(" %", "").replace(",", "."));
    expect(percent).toBeGreaterThanOrEqual(0);
    expect(percent).toBeLessThanOrEqual(100);
  }
  await expect(figures.getByText(/^Thời gian cập nhật số liệu:/)).toBeVisible();
});

// ---------------------------------------------------------------------------------------------
// Accessibility
// ---------------------------------------------------------------------------------------------

const AXE_PAGES: [string, string][] = [
  ["results with filters and pages", "/thu-tuc?q=dang+ky&cap=xa"],
  ["a commune-level procedure", `/thu-tuc/${BIRTH.code}`],
  ["a provincial procedure", `/thu-tuc/${CRIMINAL_RECORD.code}`],
  ["no results", "/thu-tuc?q=xyzqw"],
];

for (const [what, path] of AXE_PAGES) {
  test(`axe: ${what} (${path})`, async ({ page, javaScriptEnabled: js }) => {
    await visit(page, path, js);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page, path, js);
  });
}
