import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { SESSION_COOKIE } from "@/lib/auth/session-cookie";
import { createSession } from "@/lib/auth/sessions";
import type { OpenDb } from "@/lib/db/open";
import { createTestDb } from "@/lib/testing/test-db";
import { createTestUser } from "@/lib/testing/test-users";

const current = vi.hoisted(() => ({ token: "" }));
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (name === SESSION_COOKIE && current.token ? { value: current.token } : undefined),
    has: (name: string) => name === SESSION_COOKIE && current.token !== "",
    set: () => undefined,
  }),
}));

let opened: OpenDb;
let mine: string;
let theirs: string;
beforeAll(async () => {
  opened = await createTestDb();
  (globalThis as { __cityBrainDb?: Promise<OpenDb> }).__cityBrainDb = Promise.resolve(opened);
  mine = (await createSession(opened.db, await createTestUser(opened.db))).token;
  theirs = (await createSession(opened.db, await createTestUser(opened.db))).token;
});
afterAll(async () => {
  (globalThis as { __cityBrainDb?: Promise<OpenDb> }).__cityBrainDb = undefined;
  await opened?.close();
});

type Answer = { place: { id: string; alertsOn: boolean; level: number; quietHours: unknown } };
type Failure = { error: { code: string; message: string } };

function call(method: string, path: string, body?: unknown, { token = mine, locale = "zh-CN" } = {}) {
  current.token = token;
  const request = new NextRequest(`http://127.0.0.1${path}`, {
    method,
    headers: { "content-type": "application/json", "accept-language": locale },
    body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
  });
  return request;
}

async function collection(method: string, body?: unknown, options?: { token?: string; locale?: string }) {
  const route = await import("./route");
  const handler = route[method as "GET" | "POST" | "PUT"];
  return handler(call(method, "/api/air/alerts/places", body, options), { params: Promise.resolve({}) });
}

async function one(
  method: string,
  id: string,
  body?: unknown,
  options?: { token?: string; locale?: string },
) {
  const route = await import("./[id]/route");
  const handler = route[method as "PATCH" | "DELETE" | "GET"];
  return handler(call(method, `/api/air/alerts/places/${id}`, body, options), {
    params: Promise.resolve({ id }),
  });
}

let keys = 0;
const aPlace = (fields: Record<string, unknown> = {}) => ({
  clientKey: `route-test-${++keys}`,
  kind: "home",
  name: "我家",
  lat: 30.27,
  lng: 120.15,
  ...fields,
});

describe("/api/air/alerts/places", () => {
  it("asks for a session (401) on every method", async () => {
    for (const response of [
      await collection("GET", undefined, { token: "" }),
      await collection("POST", aPlace(), { token: "" }),
      await one("PATCH", crypto.randomUUID(), { alertsOn: false }, { token: "" }),
      await one("DELETE", crypto.randomUUID(), undefined, { token: "" }),
    ]) {
      expect(response.status).toBe(401);
    }
  });

  it("saves a place once per client key (201, then 200), privately, with the defaults", async () => {
    const body = aPlace();
    const first = await collection("POST", body);
    expect(first.status).toBe(201);
    expect(first.headers.get("cache-control")).toContain("private");
    const saved = ((await first.json()) as Answer).place;
    expect(saved).toMatchObject({ level: 3, alertsOn: true, quietHours: { from: "22:00", to: "07:00" } });
    const again = await collection("POST", body);
    expect(again.status).toBe(200);
    expect(((await again.json()) as Answer).place.id).toBe(saved.id);
    const listed = await collection("GET");
    expect(listed.headers.get("cache-control")).toContain("private");
    const { places, max } = (await listed.json()) as { places: { id: string }[]; max: number };
    expect(places.map((p) => p.id)).toEqual([saved.id]);
    expect(max).toBe(10);
  });

  it.each([
    ["no name", { name: "  " }, "名称"],
    ["a name of 41 characters", { name: "家".repeat(41) }, "1–40"],
    ["level 1", { level: 1 }, "2（良）"],
    ["level 7", { level: 7 }, "2（良）"],
    ["a position in Beijing", { lat: 39.9, lng: 116.4 }, "杭州"],
    ["equal quiet hours", { quietHours: { from: "22:00", to: "22:00" } }, "免打扰"],
    ["quiet hours at 24:00", { quietHours: { from: "24:00", to: "07:00" } }, "免打扰"],
    ["an unknown kind", { kind: "gym" }, "kind"],
    ["no client key", { clientKey: undefined }, "clientKey"],
    ["a client key with spaces", { clientKey: "a b c d e f g h" }, "客户端编号"],
    ["an unknown field", { colour: "red" }, "colour"],
  ])("refuses %s with a readable 400", async (_why, fields, says) => {
    const response = await collection("POST", aPlace(fields));
    expect(response.status).toBe(400);
    expect(((await response.json()) as Failure).error.message).toContain(says);
  });

  it("refuses a NUL or a lone surrogate in the name", async () => {
    for (const name of ["家\u0000", "家\ud800"]) {
      const response = await collection(
        "POST",
        `{"clientKey":"route-nul-${++keys}","kind":"home","name":${JSON.stringify(name)},"lat":30.2,"lng":120.1}`,
      );
      expect(response.status).toBe(400);
    }
  });

  it("answers a bilingual error in English too", async () => {
    const response = await collection("POST", aPlace({ level: 9 }), { locale: "en" });
    expect(((await response.json()) as Failure).error.message).toContain("2 (good) to 6");
  });

  it("keeps at most ten places (409)", async () => {
    const token = (await createSession(opened.db, await createTestUser(opened.db))).token;
    for (let i = 0; i < 10; i++) expect((await collection("POST", aPlace(), { token })).status).toBe(201);
    const eleventh = await collection("POST", aPlace(), { token });
    expect(eleventh.status).toBe(409);
    expect(((await eleventh.json()) as Failure).error.message).toContain("10");
  });

  it("changes and deletes my place; another person's place or a malformed id is a 404, and stays as it was", async () => {
    const saved = ((await (await collection("POST", aPlace())).json()) as Answer).place;
    const off = await one("PATCH", saved.id, { alertsOn: false, level: 4, quietHours: null });
    expect(off.status).toBe(200);
    expect(((await off.json()) as Answer).place).toMatchObject({
      alertsOn: false,
      level: 4,
      quietHours: null,
    });

    const taken = await one("PATCH", saved.id, { alertsOn: true }, { token: theirs });
    expect(taken.status).toBe(404);
    expect(((await taken.json()) as Failure).error.message).toContain("找不到这个地点");
    expect((await one("DELETE", saved.id, undefined, { token: theirs })).status).toBe(404);
    expect((await one("PATCH", "not-a-uuid", { alertsOn: true })).status).toBe(404);
    expect((await one("PATCH", saved.id, { level: 1 })).status).toBe(400);

    expect((await one("DELETE", saved.id)).status).toBe(204);
    expect((await one("DELETE", saved.id)).status).toBe(404);
  });

  it("answers other methods with a 405 in the error shape", async () => {
    const response = await collection("PUT", aPlace());
    expect(response.status).toBe(405);
    expect(((await response.json()) as Failure).error.code).toBe("method_not_allowed");
    expect((await one("GET", crypto.randomUUID())).status).toBe(405);
  });
});
