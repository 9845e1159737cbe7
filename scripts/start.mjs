// `npm start`: build if this checkout has no current build, then serve it (PGlite + sandbox by default).
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

const SOURCES = [
  "app",
  "components",
  "lib",
  "public",
  "drizzle",
  "next.config.js",
  "package-lock.json",
  "proxy.ts",
  "instrumentation.ts",
  "tsconfig.json",
  "postcss.config.mjs",
  "serwist.config.mjs",
];

function newestMtime(entry) {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const child of readdirSync(entry)) {
    if (entry === "public" && /^(sw|swe-worker)/.test(child)) continue;
    newest = Math.max(newest, newestMtime(path.join(entry, child)));
  }
  return newest;
}

const buildId = ".next/BUILD_ID";
const built = existsSync(buildId) && existsSync("public/sw.js");
const stale = built && Math.max(...SOURCES.map(newestMtime)) > statSync(buildId).mtimeMs;
if (!built || stale) {
  console.info(built ? "Sources changed since the last build: building again…" : "No build yet: building…");
  const result = spawnSync("node", ["scripts/build.mjs"], { stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const port = process.env.PORT ?? "3000";
// Only this machine by default: opening the app to a phone on the LAN (HOST=0.0.0.0) also opens the sandbox
// switches to that network unless SANDBOX_TOKEN is set (README → Security).
const host = process.env.HOST ?? "127.0.0.1";
console.info(
  `Serving http://${host === "0.0.0.0" ? "localhost" : host}:${port} (database: ${process.env.DATABASE_URL ? "Postgres" : "PGlite"})`,
);
// Same process: a signal that stops `npm start` stops the server and releases the database with it.
process.env.PORT = port;
process.env.HOST = host;
await import("./serve.mjs");
