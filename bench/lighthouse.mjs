// Lighthouse (mobile) on the app's pages next to an empty Next.js page measured in the same run (issue I: /parking
// and a car park page within 3 performance points of the empty page; accessibility and best practices 1.0).
// Median of --runs runs (default 5) per page. Map tiles are served by the app itself (TILE_PROVIDER=custom with the app's own /tiles route), as the
// internet is not reachable here. Needs a production build. Run: node bench/lighthouse.mjs [--runs 5] [--pages /,/clinic] [--json]
import { spawnSync } from "node:child_process";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../e2e/chromium.mjs";
import { startBareApp } from "./bare-app-server.mjs";
import { serveApp } from "./serve-app.mjs";

const runsArg = process.argv.indexOf("--runs");
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 5;
const pagesArg = process.argv.indexOf("--pages");
// --pages /clinic,/air measures only those (the empty page is always measured, first and last).
const PAGES =
  pagesArg > 0
    ? process.argv[pagesArg + 1].split(",")
    : ["/", "/parking", "/parking/street-pinghai-rd", "/clinic", "/air", "/tour"];
const CHROME_FLAGS = ["--headless=new", ...CHROMIUM_ARGS].join(" ");

// A headless Chromium that starts while the machine is busy now and then paints nothing in Lighthouse's window
// (NO_FCP) or loses the trace's start (NO_NAVSTART): Lighthouse's own "runtime errors", which say nothing about the
// page, so that run is made again (at most twice).
function lighthouse(url, attempt = 1) {
  const run = spawnSync(
    process.execPath,
    [
      "node_modules/lighthouse/cli/index.js",
      url,
      "--quiet",
      `--chrome-flags=${CHROME_FLAGS}`,
      "--only-categories=performance,accessibility,best-practices",
      "--output=json",
      "--output-path=stdout",
    ],
    {
      encoding: "utf8",
      maxBuffer: 256 * 1024 * 1024,
      env: { ...process.env, CHROME_PATH: CHROMIUM_PATH },
    },
  );
  if (run.status !== 0 && run.stderr.includes("Runtime error encountered") && attempt < 3)
    return lighthouse(url, attempt + 1);
  if (run.status !== 0) throw new Error(`lighthouse ${url} failed:\n${run.stderr.slice(-2000)}`);
  const report = JSON.parse(run.stdout);
  const score = (id) => Math.round((report.categories[id]?.score ?? 0) * 100);
  const failing = (id) =>
    report.categories[id].auditRefs
      .map((ref) => report.audits[ref.id])
      .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === "binary")
      .map((audit) => audit.id);
  return {
    performance: score("performance"),
    accessibility: score("accessibility"),
    bestPractices: score("best-practices"),
    tbtMs: Math.round(report.audits["total-blocking-time"].numericValue),
    lcpMs: Math.round(report.audits["largest-contentful-paint"].numericValue),
    failing: [...failing("accessibility"), ...failing("best-practices")],
  };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

function measure(url) {
  const runs = Array.from({ length: RUNS }, () => lighthouse(url));
  // Each page's runs as they finish, on stderr: a long run shows its progress and keeps what it measured.
  console.error(
    `${url}: performance ${runs.map((r) => r.performance).join(" ")}, TBT ${runs.map((r) => r.tbtMs).join(" ")} ms`,
  );
  return {
    performance: median(runs.map((r) => r.performance)),
    accessibility: Math.min(...runs.map((r) => r.accessibility)),
    bestPractices: Math.min(...runs.map((r) => r.bestPractices)),
    tbtMs: median(runs.map((r) => r.tbtMs)),
    lcpMs: median(runs.map((r) => r.lcpMs)),
    failing: [...new Set(runs.flatMap((r) => r.failing))],
  };
}

const bare = await startBareApp(3385);
const app = await serveApp(3386, {
  HISTORY_BACKFILL_DAYS: "2",
  TILE_PROVIDER: "custom",
  TILE_URL: "/tiles/{z}/{x}/{y}.png",
  TILE_CRS: "wgs84",
});
const rows = [];
try {
  // The empty page first and last, its score the mean of both: a machine that slows during the run moves both ends.
  const empty = measure(`${bare.base}/`);
  rows.push({ page: "empty Next.js page", ...empty });
  for (const page of PAGES) rows.push({ page, ...measure(app.base + page) });
  const emptyAgain = measure(`${bare.base}/`);
  rows[0].performance = Math.round((empty.performance + emptyAgain.performance) / 2);
} finally {
  app.stop();
  bare.stop();
}
const emptyPerformance = rows[0].performance;
if (process.argv.includes("--json")) {
  console.info(JSON.stringify({ bench: "lighthouse", runs: RUNS, emptyPerformance, pages: rows }));
} else {
  console.info(
    `Lighthouse 13.5 mobile, median of ${RUNS} runs; targets: perf within 3 of the empty page, a11y and BP 100`,
  );
  console.info(
    "| page | performance | vs empty | accessibility | best practices | TBT ms | LCP ms | failing audits |",
  );
  console.info("| --- | --- | --- | --- | --- | --- | --- | --- |");
  for (const r of rows) {
    console.info(
      `| ${r.page} | ${r.performance} | ${r.performance - emptyPerformance} | ${r.accessibility} | ${r.bestPractices} | ${r.tbtMs} | ${r.lcpMs} | ${r.failing.join(", ") || "—"} |`,
    );
  }
}
