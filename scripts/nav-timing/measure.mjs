// Time from a click to the next page's largest contentful paint, in Chromium with a 4× slower
// processor and Lighthouse's slow-4G network, for three clicks a person makes often:
//
//   catalog   a result of a catalog search (anyone)                  /thu-tuc?q=… → /thu-tuc/<code>
//   dossier   a dossier in "Quản lý hồ sơ" (a citizen logged in)     /ho-so → /ho-so/<id>
//   queue     a row of the officer's queue (an officer logged in)    /can-bo/ho-so → /can-bo/ho-so/<id>
//
// Each click is preceded by a hover as a person's pointer rests on the link before pressing
// (HOVER_MS). Three browsers are compared on the same server:
//
//   before    a browser that neither preloads nor animates navigations, as the portal behaved
//             before: Chromium's "Preload pages" setting off (so Speculation Rules do nothing) and
//             prefers-reduced-motion: reduce (so the stylesheet's view transition is off);
//   after     Chromium as shipped: the rules prefetch the hovered link, pages cross-fade;
//   prefetch  the rules without the cross-fade (reduced motion asked for): what each part gives.
//
// Usage: node measure.mjs <base URL> <citizen cookie> <officer cookie>   (run.sh gives them)
// Prints a Markdown table: the median (and the fastest and slowest) of RUNS clicks per cell.
import { createRequire } from "node:module";
import * as fs from "node:fs";
import * as os from "node:os";
import * as net from "node:net";
import * as path from "node:path";

const require = createRequire(new URL("../../end2end/package.json", import.meta.url));
const { chromium } = require("playwright-core");

const [portal, citizenCookie, officerCookie] = process.argv.slice(2);

const RUNS = Number(process.env.RUNS || 10);
const HOVER_MS = Number(process.env.HOVER_MS || 400);
const PRESS_MS = Number(process.env.PRESS_MS || 100);
const CHROME = process.env.CHROME_PATH || "/usr/bin/chromium";

// Lighthouse's mobile slow 4G as DevTools applies it (lighthouse-core/config/constants.js,
// throttling.mobileSlow4G: 150 ms RTT × 3.75 = 562.5 ms per request, 1.6 Mbit/s × 0.9 down,
// 750 kbit/s × 0.9 up), and a processor 4× slower. Chromium's own network emulation
// (Network.emulateNetworkConditions) does not apply to speculative prefetches, which would come
// in at full speed and flatter the "after" column; so every byte goes through a shaping proxy
// here instead, a link like a real one for every request alike: each piece of data waits half
// the round trip each way and its turn on a shared link of that speed; a new connection waits one
// round trip more (the TCP handshake).
const RTT_MS = 150 * 3.75;
const DOWN_BYTES_PER_S = (1.6 * 1024 * 1024 * 0.9) / 8;
const UP_BYTES_PER_S = (750 * 1024 * 0.9) / 8;
const CPU_SLOWDOWN = 4;
const PROXY_PORT = Number(process.env.PROXY_PORT || 3301);

/** One direction of the link: when a piece of `bytes` sent now arrives at the other end. */
function link(bytesPerSecond) {
  let freeAt = 0;
  return (bytes) => {
    const now = performance.now();
    freeAt = Math.max(now, freeAt) + (bytes * 1000) / bytesPerSecond;
    return freeAt + RTT_MS / 2;
  };
}

/** A TCP proxy on PROXY_PORT to the portal, through a slow-4G link. */
async function slowLink(target) {
  const { hostname, port } = new URL(target);
  const down = link(DOWN_BYTES_PER_S);
  const up = link(UP_BYTES_PER_S);
  const server = net.createServer((client) => {
    const opened = performance.now();
    const upstream = net.connect(Number(port), hostname);
    const relay = (from, to, direction, handshake) => {
      let last = 0;
      from.on("data", (chunk) => {
        last = Math.max(direction(chunk.length), handshake ? opened + RTT_MS + RTT_MS / 2 : 0);
        setTimeout(() => to.writable && to.write(chunk), Math.max(0, last - performance.now()));
      });
      from.on("end", () => {
        const at = Math.max(last, performance.now() + RTT_MS / 2);
        setTimeout(() => to.end(), at - performance.now());
      });
      from.on("error", () => to.destroy());
    };
    relay(client, upstream, up, true);
    relay(upstream, client, down, false);
  });
  await new Promise((resolve) => server.listen(PROXY_PORT, "127.0.0.1", resolve));
  return server;
}

const SCENARIOS = [
  { name: "catalog", label: "A catalog search result", cookie: "", from: "/thu-tuc?q=khai+sinh", link: 'main a[href^="/thu-tuc/"]' },
  { name: "dossier", label: "A dossier in “Quản lý hồ sơ” (citizen)", cookie: citizenCookie, from: "/ho-so", link: 'main h2 a[href^="/ho-so/"]' },
  { name: "queue", label: "A row of the officer's queue", cookie: officerCookie, from: "/can-bo/ho-so", link: 'main a[href^="/can-bo/ho-so/"]' },
];

const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** A browser of the given mode, in a profile of its own (its preloading setting). */
async function launch(mode) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), `nav-timing-${mode}-`));
  fs.mkdirSync(path.join(profile, "Default"));
  // net.network_prediction_options: 2 is "Preload pages: No preloading" in the settings.
  const prefs = mode === "before" ? { net: { network_prediction_options: 2 } } : {};
  fs.writeFileSync(path.join(profile, "Default", "Preferences"), JSON.stringify(prefs));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROME,
    args: ARGS,
    baseURL: base,
    reducedMotion: mode === "after" ? "no-preference" : "reduce",
    // A laptop's window: a person with a mouse, whose pointer rests on a link before the click.
    viewport: { width: 1280, height: 800 },
    serviceWorkers: "allow",
  });
  return { context, profile };
}

function cookies(header) {
  return header
    .split(";")
    .map((c) => c.trim())
    .filter(Boolean)
    .map((c) => {
      const i = c.indexOf("=");
      return { name: c.slice(0, i), value: c.slice(i + 1), url: base };
    });
}

/** One click, from the hover to the next page's largest contentful paint, in milliseconds. */
async function click(page, scenario) {
  await page.goto(scenario.from, { waitUntil: "load" });
  // The page as a person finds it: loaded, its islands hydrated, nothing more in flight.
  await page.waitForLoadState("networkidle");
  const link = page.locator(scenario.link).first();
  const href = await link.getAttribute("href");
  await link.hover();
  await page.waitForTimeout(HOVER_MS);
  // The click: pressed, held for PRESS_MS as a finger holds a mouse button, released. Timed
  // from the press.
  const clickedAt = await page.evaluate(() => performance.timeOrigin + performance.now());
  await page.mouse.down();
  await page.waitForTimeout(PRESS_MS);
  await page.mouse.up();
  await page.waitForURL((url) => url.pathname === new URL(href, base).pathname, { waitUntil: "load" });
  return page.evaluate(async (clickedAt) => {
    // The last candidate once the page has loaded and stayed still for a moment (largest
    // contentful paint entries are only given to an observer, the buffered ones included).
    await new Promise((r) => setTimeout(r, 800));
    const entries = await new Promise((resolve) => {
      new PerformanceObserver((list, observer) => {
        observer.disconnect();
        resolve(list.getEntries());
      }).observe({ type: "largest-contentful-paint", buffered: true });
      setTimeout(() => resolve([]), 2000);
    });
    const lcp = entries[entries.length - 1];
    const nav = performance.getEntriesByType("navigation")[0];
    const at = lcp ? performance.timeOrigin + Math.max(lcp.renderTime || lcp.startTime, nav.activationStart || 0) : NaN;
    return { ms: at - clickedAt, deliveryType: nav.deliveryType || "" };
  }, clickedAt);
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** A page of `context` for `scenario`: its cookies, the network and processor slowed down. */
async function open(context, scenario) {
  await context.clearCookies();
  if (scenario.cookie) await context.addCookies(cookies(scenario.cookie));
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
  // A first visit fills the HTTP cache with the bundle and the stylesheet, as a returning
  // visitor's; it is not counted.
  await click(page, scenario);
  return page;
}

// Both browsers at once, their clicks taken in turn, so that whatever else the machine does
// weighs on both alike.
const proxy = await slowLink(portal);
// The browsers talk to the portal through the slow link (cookies are per host, not port).
const base = `http://127.0.0.1:${PROXY_PORT}`;
const MODES = ["before", "after", "prefetch"];
const browsers = {};
for (const mode of MODES) browsers[mode] = await launch(mode);
const results = {};
for (const scenario of SCENARIOS) {
  const pages = {};
  for (const mode of MODES) {
    pages[mode] = await open(browsers[mode].context, scenario);
    results[`${mode}/${scenario.name}`] = { times: [], prefetched: 0 };
  }
  for (let i = 0; i < RUNS; i++) {
    for (const mode of MODES) {
      const r = await click(pages[mode], scenario);
      const cell = results[`${mode}/${scenario.name}`];
      cell.times.push(r.ms);
      if (r.deliveryType === "navigational-prefetch") cell.prefetched += 1;
      process.stderr.write(`[nav-timing] ${mode} ${scenario.name} #${i + 1}: ${Math.round(r.ms)} ms ${r.deliveryType}\n`);
    }
  }
  for (const mode of MODES) await pages[mode].close();
}
for (const mode of MODES) {
  await browsers[mode].context.close();
  fs.rmSync(browsers[mode].profile, { recursive: true, force: true });
}
proxy.close();

const cell = ({ times }) =>
  `${Math.round(median(times))} ms (${Math.round(Math.min(...times))}–${Math.round(Math.max(...times))})`;
console.log(
  `| Click → largest paint (median of ${RUNS}, fastest–slowest) | Before | After | After, without the cross-fade | Pages from a prefetch (before, after, without) |`,
);
console.log("| --- | ---: | ---: | ---: | ---: |");
for (const s of SCENARIOS) {
  const [b, a, p] = MODES.map((mode) => results[`${mode}/${s.name}`]);
  console.log(
    `| ${s.label} | ${cell(b)} | ${cell(a)} | ${cell(p)} | ${b.prefetched}/${RUNS}, ${a.prefetched}/${RUNS}, ${p.prefetched}/${RUNS} |`,
  );
}
process.exit(0);
