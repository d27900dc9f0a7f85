/**
 * axe-core on every page, in both languages, with and without JavaScript: zero violations.
 * With JavaScript the check runs after hydration, on the page the visitor actually uses.
 */
import { test } from "@playwright/test";
import { ALL_PAGES, LANGS, expectNoAxeViolations, label, useLanguage, visit } from "./helpers";

for (const lang of LANGS) {
  for (const spec of ALL_PAGES) {
    test(`axe: ${label(spec, lang)}`, async ({ page, context, baseURL, javaScriptEnabled }) => {
      await useLanguage(context, baseURL, lang);
      await visit(page, spec.path, javaScriptEnabled);
      await expectNoAxeViolations(page, label(spec, lang), javaScriptEnabled);
    });
  }
}
