import type { APIRequestContext } from "@playwright/test";
import { expect, signInViaApi, test } from "./fixtures";
import { GATE_SECRET, machineHeaders, OPERATOR_SECRET } from "./machine-secrets";
import { expectNoSeriousViolations, gateEvent, resolveAsOperator } from "./parking-helpers";
import { bindPlateViaApi, hoursAgo, uniquePlate } from "./resident-helpers";
import { needs } from "./target";

test.describe("Disputes", { tag: ["@parking", "@resident"] }, () => {
  test.beforeEach(({ request }) => needs(request, "sandbox", "gate", "operator"));
  interface Dispute {
    id: string;
    status: string;
    outcome?: string;
    correctedFeeFen?: number;
    resolutionNote?: string;
    refund?: { amountFen: number; status: string };
  }
  interface Session {
    id: string;
    status: string;
    feeFen: number | null;
    paidAt: string | null;
    dispute: Dispute | null;
  }

  async function sessionsOf(request: APIRequestContext): Promise<Session[]> {
    const response = await request.get("/api/parking/sessions");
    expect(response.status()).toBe(200);
    return ((await response.json()) as { sessions: Session[] }).sessions;
  }

  /** A resident without pay-later whose 2-hour stay was just billed: due by 24:00 today, nothing in flight. */
  async function residentWithDueBill(request: APIRequestContext): Promise<Session> {
    await signInViaApi(request);
    const plate = uniquePlate();
    await bindPlateViaApi(request, plate, { since: hoursAgo(4) });
    const body = JSON.stringify({ events: [gateEvent(plate, "entry", 125), gateEvent(plate, "exit", 1)] });
    const gate = await request.post("/api/parking/gate-events", {
      data: body,
      headers: machineHeaders(GATE_SECRET, body),
    });
    expect(gate.status(), await gate.text()).toBe(202);
    await expect.poll(async () => (await sessionsOf(request))[0]?.status, { timeout: 15_000 }).toBe("due");
    const [bill] = await sessionsOf(request);
    expect(bill).toMatchObject({ paidAt: null, dispute: null });
    expect(bill!.feeFen).toBeGreaterThan(0);
    return bill!;
  }

  async function openDispute(request: APIRequestContext, billId: string): Promise<string> {
    const opened = await request.post(`/api/parking/sessions/${billId}/dispute`, {
      data: { reason: "not_my_car", note: "那天车在家" },
    });
    expect(opened.status(), await opened.text()).toBe(201);
    return ((await opened.json()) as { dispute: { id: string } }).dispute.id;
  }

  test.describe("disputes: the resident disputes, the operator resolves, the receipt shows it", () => {
    test("upheld: the bill is waived, the receipt shows outcome, corrected fee and payment time in zh-CN and en", async ({
      page,
      context,
      baseURL,
    }) => {
      test.setTimeout(90_000);
      const bill = await residentWithDueBill(page.request);

      await page.goto(`/me/bills/${bill.id}`);
      await page.getByRole("button", { name: "申诉该账单" }).click();
      await page.getByLabel("不是我的车").check();
      await page.getByLabel("备注（选填）").fill("那天车在家");
      await page.getByRole("button", { name: "提交申诉" }).click();
      await expect(page.getByTestId("receipt")).toHaveAttribute("data-status", "disputed");
      const details = page.getByTestId("dispute-details");
      await expect(details).toHaveAttribute("data-state", "open");
      await expect(page.getByTestId("dispute-reason")).toHaveText("不是我的车");
      await expect(page.getByTestId("dispute-note")).toHaveText("那天车在家");
      await expect(page.getByTestId("dispute-state")).toHaveText("审核中");
      await expectNoSeriousViolations(page);

      const [disputed] = await sessionsOf(page.request);
      expect(disputed!.dispute).toMatchObject({ status: "open", reason: "not_my_car", note: "那天车在家" });
      const disputeId = disputed!.dispute!.id;
      const waive = { decision: "upheld", note: "车牌识别错误" };
      const resolved = await resolveAsOperator(page.request, disputeId, waive);
      expect(resolved.status(), await resolved.text()).toBe(200);
      const answer = (await resolved.json()) as { dispute: Dispute };
      expect(answer.dispute).toMatchObject({
        id: disputeId,
        sessionId: bill.id,
        status: "resolved",
        outcome: "upheld",
        correctedFeeFen: 0,
        resolutionNote: "车牌识别错误",
      });
      // The back office retries: the same resolution answers the same; a different one is refused.
      const replay = await resolveAsOperator(page.request, disputeId, waive);
      expect(replay.status()).toBe(200);
      expect(await replay.json()).toEqual(answer);
      const changed = await resolveAsOperator(page.request, disputeId, { decision: "rejected", note: "" });
      expect(changed.status()).toBe(409);

      await page.reload();
      await expect(page.getByTestId("receipt")).toHaveAttribute("data-status", "paid");
      await expect(details).toHaveAttribute("data-state", "resolved");
      await expect(page.getByTestId("dispute-state")).toHaveText("已处理");
      await expect(page.getByTestId("dispute-outcome")).toHaveText("申诉成立");
      await expect(page.getByTestId("dispute-corrected-fee")).toHaveText("¥0.00");
      await expect(page.getByTestId("dispute-resolution-note")).toHaveText("车牌识别错误");
      await expect(page.getByTestId("receipt-total")).toHaveText("¥0.00");
      await expect(page.getByTestId("breakdown")).toContainText("申诉后更正");
      await expect(page.getByTestId("receipt-paid-at")).toContainText(/\d{1,2}:\d{2}/);
      // The operator's decision is final: the bill is not offered for a second dispute.
      await expect(page.getByRole("button", { name: "申诉该账单" })).toHaveCount(0);
      await expectNoSeriousViolations(page);
      await expect
        .poll(
          async () => {
            const inbox = await page.request.get("/api/notifications");
            return ((await inbox.json()) as { notifications: { topic: string }[] }).notifications.map(
              (n) => n.topic,
            );
          },
          { timeout: 15_000 },
        )
        .toContain("parking.dispute-resolved");

      await context.addCookies([{ name: "NEXT_LOCALE", value: "en", url: baseURL! }]);
      await page.reload();
      await expect(page.getByTestId("dispute-outcome")).toHaveText("Upheld");
      await expect(page.getByTestId("dispute-reason")).toHaveText("Not my car");
      await expect(page.getByTestId("breakdown")).toContainText("Corrected after your dispute");
      await expect(page.getByText("Paid at")).toBeVisible();
      await expectNoSeriousViolations(page);
      await page.screenshot({ path: `/tmp/dispute-receipt-${test.info().project.name}.png`, fullPage: true });
    });
  });

  test.describe("operator resolution API", () => {
    test("401 unsigned, forged or stale (nothing changes); 404; 400; 422; rejected restores the due bill", async ({
      request,
    }) => {
      const bill = await residentWithDueBill(request);
      const disputeId = await openDispute(request, bill.id);
      const reject = { decision: "rejected", note: "时间记录无误" };
      const body = JSON.stringify({ disputeId, ...reject });
      const refusals: [string, Record<string, string>, number, RegExp][] = [
        ["unsigned", { "content-type": "application/json" }, 401, /X-Timestamp/],
        ["forged", { ...machineHeaders(OPERATOR_SECRET, body), "x-signature": "0".repeat(64) }, 401, /签名/],
        ["gate secret", machineHeaders(GATE_SECRET, body), 401, /签名/],
        [
          "stale",
          machineHeaders(OPERATOR_SECRET, body, Math.floor(Date.now() / 1000) - 301),
          401,
          /X-Timestamp/,
        ],
      ];
      for (const [name, headers, status, message] of refusals) {
        const response = await resolveAsOperator(request, disputeId, reject, { headers });
        expect(response.status(), name).toBe(status);
        expect(((await response.json()) as { error: { message: string } }).error.message, name).toMatch(
          message,
        );
      }
      expect((await sessionsOf(request))[0]).toMatchObject({
        status: "disputed",
        dispute: { status: "open" },
      });

      const unknown = await resolveAsOperator(request, "00000000-0000-4000-8000-000000000000", reject, {
        language: "en",
      });
      expect(unknown.status()).toBe(404);
      expect(((await unknown.json()) as { error: { message: string } }).error.message).toMatch(/no dispute/);
      const bad = await resolveAsOperator(request, disputeId, {
        decision: "rejected",
        correctedFeeFen: 0,
        note: "",
      });
      expect(bad.status()).toBe(400);
      const tooHigh = await resolveAsOperator(
        request,
        disputeId,
        { decision: "upheld", correctedFeeFen: bill.feeFen! + 1, note: "" },
        { language: "en" },
      );
      expect(tooHigh.status()).toBe(422);
      expect(((await tooHigh.json()) as { error: { message: string } }).error.message).toMatch(/higher than/);
      expect((await sessionsOf(request))[0]!.status).toBe("disputed");

      const rejected = await resolveAsOperator(request, disputeId, reject);
      expect(rejected.status(), await rejected.text()).toBe(200);
      const [after] = await sessionsOf(request);
      expect(after).toMatchObject({
        status: "due",
        feeFen: bill.feeFen,
        paidAt: null,
        dispute: { id: disputeId, status: "resolved", outcome: "rejected", resolutionNote: "时间记录无误" },
      });
      expect(after!.dispute).not.toHaveProperty("correctedFeeFen");
    });

    test("a paid bill upheld in part: the difference is refunded once, and the sessions API follows the refund", async ({
      request,
    }) => {
      await signInViaApi(request);
      const plate = uniquePlate();
      await bindPlateViaApi(request, plate, { since: hoursAgo(4) });
      expect((await request.post("/api/me/payment-agreement", { data: {} })).status()).toBe(201);
      const body = JSON.stringify({ events: [gateEvent(plate, "entry", 185), gateEvent(plate, "exit", 1)] });
      const gate = await request.post("/api/parking/gate-events", {
        data: body,
        headers: machineHeaders(GATE_SECRET, body),
      });
      expect(gate.status(), await gate.text()).toBe(202);
      await expect.poll(async () => (await sessionsOf(request))[0]?.status, { timeout: 15_000 }).toBe("paid");
      const [bill] = await sessionsOf(request);
      expect(bill!.paidAt).not.toBeNull();
      expect(bill!.feeFen).toBeGreaterThan(100);
      const disputeId = await openDispute(request, bill!.id);

      const corrected = bill!.feeFen! - 100;
      const resolution = { decision: "upheld", correctedFeeFen: corrected, note: "少算一小时" };
      const resolved = await resolveAsOperator(request, disputeId, resolution);
      expect(resolved.status(), await resolved.text()).toBe(200);
      expect(await resolved.json()).toMatchObject({
        dispute: { outcome: "upheld", correctedFeeFen: corrected, refund: { amountFen: 100 } },
      });
      await expect
        .poll(async () => (await sessionsOf(request))[0]?.dispute?.refund?.status, { timeout: 20_000 })
        .toBe("succeeded");
      const replay = await resolveAsOperator(request, disputeId, resolution);
      expect(replay.status()).toBe(200);
      expect(await replay.json()).toMatchObject({
        dispute: { refund: { amountFen: 100, status: "succeeded" } },
      });
      const [after] = await sessionsOf(request);
      expect(after).toMatchObject({
        status: "paid",
        feeFen: corrected,
        paidAt: bill!.paidAt,
        dispute: { id: disputeId, status: "resolved", refund: { amountFen: 100, status: "succeeded" } },
      });
    });
    test("a resolution captured for one dispute and re-sent to another is a 400 and changes nothing", async ({
      request,
    }) => {
      await signInViaApi(request);
      const plate = uniquePlate();
      // Bound (through the licence check) before the first entry, so both stays are this resident's.
      await bindPlateViaApi(request, plate, { since: hoursAgo(6) });
      const events = [
        gateEvent(plate, "entry", 300),
        gateEvent(plate, "exit", 240),
        gateEvent(plate, "entry", 125),
        gateEvent(plate, "exit", 1),
      ];
      const body = JSON.stringify({ events });
      const gate = await request.post("/api/parking/gate-events", {
        data: body,
        headers: machineHeaders(GATE_SECRET, body),
      });
      expect(gate.status(), await gate.text()).toBe(202);
      await expect
        .poll(async () => (await sessionsOf(request)).map((s) => s.status), { timeout: 15_000 })
        .toEqual(["due", "due"]);
      const [newer, older] = await sessionsOf(request);
      const target = await openDispute(request, older!.id);
      const other = await openDispute(request, newer!.id);

      // The back office waives `target`; an attacker captures the signed bytes and aims them at `other`.
      const waive = JSON.stringify({ disputeId: target, decision: "upheld", note: "车牌识别错误" });
      const captured = {
        data: waive,
        headers: { ...machineHeaders(OPERATOR_SECRET, waive), "accept-language": "en" },
      };
      const aimed = await request.post(`/api/operator/parking/disputes/${other}/resolution`, captured);
      expect(aimed.status()).toBe(400);
      expect(await aimed.json()).toEqual({
        error: { code: "bad_request", message: expect.stringMatching(/disputeId.*refused, nothing changed/) },
      });
      const unnamed = JSON.stringify({ decision: "upheld", note: "车牌识别错误" });
      const bare = await request.post(`/api/operator/parking/disputes/${other}/resolution`, {
        data: unnamed,
        headers: machineHeaders(OPERATOR_SECRET, unnamed),
      });
      expect(bare.status()).toBe(400);
      expect((await sessionsOf(request)).find((s) => s.id === newer!.id)).toMatchObject({
        status: "disputed",
        feeFen: newer!.feeFen,
        dispute: { id: other, status: "open" },
      });

      const applied = await request.post(`/api/operator/parking/disputes/${target}/resolution`, captured);
      expect(applied.status(), await applied.text()).toBe(200);
      const again = await request.post(`/api/operator/parking/disputes/${target}/resolution`, captured);
      expect(again.status()).toBe(200);
      expect(await again.json()).toEqual(await applied.json());
      const after = await sessionsOf(request);
      expect(after.find((s) => s.id === older!.id)).toMatchObject({ status: "paid", feeFen: 0 });
      expect(after.find((s) => s.id === newer!.id)).toMatchObject({
        status: "disputed",
        dispute: { status: "open" },
      });
    });
  });
});
