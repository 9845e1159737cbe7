// Route latency with a healthy and with a failing upstream (sandbox fault knobs: 30 % errors + 2 s latency).
// Needs a production build (npm run build). Run: node bench/citybrain-latency.mjs [--requests 40]
import { spawn } from "node:child_process";

const PORT = 3391;
const BASE = `http://127.0.0.1:${PORT}`;
const requests = Number(process.argv[process.argv.indexOf("--requests") + 1] || 40) || 40;
const ROUTES = [
  "/api/parking/lots?lat=30.259&lng=120.165&radius=1500",
  "/api/air/stations",
  "/api/tour/pois",
];

const server = spawn(process.execPath, ["scripts/serve.mjs"], {
  env: {
    ...process.env,
    PORT: String(PORT),
    HOST: "127.0.0.1",
    PGLITE_DIR: "memory://",
    HISTORY_JOB: "off",
    NEXT_TELEMETRY_DISABLED: "1",
  },
  stdio: "ignore",
  detached: true,
});
const stop = () => {
  try {
    process.kill(-server.pid, "SIGTERM");
  } catch {}
};
process.on("exit", stop);

async function waitForServer() {
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${BASE}/api/health`)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("server did not start");
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

async function run(label) {
  const result = {};
  for (const route of ROUTES) {
    const times = [];
    const statuses = {};
    let stale = 0;
    for (let i = 0; i < requests; i++) {
      const started = performance.now();
      const response = await fetch(BASE + route);
      const body = await response.json();
      times.push(performance.now() - started);
      statuses[response.status] = (statuses[response.status] ?? 0) + 1;
      if (body.stale) stale += 1;
    }
    times.sort((a, b) => a - b);
    result[route.split("?")[0]] = {
      p50ms: Math.round(percentile(times, 50)),
      p95ms: Math.round(percentile(times, 95)),
      maxms: Math.round(times.at(-1)),
      statuses,
      staleShare: Number((stale / requests).toFixed(2)),
    };
  }
  console.info(JSON.stringify({ upstream: label, requests, routes: result }));
}

await waitForServer();
await run("healthy");
const put = await fetch(`${BASE}/api/sandbox/faults`, {
  method: "PUT",
  headers: { "content-type": "application/json" },
  body: JSON.stringify({ errorRate: 0.3, latencyMs: 2000, malformedRate: 0 }),
});
if (!put.ok) throw new Error(`could not set faults: ${put.status}`);
await run("30% errors + 2000 ms latency");
stop();
process.exit(0);
