// Posts signed gate batches to a running server and prints events/s over HTTP (signature check, JSON, zod,
// ingest, pairing, billing). Start the server first (e.g. `PORT=3190 node scripts/serve.mjs` after `npm run build`).
// Run: node bench/gate-http.mjs --url http://127.0.0.1:3190 [--events 30000] [--senders 4]
import { createHmac } from "node:crypto";

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const url = `${arg("url", "http://127.0.0.1:3000")}/api/parking/gate-events`;
const total = Number(arg("events", 30_000));
const senders = Number(arg("senders", 4));
// The documented sandbox secret; pass GATE_SHARED_SECRET for another deployment.
const secret = process.env.GATE_SHARED_SECRET ?? "sandbox-gate-secret-hangzhou-city-brain-not-for-production";
const LOTS = ["wl-feilaifeng", "wl-liuhe-park", "wl-zoo", "wl-botanical"];
const run = Date.now().toString(36);
const now = Date.now();

// Distinct plates per run (a plate never overlaps its own stays, as in a real city).
const offset = Math.floor(Math.random() * 100_000);
const events = [];
for (let i = 0; i < total / 2; i++) {
  const serial = String((offset + i) % 100_000).padStart(5, "0");
  const plate = `${"浙沪苏皖"[i % 4]}${"ABCDEFGHJK"[Math.floor(i / 4) % 10]}${serial}`;
  const at = now - 6 * 3_600_000 + (i % 3_000) * 1_000;
  events.push({ eventId: `${run}-${i}-in`, lotId: LOTS[i % 4], plate, direction: "entry", at });
}
for (let i = 0; i < total / 2; i++) {
  const entry = events[i];
  events.push({ ...entry, eventId: `${run}-${i}-out`, direction: "exit", at: entry.at + 7_200_000 });
}
const batches = [];
for (let i = 0; i < events.length; i += 500) {
  batches.push(events.slice(i, i + 500).map((e) => ({ ...e, at: new Date(e.at).toISOString() })));
}

let next = 0;
let accepted = 0;
const started = performance.now();
await Promise.all(
  Array.from({ length: senders }, async () => {
    while (next < batches.length) {
      const body = JSON.stringify({ events: batches[next++] });
      const timestamp = String(Math.floor(Date.now() / 1000));
      const signature = createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex");
      const response = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", "x-timestamp": timestamp, "x-signature": signature },
        body,
      });
      if (response.status !== 202) throw new Error(`${response.status} ${await response.text()}`);
      const counts = await response.json();
      accepted += counts.accepted;
    }
  }),
);
const seconds = (performance.now() - started) / 1000;
console.info(
  JSON.stringify({
    events: total,
    accepted,
    senders,
    seconds: Number(seconds.toFixed(2)),
    eventsPerSecond: Math.round(total / seconds),
  }),
);
