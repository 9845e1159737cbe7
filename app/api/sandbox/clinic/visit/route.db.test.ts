import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { SESSION_COOKIE } from "@/lib/auth/session-cookie";
import { createSession } from "@/lib/auth/sessions";
import { getClinicAccount } from "@/lib/clinic/clinic-account";
import { enrol } from "@/lib/clinic/enrol";
import type { OpenDb } from "@/lib/db/open";
import { type Env, parseEnv } from "@/lib/env";
import { freshResidentId, residentWithAgreement, testClinicConfig } from "@/lib/testing/clinic-fixtures";
import { PRODUCTION_ENV_SOURCE } from "@/lib/testing/production-env";
import { createTestDb } from "@/lib/testing/test-db";

// The route reads the environment through env() only; each test chooses which one it sees.
const current = vi.hoisted(() => ({ env: undefined as Env | undefined, token: "" }));
vi.mock("@/lib/env", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/env")>();
  return { ...actual, env: () => current.env ?? actual.env() };
});
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (name === SESSION_COOKIE && current.token ? { value: current.token } : undefined),
    set: () => undefined,
  }),
}));

const SANDBOX = parseEnv({});
// The clinic's production secrets, in case the shared production fixture does not carry them (yet).
const PRODUCTION = parseEnv({
  HIS_SHARED_SECRET: "h".repeat(32),
  CLINIC_DATA_SECRET: "d".repeat(32),
  CLINIC_CARD_SECRET: "c".repeat(32),
  ...PRODUCTION_ENV_SOURCE,
});
let opened: OpenDb;
let userId: string;
let sessionToken: string;

beforeAll(async () => {
  opened = await createTestDb();
  (globalThis as { __cityBrainDb?: Promise<OpenDb> }).__cityBrainDb = Promise.resolve(opened);
  const now = new Date();
  userId = await residentWithAgreement(opened.db, now);
  // Any config enrols: the route issues and checks the card token with the deployment's own card secret.
  await enrol(
    opened.db,
    userId,
    { name: "李娜", idNumber: freshResidentId(), consent: true },
    testClinicConfig(612),
    now,
  );
  sessionToken = (await createSession(opened.db, userId)).token;
});
afterAll(async () => {
  (globalThis as { __cityBrainDb?: Promise<OpenDb> }).__cityBrainDb = undefined;
  await opened?.close();
});

async function postVisit(body: unknown, address = "127.0.0.1") {
  const { POST } = await import("./route");
  const request = new NextRequest("http://127.0.0.1/api/sandbox/clinic/visit", {
    method: "POST",
    headers: { "content-type": "application/json", "accept-language": "en", "x-forwarded-for": address },
    body: JSON.stringify(body),
  });
  return POST(request, { params: Promise.resolve({}) });
}

describe("POST /api/sandbox/clinic/visit", () => {
  it("does not exist outside the sandbox (404), and answers only this machine inside it (403)", async () => {
    current.token = sessionToken;
    current.env = PRODUCTION;
    expect((await postVisit({ hospitalId: "hz-first" })).status).toBe(404);
    current.env = SANDBOX;
    expect((await postVisit({ hospitalId: "hz-first" }, "198.51.100.23")).status).toBe(403);
    expect(await getClinicAccount(opened.db, userId)).toMatchObject({ usedFen: 0 });
  });

  it("asks for a session (401)", async () => {
    current.env = SANDBOX;
    current.token = "";
    expect((await postVisit({ hospitalId: "hz-first" })).status).toBe(401);
  });

  it.each([
    ["a hospital outside the pilot", { hospitalId: "hz-zju-1" }, /hz-zju-1 does not take credit/],
    ["a hospital id that is not an id", { hospitalId: "hz first" }, /letters, digits/],
    ["an unknown step to stop before", { hospitalId: "hz-first", stopBefore: "pharmacy" }, /stopBefore/],
    ["an unknown field", { hospitalId: "hz-first", patientToken: "x" }, /patientToken/],
  ])("refuses %s with a 422 saying what is wrong", async (_why, body, message) => {
    current.env = SANDBOX;
    current.token = sessionToken;
    const response = await postVisit(body);
    expect(response.status).toBe(422);
    const answer = (await response.json()) as { error: { code: string; message: string } };
    expect(answer.error.code).toBe("unprocessable");
    expect(answer.error.message).toMatch(message);
  });

  it("charges a typical visit to my line and bills it", async () => {
    current.env = SANDBOX;
    current.token = sessionToken;
    const response = await postVisit({ hospitalId: "hz-first" });
    expect(response.status, await response.clone().text()).toBe(200);
    const visit = (await response.json()) as {
      visitId: string;
      steps: { status: number }[];
      invoiceId: string;
    };
    expect(visit.steps.map((s) => s.status)).toEqual([201, 201, 201, 201, 200]);
    expect(visit.invoiceId).toEqual(expect.any(String));
    expect(await getClinicAccount(opened.db, userId)).toMatchObject({ usedFen: 6_086 });
  });
});
