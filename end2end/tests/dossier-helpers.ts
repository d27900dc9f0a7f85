/**
 * What the dossier journeys share: the procedure they use ("Đăng ký khai sinh"), its document
 * components, small real files (and files that lie about their type), and the steps a citizen
 * takes to compose and submit a dossier through the pages, with JavaScript or without.
 *
 * The strings are the visible interface (app/locales/vi.json) and the seed catalog
 * (server/data/catalog.json): when a wording changes on purpose, change it here too.
 */
import * as fs from "node:fs";
import { expect, type Download, type Locator, type Page } from "@playwright/test";
import { visit } from "./helpers";

/** "Đăng ký khai sinh": a commune-level procedure submitted fully online. */
export const BIRTH = { code: "1.001193.000.00.00.H34", name: "Đăng ký khai sinh" };

/** Two communes' People's Committees that receive it, and their unit codes. */
export const AGENCY = { name: "Ủy ban nhân dân phường Nha Trang", unitCode: "223.66.00.H34" };
export const OTHER_AGENCY = { name: "Ủy ban nhân dân phường Bắc Nha Trang", unitCode: "223.33.00.H34" };

/** The document components of "Đăng ký khai sinh", in order. */
export const COMPONENT = {
  form: "Tờ khai đăng ký khai sinh theo mẫu",
  birthCertificate:
    "Giấy chứng sinh; trường hợp không có thì nộp văn bản của người làm chứng xác nhận về việc sinh hoặc giấy cam đoan về việc sinh; trẻ bị bỏ rơi nộp biên bản xác nhận việc trẻ bị bỏ rơi",
  nationality:
    "Văn bản thỏa thuận của cha, mẹ về việc chọn quốc tịch cho con (trường hợp cha hoặc mẹ là người nước ngoài)",
  identity:
    "Giấy tờ tùy thân: Thẻ Căn cước, Căn cước công dân hoặc Hộ chiếu còn giá trị sử dụng (xuất trình khi nộp trực tiếp; nộp trực tuyến thì cơ quan giải quyết khai thác trên Cơ sở dữ liệu quốc gia về dân cư)",
  authorisation:
    "Văn bản ủy quyền được chứng thực (trường hợp ủy quyền; không phải chứng thực nếu người được ủy quyền là ông, bà, cha, mẹ, con, vợ, chồng, anh, chị, em ruột của người ủy quyền)",
} as const;

/** The mandatory ones, in the order of the page. */
export const MANDATORY = [COMPONENT.form, COMPONENT.birthCertificate, COMPONENT.identity] as const;

export const TEXT = {
  submit: "Nộp hồ sơ",
  start: "Bắt đầu",
  startTitle: "Nộp hồ sơ trực tuyến",
  continue: "Tiếp tục",
  saveDraft: "Lưu hồ sơ",
  back: "Quay lại",
  agencyTitle: "Đơn vị tiếp nhận hồ sơ",
  agencyLabel: "Đơn vị tiếp nhận",
  applicantTitle: "Thông tin người nộp hồ sơ",
  documentsTitle: "Thành phần hồ sơ",
  deliveryTitle: "Hình thức nhận kết quả",
  reviewTitle: "Kiểm tra lại thông tin",
  submittedTitle: "Nộp hồ sơ thành công",
  idNumber: "Số CCCD/CMND hoặc mã số thuế",
  address: "Địa chỉ liên hệ",
  chooseFile: "Chọn tệp để đính kèm",
  replaceFile: "Thay bằng tệp khác",
  upload: "Tải lên",
  template: "Tải mẫu",
  fromStore: "Hoặc chọn từ Kho tài liệu",
  useDocument: "Dùng tài liệu này",
  uploadType:
    "Tệp không phải PDF, ảnh, Word hoặc Excel (hệ thống kiểm tra nội dung tệp, không dựa vào tên tệp).",
  fileMissing: (name: string) => `Đính kèm giấy tờ bắt buộc: ${name}`,
  receiveLegend: "Nhận kết quả",
  receiveOnline: "Nhận kết quả trực tuyến trên Cổng Dịch vụ công",
  receivePost: "Nhận kết quả qua dịch vụ bưu điện đến địa chỉ của tôi",
  feeQuote: "Phí dịch vụ bưu chính công ích dự kiến: 25.000 đ trong tỉnh, 35.000 đ ngoài tỉnh (thanh toán khi nhận).",
  postalFee: "Phí dịch vụ bưu chính dự kiến",
  receipt: "Tải giấy tiếp nhận hồ sơ",
  view: "Xem hồ sơ",
  manage: "Quản lý hồ sơ",
  saved: "Đã lưu hồ sơ. Bạn có thể tiếp tục bất cứ lúc nào.",
  continueDraft: "Tiếp tục soạn hồ sơ",
  noCode: "Chưa có mã (hồ sơ nháp)",
  timeline: "Quá trình xử lý",
  withdraw: "Rút hồ sơ",
  withdrawn: "Đã rút hồ sơ.",
  notFound: "Không tìm thấy hồ sơ.",
  supplement: "Bổ sung hồ sơ",
  supplementRequested: "Cơ quan yêu cầu bổ sung hồ sơ",
  supplementSubmit: "Nộp bổ sung",
  supplemented: "Đã nộp bổ sung hồ sơ.",
  citizen: "Công dân",
  officer: "Cán bộ tiếp nhận, xử lý",
} as const;

/** The citizen wording of the statuses (domain::dossier::Status::label_vi). */
export const STATUS = {
  draft: "Nháp",
  submitted: "Chờ tiếp nhận",
  supplementRequested: "Yêu cầu bổ sung",
  supplemented: "Đã bổ sung",
  withdrawn: "Đã rút",
} as const;

/** "08:15 27/03/2026". */
export const DATETIME = /^\d{2}:\d{2} \d{2}\/\d{2}\/\d{4}$/;

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// ---------------------------------------------------------------------------------------------
// Files
// ---------------------------------------------------------------------------------------------

export interface FilePayload {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/** A small but real PDF; `note` makes its content (and size) differ from another one's. */
export function pdf(name: string, note = name): FilePayload {
  const body = `%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% ${note}\ntrailer << /Root 1 0 R >>\n%%EOF\n`;
  return { name, mimeType: "application/pdf", buffer: Buffer.from(body, "utf8") };
}

/** Plain text that calls itself a PDF. */
export function textPretendingToBePdf(name: string): FilePayload {
  return {
    name,
    mimeType: "application/pdf",
    buffer: Buffer.from("Đây là một tệp văn bản thường, không phải PDF.\n", "utf8"),
  };
}

/** The start of a Linux program (ELF header) renamed to .pdf. */
export function programPretendingToBePdf(name: string): FilePayload {
  const header = [0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0, 0, 0, 0, 0, 0, 0, 0, 0x02, 0x00, 0x3e, 0x00];
  return { name, mimeType: "application/pdf", buffer: Buffer.concat([Buffer.from(header), Buffer.alloc(200, 0x90)]) };
}

/** The text of a finished download. */
export async function downloadedText(download: Download): Promise<string> {
  const where = await download.path();
  expect(where, "the download was saved").toBeTruthy();
  return fs.readFileSync(where!, "utf8");
}

// ---------------------------------------------------------------------------------------------
// Locators
// ---------------------------------------------------------------------------------------------

/**
 * With JavaScript, waits until a page loaded in full (after a plain form post, e.g. an upload)
 * has hydrated, so that what follows goes through the WebAssembly app, not a plain form.
 */
export async function settle(page: Page, js: boolean): Promise<void> {
  if (js) await page.waitForLoadState("networkidle");
}

/** The upload slot of a document component (a list item headed by its name). */
export function slot(page: Page, component: string): Locator {
  return page
    .getByRole("main")
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { level: 2, name: new RegExp(`^${escapeRegExp(component)}`) }) });
}

/** The value (dd) of a term (dt) in a description list under `scope`. */
export function fact(scope: Locator, term: string): Locator {
  return scope
    .getByRole("term")
    .filter({ hasText: new RegExp(`^${escapeRegExp(term)}$`) })
    .locator("xpath=following-sibling::dd[1]");
}

/** The entries of the "Quá trình xử lý" timeline, oldest first. */
export function timeline(page: Page): Locator {
  return page
    .getByRole("heading", { level: 2, name: TEXT.timeline, exact: true })
    .locator("xpath=following-sibling::ol[1]")
    .getByRole("listitem");
}

/** The status shown under the dossier page's heading. */
export function statusTag(page: Page): Locator {
  return page.getByRole("heading", { level: 1 }).locator("xpath=following-sibling::p[1]");
}

/** The dossiers listed on "Quản lý hồ sơ" (one list item headed by the procedure). */
export function dossierItems(page: Page): Locator {
  return page
    .getByRole("main")
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { level: 2 }) });
}

/** The public id in an address like /ho-so/{pid}/… */
export function pidOf(page: Page): string {
  const m = /\/ho-so\/([^/?#]+)/.exec(new URL(page.url()).pathname);
  expect(m, `a dossier address: ${page.url()}`).not.toBeNull();
  return m![1];
}

/** "yymmdd" of today in Vietnam (UTC+7). */
export function vnDay(at = Date.now()): string {
  const d = new Date(at + 7 * 3600_000);
  const two = (n: number) => String(n).padStart(2, "0");
  return `${two(d.getUTCFullYear() % 100)}${two(d.getUTCMonth() + 1)}${two(d.getUTCDate())}`;
}

// ---------------------------------------------------------------------------------------------
// Steps
// ---------------------------------------------------------------------------------------------

/** Presses the form's "Tiếp tục". */
export async function continueStep(page: Page): Promise<void> {
  await page.getByRole("main").getByRole("button", { name: TEXT.continue, exact: true }).click();
}

/**
 * From the procedure's page, "Nộp hồ sơ" then "Bắt đầu" (the citizen is logged in): ends on
 * step 1 and returns the draft's public id.
 */
export async function startDossier(page: Page, js: boolean): Promise<string> {
  await visit(page, `/thu-tuc/${BIRTH.code}`, js);
  await page.getByRole("main").getByRole("link", { name: TEXT.submit, exact: true }).click();
  await expect(page).toHaveURL((url) => url.pathname === `/nop-ho-so/${BIRTH.code}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(TEXT.startTitle);
  await page.getByRole("main").getByRole("button", { name: TEXT.start, exact: true }).click();
  await expect(page).toHaveURL(/\/ho-so\/[^/]+\/co-quan$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(TEXT.agencyTitle);
  return pidOf(page);
}

/** Step 1: chooses the receiving unit and continues to step 2. */
export async function chooseAgency(page: Page, agency = AGENCY.name): Promise<void> {
  await page.getByLabel(TEXT.agencyLabel, { exact: true }).selectOption({ label: agency });
  await continueStep(page);
  await expect(page).toHaveURL(/\/ho-so\/[^/]+\/nguoi-nop$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(TEXT.applicantTitle);
}

/** Step 2 as pre-filled, plus a contact address (a new account has none); continues to step 3. */
export async function confirmApplicant(page: Page, address = "12 Trần Phú, phường Nha Trang, tỉnh Khánh Hòa"): Promise<void> {
  await page.getByLabel(TEXT.address, { exact: true }).fill(address);
  await continueStep(page);
  await expect(page).toHaveURL(/\/ho-so\/[^/]+\/giay-to$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(TEXT.documentsTitle);
}

/** Starts a dossier of BIRTH, chooses the agency and confirms the applicant: the dossier waits at its documents step. */
export async function startAtDocuments(page: Page, js: boolean, address?: string): Promise<string> {
  const pid = await startDossier(page, js);
  await chooseAgency(page);
  await confirmApplicant(page, address);
  return pid;
}

/**
 * Step 3: uploads `file` into the component's slot (a plain multipart form: the page posts and
 * comes back) and waits until the slot shows it.
 */
export async function uploadInto(page: Page, js: boolean, component: string, file: FilePayload): Promise<void> {
  const label = new RegExp(`^(${TEXT.chooseFile}|${TEXT.replaceFile})$`);
  const form = slot(page, component).locator("form").filter({ has: page.getByLabel(label) });
  await form.getByLabel(label).setInputFiles(file);
  await form.getByRole("button", { name: TEXT.upload, exact: true }).click();
  await expect(slot(page, component).getByRole("link", { name: file.name, exact: true })).toBeVisible();
  await settle(page, js);
}

/** Step 3: a PDF in every mandatory slot, then on to step 4. */
export async function attachMandatory(page: Page, js: boolean): Promise<void> {
  for (const [i, component] of MANDATORY.entries()) {
    await uploadInto(page, js, component, pdf(`giay-to-${i + 1}.pdf`));
  }
  await continueStep(page);
  await expect(page).toHaveURL(/\/ho-so\/[^/]+\/nhan-ket-qua$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(TEXT.deliveryTitle);
}

/** Step 4 with the default (online) and on to the review. */
export async function receiveOnline(page: Page): Promise<void> {
  await page.getByRole("group", { name: TEXT.receiveLegend }).getByRole("radio", { name: TEXT.receiveOnline, exact: true }).check();
  await continueStep(page);
  await expect(page).toHaveURL(/\/ho-so\/[^/]+\/kiem-tra$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(TEXT.reviewTitle);
}

/** On the review page: "Nộp hồ sơ"; returns the code the confirmation page shows. */
export async function submitReviewed(page: Page): Promise<string> {
  await page.getByRole("main").getByRole("button", { name: TEXT.submit, exact: true }).click();
  await expect(page).toHaveURL(/\/ho-so\/[^/]+\/da-nop$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(TEXT.submittedTitle);
  const code = page.getByRole("main").getByText(new RegExp(`^${escapeRegExp(AGENCY.unitCode)}-\\d{6}-\\d{4}$`));
  await expect(code).toBeVisible();
  return ((await code.textContent()) ?? "").trim();
}

/** A whole dossier of "Đăng ký khai sinh", submitted online to AGENCY: returns its id and code. */
export async function submitDossier(page: Page, js: boolean): Promise<{ pid: string; code: string }> {
  const pid = await startDossier(page, js);
  await chooseAgency(page);
  await confirmApplicant(page);
  await attachMandatory(page, js);
  await receiveOnline(page);
  const code = await submitReviewed(page);
  return { pid, code };
}

/** Presses "Đăng xuất" in the header. */
export async function logOut(page: Page): Promise<void> {
  await page.getByRole("banner").getByRole("button", { name: "Đăng xuất", exact: true }).click();
  await expect(page).toHaveURL((url) => url.pathname === "/");
  await expect(page.getByRole("banner").getByRole("link", { name: "Đăng nhập", exact: true })).toBeVisible();
}
