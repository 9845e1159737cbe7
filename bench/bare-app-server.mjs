// The empty Next.js app of bench/bare-app, built once with this project's Next.js and started with `next start`:
// the yardstick for bench/api-ratio.mjs (a route handler returning a constant) and bench/lighthouse.mjs (a page).
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const BARE = "bench/bare-app";
const NEXT = "node_modules/next/dist/bin/next";

export async function startBareApp(port) {
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
  if (!existsSync(`${BARE}/.next/BUILD_ID`)) {
    const built = spawnSync(process.execPath, [NEXT, "build", BARE], { stdio: "ignore", env });
    if (built.status !== 0) throw new Error("building bench/bare-app failed");
  }
  const server = spawn(process.execPath, [NEXT, "start", BARE, "-p", String(port), "-H", "127.0.0.1"], {
    stdio: "ignore",
    detached: true,
    env,
  });
  const stop = () => {
    try {
      process.kill(-server.pid, "SIGTERM");
    } catch {}
  };
  process.on("exit", stop);
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${base}/api/constant`)).ok) return { base, stop };
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  stop();
  throw new Error("bench/bare-app did not start");
}
