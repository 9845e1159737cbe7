// `npm run bench`: every benchmark of the app, one table with each figure next to its target.
// Needs a production build (npm run build). Takes about 20 minutes here; --quick runs shorter loads and one
// Lighthouse run per page (numbers to look at, not to quote). DATABASE_URL set: gate ingest and the crash test on
// that Postgres (a fresh database each), else on PGlite. Prints the table (markdown) and a JSON line.
import { spawnSync } from "node:child_process";
import os from "node:os";
import { startBareApp } from "./bare-app-server.mjs";
import { firstLoadJs } from "./first-load-js.mjs";
import { serveApp } from "./serve-app.mjs";

const QUICK = process.argv.includes("--quick");
const rows = [];
const add = (figure, value, target, met) => rows.push({ figure, value, target, met });

/** Runs a benchmark script that prints one JSON line (its last line of output) and returns it parsed. */
function runJson(command, args) {
  const run = spawnSync(command, args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024, env: process.env });
  const last = run.stdout.trim().split("\n").filter(Boolean).at(-1) ?? "";
  try {
    return { ok: run.status === 0, result: JSON.parse(last) };
  } catch {
    return {
      ok: false,
      error: `${command} ${args.join(" ")} exited ${run.status}: ${run.stderr.slice(-500)}`,
    };
  }
}

// Public API next to a bare handler.
const api = runJson(process.execPath, ["bench/api-ratio.mjs", "--json", "--seconds", QUICK ? "5" : "20"]);
if (api.ok) {
  add("bare Next.js route handler", `${api.result.bareRps} req/s`, "yardstick", "—");
  for (const r of api.result.results) {
    add(
      `${r.what}`,
      `${r.rps} req/s = ${r.ratio.toFixed(2)}× bare, p99 ${r.p99Ms} ms, RSS ${r.rssMb} MB`,
      "≥ 0.60×",
      r.ratio >= 0.6 ? "yes" : "no",
    );
  }
} else add("public API ratio", api.error, "≥ 0.60×", "failed");

// Lighthouse (mobile).
const lh = runJson(process.execPath, ["bench/lighthouse.mjs", "--json", "--runs", QUICK ? "1" : "5"]);
if (lh.ok) {
  const empty = lh.result.emptyPerformance;
  add("Lighthouse performance, empty Next.js page", `${empty}`, "yardstick", "—");
  for (const p of lh.result.pages.slice(1)) {
    const within = p.page.startsWith("/parking") ? p.performance >= empty - 3 : undefined;
    add(
      `Lighthouse ${p.page}`,
      `perf ${p.performance} (${p.performance - empty} vs empty; TBT ${p.tbtMs} ms), a11y ${p.accessibility}, BP ${p.bestPractices}${p.failing.length ? `; failing: ${p.failing.join(", ")}` : ""}`,
      p.page.startsWith("/parking") ? "perf ≥ empty − 3; a11y, BP 100" : "a11y, BP 100",
      (within ?? true) && p.accessibility === 100 && p.bestPractices === 100 ? "yes" : "no",
    );
  }
} else add("Lighthouse", lh.error, "", "failed");

// First-load JavaScript of / next to the empty page's.
{
  const bare = await startBareApp(3387);
  const app = await serveApp(3388, { HISTORY_BACKFILL_DAYS: "0" });
  try {
    const mine = await firstLoadJs(app.base, "/");
    const empty = await firstLoadJs(bare.base, "/");
    const ratio = mine.gzipKB / empty.gzipKB;
    add(
      "first-load JS of /",
      `${mine.gzipKB} kB gzip (${mine.files} files) = ${ratio.toFixed(2)}× the empty page's ${empty.gzipKB} kB`,
      "report",
      "—",
    );
  } finally {
    app.stop();
    bare.stop();
  }
}

// Destination search (the index over sights, hospitals, streets and stations, and one query).
const places = runJson("npx", ["tsx", "--conditions=react-server", "bench/places-search.ts"]);
add(
  "destination search: index build, one query (median / p99)",
  places.ok
    ? `${places.result.places} places; build ${places.result.indexBuildMs.median} ms; query ${places.result.searchMs.p50} / ${places.result.searchMs.p99} ms`
    : places.error,
  "report",
  places.ok ? "—" : "failed",
);

// Gate-event ingest and the crash test (on DATABASE_URL's Postgres when set).
const gate = runJson("npx", [
  "tsx",
  "--conditions=react-server",
  "bench/gate-ingest.ts",
  ...(QUICK ? ["--events", "5000"] : []),
]);
add(
  "gate-event ingest (store, pair, bill, schedule debits), batches of 500",
  gate.ok ? `${gate.result.eventsPerSecond} events/s on ${gate.result.database}` : gate.error,
  "report",
  gate.ok ? "—" : "failed",
);
if (!QUICK) {
  const crash = runJson(process.execPath, ["bench/parking-crash.mjs"]);
  add(
    "crash test: SIGKILLs mid-batch and mid-booking, then the books",
    crash.ok
      ? `${crash.result.events} events stored once, ${crash.result.kills}+${crash.result.reservationKills} kills, books right on ${crash.result.database}`
      : (crash.error ?? "books not right"),
    "books right",
    crash.ok ? "yes" : "no",
  );
}

const machine = `${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
console.info(
  `Benchmarks, ${new Date().toISOString().slice(0, 10)}, ${machine}${QUICK ? " (--quick)" : ""}\n`,
);
console.info("| figure | value | target | met |");
console.info("| --- | --- | --- | --- |");
for (const r of rows) console.info(`| ${r.figure} | ${r.value} | ${r.target} | ${r.met} |`);
console.info(JSON.stringify({ bench: "all", date: new Date().toISOString(), machine, quick: QUICK, rows }));
