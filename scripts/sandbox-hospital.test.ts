import { execFile } from "node:child_process";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SANDBOX_HIS_SECRET } from "@/lib/env";
import { checkSignature } from "@/lib/http/machine-signature";

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, "..");
const TSX = path.join(ROOT, "node_modules/.bin/tsx");

// A hospital API that checks the signature with the sandbox secret, authorises charges until `refuseAt`, and
// remembers which paths it was sent.
const api = { refuseAt: "", received: [] as string[] };
let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    let raw = "";
    request.on("data", (chunk) => {
      raw += chunk;
    });
    request.on("end", () => {
      const answer = (status: number, body: unknown) => {
        response.writeHead(status, { "content-type": "application/json" });
        response.end(JSON.stringify(body));
      };
      const headers = {
        timestamp: String(request.headers["x-timestamp"] ?? ""),
        signature: String(request.headers["x-signature"] ?? ""),
      };
      if (checkSignature(SANDBOX_HIS_SECRET, headers, raw) !== "ok")
        return answer(401, { error: { code: "unauthorized", message: "Bad signature." } });
      const body = JSON.parse(raw) as { chargeId?: string };
      api.received.push(request.url ?? "");
      if (body.chargeId?.endsWith(`-${api.refuseAt}`))
        return answer(402, {
          error: { code: "credit_exceeded", message: "Over the line.", availableFen: 212 },
        });
      if (body.chargeId) return answer(201, { authorized: true, selfPayFen: 0, availableFen: 98_765 });
      return answer(200, { invoiceId: "inv-1", totalSelfPayFen: 6_086, dueAt: "2026-12-09T02:30:00.000Z" });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** Runs the script with the sandbox's settings (or `env`), as `npm run sandbox:hospital -- …` would. */
async function walk(args: string[], env: Record<string, string> = {}) {
  const { HIS_SECRETS: _s, HIS_SHARED_SECRET: _h, APP_ENV: _a, DATABASE_URL: _d, ...inherited } = process.env;
  api.received = [];
  try {
    const { stdout, stderr } = await run(
      TSX,
      ["--conditions=react-server", "scripts/sandbox-hospital.ts", ...args],
      { cwd: ROOT, env: { ...inherited, ...env } },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

const visit = (more: string[] = []) => [
  "--hospital",
  "hz-first",
  "--token",
  "AQtok",
  "--visit",
  "v-7",
  ...more,
];

// Each test starts tsx, which takes seconds on a busy machine (as in scripts/calendar-import.test.ts).
describe("scripts/sandbox-hospital.ts", { timeout: 60_000 }, () => {
  it("walks the visit, signed, and says what each step cost and what is left", async () => {
    const result = await walk(["--base", base, ...visit()]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(api.received).toEqual([
      ...Array(4).fill("/api/clinic/his/charges"),
      "/api/clinic/his/visits/v-7/close",
    ]);
    expect(result.stdout).toContain("registration 201 authorised: ¥1.00 self-pay, ¥987.65 of the line left");
    expect(result.stdout).toContain("阿莫西林胶囊 0.25g×24粒/盒 ×2  ¥5.12 self-pay");
    expect(result.stdout).toContain(
      "closed: invoice inv-1, ¥60.86 self-pay due 2026-12-09 10:30 Hangzhou time",
    );
  });

  it("reports a 402 over the line as an outcome (exit 0), and sends nothing after it", async () => {
    api.refuseAt = "exam";
    try {
      const result = await walk(["--base", base, ...visit()]);
      expect(result.code).toBe(0);
      expect(api.received).toHaveLength(3);
      expect(result.stdout).toContain(
        "exam         402 refused: ¥35.00 self-pay is over the line, ¥2.12 left",
      );
      expect(result.stdout).toContain("Stopped at exam: over the patient's line (402).");
    } finally {
      api.refuseAt = "";
    }
  });

  it("stops before the close when asked", async () => {
    const result = await walk(["--base", base, ...visit(["--stop-before", "close"])]);
    expect(result.code).toBe(0);
    expect(api.received).toHaveLength(4);
    expect(result.stdout).toContain("Stopped before close, as asked: the visit is open.");
  });

  it("exits 1 on any other answer (here: signed with another secret than the server's)", async () => {
    const result = await walk(["--base", base, ...visit()], { HIS_SHARED_SECRET: "not-the-servers-secret" });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("registration 401 refused: Bad signature.");
    expect(result.stderr).toContain("Unexpected answer 401 to registration.");
  });

  it("exits 2 with the usage when the command line is wrong", async () => {
    const result = await walk(["--base", base, "--hospital", "hz-first"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("--base, --hospital and --token are required.");
    expect((await walk(["--base", base, ...visit(["--stop-before", "pharmacy"])])).code).toBe(2);
  });
});
