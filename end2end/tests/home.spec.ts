/** The home page: heading, procedure search, the five steps and the quick links. */
import { expect, test } from "@playwright/test";
import { PORTAL_NAME, visit } from "./helpers";

test.beforeEach(async ({ page, javaScriptEnabled }) => {
  await visit(page, "/", javaScriptEnabled);
});

test("heading and title", async ({ page }) => {
  await expect(page).toHaveTitle("Trang chủ – Cổng Dịch vụ công");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(PORTAL_NAME.vi);
});

test("searching for a procedure opens the procedures page with the query in the address", async ({ page }) => {
  const search = page.getByRole("search");
  const box = search.getByRole("searchbox", { name: "Tìm thủ tục hành chính", exact: true });
  await expect(box).toBeVisible();
  await box.fill("khai sinh");
  await search.getByRole("button", { name: "Tìm kiếm", exact: true }).click();

  await expect(page).toHaveURL(/\/thu-tuc\?q=khai(\+|%20)sinh$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thủ tục hành chính");
});

test("pressing Enter in the search box submits the search too", async ({ page }) => {
  const box = page.getByRole("searchbox", { name: "Tìm thủ tục hành chính", exact: true });
  await box.fill("giấy phép xây dựng");
  await box.press("Enter");
  await expect(page).toHaveURL(/\/thu-tuc\?q=/);
  const q = new URL(page.url()).searchParams.get("q");
  expect(q).toBe("giấy phép xây dựng");
});

test("the five steps of an online public service, in order", async ({ page }) => {
  const steps = page.getByRole("region", { name: "Năm bước thực hiện dịch vụ công trực tuyến" });
  await expect(steps.getByRole("heading", { level: 2 })).toHaveText("Năm bước thực hiện dịch vụ công trực tuyến");
  await expect(steps.getByRole("list").getByRole("listitem")).toHaveText([
    "Đăng ký hoặc đăng nhập tài khoản",
    "Lựa chọn dịch vụ công",
    "Nộp hồ sơ trực tuyến",
    "Theo dõi tình hình giải quyết",
    "Nhận kết quả",
  ]);
});

test("quick links lead to the main services", async ({ page }) => {
  const quick = page.getByRole("region", { name: "Truy cập nhanh" });
  const expected: [string, string][] = [
    ["Tra cứu thủ tục hành chính", "/thu-tuc"],
    ["Tra cứu hồ sơ theo mã", "/tra-cuu"],
    ["Thanh toán phí, lệ phí", "/thanh-toan"],
    ["Đánh giá chất lượng phục vụ", "/danh-gia"],
    ["Hỏi đáp, phản ánh kiến nghị", "/hoi-dap"],
  ];
  await expect(quick.getByRole("link")).toHaveCount(expected.length);
  for (const [name, href] of expected) {
    await expect(quick.getByRole("link", { name, exact: true })).toHaveAttribute("href", href);
  }
  await quick.getByRole("link", { name: "Thanh toán phí, lệ phí", exact: true }).click();
  await expect(page).toHaveURL(/\/thanh-toan$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thanh toán trực tuyến phí, lệ phí");
});
