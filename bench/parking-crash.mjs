// Crash test for leave-first-pay-later: gate events stream in while the server is killed with SIGKILL
// again and again; after each restart every batch not acknowledged (202) is sent again. Then the books
// are checked in the database: every event stored once, every stay billed once, no idempotency key
// debited twice, and every debit equal to its bill. Needs a production build (npm run build).
// Then residents book and cancel reservations while the server is killed again (--reservation-kills):
// every fee charged once, every refund owed paid once, no fee kept for a reservation that lapsed.
// Run: node bench/parking-crash.mjs [--visits 20] [--kills 6] [--reservation-kills 4]   (embedded PGlite)
//      DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres node bench/parking-crash.mjs   (server Postgres)
import { spawn } from "node:child_process";
import { createHmac, randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { queryBooks } from "./parking-crash-books.mjs";
import { reservationPhase } from "./parking-crash-reservations.mjs";

/** The VIN ending the sandbox licence check accepts for a plate (lib/parking/vehicle-licence/sandbox.ts). */
const sandboxVinLast6 = (plate) => Array.from(plate).slice(2).join("").replaceAll("Q", "0").padStart(6, "0");

const arg = (name, fallback) =>
  Number(process.argv[process.argv.indexOf(`--${name}`) + 1] || fallback) || fallback;
const VISITS_PER_PLATE = arg("visits", 20);
const KILLS = arg("kills", 6);
const RESERVATION_KILLS = arg("reservation-kills", 4);
const PORT = 3395;
const BASE = `http://127.0.0.1:${PORT}`;
const GATE_SECRET = "sandbox-gate-secret-hangzhou-city-brain-not-for-production";
const LOTS = ["wl-feilaifeng", "hz-first-hospital", "street-pinghai-rd"];
const BATCH = 100;
const SANDBOX_TOKEN = "bench-parking-crash-sandbox-token";

const database = await freshDatabase();
let server;

function start() {
  server = spawn(process.execPath, ["scripts/serve.mjs"], {
    env: {
      ...process.env,
      PORT: String(PORT),
      HOST: "127.0.0.1",
      ...database.env,
      HISTORY_JOB: "off",
      TRUST_PROXY: "1",
      SANDBOX_TOKEN,
      // Debits take the production path: the HTTP client, to the sandbox gateway of the server itself.
      PAYMENTS_MODE: "http",
      PAYMENTS_PROVIDER_URL: `${BASE}/api/sandbox/provider`,
      NEXT_TELEMETRY_DISABLED: "1",
    },
    stdio: "ignore",
    detached: true,
  });
}
const kill = (signal) => {
  try {
    process.kill(-server.pid, signal);
  } catch {}
};
process.on("exit", () => kill("SIGKILL"));

async function waitForServer() {
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`${BASE}/api/health`)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error("server did not start");
}

async function call(pathname, { method = "GET", body, cookie, ip, headers = {} } = {}) {
  const response = await fetch(BASE + pathname, {
    method,
    headers: {
      "content-type": "application/json",
      "x-forwarded-for": ip ?? "203.0.113.7",
      // The residents arrive through the trusted hop from documentation addresses, so the sandbox switches need the token.
      ...(pathname.startsWith("/api/sandbox/") ? { "x-sandbox-token": SANDBOX_TOKEN } : {}),
      ...(cookie ? { cookie } : {}),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return response;
}

// The privacy policy version a sign-in accepts (lib/legal/privacy-policy.ts; this script runs without TypeScript).
const PRIVACY_VERSION = readFileSync(
  new URL("../lib/legal/privacy-policy.ts", import.meta.url),
  "utf8",
).match(/PRIVACY_POLICY_VERSION = "([^"]+)"/)[1];

/** Ten residents with three plates each and a payment agreement; thirty more plates belong to nobody. */
async function residents() {
  const bound = [];
  const sessions = [];
  for (let u = 0; u < 10; u++) {
    const phone = `1370000${String(1000 + u).slice(-4)}`;
    const ip = `198.51.100.${u + 1}`;
    const { devCode } = await (
      await call("/api/auth/otp", { method: "POST", body: { phone, privacyVersion: PRIVACY_VERSION }, ip })
    ).json();
    const verified = await call("/api/auth/verify", { method: "POST", body: { phone, code: devCode }, ip });
    const cookie = verified.headers.get("set-cookie").split(";")[0];
    sessions.push({ cookie, ip });
    for (let p = 0; p < 3; p++) {
      const plate = `浙B${String(u * 3 + p).padStart(5, "0")}`;
      const bind = await call("/api/me/plates", {
        method: "POST",
        body: { plate, vehicleClass: "small", ownerName: "压测车主", vinLast6: sandboxVinLast6(plate) },
        cookie,
        ip,
      });
      if (bind.status !== 201) throw new Error(`binding ${plate}: ${bind.status} ${await bind.text()}`);
      // Stays are the holder's from the binding on, and the visits below span the last three days.
      const since = new Date(Date.now() - 4 * 86_400_000).toISOString();
      const moved = await call("/api/sandbox/parking/binding", {
        method: "PUT",
        body: { plate, boundAt: since },
        cookie,
        ip,
      });
      if (moved.status !== 200) throw new Error(`backdating ${plate}: ${moved.status} ${await moved.text()}`);
      bound.push(plate);
    }
    const agreement = await call("/api/me/payment-agreement", { method: "POST", body: {}, cookie, ip });
    if (agreement.status !== 201) throw new Error(`agreement: ${agreement.status}`);
  }
  const unbound = Array.from({ length: 30 }, (_, i) => `浙C${String(i).padStart(5, "0")}`);
  return { bound, unbound, sessions };
}

/** Visits over the last three days, in time order as the gates saw them, cut into batches of 100. */
function gateBatches(plates) {
  const now = Date.now();
  const events = [];
  plates.forEach((plate, p) => {
    let t = now - 3 * 86_400_000 + p * 60_000;
    for (let v = 0; v < VISITS_PER_PLATE; v++) {
      const stay = (20 + ((p * 7 + v * 13) % 220)) * 60_000;
      const lotId = LOTS[(p + v) % LOTS.length];
      events.push({ eventId: `crash-${p}-${v}-in`, lotId, plate, direction: "entry", at: new Date(t) });
      events.push({
        eventId: `crash-${p}-${v}-out`,
        lotId,
        plate,
        direction: "exit",
        at: new Date(t + stay),
      });
      t += stay + 30 * 60_000;
    }
  });
  events.sort((a, b) => a.at - b.at || a.eventId.localeCompare(b.eventId));
  const batches = [];
  for (let i = 0; i < events.length; i += BATCH) {
    batches.push(events.slice(i, i + BATCH).map((e) => ({ ...e, at: e.at.toISOString() })));
  }
  return { events, batches };
}

async function sendBatch(batch) {
  const body = JSON.stringify({ events: batch });
  const timestamp = Math.floor(Date.now() / 1000);
  const signature = createHmac("sha256", GATE_SECRET).update(`${timestamp}.${body}`).digest("hex");
  const response = await fetch(`${BASE}/api/parking/gate-events`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-timestamp": String(timestamp),
      "x-signature": signature,
    },
    body,
  });
  if (response.status !== 202) throw new Error(`gate answered ${response.status}: ${await response.text()}`);
  return response.json();
}

start();
await waitForServer();
const plates = await residents();
const { events, batches } = gateBatches([...plates.bound, ...plates.unbound]);
const acked = new Set();
let kills = 0;
let sends = 0;
let duplicatesReported = 0;
let batchMs = 200;
const killEvery = Math.max(1, Math.floor(batches.length / (KILLS + 1)));
const started = performance.now();

while (acked.size < batches.length) {
  for (let i = 0; i < batches.length; i++) {
    if (acked.has(i)) continue;
    sends += 1;
    const sentAt = performance.now();
    const sending = sendBatch(batches[i]);
    // Kill while a batch is in flight: it may or may not have been committed; the camera cannot tell.
    if (kills < KILLS && i > 0 && i % killEvery === 0 && !acked.has(i)) {
      // Anywhere from before the server reads the batch to after it committed but before it answered.
      await new Promise((r) => setTimeout(r, Math.floor(Math.random() * 2 * batchMs)));
      kill("SIGKILL");
      kills += 1;
      await sending.catch(() => undefined);
      start();
      await waitForServer();
      // A 202 can also be lost on the way back: the camera then sends an acknowledged batch again.
      if (i > 0) duplicatesReported += (await sendBatch(batches[i - 1])).duplicates;
      sends += 1;
      break; // resend everything not acknowledged, from the first
    }
    try {
      const answer = await sending;
      duplicatesReported += answer.duplicates;
      acked.add(i);
      batchMs = batchMs * 0.7 + (performance.now() - sentAt) * 0.3;
    } catch {
      break;
    }
  }
}

// Let the debits' asynchronous callbacks arrive (delivered from the database outbox), then stop for good.
const settleStarted = performance.now();
let unsettled = Number.POSITIVE_INFINITY;
while (unsettled > 0 && performance.now() - settleStarted < 180_000) {
  await new Promise((r) => setTimeout(r, 3_000));
  unsettled = 0;
  for (const { cookie, ip } of plates.sessions) {
    const { sessions } = await (await call("/api/parking/sessions", { cookie, ip })).json();
    unsettled += sessions.filter((s) => s.status !== "paid").length;
  }
}
const settleSeconds = Number(((performance.now() - settleStarted) / 1000).toFixed(1));
const reserving = await reservationPhase(
  {
    call,
    up: waitForServer,
    crash: async () => {
      kill("SIGKILL");
      start();
    },
  },
  { sessions: plates.sessions, bound: plates.bound, kills: RESERVATION_KILLS },
);
kill("SIGTERM");
await new Promise((r) => setTimeout(r, 3_000));
kill("SIGKILL");
const books = await queryBooks(database, events);
console.info(
  JSON.stringify({
    database: database.label,
    events: events.length,
    batches: batches.length,
    kills,
    batchSends: sends,
    duplicatesReported,
    settleSeconds,
    ...reserving,
    seconds: Number(((performance.now() - started) / 1000).toFixed(1)),
    ...books,
  }),
);
// A failed run keeps its database for a post-mortem.
if (books.ok) await database.drop();
else console.error(`books not right; database kept: ${database.url ?? database.dataDir}`);
process.exit(books.ok ? 0 : 1);

async function freshDatabase() {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const dir = mkdtempSync(path.join(tmpdir(), "crash-"));
    const dataDir = path.join(dir, "pglite");
    return {
      label: "pglite",
      dataDir,
      env: { PGLITE_DIR: dataDir },
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const pg = (await import("pg")).default;
  const name = `crash_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const target = new URL(url);
  target.pathname = `/${name}`;
  return {
    label: "postgres",
    url: target.toString(),
    env: { DATABASE_URL: target.toString() },
    drop: async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}
