// First-load JavaScript of a page: every script the server-rendered HTML loads, raw and gzip-compressed.
// Needs a production build (npm run build). Run: node bench/first-load-js.mjs [path, default /]
import { spawn } from "node:child_process";
import { gzipSync } from "node:zlib";

const PORT = 3394;
const BASE = `http://127.0.0.1:${PORT}`;
const page = process.argv[2] ?? "/";

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

for (let i = 0; ; i++) {
  try {
    if ((await fetch(`${BASE}/api/health`)).ok) break;
  } catch {}
  if (i > 120) throw new Error("server did not start");
  await new Promise((r) => setTimeout(r, 500));
}

const html = await (await fetch(BASE + page)).text();
const sources = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]))];
let raw = 0;
let gzip = 0;
for (const src of sources) {
  const body = Buffer.from(await (await fetch(new URL(src, BASE))).arrayBuffer());
  raw += body.length;
  gzip += gzipSync(body).length;
}
console.info(
  JSON.stringify({
    page,
    files: sources.length,
    rawKB: Math.round(raw / 1024),
    gzipKB: Math.round(gzip / 1024),
  }),
);
stop();
process.exit(0);
