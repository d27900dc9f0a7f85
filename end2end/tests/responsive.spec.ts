/** On the narrowest phone screen (320 px, the WCAG reflow width) nothing scrolls sideways. */
import { expect, test } from "@playwright/test";
import { ALL_PAGES, LANGS, label, useLanguage, visit } from "./helpers";

test.use({ viewport: { width: 320, height: 640 } });

for (const lang of LANGS) {
  for (const spec of ALL_PAGES) {
    test(`320 px wide, no horizontal scroll: ${label(spec, lang)}`, async ({ page, context, baseURL, javaScriptEnabled }) => {
      await useLanguage(context, baseURL, lang);
      await visit(page, spec.path, javaScriptEnabled);
      const { scrollWidth, clientWidth } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
      }));
      expect(clientWidth).toBeLessThanOrEqual(320);
      expect(scrollWidth, `the page is ${scrollWidth} px wide at a 320 px viewport`).toBeLessThanOrEqual(320);
    });
  }
}
