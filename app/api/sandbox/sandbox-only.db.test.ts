import { eq } from "drizzle-orm";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { SESSION_COOKIE } from "@/lib/auth/session-cookie";
import { createSession } from "@/lib/auth/sessions";
import type { OpenDb } from "@/lib/db/open";
import { gateEvents, plateBindings, sandboxCallbackHolds, sandboxDeclines, users } from "@/lib/db/schema";
import { type Env, parseEnv } from "@/lib/env";
import { bindPlate } from "@/lib/parking/plates";
import { licensedPlate } from "@/lib/testing/parking-fixtures";
import { PRODUCTION_ENV_SOURCE } from "@/lib/testing/production-env";
import { createTestDb } from "@/lib/testing/test-db";
import { createTestUser } from "@/lib/testing/test-users";

// The routes read the environment through env() only; each test chooses which one they see.
const current = vi.hoisted(() => ({ env: undefined as Env | undefined, token: "" }));
vi.mock("@/lib/env", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/env")>();
  return { ...actual, env: () => current.env ?? actual.env() };
});
// Outside a Next.js request there is no cookie store and no `after`; the request's cookie is this session's.
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (name === SESSION_COOKIE && current.token ? { value: current.token } : undefined),
    set: () => undefined,
  }),
}));
vi.mock("next/server", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/server")>()),
  after: () => undefined,
}));

const SANDBOX = parseEnv({});
const PRODUCTION = parseEnv(PRODUCTION_ENV_SOURCE);

const PLATE = "浙A30001";
let opened: OpenDb;
let phone: string;

beforeAll(async () => {
  opened = await createTestDb();
  // lib/db/client.ts keeps the process-wide database here; the routes get this test's database.
  (globalThis as { __cityBrainDb?: Promise<OpenDb> }).__cityBrainDb = Promise.resolve(opened);
  const userId = await createTestUser(opened.db);
  phone = (await opened.db.select().from(users).where(eq(users.id, userId)))[0]!.phone;
  await bindPlate(opened.db, userId, licensedPlate(PLATE), new Date(Date.now() - 86_400_000));
  current.token = (await createSession(opened.db, userId)).token;
});
afterAll(async () => {
  (globalThis as { __cityBrainDb?: Promise<OpenDb> }).__cityBrainDb = undefined;
  await opened?.close();
});

// scripts/serve.mjs writes the socket's address here; by default the requests come from this machine.
const from = { address: "127.0.0.1", token: undefined as string | undefined };

function jsonRequest(method: string, path: string, body: unknown) {
  return new NextRequest(`http://127.0.0.1${path}`, {
    method,
    headers: {
      "content-type": "application/json",
      "accept-language": "en",
      "x-forwarded-for": from.address,
      ...(from.token ? { "x-sandbox-token": from.token } : {}),
    },
    body: JSON.stringify(body),
  });
}

const noParams = { params: Promise.resolve({}) };

async function postVisit() {
  const { POST } = await import("./parking/visit/route");
  const exitAt = new Date(Date.now() - 60_000);
  const entryAt = new Date(exitAt.getTime() - 90 * 60_000);
  return POST(
    jsonRequest("POST", "/api/sandbox/parking/visit", {
      plate: PLATE,
      lotId: "wl-feilaifeng",
      entryAt: entryAt.toISOString(),
      exitAt: exitAt.toISOString(),
    }),
    noParams,
  );
}

async function putBinding() {
  const { PUT } = await import("./parking/binding/route");
  const boundAt = new Date(Date.now() - 2 * 86_400_000).toISOString();
  return PUT(jsonRequest("PUT", "/api/sandbox/parking/binding", { plate: PLATE, boundAt }), noParams);
}
const boundAt = async () =>
  (await opened.db.select().from(plateBindings).where(eq(plateBindings.plate, PLATE)))[0]!.boundAt.getTime();

async function putDecline() {
  const { PUT } = await import("./payments/declines/route");
  return PUT(jsonRequest("PUT", "/api/sandbox/payments/declines", { phone, decline: true }), noParams);
}

async function getRowCounts(address = "127.0.0.1") {
  const { GET } = await import("./row-counts/route");
  const headers = { "x-forwarded-for": address };
  return GET(new NextRequest("http://127.0.0.1/api/sandbox/row-counts", { headers }), noParams);
}

async function putHold() {
  const { PUT } = await import("./payments/holds/route");
  return PUT(jsonRequest("PUT", "/api/sandbox/payments/holds", { phone, hold: true }), noParams);
}

async function postAirAlerts() {
  const { POST } = await import("./air/alerts/route");
  return POST(jsonRequest("POST", "/api/sandbox/air/alerts", {}), noParams);
}

async function postCheckoutDecision() {
  const { POST } = await import("./provider/checkout/[id]/route");
  const request = new NextRequest("http://127.0.0.1/api/sandbox/provider/checkout/sbp_x", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: "decision=confirm",
  });
  return POST(request, { params: Promise.resolve({ id: "sbp_x" }) });
}

const storedEvents = async () => (await opened.db.select().from(gateEvents)).length;
const storedDeclines = async () =>
  (await opened.db.select().from(sandboxDeclines).where(eq(sandboxDeclines.phone, phone))).length;

describe("sandbox-only routes outside the sandbox (APP_ENV=production)", () => {
  it("POST /api/sandbox/parking/visit answers 404 and stores no gate event, even signed in", async () => {
    current.env = PRODUCTION;
    const response = await postVisit();
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: { code: "not_found" } });
    expect(await storedEvents()).toBe(0);
  });

  it("PUT /api/sandbox/parking/binding answers 404 and moves no binding", async () => {
    current.env = PRODUCTION;
    const before = await boundAt();
    const response = await putBinding();
    expect(response.status).toBe(404);
    expect(await boundAt()).toBe(before);
  });

  it("PUT /api/sandbox/payments/declines answers 404 and declines nothing", async () => {
    current.env = PRODUCTION;
    const response = await putDecline();
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: { code: "not_found" } });
    expect(await storedDeclines()).toBe(0);
  });

  it("PUT /api/sandbox/payments/holds and the sandbox checkout answer 404 and hold nothing", async () => {
    current.env = PRODUCTION;
    expect((await putHold()).status).toBe(404);
    expect(await opened.db.select().from(sandboxCallbackHolds)).toEqual([]);
    const decided = await postCheckoutDecision();
    expect(decided.status).toBe(404);
    expect(await decided.json()).toMatchObject({ error: { code: "not_found" } });
  });

  it("POST /api/sandbox/air/alerts answers 404 and sweeps nothing", async () => {
    current.env = PRODUCTION;
    const response = await postAirAlerts();
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: { code: "not_found" } });
  });

  it("GET /api/sandbox/row-counts answers 404 and reveals nothing", async () => {
    current.env = PRODUCTION;
    const response = await getRowCounts();
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: { code: "not_found", message: expect.any(String) } });
  });
});

describe("sandbox switches from another address (APP_ENV=sandbox)", () => {
  const TOKEN = "a-sandbox-token-for-this-test";
  const withToken = parseEnv({ SANDBOX_TOKEN: TOKEN });

  it("are refused with 403 and change nothing without the token, token or not configured", async () => {
    from.address = "198.51.100.23";
    try {
      for (const env of [SANDBOX, withToken]) {
        current.env = env;
        for (const token of [undefined, "a-sandbox-token-for-this-tesT"]) {
          from.token = token;
          const visit = await postVisit();
          expect(visit.status).toBe(403);
          expect(await visit.json()).toMatchObject({ error: { code: "forbidden" } });
          expect((await putDecline()).status).toBe(403);
          expect((await postAirAlerts()).status).toBe(403);
        }
      }
      expect(await storedEvents()).toBe(0);
      expect(await storedDeclines()).toBe(0);
    } finally {
      from.address = "127.0.0.1";
      from.token = undefined;
    }
  });

  it("the configured token lets the request in", async () => {
    current.env = withToken;
    from.address = "198.51.100.23";
    from.token = TOKEN;
    try {
      const response = await putDecline();
      expect(response.status).toBe(200);
      expect(await storedDeclines()).toBe(1);
      await opened.db.delete(sandboxDeclines).where(eq(sandboxDeclines.phone, phone));
    } finally {
      from.address = "127.0.0.1";
      from.token = undefined;
    }
  });
});

// The same requests in the sandbox do their work, so the 404s above come from the environment check.
describe("the same requests in the sandbox", () => {
  it("POST /api/sandbox/parking/visit stores the entry and the exit", async () => {
    current.env = SANDBOX;
    const response = await postVisit();
    expect(response.status, await response.clone().text()).toBe(202);
    expect(await response.json()).toMatchObject({ accepted: 2 });
    expect(await storedEvents()).toBe(2);
  });

  it("PUT /api/sandbox/parking/binding moves the binding back", async () => {
    current.env = SANDBOX;
    const before = await boundAt();
    const response = await putBinding();
    expect(response.status, await response.clone().text()).toBe(200);
    expect(await boundAt()).toBeLessThan(before);
  });

  it("PUT /api/sandbox/payments/declines records the decline", async () => {
    current.env = SANDBOX;
    const response = await putDecline();
    expect(response.status).toBe(200);
    expect(await storedDeclines()).toBe(1);
  });

  it("GET /api/sandbox/row-counts counts the rows of every table", async () => {
    current.env = SANDBOX;
    const response = await getRowCounts();
    expect(response.status).toBe(200);
    const { tables } = (await response.json()) as { tables: Record<string, number> };
    expect(tables).toMatchObject({ users: 1, sessions: 1, plate_bindings: 1 });
    expect(Object.keys(tables).length).toBeGreaterThan(20);
  });

  it("GET /api/sandbox/row-counts answers 403 to another machine without the sandbox token", async () => {
    current.env = SANDBOX;
    const response = await getRowCounts("198.51.100.7");
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ error: { code: "forbidden" } });
  });
});
