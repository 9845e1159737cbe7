// Measures gate-event ingest (store once + pair + bill + schedule debits) through ingestGateEvents on
// server Postgres (DATABASE_URL, a fresh database is created and dropped) or embedded PGlite otherwise.
// Batches of 500, several senders at once, entries and exits of distinct plates interleaved as gates send
// them. Prints one JSON line. Run: npx tsx --conditions=react-server bench/gate-ingest.ts [--events 30000]
import { randomBytes } from "node:crypto";
import { openPglite, openPostgres } from "@/lib/db/open";
import { ingestGateEvents } from "@/lib/parking/gate-events";
import type { StoredGateEvent } from "@/lib/parking/pair-stays";
import { withDatabase } from "@/lib/testing/test-db";

const arg = (name: string, fallback: number) =>
  Number(process.argv[process.argv.indexOf(`--${name}`) + 1] || fallback) || fallback;
const total = arg("events", 30_000);
const senders = arg("senders", 4);
const BATCH = 500;
const LOTS = ["wl-feilaifeng", "wl-liuhe-park", "wl-zoo", "wl-botanical"];
const PROVINCES = "浙沪苏皖";

async function open() {
  const url = process.env.DATABASE_URL;
  if (!url) return { label: "pglite", ...(await openPglite("memory://")) };
  const { Client } = await import("pg");
  const name = `gate_bench_${randomBytes(4).toString("hex")}`;
  const admin = new Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const opened = await openPostgres(withDatabase(url, name));
  return {
    label: "postgres",
    db: opened.db,
    close: async () => {
      await opened.close();
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    },
  };
}

const now = new Date();
// Each stay: an entry in one batch and its exit a few batches later, as a city's gates would report.
const stays = total / 2;
const events: StoredGateEvent[] = [];
for (let i = 0; i < stays; i++) {
  const plate = `${PROVINCES[i % 4]}A${String(i).padStart(5, "0")}`;
  const lotId = LOTS[i % LOTS.length]!;
  const entryAt = new Date(now.getTime() - 6 * 3_600_000 + (i % 3_000) * 1_000);
  events.push({ eventId: `b-${i}-in`, lotId, plate, direction: "entry", at: entryAt });
}
for (let i = 0; i < stays; i++) {
  const entry = events[i]!;
  events.push({
    ...entry,
    eventId: `b-${i}-out`,
    direction: "exit",
    at: new Date(entry.at.getTime() + 7_200_000),
  });
}
const batches: StoredGateEvent[][] = [];
for (let i = 0; i < events.length; i += BATCH) batches.push(events.slice(i, i + BATCH));

async function main() {
  const opened = await open();
  const started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: senders }, async () => {
      while (next < batches.length) {
        const batch = batches[next++]!;
        await ingestGateEvents(opened.db, batch, { now });
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  await opened.close();
  console.info(
    JSON.stringify({
      database: opened.label,
      events: total,
      batch: BATCH,
      senders,
      seconds: Number(seconds.toFixed(2)),
      eventsPerSecond: Math.round(total / seconds),
    }),
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
