import { defineConfig, devices } from "@playwright/test";
import { E2E_SANDBOX_TOKEN } from "./sandbox-token";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const chromium = {
  // Browsers are never downloaded here: Debian's chromium, or whatever E2E_CHROMIUM_PATH names.
  executablePath: process.env.E2E_CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
};

// Each journey runs on the viewport it is about, once; only journeys whose layout differs by viewport run on both.
// A spec not listed here runs on the phone (most people use the app on one), so a new one is never skipped.
const BOTH_VIEWPORTS = ["shell"];
const DESKTOP_ONLY = [
  // API contracts and server behaviour: the viewport changes nothing.
  "api-boundary",
  "citybrain",
  "client-address",
  "parking-disputes",
  "parking-pay-later",
  "parking-tariff",
  "security",
];
// Run after every other journey, one project each: the fuzz test counts every table's rows before and after its
// requests (other journeys' writes would blur that), and the clock journeys move the server's "now" for everyone.
const AFTER_ALL = ["fuzz-api", "sandbox-clock", "parking-calendar"];
const specs = (names: string[]) => names.map((name) => `**/${name}.spec.ts`);

export default defineConfig({
  testDir: ".",
  testMatch: "**/*.spec.ts",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 45_000,
  expect: { timeout: 10_000 },
  reporter: process.env.E2E_JSON ? [["list"], ["json", { outputFile: process.env.E2E_JSON }]] : [["list"]],
  outputDir: "../test-results",
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    serviceWorkers: "block",
    trace: "retain-on-failure",
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
    launchOptions: chromium,
  },
  projects: [
    {
      name: "phone",
      testIgnore: specs([...DESKTOP_ONLY, ...AFTER_ALL]),
      use: { ...devices["Pixel 7"], launchOptions: chromium, locale: "zh-CN" },
    },
    {
      name: "desktop",
      testMatch: specs([...BOTH_VIEWPORTS, ...DESKTOP_ONLY]),
      use: { ...devices["Desktop Chrome"], launchOptions: chromium, locale: "zh-CN" },
    },
    {
      name: "fuzz",
      testMatch: specs(["fuzz-api"]),
      dependencies: ["phone", "desktop"],
      use: { ...devices["Desktop Chrome"], launchOptions: chromium, locale: "zh-CN" },
    },
    {
      name: "clock",
      testMatch: specs(["sandbox-clock", "parking-calendar"]),
      dependencies: ["fuzz"],
      // Each of these files moves the one server clock: side by side they would move it under each other.
      workers: 1,
      use: { ...devices["Pixel 7"], launchOptions: chromium, locale: "zh-CN" },
    },
  ],
  webServer: {
    // The production start path (what `npm start` serves), so client addresses and odd URLs are handled as there.
    command: "node scripts/serve.mjs",
    cwd: "..",
    url: `http://127.0.0.1:${PORT}/api/health`,
    reuseExistingServer: !process.env.CI,
    timeout: 90_000,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      PORT: String(PORT),
      HOST: "127.0.0.1",
      PGLITE_DIR: process.env.DATABASE_URL ? ".data/unused" : "memory://",
      // Each test presents its own client address through one trusted proxy hop, so per-IP limits
      // apply per test, as they would per person.
      TRUST_PROXY: "1",
      NEXT_TELEMETRY_DISABLED: "1",
      // The journeys reach the sandbox switches from documentation addresses (above), so with the token.
      SANDBOX_TOKEN: E2E_SANDBOX_TOKEN,
      // Two days of history is enough for the journeys and spares the CI machine the 8-week backfill.
      HISTORY_BACKFILL_DAYS: "2",
      // Payments take the production path: the HTTP provider client, here against the sandbox gateway.
      PAYMENTS_MODE: "http",
      PAYMENTS_PROVIDER_URL: `http://127.0.0.1:${PORT}/api/sandbox/provider`,
      ...(process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL } : {}),
    },
  },
});
