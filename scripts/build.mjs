// Production build: Next.js, then the service worker with the precache manifest of this very build.
import { spawnSync } from "node:child_process";
import { readdirSync, rmSync } from "node:fs";

// A service worker from an older build would precache chunk URLs that no longer exist.
for (const file of readdirSync("public")) {
  if (/^(sw|swe-worker).*\.js(\.map)?$/.test(file)) rmSync(`public/${file}`);
}

const run = (command, args) => {
  const result = spawnSync(command, args, { stdio: "inherit", shell: false });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

run("npx", ["next", "build"]);
run("npx", ["serwist", "build", "serwist.config.mjs"]);
