// Route latency with a healthy and with a failing upstream (sandbox fault knobs: 30 % errors + 2 s latency).
// Needs a production build (npm run build). Run: node bench/citybrain-latency.mjs [--requests 40]
import { serveApp } from "./serve-app.mjs";

const PORT = 3391;
const requests = Number(process.argv[process.argv.indexOf("--requests") + 1] || 40) || 40;
const ROUTES = [
  "/api/parking/lots?lat=30.259&lng=120.165&radius=1500",
  "/api/air/stations",
  "/api/tour/pois",
];

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

const { base: BASE, stop } = await serveApp(PORT);
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
