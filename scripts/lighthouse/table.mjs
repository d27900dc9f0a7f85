// Prints the Lighthouse table of scripts/lighthouse.sh from the JSON reports in a directory.
//   node table.mjs <dir>   (files named <n>-<label>.json)
import { readdirSync, readFileSync } from "node:fs";
const dir = process.argv[2];
const rows = [];
for (const f of readdirSync(dir).filter((f) => f.endsWith(".json")).sort()) {
  const r = JSON.parse(readFileSync(`${dir}/${f}`, "utf8"));
  const score = (c) => Math.round((r.categories[c]?.score ?? 0) * 100);
  const ms = (a) => Math.round(r.audits[a]?.numericValue ?? 0);
  const items = r.audits["network-requests"]?.details?.items ?? [];
  const wasm = items
    .filter((i) => /\.wasm($|\?)/.test(i.url) || /\/pkg\/.*\.js($|\?)/.test(i.url))
    .reduce((n, i) => n + (i.transferSize ?? 0), 0);
  const failed = Object.entries(r.categories)
    .flatMap(([, c]) => c.auditRefs)
    .filter((a) => a.weight > 0 && r.audits[a.id].score !== null && r.audits[a.id].score < 1)
    .map((a) => a.id);
  rows.push({
    page: f.replace(/^\d+-/, "").replace(/\.json$/, ""),
    perf: score("performance"),
    a11y: score("accessibility"),
    bp: score("best-practices"),
    seo: score("seo"),
    fcp: ms("first-contentful-paint"),
    lcp: ms("largest-contentful-paint"),
    tbt: ms("total-blocking-time"),
    cls: (r.audits["cumulative-layout-shift"]?.numericValue ?? 0).toFixed(3),
    wasm: (wasm / 1024).toFixed(0),
    below: [...new Set(failed)].slice(0, 6).join(" "),
  });
}
console.log("| page | performance | accessibility | best practices | SEO | FCP ms | LCP ms | TBT ms | CLS | bundle KB sent | audits below 100 % |");
console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
for (const r of rows)
  console.log(`| ${r.page} | ${r.perf} | ${r.a11y} | ${r.bp} | ${r.seo} | ${r.fcp} | ${r.lcp} | ${r.tbt} | ${r.cls} | ${r.wasm} | ${r.below} |`);
