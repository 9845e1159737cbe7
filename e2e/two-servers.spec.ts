import { randomBytes, randomInt } from "node:crypto";
import pg from "pg";
import { expect, otpBody, test } from "./fixtures";
import { GATE_SECRET, machineHeaders } from "./machine-secrets";
import { type OwnServer, startOwnServer } from "./own-server";
import { SANDBOX_HEADERS } from "./sandbox-token";
import { REMOTE_TARGET } from "./target";

// Two production servers (scripts/serve.mjs, as `npm start` runs them) on one fresh Postgres database, as two app
// servers behind a load balancer would be: whatever one of them decides, the other must agree with.
const POSTGRES_URL = process.env.E2E_POSTGRES_URL;
const BASE_PORT = Number(process.env.E2E_PORT ?? 3100) + 10;
const OTP_PER_ADDRESS = 30; // lib/auth/limits.ts: otpPerIp (beyond it, a proof of work is asked for)

test.describe("Two app servers on one Postgres", { tag: ["@account", "@parking"] }, () => {
  test.skip(
    REMOTE_TARGET,
    "starts its own production servers on this machine: not something to run against a deployment",
  );
  test.skip(!POSTGRES_URL, "needs a Postgres server: set E2E_POSTGRES_URL (CI does) to any database on it");
  test.describe.configure({ mode: "serial", timeout: 180_000 });

  let a: OwnServer;
  let b: OwnServer;
  let admin: pg.Client;
  let db: pg.Client;
  let database: string;

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    database = `two_servers_${randomBytes(4).toString("hex")}`;
    admin = new pg.Client({ connectionString: POSTGRES_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${database}"`);
    const url = new URL(POSTGRES_URL!);
    url.pathname = `/${database}`;
    const settings = {
      DATABASE_URL: url.toString(),
      // Each request presents its own client address through one trusted proxy hop, as behind a load balancer.
      TRUST_PROXY: "1",
      SANDBOX_TOKEN: SANDBOX_HEADERS["x-sandbox-token"],
      // Both record history, so both try to take its lease; a day of backfill keeps the first run short.
      HISTORY_JOB: "on",
      HISTORY_BACKFILL_DAYS: "1",
    };
    // Started together on an empty database: both migrate it (under the advisory lock) and race for the lease.
    [a, b] = await Promise.all([
      startOwnServer(BASE_PORT, settings),
      startOwnServer(BASE_PORT + 1, settings),
    ]);
    db = new pg.Client({ connectionString: url.toString() });
    await db.connect();
  });

  test.afterAll(async () => {
    await db?.end();
    await Promise.all([a?.stop(), b?.stop()]);
    await admin?.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await admin?.end();
  });

  const post = (server: OwnServer, path: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${server.origin}${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify(body),
    });
  // Addresses from the documentation range (RFC 5737) and mobile numbers, fresh for each use.
  const documentationAddress = () => `203.0.113.${randomInt(1, 255)}`;
  const phone = () => `137${String(randomInt(0, 100_000_000)).padStart(8, "0")}`;

  test("a session made on one server works on the other, and signing out everywhere on the other ends it", async () => {
    const headers = { "x-forwarded-for": documentationAddress() };
    const number = phone();
    const otp = await post(a, "/api/auth/otp", otpBody(number), headers);
    expect(otp.status, await otp.clone().text()).toBe(200);
    const { devCode } = (await otp.json()) as { devCode: string };
    const verify = await post(a, "/api/auth/verify", { phone: number, code: devCode }, headers);
    expect(verify.status, await verify.clone().text()).toBe(200);
    const cookie = /cb_session=[^;]+/.exec(verify.headers.get("set-cookie") ?? "")?.[0];
    expect(cookie).toBeTruthy();
    const me = (server: OwnServer) => fetch(`${server.origin}/api/me`, { headers: { cookie: cookie! } });

    expect((await me(b)).status).toBe(200);
    const out = await post(b, "/api/auth/logout", { everywhere: true }, { cookie: cookie! });
    expect(out.status).toBe(204);
    expect((await me(a)).status).toBe(401);
    expect((await me(b)).status).toBe(401);
  });

  test("the per-phone code limit counts requests on both servers", async () => {
    const number = phone();
    const first = await post(a, "/api/auth/otp", otpBody(number), {
      "x-forwarded-for": documentationAddress(),
    });
    expect(first.status, await first.text()).toBe(200);
    const second = await post(b, "/api/auth/otp", otpBody(number), {
      "x-forwarded-for": documentationAddress(),
    });
    expect(second.status).toBe(429);
    const refusal = (await second.json()) as {
      error: { code: string; retryAfterSeconds: number; reason: string };
    };
    expect(refusal.error).toMatchObject({ code: "rate_limited", reason: "phone" });
    expect(refusal.error.retryAfterSeconds).toBeGreaterThan(0);
    expect(refusal.error.retryAfterSeconds).toBeLessThanOrEqual(60);
  });

  test("the per-address code limit counts requests spread over both servers", async () => {
    const headers = { "x-forwarded-for": "198.51.100.77" };
    const statuses: number[] = [];
    for (let n = 0; n < OTP_PER_ADDRESS; n++) {
      const server = n % 2 === 0 ? a : b;
      statuses.push((await post(server, "/api/auth/otp", otpBody(phone()), headers)).status);
    }
    expect(
      statuses.filter((status) => status === 200),
      statuses.join(" "),
    ).toHaveLength(OTP_PER_ADDRESS);
    for (const server of [a, b]) {
      const over = await post(server, "/api/auth/otp", otpBody(phone()), headers);
      expect(over.status).toBe(429);
      const body = (await over.json()) as { error: { code: string; challenge?: unknown } };
      // Past the address's share both servers ask for a proof of work (lib/auth/proof-of-work.ts).
      expect(body.error.code).toBe("rate_limited");
      expect(body.error.challenge).toBeTruthy();
    }
  });

  test("a job lease held by one server is not taken by the other", async () => {
    const holderOf = async () =>
      (await db.query<{ holder: string }>("select holder from job_leases where name = 'citybrain-history'"))
        .rows[0]?.holder;
    await expect.poll(holderOf, { timeout: 30_000 }).toBeTruthy();
    const holderPid = Number((await holderOf())!.split("-")[0]);
    expect([a.pid, b.pid]).toContain(holderPid);
    const [holder, other] = holderPid === a.pid ? [a, b] : [b, a];
    await expect.poll(() => holder.output(), { timeout: 60_000 }).toMatch(/\[history\] caught up/);
    // Both ticked at start; only the holder ran the catch-up, and it still holds the lease.
    expect(Number((await holderOf())!.split("-")[0])).toBe(holderPid);
    expect(other.output()).not.toMatch(/\[history\] caught up/);
    const recorded = await db.query<{ n: number }>("select count(*)::int as n from parking_observations");
    expect(recorded.rows[0]!.n).toBeGreaterThan(0);
  });

  test("a gate event sent to both servers at once is stored once, and its stay billed once", async () => {
    const plate = `浙A${String(Math.floor(Math.random() * 90_000) + 10_000)}`;
    const at = (minutesAgo: number) =>
      new Date(Date.now() - minutesAgo * 60_000).toISOString().replace("Z", "+00:00");
    const id = `two-servers-${randomBytes(6).toString("hex")}`;
    const entry = { eventId: `${id}-in`, lotId: "wl-feilaifeng", plate, direction: "entry", at: at(90) };
    const exit = { eventId: `${id}-out`, lotId: "wl-feilaifeng", plate, direction: "exit", at: at(5) };
    for (const event of [entry, exit]) {
      const body = JSON.stringify({ events: [event] });
      const send = (server: OwnServer) =>
        fetch(`${server.origin}/api/parking/gate-events`, {
          method: "POST",
          headers: machineHeaders(GATE_SECRET, body),
          body,
        });
      const answers = await Promise.all([send(a), send(b)]);
      expect(answers.map((answer) => answer.status)).toEqual([202, 202]);
      const counts = (await Promise.all(answers.map((answer) => answer.json()))) as {
        accepted: number;
        duplicates: number;
      }[];
      expect(counts.reduce((sum, c) => sum + c.accepted, 0)).toBe(1);
      expect(counts.reduce((sum, c) => sum + c.duplicates, 0)).toBe(1);
    }
    const stored = await db.query<{ n: number }>(
      "select count(*)::int as n from gate_events where event_id = any($1)",
      [[entry.eventId, exit.eventId]],
    );
    expect(stored.rows[0]!.n).toBe(2);
    const stays = await db.query<{ status: string; fee_fen: number }>(
      "select status, fee_fen from parking_stays where entry_event_id = $1",
      [entry.eventId],
    );
    expect(stays.rows).toHaveLength(1);
    expect(stays.rows[0]!.fee_fen).toBeGreaterThan(0);
  });

  test("the sandbox clock moved on one server is the other's at once, and moves its rules", async () => {
    const number = phone();
    const address = { "x-forwarded-for": documentationAddress() };
    expect((await post(a, "/api/auth/otp", otpBody(number), address)).status).toBe(200);
    expect((await post(b, "/api/auth/otp", otpBody(number), address)).status).toBe(429);

    const before = (await (
      await fetch(`${b.origin}/api/sandbox/clock`, { headers: SANDBOX_HEADERS })
    ).json()) as {
      offsetMs: number;
    };
    const moved = await fetch(`${a.origin}/api/sandbox/clock`, {
      method: "PUT",
      headers: { "content-type": "application/json", ...SANDBOX_HEADERS },
      body: JSON.stringify({ advanceMs: 61_000 }),
    });
    expect(moved.status, await moved.clone().text()).toBe(200);
    const seen = (await (
      await fetch(`${b.origin}/api/sandbox/clock`, { headers: SANDBOX_HEADERS })
    ).json()) as {
      offsetMs: number;
      now: string;
    };
    expect(seen.offsetMs).toBe(before.offsetMs + 61_000);
    expect(Date.parse(seen.now) - Date.now()).toBeGreaterThan(55_000);
    // The per-phone minute has passed on the deployment's clock, for the server that did not move it too.
    expect((await post(b, "/api/auth/otp", otpBody(number), address)).status).toBe(200);
  });
});
