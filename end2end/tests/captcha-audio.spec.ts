/**
 * The captcha without a text alternative: the picture, and the same challenge as six digits
 * spoken in Vietnamese (`/captcha/{id}.wav`) for people who cannot see the picture. Without
 * JavaScript a plain link to the recording; with JavaScript also "Nghe mã", which shows an audio
 * player. "Đổi mã khác" draws a new challenge: picture and recording together.
 *
 * The strings are the visible interface (app/locales/vi.json, "captcha"); the media route is
 * server/src/http.rs (captcha_media).
 */
import { expect, test, type APIRequestContext, type Locator, type Page } from "@playwright/test";
import { collectPageErrors, expectNoAxeViolations, visit } from "./helpers";

const CAPTCHA = {
  label: "Mã xác thực",
  hint: "Nhập các ký tự trong ảnh. Nếu không xem được ảnh, hãy nghe mã đọc thành tiếng và nhập 6 chữ số bạn nghe được.",
  listen: "Nghe mã",
  listenLink: "Tải mã đọc thành tiếng (tệp âm thanh)",
  refresh: "Đổi mã khác",
} as const;

/** The forms with a captcha that these tests visit. */
const FORMS = [
  { path: "/dang-nhap", heading: "Đăng nhập" },
  { path: "/dang-ky/cong-dan", heading: "Đăng ký tài khoản công dân" },
] as const;

const PNG = /^\/captcha\/([^/?#]+)\.png$/;
const WAV = /^\/captcha\/([^/?#]+)\.wav$/;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The parts of the captcha, found as a person (or a screen reader) finds them. */
function captcha(page: Page) {
  const main = page.getByRole("main");
  const answer = main.getByLabel(CAPTCHA.label, { exact: true });
  return {
    answer,
    // The field's group: the answer box's parent holds the label, hint, picture and links.
    group: answer.locator("xpath=.."),
    image: main.getByRole("img", { name: /^Ảnh mã xác thực/ }),
    link: main.getByRole("link", { name: CAPTCHA.listenLink, exact: true }),
    button: main.getByRole("button", { name: CAPTCHA.listen, exact: true }),
    refresh: main.getByRole("link", { name: CAPTCHA.refresh, exact: true }),
    player: page.locator("#captcha-player audio"),
  };
}

/** The challenge id in an address /captcha/{id}.png or .wav. */
async function idOf(element: Locator, attribute: "src" | "href", pattern: RegExp): Promise<string> {
  const value = (await element.getAttribute(attribute)) ?? "";
  const m = pattern.exec(value);
  expect(m, `${attribute}="${value}" matches ${pattern}`).not.toBeNull();
  return m![1];
}

/**
 * Fetches the recording and checks it is a WAV file (RIFF/WAVE, PCM, mono, 8 kHz, 16-bit) with
 * more than four seconds of sound: six digits cannot be spoken in less.
 */
async function expectSpokenDigits(request: APIRequestContext, href: string): Promise<void> {
  const response = await request.get(href);
  expect(response.status(), `GET ${href}`).toBe(200);
  expect(response.headers()["content-type"], `content type of ${href}`).toMatch(/^audio\/wav\b/);
  const wav = await response.body();
  expect(wav.length, "the WAV header").toBeGreaterThan(44);
  expect(wav.subarray(0, 4).toString("latin1"), "RIFF").toBe("RIFF");
  expect(wav.subarray(8, 12).toString("latin1"), "WAVE").toBe("WAVE");
  expect(wav.subarray(12, 16).toString("latin1"), "the fmt chunk").toBe("fmt ");
  expect(wav.readUInt16LE(20), "PCM").toBe(1);
  expect(wav.readUInt16LE(22), "mono").toBe(1);
  expect(wav.readUInt32LE(24), "sample rate").toBe(8000);
  expect(wav.readUInt16LE(34), "bits per sample").toBe(16);
  expect(wav.length - 44, "more than 4 s of 8 kHz 16-bit sound").toBeGreaterThan(64_000);
}

/** Neither the old sum in words ("chín cộng hai bằng mấy?") nor any other question in text. */
async function expectNoTextQuestion(page: Page): Promise<void> {
  const body = page.locator("body");
  await expect(body).not.toContainText("bằng mấy");
  await expect(body).not.toContainText(/\S+ cộng \S+/);
  await expect(page.locator(".captcha-question")).toHaveCount(0);
}

for (const form of FORMS) {
  test.describe(`captcha on ${form.path}`, () => {
    test("the picture, the hint and the digits spoken: a link without JavaScript, “Nghe mã” with it; no question in text", async ({
      page,
      javaScriptEnabled: js,
    }) => {
      const problems = collectPageErrors(page);
      await visit(page, form.path, js);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(form.heading);
      const c = captcha(page);

      await expectNoTextQuestion(page);
      await expect(c.group.getByText(CAPTCHA.hint, { exact: true })).toBeVisible();
      await expect(c.answer).toHaveAccessibleDescription(new RegExp(escapeRegExp(CAPTCHA.hint)));
      await expect(c.answer).toHaveAttribute("maxlength", "8");
      await expect(c.image).toBeVisible();
      const id = await idOf(c.image, "src", PNG);

      // The link to the recording of the same challenge is always there.
      await expect(c.link).toBeVisible();
      await expect(c.link).toHaveAttribute("href", `/captcha/${id}.wav`);
      await expectSpokenDigits(page.request, `/captcha/${id}.wav`);

      if (!js) {
        // No button that would do nothing without JavaScript, and no player.
        await expect(c.button).toHaveCount(0);
        await expect(c.player).toHaveCount(0);
        await expectNoAxeViolations(page, `${form.path} (captcha, no JavaScript)`, js);
      } else {
        await expect(c.button).toBeVisible();
        await expect(c.player).toHaveCount(0);
        await c.button.click();
        await expect(c.player).toHaveCount(1);
        await expect(c.player).toBeVisible();
        await expect(c.player).toHaveJSProperty("controls", true);
        const src = (await c.player.getAttribute("src")) ?? "";
        expect(src, "the player's src").toMatch(/\.wav$/);
        expect(src, "the player plays this challenge").toBe(`/captcha/${id}.wav`);
        await expectSpokenDigits(page.request, src);
        // The browser reads the recording: more than four seconds of it.
        await expect
          .poll(() => c.player.evaluate((a) => (a as HTMLAudioElement).duration || 0), {
            message: "the audio element's duration",
            timeout: 10_000,
          })
          .toBeGreaterThan(4);
        await expectNoAxeViolations(page, `${form.path} (captcha, player shown)`, js);
      }
      await expectNoTextQuestion(page);
      expect(problems, problems.join("\n")).toEqual([]);
    });

    test("“Đổi mã khác” draws a new challenge: a new picture and a new recording", async ({ page, javaScriptEnabled: js }) => {
      const problems = collectPageErrors(page);
      await visit(page, form.path, js);
      const c = captcha(page);
      const id = await idOf(c.image, "src", PNG);
      expect(await idOf(c.link, "href", WAV)).toBe(id);
      if (js) {
        await c.button.click();
        await expect(c.player).toHaveAttribute("src", `/captcha/${id}.wav`);
      }

      // Something typed for the old challenge does not stay for the new one.
      await c.answer.fill("abc123");
      await c.refresh.click();
      // With JavaScript the page stays and asks for a new challenge; without, it is drawn again.
      await expect(c.image).not.toHaveAttribute("src", `/captcha/${id}.png`);
      await expect(c.link).not.toHaveAttribute("href", `/captcha/${id}.wav`);
      await expect(page).toHaveURL((url) => url.pathname === form.path);
      const fresh = await idOf(c.image, "src", PNG);
      expect(fresh).not.toBe(id);
      await expect(c.link).toHaveAttribute("href", `/captcha/${fresh}.wav`);
      // No player is left playing the old challenge.
      await expect(page.locator(`#captcha-player audio[src*="${id}"]`)).toHaveCount(0);
      await expect(c.answer).toHaveValue("");
      await expectSpokenDigits(page.request, `/captcha/${fresh}.wav`);
      if (js) {
        await expect(c.button).toBeVisible();
        await c.button.click();
        await expect(c.player).toHaveAttribute("src", `/captcha/${fresh}.wav`);
      }
      await expectNoTextQuestion(page);
      await expectNoAxeViolations(page, `${form.path} (after “${CAPTCHA.refresh}”)`, js);
      expect(problems, problems.join("\n")).toEqual([]);
    });

    test("an answer typed before the page has come to life is kept when it does", async ({ page, javaScriptEnabled: js }) => {
      test.skip(!js, "without JavaScript the page never changes once it is shown");
      // A slow phone on a slow network: the page is shown and typed into long before its
      // WebAssembly arrives. Hydrating it must not empty the answer (it once did, and the form
      // was then refused for a wrong captcha).
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.route(/\.wasm$/, async (route) => {
        await held;
        await route.continue();
      });
      const problems = collectPageErrors(page);
      await page.goto(form.path);
      const c = captcha(page);
      await expect(c.button, "not hydrated yet").toHaveCount(0);
      await c.answer.fill("kiemthu");
      release();
      await expect(c.button, "hydrated").toBeVisible();
      await expect(c.answer).toHaveValue("kiemthu");
      expect(problems, problems.join("\n")).toEqual([]);
    });
  });
}
