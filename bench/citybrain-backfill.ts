// Measures the first-start history backfill (default 56 days) on embedded PGlite (file-backed, like
// `npm start`) and, when DATABASE_URL is set, on server Postgres. Prints one JSON line per database.
// Run: npx tsx --conditions=react-server bench/citybrain-backfill.ts [--days 56]
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { catchUpHistory } from "@/lib/citybrain/history/catch-up";
import { createSandboxCity } from "@/lib/citybrain/sandbox";
import { openPglite, openPostgres } from "@/lib/db/open";

const days = Number(process.argv[process.argv.indexOf("--days") + 1] || 56) || 56;
const now = new Date();
const source = createSandboxCity({ seed: "hangzhou", now: () => now });

async function measure(
  label: string,
  open: () => Promise<{ db: Parameters<typeof catchUpHistory>[0]; close: () => Promise<void> }>,
) {
  const opened = await open();
  const started = performance.now();
  const reports = await catchUpHistory(opened.db, source, { now, backfillDays: days });
  const seconds = (performance.now() - started) / 1000;
  await opened.close();
  const rows = reports.reduce((sum, r) => sum + r.inserted, 0);
  console.info(
    JSON.stringify({
      database: label,
      days,
      seconds: Number(seconds.toFixed(1)),
      rows,
      rowsPerSecond: Math.round(rows / seconds),
      feeds: Object.fromEntries(reports.map((r) => [r.feed, { rows: r.inserted, seconds: r.ms / 1000 }])),
    }),
  );
}

// tsx runs this file as CommonJS here, which has no top-level await.
async function main() {
  const dir = mkdtempSync(path.join(tmpdir(), "backfill-"));
  await measure("pglite", () => openPglite(path.join(dir, "pglite")));
  rmSync(dir, { recursive: true, force: true });

  if (process.env.DATABASE_URL) {
    const { Client } = await import("pg");
    const name = `bench_backfill_${Date.now()}`;
    const admin = new Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = `/${name}`;
    await measure("postgres", () => openPostgres(url.toString()));
    await admin.query(`DROP DATABASE ${name} WITH (FORCE)`);
    await admin.end();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
