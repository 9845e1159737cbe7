import { eq } from "drizzle-orm";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { SESSION_COOKIE } from "@/lib/auth/session-cookie";
import { createSession } from "@/lib/auth/sessions";
import type { OpenDb } from "@/lib/db/open";
import { gateEvents, sandboxDeclines, users } from "@/lib/db/schema";
import { type Env, parseEnv } from "@/lib/env";
import { bindPlate } from "@/lib/parking/plates";
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
  await bindPlate(
    opened.db,
    userId,
    { plate: PLATE, vehicleClass: "small" },
    new Date(Date.now() - 86_400_000),
  );
  current.token = (await createSession(opened.db, userId)).token;
});
afterAll(async () => {
  (globalThis as { __cityBrainDb?: Promise<OpenDb> }).__cityBrainDb = undefined;
  await opened?.close();
});

function jsonRequest(method: string, path: string, body: unknown) {
  return new NextRequest(`http://127.0.0.1${path}`, {
    method,
    // From this machine: in the sandbox the switches answer only it (or the sandbox token).
    headers: { "content-type": "application/json", "accept-language": "en", "x-forwarded-for": "127.0.0.1" },
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

async function putDecline() {
  const { PUT } = await import("./payments/declines/route");
  return PUT(jsonRequest("PUT", "/api/sandbox/payments/declines", { phone, decline: true }), noParams);
}

async function getRowCounts(from = "127.0.0.1") {
  const { GET } = await import("./row-counts/route");
  const headers = { "x-forwarded-for": from };
  return GET(new NextRequest("http://127.0.0.1/api/sandbox/row-counts", { headers }), noParams);
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

  it("PUT /api/sandbox/payments/declines answers 404 and declines nothing", async () => {
    current.env = PRODUCTION;
    const response = await putDecline();
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: { code: "not_found" } });
    expect(await storedDeclines()).toBe(0);
  });

  it("GET /api/sandbox/row-counts answers 404 and reveals nothing", async () => {
    current.env = PRODUCTION;
    const response = await getRowCounts();
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: { code: "not_found", message: expect.any(String) } });
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
