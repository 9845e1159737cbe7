// Public API throughput next to a bare Next.js route handler that returns a constant, on this machine in one run
// (issue I: ≥ 0.6×), with the sandbox at its real size and scaled to the city (2,000 car parks, 200,000 berths).
// Needs a production build (npm run build). Run: node bench/api-ratio.mjs [--seconds 20] [--connections 50] [--json]
import { readFileSync } from "node:fs";
import autocannon from "autocannon";
import { startBareApp } from "./bare-app-server.mjs";
import { serveApp } from "./serve-app.mjs";

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const SECONDS = arg("seconds", 20);
const CONNECTIONS = arg("connections", 50);
const ROUTES = {
  lots: "/api/parking/lots?lat=30.2590&lng=120.1650&radius=1500&lang=zh-CN",
  stations: "/api/air/stations?lang=zh-CN",
};

function rssMb(pid) {
  try {
    const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1]);
    return Math.round(kb / 1024);
  } catch {
    return null;
  }
}

async function load(url, seconds = SECONDS) {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: seconds });
  if (result.non2xx > 0 || result.errors > 0) {
    throw new Error(`${url}: ${result.non2xx} non-2xx answers and ${result.errors} errors under load`);
  }
  return { rps: Math.round(result.requests.average), p99Ms: result.latency.p99 };
}

async function measureApp(label, port, env) {
  const app = await serveApp(port, { HISTORY_BACKFILL_DAYS: "0", ...env });
  try {
    const out = {};
    for (const [name, path] of Object.entries(ROUTES)) {
      await load(app.base + path, 3); // warm: compile paths, fill the feed snapshot
      out[name] = await load(app.base + path);
    }
    return { label, ...out, rssMb: rssMb(app.pid) };
  } finally {
    app.stop();
  }
}

const bare = await startBareApp(3381);
let bareRuns;
let results;
try {
  await load(`${bare.base}/api/constant`, 3);
  const first = await load(`${bare.base}/api/constant`);
  results = [
    await measureApp("sandbox (66 places)", 3382, {}),
    await measureApp("city scale (2,000 car parks, 200,000 berths)", 3383, {
      SANDBOX_PARKING_LOTS: "2000",
      SANDBOX_PARKING_BERTHS: "200000",
    }),
  ];
  // Measured again at the end: the yardstick is the mean of both, so drift of the machine shows in neither side.
  bareRuns = [first, await load(`${bare.base}/api/constant`)];
} finally {
  bare.stop();
}
const bareRps = Math.round((bareRuns[0].rps + bareRuns[1].rps) / 2);
const rows = [["bare handler", bareRps, bareRuns[1].p99Ms, "1.00", "—"]];
for (const r of results) {
  for (const name of Object.keys(ROUTES)) {
    rows.push([
      `${name}, ${r.label}`,
      r[name].rps,
      r[name].p99Ms,
      (r[name].rps / bareRps).toFixed(2),
      r.rssMb,
    ]);
  }
}
const summary = {
  bench: "api-ratio",
  seconds: SECONDS,
  connections: CONNECTIONS,
  bareRps,
  results: rows
    .slice(1)
    .map(([what, rps, p99Ms, ratio, rssMb]) => ({ what, rps, p99Ms, ratio: Number(ratio), rssMb })),
};
if (process.argv.includes("--json")) console.info(JSON.stringify(summary));
else {
  console.info(`autocannon, ${CONNECTIONS} connections, ${SECONDS} s per route (target: ratio ≥ 0.60)`);
  console.info("| what | req/s | p99 ms | × bare | server RSS MB after |");
  console.info("| --- | --- | --- | --- | --- |");
  for (const row of rows) console.info(`| ${row.join(" | ")} |`);
}
