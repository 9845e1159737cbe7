import type { APIRequestContext } from "@playwright/test";
import { expect, signInViaApi, test } from "./fixtures";
import { GATE_SECRET, machineHeaders } from "./machine-secrets";
import { gateEvent, postGate } from "./parking-helpers";
import {
  backdateBindingViaApi,
  bindPlateViaApi,
  hoursAgo,
  licensedPlate,
  uniquePlate,
} from "./resident-helpers";
import { SANDBOX_HEADERS } from "./sandbox-token";
import { needs } from "./target";

test.describe("Leave first, pay later", { tag: ["@parking", "@resident"] }, () => {
  test.beforeEach(({ request }) => needs(request, "sandbox", "gate"));
  const LOT = "wl-feilaifeng";
  const sign = (body: string, timestamp?: number) => machineHeaders(GATE_SECRET, body, timestamp);

  async function payLaterResident(request: APIRequestContext) {
    const { phone } = await signInViaApi(request);
    const plate = uniquePlate();
    const bound = await request.post("/api/me/plates", { data: licensedPlate(plate) });
    expect(bound.status(), await bound.text()).toBe(201);
    expect(await bound.json()).toEqual({
      plate: { plate, vehicleClass: "small", payLater: "none" },
      claimed: false,
    });
    // Its stays in these journeys entered up to a few hours ago: count the binding from before them.
    await backdateBindingViaApi(request, plate, hoursAgo(4));
    const agreement = await request.post("/api/me/payment-agreement", { data: {} });
    expect(agreement.status()).toBe(201);
    // Signed with the default per-bill limit (200 元), naming who collects.
    expect(await agreement.json()).toMatchObject({
      status: "active",
      perBillLimitFen: 20_000,
      provider: expect.any(String),
    });
    expect(await (await request.get("/api/me/plates")).json()).toEqual({
      plates: [{ plate, vehicleClass: "small", payLater: "active" }],
    });
    return { phone, plate };
  }

  type Session = { id: string; status: string; feeFen: number | null; lotName: string; breakdown: unknown[] };
  async function sessionsOf(request: APIRequestContext): Promise<Session[]> {
    const response = await request.get("/api/parking/sessions");
    expect(response.status()).toBe(200);
    return ((await response.json()) as { sessions: Session[] }).sessions;
  }

  async function topicsOf(request: APIRequestContext): Promise<string[]> {
    const response = await request.get("/api/notifications");
    return ((await response.json()) as { notifications: { topic: string }[] }).notifications.map(
      (n) => n.topic,
    );
  }

  test.describe("leave first, pay later", () => {
    test("a signed entry and exit is billed, debited and paid after the provider's callback", async ({
      request,
    }) => {
      const { plate } = await payLaterResident(request);
      const events = [gateEvent(plate, "entry", 125), gateEvent(plate, "exit", 1)];
      const first = await postGate(request, events);
      expect(first.status(), await first.text()).toBe(202);
      expect(await first.json()).toEqual({ accepted: 2, duplicates: 0 });
      // A replayed batch (same events, even the same signature) changes nothing.
      const replay = await postGate(request, events);
      expect(await replay.json()).toEqual({ accepted: 0, duplicates: 2 });

      await expect.poll(async () => (await sessionsOf(request))[0]?.status, { timeout: 15_000 }).toBe("paid");
      await expect.poll(() => topicsOf(request), { timeout: 10_000 }).toEqual(["parking.bill-paid"]);
      const [session] = await sessionsOf(request);
      expect(session).toMatchObject({ plate, lotId: LOT, lotName: "飞来峰停车场" });
      expect(session!.feeFen).toBeGreaterThan(0);
      expect(session!.breakdown.length).toBeGreaterThan(0);
      const english = await request.get("/api/parking/sessions", { headers: { "accept-language": "en" } });
      expect(((await english.json()) as { sessions: Session[] }).sessions[0]!.lotName).toBe(
        "Feilai Feng car park (Lingyin)",
      );
      // Paying a paid bill answers with the same payment and charges nothing.
      const pay = await request.post(`/api/parking/sessions/${session!.id}/pay`);
      expect(pay.status()).toBe(200);
      expect(await pay.json()).toMatchObject({
        session: { id: session!.id, status: "paid" },
        payment: { status: "succeeded", amountFen: session!.feeFen },
      });
    });

    test("a declined debit leaves the bill due; paying once the account accepts again settles it", async ({
      request,
    }) => {
      const { phone, plate } = await payLaterResident(request);
      const decline = await request.put("/api/sandbox/payments/declines", {
        headers: SANDBOX_HEADERS,
        data: { phone, decline: true },
      });
      expect(decline.status()).toBe(200);
      expect(
        (await postGate(request, [gateEvent(plate, "entry", 50), gateEvent(plate, "exit", 2)])).status(),
      ).toBe(202);
      // The decline arrives by callback; the resident is told the bill is due (push + inbox).
      await expect
        .poll(async () => (await topicsOf(request)).includes("parking.bill-due"), { timeout: 15_000 })
        .toBe(true);
      const [bill] = await sessionsOf(request);
      expect(bill!.status).toBe("due");
      await request.put("/api/sandbox/payments/declines", {
        headers: SANDBOX_HEADERS,
        data: { phone, decline: false },
      });
      const pay = await request.post(`/api/parking/sessions/${bill!.id}/pay`);
      expect(pay.status(), await pay.text()).toBe(200);
      await expect.poll(async () => (await sessionsOf(request))[0]?.status, { timeout: 15_000 }).toBe("paid");

      const dispute = await request.post(`/api/parking/sessions/${bill!.id}/dispute`, {
        data: { reason: "wrong_times", note: "我 10 点就离开了" },
      });
      expect(dispute.status(), await dispute.text()).toBe(201);
      expect(await dispute.json()).toMatchObject({
        dispute: { sessionId: bill!.id, reason: "wrong_times", status: "open" },
      });
      const again = await request.post(`/api/parking/sessions/${bill!.id}/dispute`, {
        data: { reason: "other" },
      });
      expect(again.status()).toBe(409);
      expect((await sessionsOf(request))[0]!.status).toBe("disputed");
    });

    test("the gate API refuses bad signatures and stale timestamps, storing nothing, and lists malformed events", async ({
      request,
    }) => {
      const plate = uniquePlate();
      const events = [gateEvent(plate, "entry", 30), gateEvent(plate, "exit", 10)];
      const body = JSON.stringify({ events });
      const forged = { ...sign(body), "x-signature": "0".repeat(64) };
      const bad = await request.post("/api/parking/gate-events", { data: body, headers: forged });
      expect(bad.status()).toBe(401);
      expect(((await bad.json()) as { error: { message: string } }).error.message).toContain("签名");
      const stale = await postGate(request, events, sign(body, Math.floor(Date.now() / 1000) - 301));
      expect(stale.status()).toBe(401);
      expect((await postGate(request, events)).status()).toBe(202);
      // Nothing was stored by the refused requests: the good one stored both events.
      expect(await (await postGate(request, events)).json()).toEqual({ accepted: 0, duplicates: 2 });

      const mixed = [
        gateEvent(uniquePlate(), "entry", 5),
        { ...gateEvent(uniquePlate(), "entry", 5), plate: "not a plate" },
        gateEvent(uniquePlate(), "entry", 5, "no-such-lot"),
        gateEvent(uniquePlate(), "exit", -10),
      ];
      const partial = await postGate(request, mixed, undefined);
      expect(partial.status()).toBe(400);
      const { error } = (await partial.json()) as {
        error: {
          accepted: number;
          rejected: { index: number }[];
          issues: { path: string; message: string }[];
        };
      };
      expect(error.accepted).toBe(1);
      expect(error.rejected.map((r) => r.index)).toEqual([1, 2, 3]);
      expect(error.issues.map((i) => i.path)).toEqual(["events.1.plate", "events.2.lotId", "events.3.at"]);
      const empty = await postGate(request, []);
      expect(empty.status()).toBe(400);
    });

    test("plates: formats, licence check, one holder, at most three, unbinding by URL-encoded plate; others' bills are 404", async ({
      request,
      playwright,
      baseURL,
    }) => {
      await signInViaApi(request);
      const malformed = await request.post("/api/me/plates", { data: licensedPlate("浙A1234") });
      expect(malformed.status()).toBe(422);
      expect(((await malformed.json()) as { error: { message: string } }).error.message).toContain("车牌");
      const plates = [uniquePlate(), uniquePlate(), `浙AD${String(Date.now()).slice(-5)}`];
      for (const plate of plates) await bindPlateViaApi(request, plate);
      await backdateBindingViaApi(request, plates[0]!, hoursAgo(1));
      const fourth = await request.post("/api/me/plates", { data: licensedPlate(uniquePlate()) });
      expect(fourth.status()).toBe(409);

      const other = await playwright.request.newContext({
        baseURL,
        extraHTTPHeaders: { "x-forwarded-for": `203.0.113.${Math.floor(Math.random() * 250) + 1}` },
      });
      try {
        await signInViaApi(other);
        // Another account cannot take the plate without its vehicle licence: a clear refusal, a review path.
        const unproven = await other.post("/api/me/plates", {
          data: { plate: plates[0], vehicleClass: "small" },
        });
        expect(unproven.status()).toBe(422);
        const taken = await other.post("/api/me/plates", {
          data: { ...licensedPlate(plates[0]!), vinLast6: "ZZZZZZ" },
        });
        expect(taken.status()).toBe(422);
        expect(await taken.json()).toMatchObject({
          error: { reason: "licence_mismatch", review: "/api/me/plate-reviews" },
        });
        expect(((await taken.json()) as { error: { message: string } }).error.message).toContain("归属审核");

        await postGate(request, [gateEvent(plates[0]!, "entry", 40), gateEvent(plates[0]!, "exit", 3)]);
        await expect.poll(async () => (await sessionsOf(request)).length, { timeout: 10_000 }).toBe(1);
        const [mine] = await sessionsOf(request);
        expect(await sessionsOf(other)).toEqual([]);
        expect((await other.post(`/api/parking/sessions/${mine!.id}/pay`)).status()).toBe(404);
        expect(
          (
            await other.post(`/api/parking/sessions/${mine!.id}/dispute`, { data: { reason: "other" } })
          ).status(),
        ).toBe(404);
      } finally {
        await other.dispose();
      }

      const removed = await request.delete(`/api/me/plates/${encodeURIComponent(plates[0]!)}`);
      expect(removed.status()).toBe(204);
      expect((await request.delete(`/api/me/plates/${encodeURIComponent(plates[0]!)}`)).status()).toBe(404);
      const left = ((await (await request.get("/api/me/plates")).json()) as { plates: { plate: string }[] })
        .plates;
      expect(left.map((p) => p.plate)).toEqual(plates.slice(1));
    });
  });

  test.describe("pay-later API errors, in the caller's language", () => {
    const unknownId = "00000000-0000-4000-8000-000000000000";
    const cases: {
      name: string;
      method: "post" | "get";
      path: string;
      data?: unknown;
      status: number;
      en: RegExp;
      zh: RegExp;
    }[] = [
      {
        name: "malformed plate",
        method: "post",
        path: "/api/me/plates",
        data: { ...licensedPlate("浙A12345"), plate: "ABC123" },
        status: 422,
        en: /not a mainland plate/,
        zh: /不是有效的大陆车牌号/,
      },
      {
        name: "unknown vehicle class",
        method: "post",
        path: "/api/me/plates",
        data: { ...licensedPlate("浙A12345"), vehicleClass: "bus" },
        status: 422,
        en: /must be “small” or “large”/,
        zh: /车型必须是/,
      },
      {
        name: "new-energy plate of the other class",
        method: "post",
        path: "/api/me/plates",
        data: licensedPlate("浙AD12345", "large"),
        status: 422,
        en: /choose “small”/,
        zh: /请选择小型车/,
      },
      {
        name: "plate missing",
        method: "post",
        path: "/api/me/plates",
        data: { vehicleClass: "small", ownerName: "测试车主", vinLast6: "012345" },
        status: 422,
        en: /“plate number” is required/,
        zh: /「车牌号」为必填项/,
      },
      {
        name: "binding without the vehicle-licence details",
        method: "post",
        path: "/api/me/plates",
        data: { plate: "浙A12345", vehicleClass: "small" },
        status: 422,
        en: /“owner's name” is required.*“last 6 characters of the VIN” is required/,
        zh: /「所有人姓名」为必填项.*「车架号后 6 位」为必填项/,
      },
      {
        name: "pay an unknown bill",
        method: "post",
        path: `/api/parking/sessions/${unknownId}/pay`,
        status: 404,
        en: /could not find that parking record/,
        zh: /找不到这条停车记录/,
      },
      {
        name: "pay with a malformed id",
        method: "post",
        path: "/api/parking/sessions/123/pay",
        status: 404,
        en: /could not find that parking record/,
        zh: /找不到这条停车记录/,
      },
      {
        name: "dispute with an unknown reason",
        method: "post",
        path: `/api/parking/sessions/${unknownId}/dispute`,
        data: { reason: "too_expensive" },
        status: 422,
        en: /“reason” is not one of the allowed values/,
        zh: /「申诉原因」的值不在允许范围内/,
      },
      {
        name: "dispute note over 500 characters",
        method: "post",
        path: `/api/parking/sessions/${unknownId}/dispute`,
        data: { reason: "other", note: "长".repeat(501) },
        status: 422,
        en: /“note” is too long/,
        zh: /「说明」太长/,
      },
      {
        name: "unsigned payment callback",
        method: "post",
        path: "/api/payments/callback",
        data: { callbackId: "x" },
        status: 401,
        en: /signature|X-Timestamp/,
        zh: /签名|X-Timestamp/,
      },
    ];

    test("every case answers with a 4xx and a message in zh-CN and en", async ({ request }) => {
      const anonymous = await request.get("/api/parking/sessions");
      expect(anonymous.status()).toBe(401);
      await signInViaApi(request);
      for (const c of cases) {
        for (const [language, pattern] of [
          ["zh-CN", c.zh],
          ["en", c.en],
        ] as const) {
          const response = await request[c.method](c.path, {
            ...(c.data === undefined ? {} : { data: c.data as object }),
            headers: { "accept-language": language },
          });
          const body = (await response.json()) as { error: { message: string } };
          expect(response.status(), `${c.name} (${language})`).toBe(c.status);
          expect(body.error.message, `${c.name} (${language})`).toMatch(pattern);
        }
      }
    });
  });
});
