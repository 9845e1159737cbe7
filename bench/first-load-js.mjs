// First-load JavaScript of a page: every script the server-rendered HTML loads, raw and gzip-compressed.
// Needs a production build (npm run build). Run: node bench/first-load-js.mjs [path, default /]
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { serveApp } from "./serve-app.mjs";

/** The scripts a page's HTML loads at `base + page`: how many, and their size raw and gzipped (kB). */
export async function firstLoadJs(base, page = "/") {
  const html = await (await fetch(base + page)).text();
  const sources = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]))];
  let raw = 0;
  let gzip = 0;
  for (const src of sources) {
    const body = Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer());
    raw += body.length;
    gzip += gzipSync(body).length;
  }
  return { page, files: sources.length, rawKB: Math.round(raw / 1024), gzipKB: Math.round(gzip / 1024) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { base, stop } = await serveApp(3394);
  console.info(JSON.stringify(await firstLoadJs(base, process.argv[2] ?? "/")));
  stop();
  process.exit(0);
}
