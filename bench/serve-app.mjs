// A production server of this build for a benchmark: in-memory database, no history job, stopped on exit.
import { spawn } from "node:child_process";

/** Starts scripts/serve.mjs on `port` and resolves once /api/health answers; `{ base, stop, pid }`. */
export async function serveApp(port, env = {}) {
  const base = `http://127.0.0.1:${port}`;
  const server = spawn(process.execPath, ["scripts/serve.mjs"], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      PGLITE_DIR: "memory://",
      HISTORY_JOB: "off",
      NEXT_TELEMETRY_DISABLED: "1",
      ...env,
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
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return { base, stop, pid: server.pid };
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  stop();
  throw new Error("server did not start");
}
