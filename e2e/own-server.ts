import { type ChildProcess, spawn } from "node:child_process";
import http from "node:http";
import path from "node:path";

/** A second production server (scripts/serve.mjs) of this build, for tests that need other settings. */
export interface OwnServer {
  origin: string;
  /** The server's process id (the app runs in it: scripts/serve.mjs loads Next in-process). */
  pid: number;
  /** Everything it printed so far. */
  output(): string;
  stop(): Promise<void>;
}

// Playwright compiles the specs to CommonJS, where __dirname is this folder.
const ROOT = path.resolve(__dirname, "..");

/** Starts scripts/serve.mjs on `port` with an in-memory database and no background jobs, unless `env` says otherwise. */
export async function startOwnServer(port: number, env: Record<string, string>): Promise<OwnServer> {
  if (await healthy(`http://127.0.0.1:${port}`)) {
    throw new Error(`Port ${port} already serves an app (left over from an earlier run?): stop it first.`);
  }
  // Its own in-memory database, whichever database the suite's server uses.
  const { DATABASE_URL: _shared, ...inherited } = process.env;
  const child: ChildProcess = spawn(process.execPath, ["scripts/serve.mjs"], {
    cwd: ROOT,
    env: {
      ...inherited,
      PGLITE_DIR: "memory://",
      HISTORY_JOB: "off",
      PAYMENT_JOBS: "off",
      HISTORY_BACKFILL_DAYS: "0",
      NEXT_TELEMETRY_DISABLED: "1",
      PORT: String(port),
      HOST: "127.0.0.1",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (!(await healthy(origin))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`scripts/serve.mjs did not start on ${port}:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    origin,
    pid: child.pid ?? 0,
    output: () => output,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

async function healthy(origin: string): Promise<boolean> {
  try {
    return (await fetch(`${origin}/api/health`)).ok;
  } catch {
    return false;
  }
}

/** A raw HTTP request from a chosen local address (any 127.x.y.z is this machine), body as JSON. */
export function postFrom(
  url: string,
  body: unknown,
  options: { localAddress?: string; headers?: Record<string, string> } = {},
): Promise<{ status: number; text: string }> {
  const payload = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      {
        method: "POST",
        localAddress: options.localAddress,
        headers: {
          "content-type": "application/json",
          "content-length": Buffer.byteLength(payload),
          ...options.headers,
        },
      },
      (response) => {
        let text = "";
        response.setEncoding("utf8");
        response.on("data", (chunk) => (text += chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, text }));
      },
    );
    request.on("error", reject);
    request.end(payload);
  });
}

/**
 * A minimal trusted reverse proxy on loopback: forwards to `target` and appends the address it saw the client
 * connect from to X-Forwarded-For, as nginx's $proxy_add_x_forwarded_for does.
 */
export async function startAppendingProxy(port: number, target: string): Promise<{ stop(): Promise<void> }> {
  const server = http.createServer((incoming, outgoing) => {
    const seen = incoming.socket.remoteAddress?.replace(/^::ffff:/, "") ?? "unknown";
    const received = incoming.headers["x-forwarded-for"];
    const headers = { ...incoming.headers, "x-forwarded-for": received ? `${received}, ${seen}` : seen };
    const upstream = http.request(
      `${target}${incoming.url}`,
      { method: incoming.method, headers },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    upstream.on("error", () => outgoing.writeHead(502).end());
    incoming.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return { stop: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
