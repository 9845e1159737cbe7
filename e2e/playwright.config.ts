import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./chromium.mjs";
import { E2E_SANDBOX_TOKEN } from "./sandbox-token";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const chromium = { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS };

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
  "two-servers",
];
// Run after every other journey, one project each: the fuzz test counts every table's rows before and after its
// requests (other journeys' writes would blur that), and the clock journeys move the server's "now" for everyone.
const FUZZ = ["fuzz-api"];
// One worker: both clock specs move the one server clock, and side by side they would move it under each other.
const CLOCK = ["sandbox-clock", "parking-calendar", "clinic-clock"];
// The journeys that read and write the database: run again against server Postgres when E2E_POSTGRES_URL names a
// database (CI does), each on the viewport its project gives it, alongside the embedded-database run.
const DATABASE_JOURNEYS = [
  "account-deletion",
  "api-boundary",
  "me-reservations",
  "parking-agreement",
  "parking-invoice",
  "parking-pay-by-hand",
  "parking-plates-booking",
  "auth",
  "citybrain",
  "parking-disputes",
  "parking-pay-later",
  "parking-plate-ownership",
  "parking-plates",
  "parking-reservations",
  "parking-resident",
  "push",
  "security",
  ...FUZZ,
  ...CLOCK,
];
const specs = (names: string[]) => names.map((name) => `**/${name}.spec.ts`);
const POSTGRES_URL = process.env.E2E_POSTGRES_URL;

interface Server {
  /** Prefix of its projects' names: "" for the embedded database, "pg-" for Postgres. */
  prefix: string;
  port: number;
  /** A running deployment to test instead of a server started here (E2E_BASE_URL). */
  baseURL?: string;
  databaseUrl?: string;
  /** Only these journeys run against it (all when absent). */
  only?: string[];
}

// QA points the journeys at a running deployment with E2E_BASE_URL: no server is started here then.
const REMOTE_URL = process.env.E2E_BASE_URL?.replace(/\/$/, "");
const servers: Server[] = REMOTE_URL
  ? [{ prefix: "", port: 0, baseURL: REMOTE_URL }]
  : [
      { prefix: "", port: PORT, databaseUrl: process.env.DATABASE_URL },
      ...(POSTGRES_URL
        ? [{ prefix: "pg-", port: PORT + 1, databaseUrl: POSTGRES_URL, only: DATABASE_JOURNEYS }]
        : []),
    ];

/** The value of a CLI option (`--grep x`, `--grep=x`, `-g x`) this run was started with, if any. */
function cliOption(names: string[]): string | undefined {
  const args = process.argv;
  for (let i = 0; i < args.length; i++) {
    for (const name of names) {
      if (args[i] === name) return args[i + 1];
      if (args[i]?.startsWith(`${name}=`)) return args[i]?.slice(name.length + 1);
    }
  }
  return undefined;
}
// Playwright applies --grep only to the projects a run asks for, and runs every test of the projects they depend on
// (fuzz and clock wait for phone and desktop). Repeating the filter on each project makes `--grep @parking` run the
// parking journeys, in the same order, and nothing else.
const CLI_GREP = cliOption(["--grep", "-g"]);
const CLI_GREP_INVERT = cliOption(["--grep-invert", "-gv"]);
const grepOf = (only?: string) => {
  const patterns = [only, CLI_GREP].filter((p): p is string => p !== undefined);
  if (patterns.length === 0) return {};
  // Every pattern must match somewhere in the title (lookaheads), as when a filter is applied twice.
  return { grep: new RegExp(patterns.map((p) => `(?=[\\s\\S]*(?:${p}))`).join("")) };
};
// The accessibility checks (axe) read the user interface, which is the same on either database: the repeat on
// Postgres leaves them out.
const ACCESSIBILITY_JOURNEYS = String.raw`\baxe\b|accessible`;
const grepInvertOf = (server: Server) => {
  const patterns = [server.only ? ACCESSIBILITY_JOURNEYS : undefined, CLI_GREP_INVERT].filter(
    (p): p is string => p !== undefined,
  );
  return patterns.length === 0 ? {} : { grepInvert: new RegExp(patterns.map((p) => `(?:${p})`).join("|")) };
};

const keep = (server: Server, names: string[]) =>
  server.only ? names.filter((n) => server.only?.includes(n)) : names;
const phone = { ...devices["Pixel 7"], launchOptions: chromium, locale: "zh-CN" };
const desktop = { ...devices["Desktop Chrome"], launchOptions: chromium, locale: "zh-CN" };
// The smoke journeys run once more in English, as a visitor whose phone is set to English meets the app.
const phoneInEnglish = { ...phone, locale: "en-GB" };

function projectsOf(server: Server) {
  const grepInvert = grepInvertOf(server);
  const name = (project: string) => `${server.prefix}${project}`;
  const baseURL = server.baseURL ?? `http://127.0.0.1:${server.port}`;
  // The database-repeat server (Postgres) runs the database journeys in Chinese only; the smoke set's English run
  // exercises the user interface, which is the same on either database.
  const english = server.only
    ? []
    : [
        {
          name: name("phone-en"),
          testIgnore: specs([...FUZZ, ...CLOCK]),
          ...grepOf("@smoke"),
          use: { ...phoneInEnglish, baseURL },
        },
      ];
  return [
    {
      name: name("phone"),
      testMatch: server.only ? specs(server.only) : "**/*.spec.ts",
      testIgnore: specs([...DESKTOP_ONLY, ...FUZZ, ...CLOCK]),
      ...grepOf(),
      ...grepInvert,
      use: { ...phone, baseURL },
    },
    {
      name: name("desktop"),
      testMatch: specs(keep(server, [...BOTH_VIEWPORTS, ...DESKTOP_ONLY])),
      ...grepOf(),
      ...grepInvert,
      use: { ...desktop, baseURL },
    },
    ...english.map((project) => ({ ...project, ...grepInvert })),
    {
      name: name("fuzz"),
      testMatch: specs(FUZZ),
      dependencies: [name("phone"), name("desktop"), ...english.map((project) => project.name)],
      ...grepOf(),
      ...grepInvert,
      use: { ...desktop, baseURL },
    },
    {
      name: name("clock"),
      testMatch: specs(CLOCK),
      dependencies: [name("fuzz")],
      workers: 1,
      ...grepOf(),
      ...grepInvert,
      use: { ...phone, baseURL },
    },
  ];
}

function webServerOf(server: Server) {
  return {
    // The production start path (what `npm start` serves), so client addresses and odd URLs are handled as there.
    command: "node scripts/serve.mjs",
    cwd: "..",
    url: `http://127.0.0.1:${server.port}/api/health`,
    reuseExistingServer: !process.env.CI,
    timeout: 90_000,
    stdout: "pipe" as const,
    stderr: "pipe" as const,
    env: {
      PORT: String(server.port),
      HOST: "127.0.0.1",
      PGLITE_DIR: server.databaseUrl ? ".data/unused" : "memory://",
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
      PAYMENTS_PROVIDER_URL: `http://127.0.0.1:${server.port}/api/sandbox/provider`,
      ...(server.databaseUrl ? { DATABASE_URL: server.databaseUrl } : {}),
    },
  };
}

export default defineConfig({
  testDir: ".",
  testMatch: "**/*.spec.ts",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 45_000,
  expect: { timeout: 10_000 },
  // A readable report with traces and screenshots of failures (`npx playwright show-report`), and JSON for CI.
  reporter: [
    ["list"],
    ["./skip-reasons-reporter.ts"],
    ["html", { open: "never", outputFolder: "../playwright-report" }],
    ...(process.env.E2E_JSON ? [["json", { outputFile: process.env.E2E_JSON }] as ["json", object]] : []),
  ],
  outputDir: "../test-results",
  use: {
    serviceWorkers: "block",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
    launchOptions: chromium,
  },
  projects: servers.flatMap(projectsOf),
  webServer: servers.filter((server) => !server.baseURL).map(webServerOf),
});
