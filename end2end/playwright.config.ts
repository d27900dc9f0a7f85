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
    launchOptions: {
      executablePath: process.env.CHROME_PATH || "/usr/bin/chromium",
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
