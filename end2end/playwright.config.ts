import { defineConfig } from "@playwright/test";

// The server is started by the caller (scripts/e2e.sh, `make test-e2e`) which exports BASE_URL.
// No `webServer` block on purpose: the same suite runs against the SQLite and the PostgreSQL build.
const baseURL = process.env.BASE_URL || "http://127.0.0.1:3000";
const CI = !!process.env.CI;
// scripts/e2e.sh runs the suite on SQLite, then on PostgreSQL: each run keeps its traces and
// report in its own folder (Playwright empties its output folder when it starts, so the second
// run would wipe the first one's failures).
const run = process.env.PW_OUTPUT ? `-${process.env.PW_OUTPUT}` : "";

export default defineConfig({
  testDir: "./tests",
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  forbidOnly: CI,
  retries: CI ? 1 : 0,
  workers: 2,
  outputDir: `test-results${run}`,
  reporter: CI ? [["list"]] : [["list"], ["html", { open: "never", outputFolder: `playwright-report${run}` }]],
  use: {
    baseURL,
    // Debian's Chromium: `npx playwright install` cannot download browsers on these machines.
    // Its headless shell (package chromium-headless-shell, the "old" headless mode Playwright
    // itself uses for headless runs) rather than the whole browser in headless mode, whose GPU
    // and browser processes composited every frame in software: the same 16 journeys took 3.0
    // min instead of 4.2 (issue 22's note). CHROME_PATH=/usr/bin/chromium runs the whole browser.
    launchOptions: {
      executablePath: process.env.CHROME_PATH || "/usr/bin/chromium-headless-shell",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
    serviceWorkers: "allow",
    // No cross-fade between pages (the portal's view transition, style/main.css, is only for
    // people who do not ask for reduced motion): each one drew and composited a quarter of a
    // second of frames, for nothing a test looks at (2.5 min against 3.0 for the 16 journeys).
    // navigation.spec.ts checks the transition itself in contexts of its own.
    reducedMotion: "reduce",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    // With WebAssembly: the server-rendered page hydrates and the router takes over navigation.
    { name: "js", use: { javaScriptEnabled: true } },
    // Without JavaScript: every journey must still work on plain HTML links and forms.
    { name: "nojs", use: { javaScriptEnabled: false } },
  ],
});
