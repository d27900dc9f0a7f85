/**
 * Citizen dossiers (SPEC §4) in the browser, with and without JavaScript: composing and
 * submitting a birth registration step by step, drafts kept with "Lưu hồ sơ" (and deleted with
 * "Xóa hồ sơ nháp"), uploads checked by their content, the personal document store, "Quản lý
 * hồ sơ" with its filter, withdrawal and timeline, public tracking by code, nobody else reaching
 * a dossier, and the supplement an officer asked the demo citizen for.
 *
 * Every test that creates data registers a citizen of its own (both projects and both workers
 * share one server and database); only the supplement uses the demo citizen's seeded dossiers.
 * The strings are the visible interface (app/locales/vi.json); the pages are those of
 * app/src/dossiers/*.rs and the file routes of server/src/files.rs.
 */
import { expect, test, type Page } from "@playwright/test";
import { collectPageErrors, expectNoAxeViolations, visit } from "./helpers";
import {
  DEMO_CITIZEN, PASSWORD, errorSummary, exclusively, expectFieldErrors, freshCitizen, logIn, registerCitizen,
  withoutRejectedForms,
} from "./account-helpers";
import {
  AGENCY, BIRTH, COMPONENT, DATETIME, MANDATORY, OTHER_AGENCY, STATUS, TEXT, attachMandatory, chooseAgency,
  confirmApplicant, continueStep, dossierItems, downloadedText, escapeRegExp, fact, logOut, pdf, pidOf,
  programPretendingToBePdf, receiveOnline, settle, slot, startAtDocuments, startDossier, statusTag, submitDossier, submitReviewed,
  textPretendingToBePdf, timeline, uploadInto, vnDay,
} from "./dossier-helpers";

const ADDRESS = "12 Trần Phú, phường Nha Trang, tỉnh Khánh Hòa";

/** The messages of the applicant step for an empty name and a short number. */
const NAME_MISSING = "Nhập họ và tên";
const PHONE_LENGTH = "Số điện thoại di động gồm 10 chữ số, ví dụ 0912345678";

/** The first line of an entry of the timeline: "<status> · <time> · <who>". */
function entry(status: string, actor: string): RegExp {
  return new RegExp(`^${escapeRegExp(status)}\\s*·\\s*\\d{2}:\\d{2} \\d{2}/\\d{2}/\\d{4}\\s*·\\s*${escapeRegExp(actor)}`);
}

/** Chooses a status in "Quản lý hồ sơ"'s filter and applies it. */
async function filterBy(page: Page, label: string, value: string): Promise<void> {
  const main = page.getByRole("main");
  await main.getByLabel("Trạng thái", { exact: true }).selectOption({ label });
  await main.getByRole("button", { name: "Lọc kết quả", exact: true }).click();
  await expect(page).toHaveURL((url) => url.pathname === "/ho-so" && url.searchParams.get("trang-thai") === value);
  await expect(main.getByLabel("Trạng thái", { exact: true })).toHaveValue(value);
}

test.describe("citizen dossiers", () => {
  test.beforeEach(() => {
    // Registration (argon2, SMS code), several page loads and uploads per test, on a busy machine.
    test.setTimeout(150_000);
  });

  test("a citizen meets the login wall, composes a birth registration step by step, corrects mistakes, and submits it: code and receipt", async ({
    page,
    javaScriptEnabled: js,
  }) => {
    const problems = collectPageErrors(page);
    const c = freshCitizen();
    await registerCitizen(page, c, js);
    await logOut(page);

    // "Nộp hồ sơ" asks to log in first, then leads on.
    await visit(page, `/thu-tuc/${BIRTH.code}`, js);
    await page.getByRole("main").getByRole("link", { name: TEXT.submit, exact: true }).click();
    await expect(page).toHaveURL(
      (url) => url.pathname === "/dang-nhap" && url.searchParams.get("next") === `/nop-ho-so/${BIRTH.code}`,
    );
    await logIn(page, js, { login: c.idNumber, password: PASSWORD, phone: c.phone }, `/dang-nhap?next=/nop-ho-so/${BIRTH.code}`);
    await expect(page).toHaveURL((url) => url.pathname === `/nop-ho-so/${BIRTH.code}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(TEXT.startTitle);
    await expect(page.getByRole("main").getByText(BIRTH.name, { exact: true })).toBeVisible();
    await settle(page, js);
    await page.getByRole("main").getByRole("button", { name: TEXT.start, exact: true }).click();

    // Step 1: the receiving unit.
    await expect(page).toHaveURL(/\/ho-so\/[^/]+\/co-quan$/);
    const pid = pidOf(page);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(TEXT.agencyTitle);
    await expect(page.getByRole("main").getByText("Bước 1/5", { exact: true })).toBeVisible();
    const agency = page.getByLabel(TEXT.agencyLabel, { exact: true });
    await expect(agency.locator("option", { hasText: new RegExp(`^${escapeRegExp(AGENCY.name)}$`) })).toHaveCount(1);
    await chooseAgency(page, AGENCY.name);

    // Step 2: filled from the profile.
    await expect(page.getByRole("main").getByText("Bước 2/5", { exact: true })).toBeVisible();
    const name = page.getByLabel("Họ và tên", { exact: true });
    const id = page.getByLabel(TEXT.idNumber, { exact: true });
    const birth = page.getByLabel("Ngày sinh", { exact: true });
    const phone = page.getByLabel("Số điện thoại di động", { exact: true });
    const address = page.getByLabel(TEXT.address, { exact: true });
    await expect(name).toHaveValue(c.name);
    await expect(id).toHaveValue(c.idNumber);
    await expect(birth).toHaveValue(c.birthDate);
    await expect(phone).toHaveValue(c.phone);

    // Mistakes: no name, a number too short. The page says what is wrong and keeps the rest.
    await name.fill("");
    await phone.fill("0123");
    await address.fill(ADDRESS);
    await continueStep(page);
    await expectFieldErrors(page, [
      { label: "Họ và tên", id: "full_name", message: NAME_MISSING },
      { label: "Số điện thoại di động", id: "phone", message: PHONE_LENGTH },
    ]);
    await expect(page).toHaveURL((url) => url.pathname === `/ho-so/${pid}/nguoi-nop`);
    await expect(id).toHaveValue(c.idNumber);
    await expect(birth).toHaveValue(c.birthDate);
    await expect(address).toHaveValue(ADDRESS);
    await expect(phone).toHaveValue("0123");
    await name.fill(c.name);
    await phone.fill(c.phone);
    await continueStep(page);

    // Step 3: the documents, with the declaration's template to download.
    await expect(page).toHaveURL((url) => url.pathname === `/ho-so/${pid}/giay-to`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(TEXT.documentsTitle);
    await expect(page.getByRole("main").getByText("Bước 3/5", { exact: true })).toBeVisible();
    const template = slot(page, COMPONENT.form).getByRole("link", { name: TEXT.template, exact: true });
    await expect(template).toHaveAttribute("href", /^\/templates\/.+\.docx$/);
    const [templateFile] = await Promise.all([page.waitForEvent("download"), template.click()]);
    expect(templateFile.suggestedFilename()).toMatch(/\.docx$/);
    expect(await templateFile.failure()).toBeNull();
    await expect(slot(page, COMPONENT.form).getByText("Bắt buộc", { exact: true })).toBeVisible();
    await expect(slot(page, COMPONENT.nationality).getByText("Không bắt buộc", { exact: true })).toBeVisible();

    await uploadInto(page, js, COMPONENT.form, pdf("to-khai-khai-sinh.pdf"));
    await uploadInto(page, js, COMPONENT.birthCertificate, pdf("giay-chung-sinh.pdf"));
    // A mandatory document is missing: the page names it, and the files given stay.
    await continueStep(page);
    await expect(page).toHaveTitle(/^Lỗi: /);
    const missing = errorSummary(page).getByRole("link", { name: TEXT.fileMissing(COMPONENT.identity), exact: true });
    await expect(missing).toHaveAttribute("href", /^#file-\d+$/);
    await expect(errorSummary(page).getByRole("link")).toHaveCount(1);
    await expect(slot(page, COMPONENT.identity)).toHaveAttribute("id", ((await missing.getAttribute("href")) ?? "").slice(1));
    await expect(slot(page, COMPONENT.identity).getByText(TEXT.fileMissing(COMPONENT.identity), { exact: true })).toBeVisible();
    await expect(page).toHaveURL((url) => url.pathname === `/ho-so/${pid}/giay-to`);
    await expect(slot(page, COMPONENT.form).getByRole("link", { name: "to-khai-khai-sinh.pdf", exact: true })).toBeVisible();
    await expect(slot(page, COMPONENT.birthCertificate).getByRole("link", { name: "giay-chung-sinh.pdf", exact: true })).toBeVisible();
    await uploadInto(page, js, COMPONENT.identity, pdf("can-cuoc.pdf"));
    await continueStep(page);

    // Step 4: by post, to an address in the province: the address fields and the fee quote.
    await expect(page).toHaveURL((url) => url.pathname === `/ho-so/${pid}/nhan-ket-qua`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(TEXT.deliveryTitle);
    const receive = page.getByRole("group", { name: TEXT.receiveLegend });
    await expect(receive.getByRole("radio", { name: TEXT.receiveOnline, exact: true })).toBeChecked();
    await receive.getByRole("radio", { name: TEXT.receivePost, exact: true }).check();
    const province = page.getByLabel("Tỉnh/Thành phố", { exact: true });
    const commune = page.getByLabel("Phường/Xã/Đặc khu", { exact: true });
    const street = page.getByLabel("Số nhà, tên đường", { exact: true });
    await expect(province).toBeVisible();
    await expect(commune).toBeVisible();
    await expect(street).toBeVisible();
    await expect(page.getByRole("main").getByText(TEXT.feeQuote, { exact: true })).toBeVisible();
    await province.selectOption({ label: "Khánh Hòa" });
    await street.fill("12 Trần Phú");
    if (!js) {
      // The communes of the chosen province come with the next page, the other answers kept.
      await continueStep(page);
      await expect(errorSummary(page).getByRole("link", { name: "Chọn phường/xã thuộc tỉnh/thành phố đã chọn", exact: true })).toHaveAttribute(
        "href",
        "#postal_commune",
      );
      await expect(receive.getByRole("radio", { name: TEXT.receivePost, exact: true })).toBeChecked();
      await expect(street).toHaveValue("12 Trần Phú");
    }
    await commune.selectOption({ label: "Nha Trang" });
    await continueStep(page);

    // Step 5: "Kiểm tra lại thông tin".
    await expect(page).toHaveURL((url) => url.pathname === `/ho-so/${pid}/kiem-tra`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(TEXT.reviewTitle);
    const main = page.getByRole("main");
    await expect(fact(main, "Thủ tục hành chính")).toHaveText(BIRTH.name);
    await expect(fact(main, TEXT.agencyLabel)).toHaveText(AGENCY.name);
    await expect(fact(main, "Họ và tên")).toHaveText(c.name);
    await expect(fact(main, TEXT.idNumber)).toHaveText(c.idNumber);
    await expect(fact(main, "Số điện thoại di động")).toHaveText(c.phone);
    await expect(fact(main, TEXT.address)).toHaveText(ADDRESS);
    await expect(fact(main, COMPONENT.form)).toHaveText("to-khai-khai-sinh.pdf");
    await expect(fact(main, COMPONENT.birthCertificate)).toHaveText("giay-chung-sinh.pdf");
    await expect(fact(main, COMPONENT.identity)).toHaveText("can-cuoc.pdf");
    await expect(fact(main, COMPONENT.nationality)).toHaveText("Chưa đính kèm");
    await expect(fact(main, TEXT.receiveLegend)).toHaveText(TEXT.receivePost);
    await expect(fact(main, TEXT.postalFee)).toHaveText("25.000 đ");
    await expect(main.getByRole("link", { name: "Thay đổi", exact: true }).first()).toBeVisible();

    // Submitted: the code is <unit code>-<yymmdd>-<4 digits>, dated today (Vietnam time).
    const before = vnDay();
    const code = await submitReviewed(page);
    const day = /-(\d{6})-\d{4}$/.exec(code)![1];
    expect([before, vnDay()]).toContain(day);
    await expect(main.getByText(`Hồ sơ đã được gửi đến ${AGENCY.name}.`, { exact: false })).toBeVisible();

    // The receipt downloads and carries the code.
    const receipt = main.getByRole("link", { name: TEXT.receipt, exact: true });
    await expect(receipt).toHaveAttribute("href", `/ho-so/${pid}/bien-nhan`);
    const [download] = await Promise.all([page.waitForEvent("download"), receipt.click()]);
    expect(download.suggestedFilename()).toBe(`bien-nhan-${code}.html`);
    const text = await downloadedText(download);
    expect(text).toContain("GIẤY TIẾP NHẬN HỒ SƠ TRỰC TUYẾN");
    expect(text).toContain(code);
    expect(text).toContain(BIRTH.name);
    expect(text).toContain(AGENCY.name);

    // The dossier's own page.
    await main.getByRole("link", { name: TEXT.view, exact: true }).click();
    await expect(page).toHaveURL((url) => url.pathname === `/ho-so/${pid}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(BIRTH.name);
    await expect(statusTag(page)).toHaveText(STATUS.submitted);
    await expect(main.getByText(code, { exact: true })).toBeVisible();
    await expect(timeline(page)).toHaveCount(1);
    await expect(timeline(page).first()).toHaveText(entry(STATUS.submitted, TEXT.citizen));
    expect(withoutRejectedForms(problems)).toEqual([]);
  });

  test("“Lưu hồ sơ” keeps a draft, which “Quản lý hồ sơ” lists and which continues where it was left", async ({
    page,
    javaScriptEnabled: js,
  }) => {
    const c = freshCitizen();
    await registerCitizen(page, c, js);
    const pid = await startDossier(page, js);
    await chooseAgency(page, OTHER_AGENCY.name);
    await page.getByLabel(TEXT.address, { exact: true }).fill("34 Lê Thánh Tôn, phường Bắc Nha Trang");
    await page.getByRole("main").getByRole("button", { name: TEXT.saveDraft, exact: true }).click();

    await expect(page).toHaveURL((url) => url.pathname === "/ho-so" && url.searchParams.get("tb") === "da-luu");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(TEXT.manage);
    await expect(page.getByRole("main").getByRole("status")).toHaveText(TEXT.saved);
    const items = dossierItems(page);
    await expect(items).toHaveCount(1);
    const draft = items.first();
    await expect(draft.getByRole("heading", { level: 2 })).toHaveText(BIRTH.name);
    await expect(draft.getByText(STATUS.draft, { exact: true })).toBeVisible();
    await expect(fact(draft, "Mã hồ sơ")).toHaveText(TEXT.noCode);
    await expect(fact(draft, TEXT.agencyLabel)).toHaveText(OTHER_AGENCY.name);
    await expect(fact(draft, "Cập nhật")).toHaveText(DATETIME);

    // The dossier's page offers to continue at the next step to do.
    await draft.getByRole("heading", { level: 2 }).getByRole("link").click();
    await expect(page).toHaveURL((url) => url.pathname === `/ho-so/${pid}`);
    await expect(statusTag(page)).toHaveText(STATUS.draft);
    await expect(page.getByRole("main").getByRole("link", { name: TEXT.continueDraft, exact: true })).toHaveAttribute(
      "href",
      `/ho-so/${pid}/giay-to`,
    );

    // "Tiếp tục soạn hồ sơ" from the list goes to the same step, and every answer is still there.
    await visit(page, "/ho-so", js);
    await dossierItems(page).first().getByRole("link", { name: TEXT.continueDraft, exact: true }).click();
    await expect(page).toHaveURL((url) => url.pathname === `/ho-so/${pid}/giay-to`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(TEXT.documentsTitle);
    await page.getByRole("link", { name: TEXT.back, exact: true }).click();
    await expect(page).toHaveURL((url) => url.pathname === `/ho-so/${pid}/nguoi-nop`);
    await expect(page.getByLabel(TEXT.address, { exact: true })).toHaveValue("34 Lê Thánh Tôn, phường Bắc Nha Trang");
    await expect(page.getByLabel("Họ và tên", { exact: true })).toHaveValue(c.name);
    await page.getByRole("link", { name: TEXT.back, exact: true }).click();
    await expect(page).toHaveURL((url) => url.pathname === `/ho-so/${pid}/co-quan`);
    await expect(page.getByLabel(TEXT.agencyLabel, { exact: true }).locator("option:checked")).toHaveText(OTHER_AGENCY.name);

    // Saved on the documents step with a mandatory file missing, the draft resumes there.
    await continueStep(page);
    await expect(page).toHaveURL((url) => url.pathname === `/ho-so/${pid}/nguoi-nop`);
    await continueStep(page);
    await expect(page).toHaveURL((url) => url.pathname === `/ho-so/${pid}/giay-to`);
    await settle(page, js);
    await page.getByRole("main").getByRole("button", { name: TEXT.saveDraft, exact: true }).click();
    await expect(page).toHaveURL((url) => url.pathname === "/ho-so" && url.searchParams.get("tb") === "da-luu");
    await expect(dossierItems(page).first().getByRole("link", { name: TEXT.continueDraft, exact: true })).toHaveAttribute(
      "href",
      `/ho-so/${pid}/giay-to`,
    );
  });

  test("“Xóa hồ sơ nháp” deletes a draft from its page; the uploaded file stays in the document store", async ({
    page,
    javaScriptEnabled: js,
  }) => {
    const c = freshCitizen();
    await registerCitizen(page, c, js);
    const pid = await startAtDocuments(page, js);
    const file = pdf("to-khai-ban-nhap.pdf");
    await uploadInto(page, js, COMPONENT.form, file);
    await page.getByRole("main").getByRole("button", { name: TEXT.saveDraft, exact: true }).click();
    await expect(page).toHaveURL((url) => url.pathname === "/ho-so" && url.searchParams.get("tb") === "da-luu");
    await expect(dossierItems(page)).toHaveCount(1);

    // The draft's page, reached from "Quản lý hồ sơ", offers to delete it.
    await dossierItems(page).first().getByRole("heading", { level: 2 }).getByRole("link").click();
    await expect(page).toHaveURL((url) => url.pathname === `/ho-so/${pid}`);
    await expect(statusTag(page)).toHaveText(STATUS.draft);
    await settle(page, js);
    await page.getByRole("main").getByRole("button", { name: "Xóa hồ sơ nháp", exact: true }).click();

    await expect(page).toHaveURL((url) => url.pathname === "/ho-so" && url.searchParams.get("tb") === "da-xoa");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(TEXT.manage);
    await expect(page.getByRole("main").getByRole("status")).toHaveText(
      "Đã xóa hồ sơ nháp. Các tệp đã tải lên vẫn còn trong Kho tài liệu.",
    );
    await expect(dossierItems(page)).toHaveCount(0);
    await expect(page.getByRole("main").getByText("Bạn chưa có hồ sơ nào.", { exact: true })).toBeVisible();
    await expectNoAxeViolations(page, "/ho-so?tb=da-xoa", js);

    // The draft is gone; its file is still in the store.
    const response = await visit(page, `/ho-so/${pid}`, js);
    expect(response.status()).toBe(404);
    await expect(page.getByRole("main").getByText(TEXT.notFound, { exact: true })).toBeVisible();
    await visit(page, "/kho-tai-lieu", js);
    await expect(dossierItems(page).getByRole("heading", { level: 2 })).toHaveText([file.name]);
  });

  test("an upload whose content is not what its name says is refused in Vietnamese, and nothing else is lost", async ({
    page,
    javaScriptEnabled: js,
  }) => {
    const c = freshCitizen();
    await registerCitizen(page, c, js);
    const pid = await startAtDocuments(page, js, ADDRESS);
    await uploadInto(page, js, COMPONENT.form, pdf("to-khai.pdf"));

    for (const liar of [textPretendingToBePdf("giay-chung-sinh.pdf"), programPretendingToBePdf("chung-sinh-scan.pdf")]) {
      const target = slot(page, COMPONENT.birthCertificate);
      await target.getByLabel(TEXT.chooseFile, { exact: true }).setInputFiles(liar);
      await target
        .locator("form")
        .filter({ has: page.getByLabel(TEXT.chooseFile, { exact: true }) })
        .getByRole("button", { name: TEXT.upload, exact: true })
        .click();
      await expect(page).toHaveURL(
        (url) => url.pathname === `/ho-so/${pid}/giay-to` && url.searchParams.get("loi") === "dinh-dang",
      );
      // The title, the error summary (linking to the slot) and the slot itself say why.
      await expect(page).toHaveTitle(/^Lỗi: /);
      const link = errorSummary(page).getByRole("link", { name: TEXT.uploadType, exact: true });
      await expect(link).toBeVisible();
      const targetId = (await link.getAttribute("href"))?.slice(1) ?? "";
      expect(targetId).toMatch(/^file-\d+$/);
      await expect(page.locator(`[id="${targetId}"]`)).toContainText(COMPONENT.birthCertificate);
      await expect(slot(page, COMPONENT.birthCertificate).getByText(TEXT.uploadType, { exact: true })).toBeVisible();
      await expect(slot(page, COMPONENT.birthCertificate).getByRole("link", { name: liar.name })).toHaveCount(0);
      await expect(slot(page, COMPONENT.birthCertificate).getByLabel(TEXT.chooseFile, { exact: true })).toBeVisible();
      // The other slot keeps its file.
      await expect(slot(page, COMPONENT.form).getByRole("link", { name: "to-khai.pdf", exact: true })).toBeVisible();
      await settle(page, js);
    }

    // The answers of the earlier steps are kept.
    await page.getByRole("link", { name: TEXT.back, exact: true }).click();
    await expect(page).toHaveURL((url) => url.pathname === `/ho-so/${pid}/nguoi-nop`);
    await expect(page.getByLabel(TEXT.address, { exact: true })).toHaveValue(ADDRESS);

    // Nothing refused reached the document store either.
    await visit(page, "/kho-tai-lieu", js);
    const docs = dossierItems(page);
    await expect(docs).toHaveCount(1);
    await expect(docs.getByRole("heading", { level: 2 })).toHaveText("to-khai.pdf");
  });

  test("the document store: upload, rename, replace and delete; a file that lies about its type is refused", async ({
    page,
    javaScriptEnabled: js,
  }) => {
    const c = freshCitizen();
    await registerCitizen(page, c, js);
    await visit(page, "/kho-tai-lieu", js);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kho tài liệu");
    const main = page.getByRole("main");
    await expect(main.getByText("Kho tài liệu chưa có tệp nào.", { exact: true })).toBeVisible();
    const upload = async (file: ReturnType<typeof pdf>) => {
      await main.getByLabel("Tải lên tài liệu mới", { exact: true }).setInputFiles(file);
      await main.getByRole("button", { name: TEXT.upload, exact: true }).click();
    };

    // Refused by content.
    await upload(textPretendingToBePdf("cccd.pdf"));
    await expect(page).toHaveURL((url) => url.pathname === "/kho-tai-lieu" && url.searchParams.get("loi") === "dinh-dang");
    await expect(main.getByRole("alert")).toHaveText(TEXT.uploadType);
    await expect(page).toHaveTitle(/^Lỗi: /);
    await expect(main.getByText("Kho tài liệu chưa có tệp nào.", { exact: true })).toBeVisible();
    await settle(page, js);

    // Uploaded.
    const first = pdf("cccd-mat-truoc.pdf", "first version");
    await upload(first);
    await expect(page).toHaveURL((url) => url.pathname === "/kho-tai-lieu" && url.searchParams.get("tb") === "tai-len");
    await expect(main.getByRole("status")).toHaveText("Đã tải lên tài liệu.");
    const docs = dossierItems(page);
    await expect(docs).toHaveCount(1);
    const link = docs.getByRole("heading", { level: 2 }).getByRole("link");
    await expect(link).toHaveText(first.name);
    await expect(link).toHaveAttribute("href", /^\/kho-tai-lieu\/[^/]+\/tai-ve$/);
    const href = (await link.getAttribute("href"))!;
    let file = await page.request.get(href);
    expect(file.status()).toBe(200);
    expect(file.headers()["content-type"]).toContain("application/pdf");
    expect((await file.body()).equals(first.buffer)).toBe(true);
    await settle(page, js);

    // Renamed; an empty name is refused.
    const newName = "Căn cước công dân mặt trước.pdf";
    await docs.getByLabel("Tên tài liệu", { exact: true }).fill("");
    await docs.getByRole("button", { name: "Đổi tên", exact: true }).click();
    await expect(errorSummary(page).getByRole("link", { name: "Trường này là bắt buộc", exact: true })).toBeVisible();
    await expect(link).toHaveText(first.name);
    await docs.getByLabel("Tên tài liệu", { exact: true }).fill(newName);
    await docs.getByRole("button", { name: "Đổi tên", exact: true }).click();
    await expect(page).toHaveURL((url) => url.pathname === "/kho-tai-lieu" && url.searchParams.get("tb") === "doi-ten");
    await expect(main.getByRole("status")).toHaveText("Đã đổi tên tài liệu.");
    await expect(dossierItems(page).getByRole("heading", { level: 2 })).toHaveText(newName);
    await expect(dossierItems(page).getByLabel("Tên tài liệu", { exact: true })).toHaveValue(newName);

    // Replaced: same name, new content.
    const second = pdf("anh-moi.pdf", "second version, scanned again at a better resolution");
    await dossierItems(page).getByLabel("Thay bằng tệp khác", { exact: true }).setInputFiles(second);
    await dossierItems(page).getByRole("button", { name: "Thay thế", exact: true }).click();
    await expect(page).toHaveURL((url) => url.pathname === "/kho-tai-lieu" && url.searchParams.get("tb") === "thay-the");
    await expect(main.getByRole("status")).toHaveText("Đã thay thế nội dung tài liệu.");
    await expect(dossierItems(page)).toHaveCount(1);
    await expect(dossierItems(page).getByRole("heading", { level: 2 })).toHaveText(newName);
    file = await page.request.get(href);
    expect(file.status()).toBe(200);
    expect((await file.body()).equals(second.buffer)).toBe(true);
    await settle(page, js);

    // Deleted.
    await dossierItems(page).getByRole("button", { name: `Xóa ${newName}`, exact: true }).click();
    await expect(page).toHaveURL((url) => url.pathname === "/kho-tai-lieu" && url.searchParams.get("tb") === "da-xoa");
    await expect(main.getByRole("status")).toHaveText(
      "Đã xóa tài liệu khỏi kho. Các hồ sơ đã dùng tài liệu này vẫn giữ bản của mình.",
    );
    await expect(main.getByText("Kho tài liệu chưa có tệp nào.", { exact: true })).toBeVisible();
    await expect(dossierItems(page)).toHaveCount(0);
    expect((await page.request.get(href)).status()).toBe(404);
  });

  test("a document from the store goes into a slot of the dossier", async ({ page, javaScriptEnabled: js }) => {
    const c = freshCitizen();
    await registerCitizen(page, c, js);
    await visit(page, "/kho-tai-lieu", js);
    await page.getByRole("main").getByLabel("Tải lên tài liệu mới", { exact: true }).setInputFiles(pdf("can-cuoc-cong-dan.pdf"));
    await page.getByRole("main").getByRole("button", { name: TEXT.upload, exact: true }).click();
    await expect(page.getByRole("main").getByRole("status")).toHaveText("Đã tải lên tài liệu.");

    const pid = await startAtDocuments(page, js);
    const target = slot(page, COMPONENT.identity);
    const pick = target.getByLabel(TEXT.fromStore, { exact: true });
    await expect(pick.locator("option", { hasText: /^can-cuoc-cong-dan\.pdf$/ })).toHaveCount(1);
    await pick.selectOption({ label: "can-cuoc-cong-dan.pdf" });
    await target.getByRole("button", { name: TEXT.useDocument, exact: true }).click();
    await expect(page).toHaveURL((url) => url.pathname === `/ho-so/${pid}/giay-to`);
    await expect(slot(page, COMPONENT.identity).getByRole("link", { name: "can-cuoc-cong-dan.pdf", exact: true })).toBeVisible();
    await expect(errorSummary(page)).toHaveCount(0);
    await settle(page, js);

    // "Bỏ tệp" empties the slot again; the document stays in the store and can be picked again.
    await slot(page, COMPONENT.identity).getByRole("button", { name: "Bỏ tệp can-cuoc-cong-dan.pdf", exact: true }).click();
    await expect(slot(page, COMPONENT.identity).getByRole("link", { name: "can-cuoc-cong-dan.pdf", exact: true })).toHaveCount(0);
    await settle(page, js);
    await slot(page, COMPONENT.identity).getByLabel(TEXT.fromStore, { exact: true }).selectOption({ label: "can-cuoc-cong-dan.pdf" });
    await slot(page, COMPONENT.identity).getByRole("button", { name: TEXT.useDocument, exact: true }).click();
    await expect(slot(page, COMPONENT.identity).getByRole("link", { name: "can-cuoc-cong-dan.pdf", exact: true })).toBeVisible();
    await settle(page, js);

    // A phone's camera is offered for every slot.
    const camera = slot(page, COMPONENT.form).getByLabel("Hoặc chụp ảnh giấy tờ bằng điện thoại", { exact: true });
    await expect(camera).toHaveAttribute("capture", "environment");
    await expect(camera).toHaveAttribute("accept", "image/*");

    await uploadInto(page, js, COMPONENT.form, pdf("to-khai.pdf"));
    await uploadInto(page, js, COMPONENT.birthCertificate, pdf("giay-chung-sinh.pdf"));
    await continueStep(page);
    await expect(page).toHaveURL((url) => url.pathname === `/ho-so/${pid}/nhan-ket-qua`);
    await receiveOnline(page);
    await expect(fact(page.getByRole("main"), COMPONENT.identity)).toHaveText("can-cuoc-cong-dan.pdf");
  });

  test("“Quản lý hồ sơ” filters by status; a dossier withdrawn before reception shows “Đã rút” and its timeline", async ({
    page,
    javaScriptEnabled: js,
  }) => {
    const c = freshCitizen();
    await registerCitizen(page, c, js);
    const { pid, code } = await submitDossier(page, js);
    // A second dossier, left as a draft.
    await startDossier(page, js);
    await page.getByRole("main").getByRole("button", { name: TEXT.saveDraft, exact: true }).click();
    await expect(page).toHaveURL((url) => url.pathname === "/ho-so" && url.searchParams.get("tb") === "da-luu");
    await expect(dossierItems(page)).toHaveCount(2);

    await filterBy(page, STATUS.draft, "draft");
    await expect(dossierItems(page)).toHaveCount(1);
    await expect(fact(dossierItems(page).first(), "Mã hồ sơ")).toHaveText(TEXT.noCode);

    await filterBy(page, STATUS.submitted, "submitted");
    await expect(dossierItems(page)).toHaveCount(1);
    const item = dossierItems(page).first();
    await expect(fact(item, "Mã hồ sơ")).toHaveText(code);
    await expect(item.getByText(STATUS.submitted, { exact: true })).toBeVisible();
    await item.getByRole("link", { name: TEXT.view, exact: true }).click();

    // The dossier's page: status, dates, files, timeline, and "Rút hồ sơ".
    await expect(page).toHaveURL((url) => url.pathname === `/ho-so/${pid}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(BIRTH.name);
    await expect(statusTag(page)).toHaveText(STATUS.submitted);
    const main = page.getByRole("main");
    await expect(fact(main, TEXT.agencyLabel)).toHaveText(AGENCY.name);
    await expect(fact(main, "Ngày nộp")).toHaveText(DATETIME);
    await expect(fact(main, "Họ và tên")).toHaveText(c.name);
    for (const [i] of MANDATORY.entries()) {
      await expect(main.getByRole("link", { name: `giay-to-${i + 1}.pdf`, exact: true })).toHaveAttribute(
        "href",
        new RegExp(`^/ho-so/${pid}/tep-da-nop/[^/]+$`),
      );
    }
    await expect(timeline(page)).toHaveCount(1);
    await expect(timeline(page).first()).toHaveText(entry(STATUS.submitted, TEXT.citizen));
    await main.getByRole("button", { name: TEXT.withdraw, exact: true }).click();

    await expect(page).toHaveURL((url) => url.pathname === `/ho-so/${pid}` && url.searchParams.get("tb") === "da-rut");
    await expect(main.getByRole("status")).toHaveText(TEXT.withdrawn);
    await expect(statusTag(page)).toHaveText(STATUS.withdrawn);
    await expect(main.getByRole("button", { name: TEXT.withdraw, exact: true })).toHaveCount(0);
    await expect(timeline(page)).toHaveCount(2);
    await expect(timeline(page).nth(0)).toHaveText(entry(STATUS.submitted, TEXT.citizen));
    await expect(timeline(page).nth(1)).toHaveText(entry(STATUS.withdrawn, TEXT.citizen));

    await visit(page, "/ho-so", js);
    await filterBy(page, STATUS.withdrawn, "withdrawn");
    await expect(dossierItems(page)).toHaveCount(1);
    await expect(fact(dossierItems(page).first(), "Mã hồ sơ")).toHaveText(code);
    await expect(dossierItems(page).first().getByText(STATUS.withdrawn, { exact: true })).toBeVisible();
    await filterBy(page, STATUS.submitted, "submitted");
    await expect(dossierItems(page)).toHaveCount(0);
  });

  test("anyone can follow a dossier by its code on “Tra cứu hồ sơ”, with the name masked; an unknown code says so", async ({
    page,
    javaScriptEnabled: js,
  }) => {
    const c = freshCitizen("Trần Thị Bình");
    await registerCitizen(page, c, js);
    const { pid, code } = await submitDossier(page, js);
    // The owner, logged in, gets a link to the whole dossier.
    await visit(page, `/tra-cuu?ma=${code}`, js);
    await expect(page.getByRole("status", { name: `Hồ sơ ${code}` }).getByRole("link", { name: TEXT.view, exact: true })).toHaveAttribute(
      "href",
      `/ho-so/${pid}`,
    );
    await logOut(page);

    await visit(page, "/tra-cuu", js);
    const search = page.getByRole("main").getByRole("search");
    await search.getByRole("searchbox", { name: "Mã hồ sơ", exact: true }).fill(code);
    await search.getByRole("button", { name: "Tra cứu", exact: true }).click();
    await expect(page).toHaveURL((url) => url.pathname === "/tra-cuu" && url.searchParams.get("ma") === code);
    const result = page.getByRole("status", { name: `Hồ sơ ${code}` });
    await expect(result).toBeVisible();
    await expect(fact(result, "Tình trạng")).toHaveText(STATUS.submitted);
    await expect(fact(result, "Thủ tục hành chính")).toHaveText(BIRTH.name);
    await expect(fact(result, TEXT.agencyLabel)).toHaveText(AGENCY.name);
    await expect(fact(result, "Người nộp")).toHaveText("Trần T** B***");
    await expect(fact(result, "Ngày nộp")).toHaveText(DATETIME);
    await expect(result.getByRole("link", { name: TEXT.view })).toHaveCount(0);
    // Nothing personal in the page, nor in the data sent along for hydration.
    const html = await page.content();
    for (const secret of [c.name, c.idNumber, c.phone, pid]) expect(html, secret).not.toContain(secret);

    await search.getByRole("searchbox", { name: "Mã hồ sơ", exact: true }).fill("000.00.00.H34-991231-9999");
    await search.getByRole("button", { name: "Tra cứu", exact: true }).click();
    await expect(page).toHaveURL((url) => url.searchParams.get("ma") === "000.00.00.H34-991231-9999");
    await expect(page.getByRole("main").getByText("Không tìm thấy hồ sơ với mã này. Hãy kiểm tra lại mã hồ sơ.", { exact: true })).toBeVisible();
    await expect(page.getByRole("status", { name: `Hồ sơ ${code}` })).toHaveCount(0);
    await expect(page.getByRole("main").getByText(BIRTH.name)).toHaveCount(0);
  });

  test("another citizen reaches neither the dossier, nor its steps, receipt or files", async ({ page, javaScriptEnabled: js }) => {
    const owner = freshCitizen("Lê Văn Nam");
    await registerCitizen(page, owner, js);
    const { pid, code } = await submitDossier(page, js);
    await visit(page, `/ho-so/${pid}`, js);
    const fileLink = page.getByRole("main").getByRole("link", { name: "giay-to-1.pdf", exact: true });
    await expect(fileLink).toHaveAttribute("href", new RegExp(`^/ho-so/${pid}/tep-da-nop/`));
    const fileHref = (await fileLink.getAttribute("href"))!;
    // The owner can download it.
    expect((await page.request.get(fileHref)).status()).toBe(200);
    await logOut(page);

    const other = freshCitizen("Phạm Thị Hoa");
    await registerCitizen(page, other, js);
    const secrets = [owner.name, owner.idNumber, owner.phone, code];
    for (const step of ["", "/co-quan", "/nguoi-nop", "/giay-to", "/nhan-ket-qua", "/kiem-tra", "/da-nop", "/bo-sung"]) {
      const path = `/ho-so/${pid}${step}`;
      const response = await visit(page, path, js);
      expect(response.status(), path).toBe(404);
      await expect(page.getByRole("main").getByText(TEXT.notFound, { exact: true }), path).toBeVisible();
      const html = await page.content();
      for (const secret of secrets) expect(html, `${path} shows ${secret}`).not.toContain(secret);
    }
    for (const path of [`/ho-so/${pid}/bien-nhan`, fileHref]) {
      const response = await page.request.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBe(404);
      const body = await response.text();
      for (const secret of [...secrets, "%PDF"]) expect(body, `${path} shows ${secret}`).not.toContain(secret);
    }
    // Nor can they put a file into it.
    const posted = await page.request.post(`/ho-so/${pid}/tep/1`, {
      // A browser says where a post comes from (Sec-Fetch-Site): without it, refused (403).
      headers: { "Sec-Fetch-Site": "same-origin" },
      multipart: { file: pdf("ke-gian.pdf") },
      maxRedirects: 0,
    });
    expect([403, 404], `upload into another's dossier: ${posted.status()}`).toContain(posted.status());
    // Their own list is empty.
    await visit(page, "/ho-so", js);
    await expect(page.getByRole("main").getByText("Bạn chưa có hồ sơ nào.", { exact: true })).toBeVisible();
  });

  test("the demo citizen answers an officer's request for a supplement: “Nộp bổ sung” → “Đã bổ sung”", async ({
    page,
    javaScriptEnabled: js,
  }) => {
    await logIn(page, js, DEMO_CITIZEN);
    // Both projects use the demo citizen's dossiers at once: each takes the first one still waiting,
    // one after the other, so that they never answer the same.
    await exclusively("demo-supplement", async () => {
      await visit(page, "/ho-so?trang-thai=supplement_requested", js);
      await expect(page.getByRole("main").getByLabel("Trạng thái", { exact: true })).toHaveValue("supplement_requested");
      const items = dossierItems(page);
      await expect(items.first(), "the demo data gives the demo citizen dossiers in “Yêu cầu bổ sung”").toBeVisible();
      const item = items.first();
      await expect(item.getByText(STATUS.supplementRequested, { exact: true })).toBeVisible();
      const code = ((await fact(item, "Mã hồ sơ").textContent()) ?? "").trim();
      expect(code).toMatch(/^[0-9A-Z.]+-\d{6}-\d{4}$/);
      await item.getByRole("heading", { level: 2 }).getByRole("link").click();

      // The dossier's page shows the officer's note.
      await expect(page).toHaveURL(/\/ho-so\/[^/]+$/);
      const pid = pidOf(page);
      const main = page.getByRole("main");
      await expect(main.getByText(code, { exact: true })).toBeVisible();
      await expect(statusTag(page)).toHaveText(STATUS.supplementRequested);
      const request = main.getByText(TEXT.supplementRequested, { exact: true });
      await expect(request).toBeVisible();
      const note = request.locator("xpath=following-sibling::p[1]");
      await expect(note).toHaveText(/\S/);
      const noteText = ((await note.textContent()) ?? "").trim();
      await expect(timeline(page).filter({ hasText: new RegExp(`^${escapeRegExp(STATUS.supplementRequested)}\\b`) })).toHaveCount(1);
      const before = await timeline(page).count();
      await main.getByRole("link", { name: TEXT.supplement, exact: true }).click();

      // "Bổ sung hồ sơ": the note again, and the requested documents only.
      await expect(page).toHaveURL((url) => url.pathname === `/ho-so/${pid}/bo-sung`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(TEXT.supplement);
      await expect(main.getByText(noteText, { exact: true })).toBeVisible();
      const slots = dossierItems(page);
      await expect(slots.first()).toBeVisible();
      const requested = ((await slots.first().getByRole("heading", { level: 2 }).textContent()) ?? "")
        .replace(/\s*(Không bắt buộc|Bắt buộc)\s*$/, "")
        .trim();
      await settle(page, js);

      // Nothing added yet: refused.
      await main.getByRole("button", { name: TEXT.supplementSubmit, exact: true }).click();
      await expect(errorSummary(page).getByText("Đính kèm ít nhất một giấy tờ được yêu cầu trước khi nộp bổ sung.", { exact: true })).toBeVisible();
      await expect(page).toHaveURL((url) => url.pathname === `/ho-so/${pid}/bo-sung`);

      const file = pdf(`bo-sung-${js ? "js" : "nojs"}.pdf`);
      await uploadInto(page, js, requested, file);
      await expect(page).toHaveURL((url) => url.pathname === `/ho-so/${pid}/bo-sung`);
      await page.getByRole("main").getByRole("button", { name: TEXT.supplementSubmit, exact: true }).click();

      await expect(page).toHaveURL((url) => url.pathname === `/ho-so/${pid}` && url.searchParams.get("tb") === "da-bo-sung");
      await expect(main.getByRole("status")).toHaveText(TEXT.supplemented);
      await expect(statusTag(page)).toHaveText(STATUS.supplemented);
      await expect(main.getByText(TEXT.supplementRequested, { exact: true })).toHaveCount(0);
      await expect(timeline(page)).toHaveCount(before + 1);
      await expect(timeline(page).last()).toHaveText(entry(STATUS.supplemented, TEXT.citizen));
      await expect(main.getByRole("link", { name: file.name, exact: true })).toBeVisible();
    });
  });

  test("axe: the compose steps (with their errors), the confirmation, “Quản lý hồ sơ”, a dossier, the document store and a tracking result", async ({
    page,
    javaScriptEnabled: js,
  }) => {
    test.setTimeout(240_000);
    const c = freshCitizen();
    await registerCitizen(page, c, js);
    const check = async (what: string) => {
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectNoAxeViolations(page, what, js);
    };

    await visit(page, `/nop-ho-so/${BIRTH.code}`, js);
    await check("start");
    await page.getByRole("main").getByRole("button", { name: TEXT.start, exact: true }).click();
    await expect(page).toHaveURL(/\/co-quan$/);
    const pid = pidOf(page);
    await check("step 1: agency");
    await chooseAgency(page);
    await check("step 2: applicant");
    await page.getByLabel("Số điện thoại di động", { exact: true }).fill("12");
    await continueStep(page);
    await expect(errorSummary(page)).toBeVisible();
    await check("step 2 with errors");
    await page.getByLabel("Số điện thoại di động", { exact: true }).fill(c.phone);
    await confirmApplicant(page);
    await check("step 3: documents");
    await continueStep(page);
    await expect(errorSummary(page)).toBeVisible();
    await check("step 3 with missing documents");
    const liar = slot(page, COMPONENT.form);
    await liar.getByLabel(TEXT.chooseFile, { exact: true }).setInputFiles(textPretendingToBePdf("to-khai.pdf"));
    await liar.locator("form").filter({ has: page.getByLabel(TEXT.chooseFile, { exact: true }) }).getByRole("button", { name: TEXT.upload }).click();
    await expect(slot(page, COMPONENT.form).getByText(TEXT.uploadType, { exact: true })).toBeVisible();
    await settle(page, js);
    await check("step 3 with a refused upload");
    await attachMandatory(page, js);
    await check("step 4: delivery");
    await receiveOnline(page);
    await check("step 5: review");
    const code = await submitReviewed(page);
    await check("confirmation");

    await visit(page, "/ho-so", js);
    await check("/ho-so");
    await visit(page, `/ho-so/${pid}`, js);
    await check("a dossier's page");
    await visit(page, "/kho-tai-lieu", js);
    await expect(dossierItems(page).first()).toBeVisible();
    await check("/kho-tai-lieu");
    await logOut(page);
    await visit(page, `/tra-cuu?ma=${code}`, js);
    await expect(page.getByRole("status", { name: `Hồ sơ ${code}` })).toBeVisible();
    await check("/tra-cuu result");
    await visit(page, "/tra-cuu?ma=000.00.00.H34-991231-9999", js);
    await check("/tra-cuu unknown code");
  });
});
