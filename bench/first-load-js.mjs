// First-load JavaScript of a page: every script the server-rendered HTML loads, raw and gzip-compressed.
// Needs a production build (npm run build). Run: node bench/first-load-js.mjs [path, default /]
import { gzipSync } from "node:zlib";
import { serveApp } from "./serve-app.mjs";

const PORT = 3394;
const page = process.argv[2] ?? "/";

const { base: BASE, stop } = await serveApp(PORT);

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
