/**
 * Account journeys from start to end, with and without JavaScript: registering an organisation,
 * recovering a forgotten password, changing the password, keeping the profile and its postal
 * address, changing the e-mail address (which needs the current password), ending the other
 * sessions, and the login wall in front of the account pages.
 *
 * Every test registers a citizen (or organisation) of its own, so that no two tests share an
 * account, a phone number or a session. The strings are the visible interface
 * (app/locales/vi.json); the flows are the ones of app/src/accounts/*.rs.
 */
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, visit } from "./helpers";
import {
  answerCaptcha, confirmCode, errorSummary, expectFieldErrors, expectLoggedIn, expectLoggedOut, fillNewPassword,
  freshCitizen, freshOrganisation, lastOutboxId, PASSWORD, registerCitizen, TEXT,
} from "./account-helpers";

/** A second password that satisfies the rule, different from PASSWORD. */
const NEW_PASSWORD = "DoiMoi#2027x";

/**
 * Logs in with password, captcha and the code sent to `phone`, from the login page at `path`;
 * ends on the page the login leads to. The phone is fresh, so no other test reads its codes.
 */
async function logIn(
  page: Page,
  js: boolean,
  account: { login: string; password: string; phone: string },
  path = "/dang-nhap",
): Promise<void> {
  await visit(page, path, js);
  await page.getByLabel("Tên đăng nhập", { exact: true }).fill(account.login);
  await page.getByLabel("Mật khẩu", { exact: true }).fill(account.password);
  await answerCaptcha(page);
  const before = await lastOutboxId(page.request);
  await page.getByRole("main").getByRole("button", { name: "Đăng nhập", exact: true }).click();
  await expect(page).toHaveURL(/\/dang-nhap\/xac-thuc$/);
  await confirmCode(page, account.phone, before);
  await expect(page).not.toHaveURL(/\/dang-nhap/);
}

/** Presses "Đăng xuất" in the header and checks that the portal forgot the user. */
async function logOut(page: Page): Promise<void> {
  await page.getByRole("banner").getByRole("button", { name: TEXT.logout, exact: true }).click();
  await expect(page).toHaveURL((url) => url.pathname === "/");
  await expectLoggedOut(page);
}

/** Tries to log in with a password the server refuses, and checks the one generic message. */
async function expectLoginRefused(page: Page, js: boolean, login: string, password: string): Promise<void> {
  await visit(page, "/dang-nhap", js);
  await page.getByLabel("Tên đăng nhập", { exact: true }).fill(login);
  await page.getByLabel("Mật khẩu", { exact: true }).fill(password);
  await answerCaptcha(page);
  await page.getByRole("main").getByRole("button", { name: "Đăng nhập", exact: true }).click();
  await expect(errorSummary(page).getByRole("link", { name: TEXT.loginFailed, exact: true })).toHaveAttribute(
    "href",
    "#identifier",
  );
  await expect(page).toHaveURL((url) => url.pathname === "/dang-nhap");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Đăng nhập");
  await expectLoggedOut(page);
}

/** The page's address without the origin: "/dang-nhap?next=/tai-khoan" (query decoded). */
function where(page: Page): string {
  const url = new URL(page.url());
  return decodeURIComponent(url.pathname + url.search);
}

test.describe("account journeys", () => {
  test.beforeEach(() => {
    // Argon2 hashing, SMS codes and two databases on a busy two-core machine.
    test.setTimeout(90_000);
  });

  test("an organisation registers with its tax code, confirms the code, sets a password and is logged in", async ({
    page,
    javaScriptEnabled: js,
  }) => {
    const org = freshOrganisation();

    await visit(page, "/dang-ky", js);
    await page.getByRole("main").getByRole("link", { name: "Tổ chức, doanh nghiệp", exact: true }).click();
    await expect(page).toHaveURL(/\/dang-ky\/to-chuc$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Đăng ký tài khoản tổ chức, doanh nghiệp");
    if (js) await page.waitForLoadState("networkidle");

    await page.getByLabel("Mã số thuế", { exact: true }).fill(org.taxCode);
    await page.getByLabel("Tên tổ chức, doanh nghiệp", { exact: true }).fill(org.name);
    await page.getByLabel("Người đại diện theo pháp luật", { exact: true }).fill(org.representative);
    await page.getByLabel("Số điện thoại di động", { exact: true }).fill(org.phone);
    await answerCaptcha(page);
    const before = await lastOutboxId(page.request);
    await page.getByRole("button", { name: "Đăng ký", exact: true }).click();

    await expect(page).toHaveURL(/\/dang-ky\/xac-thuc$/);
    await confirmCode(page, org.phone, before);

    await expect(page).toHaveURL(/\/dang-ky\/mat-khau$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Đặt mật khẩu");
    await fillNewPassword(page, PASSWORD);
    await page.getByRole("button", { name: "Đăng ký", exact: true }).click();

    await expect(page).toHaveURL(/\/dang-ky\/hoan-tat$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Đăng ký tài khoản thành công");
    await expectLoggedIn(page, org.name);

    // The account page knows the organisation by its tax code.
    await visit(page, "/tai-khoan", js);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thông tin tài khoản");
    const summary = page.locator("dl.summary-list");
    await expect(summary.locator("dt").first()).toHaveText("Mã số thuế");
    await expect(summary.locator("dd").first()).toHaveText(org.taxCode);
    await expect(page.getByLabel("Tên tổ chức, doanh nghiệp", { exact: true })).toHaveValue(org.name);
    await expect(page.getByLabel("Người đại diện theo pháp luật", { exact: true })).toHaveValue(org.representative);
    await expectLoggedIn(page, org.name);
  });

  test("a citizen who forgot the password gets a code by SMS, sets a new one, and only the new one works", async ({
    page,
    javaScriptEnabled: js,
  }) => {
    const c = freshCitizen();
    await registerCitizen(page, c, js);
    await logOut(page);

    await visit(page, "/dang-nhap", js);
    await page.getByRole("main").getByRole("link", { name: "Quên mật khẩu?", exact: true }).click();
    await expect(page).toHaveURL(/\/quen-mat-khau$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Quên mật khẩu");
    await expect(page).toHaveTitle("Quên mật khẩu – Cổng Dịch vụ công");
    if (js) await page.waitForLoadState("networkidle");
    await expectNoAxeViolations(page, "/quen-mat-khau", js);

    const kind = page.getByRole("group", { name: "Loại tài khoản đăng ký" });
    await expect(kind.getByRole("radio", { name: "Cá nhân", exact: true })).toBeChecked();
    await kind.getByRole("radio", { name: "Cá nhân", exact: true }).check();
    await page.getByLabel("Số CCCD/CMND hoặc mã số thuế", { exact: true }).fill(c.idNumber);
    await page.getByLabel("Số điện thoại đã đăng ký", { exact: true }).fill(c.phone);
    await answerCaptcha(page);
    const before = await lastOutboxId(page.request);
    await page.getByRole("button", { name: "Gửi OTP xác nhận", exact: true }).click();

    await expect(page).toHaveURL(/\/quen-mat-khau\/xac-thuc$/);
    await confirmCode(page, c.phone, before, TEXT.otpSentIfMatch);

    await expect(page).toHaveURL(/\/quen-mat-khau\/mat-khau-moi$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Đặt lại mật khẩu");
    await fillNewPassword(page, NEW_PASSWORD);
    await page.getByRole("main").getByRole("button", { name: "Đặt lại mật khẩu", exact: true }).click();

    await expect(page).toHaveURL(/\/quen-mat-khau\/hoan-tat$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Đặt lại mật khẩu thành công");
    await expect(page.getByText("Mọi phiên đăng nhập trước đây đã kết thúc. Vui lòng đăng nhập bằng mật khẩu mới.")).toBeVisible();
    await expectLoggedOut(page);

    // The old password is refused with the message that tells nothing more.
    await expectLoginRefused(page, js, c.idNumber, PASSWORD);

    // The new one works (with the code sent to the registered phone).
    await logIn(page, js, { login: c.idNumber, password: NEW_PASSWORD, phone: c.phone });
    await expect(page).toHaveURL((url) => url.pathname === "/tai-khoan");
    await expectLoggedIn(page, c.name);
  });

  test("a citizen changes the password: a wrong current one is refused, the right one works, then the new password logs in", async ({
    page,
    javaScriptEnabled: js,
  }) => {
    const c = freshCitizen();
    await registerCitizen(page, c, js);

    await visit(page, "/tai-khoan/doi-mat-khau", js);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Đổi mật khẩu");
    await expect(page).toHaveTitle("Đổi mật khẩu – Cổng Dịch vụ công");
    await expect(page.getByRole("navigation", { name: "Tài khoản" }).getByRole("link", { name: "Đổi mật khẩu" })).toHaveAttribute(
      "aria-current",
      "page",
    );
    await expectNoAxeViolations(page, "/tai-khoan/doi-mat-khau", js);

    // A wrong current password.
    const wrong = "SaiMatKhau@1";
    await page.getByLabel("Mật khẩu hiện tại", { exact: true }).fill(wrong);
    await fillNewPassword(page, NEW_PASSWORD);
    await page.getByRole("main").getByRole("button", { name: "Đổi mật khẩu", exact: true }).click();
    await expectFieldErrors(page, [
      { label: "Mật khẩu hiện tại", id: "current", message: "Mật khẩu hiện tại không đúng" },
    ]);
    await expect(page).toHaveURL((url) => url.pathname === "/tai-khoan/doi-mat-khau");
    // Nothing sensitive comes back: no password in the address or in the page's markup, and the
    // page drawn again without JavaScript has empty password fields (with JavaScript the page
    // stays and the fields keep what was typed, in the browser only).
    for (const secret of [wrong, NEW_PASSWORD, PASSWORD]) {
      expect(page.url()).not.toContain(encodeURIComponent(secret));
      expect(page.url()).not.toContain(secret);
      expect(await page.content()).not.toContain(secret);
    }
    if (!js) {
      await expect(page.getByLabel("Mật khẩu hiện tại", { exact: true })).toHaveValue("");
      await expect(page.getByLabel("Mật khẩu mới", { exact: true })).toHaveValue("");
      await expect(page.getByLabel("Xác nhận mật khẩu", { exact: true })).toHaveValue("");
    }
    await expectLoggedIn(page, c.name);

    // The right current password.
    await page.getByLabel("Mật khẩu hiện tại", { exact: true }).fill(PASSWORD);
    await fillNewPassword(page, NEW_PASSWORD);
    await page.getByRole("main").getByRole("button", { name: "Đổi mật khẩu", exact: true }).click();
    await expect(page).toHaveURL((url) => url.pathname === "/tai-khoan" && url.searchParams.get("tb") === "mat-khau");
    await expect(page.getByRole("status").filter({ hasText: "Mật khẩu đã được thay đổi." })).toHaveText(
      "Mật khẩu đã được thay đổi. Các phiên đăng nhập khác đã kết thúc.",
    );
    // This session goes on (with a new id).
    await expectLoggedIn(page, c.name);

    // Logging in again: the new password works.
    await logOut(page);
    await logIn(page, js, { login: c.idNumber, password: NEW_PASSWORD, phone: c.phone });
    await expect(page).toHaveURL((url) => url.pathname === "/tai-khoan");
    await expectLoggedIn(page, c.name);
  });

  test("a citizen keeps the profile and the postal address (province, then commune, then street); a bad e-mail keeps the other answers", async ({
    page,
    javaScriptEnabled: js,
  }) => {
    const c = freshCitizen();
    await registerCitizen(page, c, js);

    await visit(page, "/tai-khoan", js);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thông tin tài khoản");
    await expect(page).toHaveTitle("Thông tin tài khoản – Cổng Dịch vụ công");
    await expect(page.getByLabel("Họ và tên", { exact: true })).toHaveValue(c.name);
    await expect(page.getByLabel("Ngày sinh", { exact: true })).toHaveValue(c.birthDate);
    await expectNoAxeViolations(page, "/tai-khoan", js);

    const ethnicity = page.getByLabel("Dân tộc", { exact: true });
    const nationality = page.getByLabel("Quốc tịch", { exact: true });
    const email = page.getByLabel("Thư điện tử (không bắt buộc)", { exact: true });
    // Both addresses have the same labels: the postal one is told apart by its ids.
    const province = page.locator("#postal_province");
    const commune = page.locator("#postal_commune");
    const street = page.locator("#postal_street");
    const save = page.getByRole("main").getByRole("button", { name: "Lưu", exact: true });
    const saved = page.getByRole("status").filter({ hasText: "Đã lưu thông tin tài khoản." });

    await expect(province).toHaveAccessibleName("Tỉnh/Thành phố");
    await expect(commune).toHaveAccessibleName("Phường/Xã/Đặc khu");
    await expect(street).toHaveAccessibleName("Số nhà, tên đường");

    await ethnicity.fill("Kinh");
    await expect(commune.locator("option")).toHaveCount(1); // only "Chọn phường/xã"

    if (js) {
      // The commune list follows the province at once.
      await province.selectOption({ label: "Hà Nội" });
      await expect(commune.locator("option", { hasText: /^Ba Đình$/ })).toHaveCount(1);
      await province.selectOption({ label: "Khánh Hòa" });
      await expect(commune.locator("option", { hasText: /^Nha Trang$/ })).toHaveCount(1);
      await expect(commune.locator("option", { hasText: /^Ba Đình$/ })).toHaveCount(0);
    } else {
      // Without JavaScript the communes of the chosen province come with the next page: "Lưu"
      // asks for the commune and lists those of the province, keeping every answer.
      await province.selectOption({ label: "Khánh Hòa" });
      await street.fill("12 Trần Phú");
      await save.click();
      await expect(page).toHaveTitle(/^Lỗi: /);
      const summary = errorSummary(page);
      await expect(summary.getByRole("link")).toHaveCount(1);
      await expect(summary.getByRole("link", { name: "Chọn phường/xã thuộc tỉnh/thành phố đã chọn", exact: true })).toHaveAttribute(
        "href",
        "#postal_commune",
      );
      await expect(commune).toHaveAttribute("aria-invalid", "true");
      await expect(commune).toHaveAccessibleDescription(/Chọn phường\/xã thuộc tỉnh\/thành phố đã chọn/);
      await expect(province.locator("option:checked")).toHaveText("Khánh Hòa");
      await expect(ethnicity).toHaveValue("Kinh");
      await expect(street).toHaveValue("12 Trần Phú");
      await expect(commune.locator("option", { hasText: /^Nha Trang$/ })).toHaveCount(1);
      await expect(commune.locator("option", { hasText: /^Ba Đình$/ })).toHaveCount(0);
    }
    await commune.selectOption({ label: "Nha Trang" });
    await street.fill("12 Trần Phú");
    await save.click();

    await expect(page).toHaveURL((url) => url.pathname === "/tai-khoan" && url.searchParams.get("tb") === "da-luu");
    await expect(saved).toBeVisible();
    await expect(errorSummary(page)).toHaveCount(0);

    // Everything is kept on a fresh load.
    await visit(page, "/tai-khoan", js);
    await expect(ethnicity).toHaveValue("Kinh");
    await expect(province.locator("option:checked")).toHaveText("Khánh Hòa");
    await expect(commune.locator("option:checked")).toHaveText("Nha Trang");
    await expect(street).toHaveValue("12 Trần Phú");
    // The residence address was not touched.
    await expect(page.locator("#residence_province")).toHaveValue("");

    // A bad e-mail: its own message, and every other answer stays. (A new address needs the
    // current password, given here, so that the only mistake is the address.)
    const form = page.getByRole("main").locator("form").filter({ has: email });
    const currentPassword = form.getByLabel("Mật khẩu hiện tại", { exact: true });
    await nationality.fill("Việt Nam");
    await email.fill("khong-phai-email");
    await currentPassword.fill(PASSWORD);
    await save.click();
    await expectFieldErrors(page, [
      {
        label: "Thư điện tử (không bắt buộc)",
        id: "email",
        message: "Địa chỉ thư điện tử không đúng định dạng, ví dụ ten@example.com",
      },
    ]);
    await expect(email).toHaveValue("khong-phai-email");
    await expect(nationality).toHaveValue("Việt Nam");
    await expect(ethnicity).toHaveValue("Kinh");
    await expect(page.getByLabel("Họ và tên", { exact: true })).toHaveValue(c.name);
    await expect(province.locator("option:checked")).toHaveText("Khánh Hòa");
    await expect(commune.locator("option:checked")).toHaveText("Nha Trang");
    await expect(street).toHaveValue("12 Trần Phú");

    // Corrected (with the current password again: the server never sends it back), it saves.
    await email.fill("binh.tran@example.com");
    await currentPassword.fill(PASSWORD);
    await save.click();
    await expect(page).toHaveURL((url) => url.pathname === "/tai-khoan" && url.searchParams.get("tb") === "da-luu");
    await expect(saved).toBeVisible();
    await visit(page, "/tai-khoan", js);
    await expect(email).toHaveValue("binh.tran@example.com");
    await expect(nationality).toHaveValue("Việt Nam");
    await expect(commune.locator("option:checked")).toHaveText("Nha Trang");
  });

  test("changing the e-mail address on the profile needs the current password; other changes do not", async ({
    page,
    javaScriptEnabled: js,
  }) => {
    const c = freshCitizen("Hoàng Thị Lan");
    await registerCitizen(page, c, js);
    await visit(page, "/tai-khoan", js);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thông tin tài khoản");

    const email = page.getByLabel("Thư điện tử (không bắt buộc)", { exact: true });
    // "Mật khẩu hiện tại" is also a label of other account pages: this one is the profile form's.
    const form = page.getByRole("main").locator("form").filter({ has: email });
    const current = form.getByLabel("Mật khẩu hiện tại", { exact: true });
    const ethnicity = form.getByLabel("Dân tộc", { exact: true });
    const save = form.getByRole("button", { name: "Lưu", exact: true });
    const saved = page.getByRole("status").filter({ hasText: "Đã lưu thông tin tài khoản." });
    await expect(current).toHaveAttribute("type", "password");
    await expect(current).toHaveValue("");
    await expect(current).toHaveAccessibleDescription(/Chỉ cần nhập khi đổi địa chỉ thư điện tử\./);

    // A new address without the password: refused on the password field, the answers kept.
    const address = `lan.${c.phone}@example.vn`;
    await email.fill(address);
    await ethnicity.fill("Tày");
    await save.click();
    const needed = "Nhập mật khẩu hiện tại để đổi địa chỉ thư điện tử";
    await expect(page).toHaveTitle(/^Lỗi: /);
    const summary = errorSummary(page);
    await expect(summary.getByRole("link")).toHaveCount(1);
    await expect(summary.getByRole("link", { name: needed, exact: true })).toHaveAttribute("href", "#current_password");
    await expect(current).toHaveAttribute("id", "current_password");
    await expect(current).toHaveAttribute("aria-invalid", "true");
    await expect(current).toHaveAccessibleDescription(new RegExp(needed));
    await expect(email).toHaveValue(address);
    await expect(ethnicity).toHaveValue("Tày");
    await expect(page).toHaveURL((url) => url.pathname === "/tai-khoan" && url.searchParams.get("tb") !== "da-luu");
    await expectNoAxeViolations(page, "/tai-khoan (the e-mail needs the password)", js);

    // A wrong password is refused too.
    await current.fill("SaiMatKhau@1");
    await save.click();
    await expect(summary.getByRole("link", { name: "Mật khẩu hiện tại không đúng", exact: true })).toHaveAttribute(
      "href",
      "#current_password",
    );
    await expect(current).toHaveAttribute("aria-invalid", "true");
    await expect(email).toHaveValue(address);

    // With the right password it saves, and the password is not sent back.
    await current.fill(PASSWORD);
    await save.click();
    await expect(page).toHaveURL((url) => url.pathname === "/tai-khoan" && url.searchParams.get("tb") === "da-luu");
    await expect(saved).toBeVisible();
    await expect(errorSummary(page)).toHaveCount(0);
    await visit(page, "/tai-khoan", js);
    await expect(email).toHaveValue(address);
    await expect(ethnicity).toHaveValue("Tày");
    await expect(current).toHaveValue("");
    expect(await page.content()).not.toContain(PASSWORD);

    // Other answers change without the password while the address stays the same.
    await ethnicity.fill("Kinh");
    await save.click();
    await expect(page).toHaveURL((url) => url.pathname === "/tai-khoan" && url.searchParams.get("tb") === "da-luu");
    await expect(saved).toBeVisible();
    await expect(errorSummary(page)).toHaveCount(0);
    await visit(page, "/tai-khoan", js);
    await expect(ethnicity).toHaveValue("Kinh");
    await expect(email).toHaveValue(address);
  });

  test("a citizen logged in on two devices sees both sessions and logs out the other one", async ({
    page,
    browser,
    baseURL,
    javaScriptEnabled: js,
  }) => {
    const c = freshCitizen();
    await registerCitizen(page, c, js);

    // The same citizen on a second device.
    const other = await browser.newContext({ javaScriptEnabled: js, baseURL });
    try {
      const second = await other.newPage();
      await logIn(second, js, { login: c.idNumber, password: PASSWORD, phone: c.phone });
      await expectLoggedIn(second, c.name);

      await visit(page, "/tai-khoan/phien", js);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Phiên đăng nhập");
      await expect(page).toHaveTitle("Phiên đăng nhập – Cổng Dịch vụ công");
      const table = page.getByRole("region", { name: "Phiên đăng nhập" }).getByRole("table");
      const rows = table.locator("tbody tr");
      await expect(rows).toHaveCount(2);
      await expect(rows.filter({ hasText: "Thiết bị này" })).toHaveCount(1);
      await expect(table.getByRole("columnheader")).toHaveText(["Thiết bị", "Địa chỉ mạng", "Đăng nhập lúc", "Hoạt động gần nhất"]);
      await expectNoAxeViolations(page, "/tai-khoan/phien", js);

      await page.getByRole("button", { name: "Đăng xuất khỏi các thiết bị khác", exact: true }).click();
      await expect(rows).toHaveCount(1);
      await expect(rows.first()).toContainText("Thiết bị này");
      await expect(page.getByRole("button", { name: "Đăng xuất khỏi các thiết bị khác", exact: true })).toHaveCount(0);
      await expect(page.getByRole("status")).toHaveText("Đã đăng xuất khỏi các thiết bị khác.");
      // This device is still logged in.
      await expectLoggedIn(page, c.name);

      // The other device's next page shows it logged out, and its account page asks for a login.
      await visit(second, "/", js);
      await expectLoggedOut(second);
      await visit(second, "/tai-khoan", js);
      await expect(second).toHaveURL((url) => url.pathname === "/dang-nhap" && url.searchParams.get("next") === "/tai-khoan");
    } finally {
      await other.close();
    }
  });

  test("a logged-out visitor opening the account pages is sent to the login and, once logged in, back", async ({
    page,
    javaScriptEnabled: js,
  }) => {
    for (const path of ["/tai-khoan", "/tai-khoan/doi-mat-khau", "/tai-khoan/phien"]) {
      await visit(page, path, js);
      await expect(page, `${path} asks for a login`).toHaveURL(
        (url) => url.pathname === "/dang-nhap" && url.searchParams.get("next") === path,
      );
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Đăng nhập");
      await expectLoggedOut(page);
    }

    // A citizen of its own, logged out, comes back to the account page after logging in.
    const c = freshCitizen();
    await registerCitizen(page, c, js);
    await logOut(page);
    await visit(page, "/tai-khoan", js);
    expect(where(page)).toBe("/dang-nhap?next=/tai-khoan");
    await logIn(page, js, { login: c.idNumber, password: PASSWORD, phone: c.phone }, "/dang-nhap?next=/tai-khoan");
    await expect(page).toHaveURL((url) => url.pathname === "/tai-khoan");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thông tin tài khoản");
    await expectLoggedIn(page, c.name);
  });
});
