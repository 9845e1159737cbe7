import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDb } from "@/lib/db/open";
import { parkingDisputes, parkingStays, payments, refunds } from "@/lib/db/schema";
import { env } from "@/lib/env";
import type { AppError } from "@/lib/errors";
import { signedHeaders } from "@/lib/http/machine-signature";
import { billSubject } from "@/lib/parking/bill-payment-link";
import { billedStay, disputedStay, disputingResident, stayRow } from "@/lib/testing/dispute-fixtures";
import { HOUR } from "@/lib/testing/parking-fixtures";
import { createTestDb } from "@/lib/testing/test-db";
import { createDispute } from "./disputes";
import { receiveDisputeResolution } from "./operator-resolution";
import { type DisputeResolution, resolveDispute } from "./resolve-dispute";
import { listVisibleSessions } from "./visible-sessions";

let opened: OpenDb;
beforeAll(async () => {
  opened = await createTestDb();
});
afterAll(async () => opened?.close());

const DAY = 24 * HOUR;
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => "ok",
    (e: AppError) => `${e.status} ${e.messageKey}`,
  );
const sum = (lines: unknown) =>
  (lines as { amountFen: number }[]).reduce((total, line) => total + line.amountFen, 0);
const _session = async (userId: string, stayId: string, now: Date) =>
  (await listVisibleSessions(opened.db, userId, "en", now)).find((s) => s.id === stayId)!;
const refundsOf = (paymentId: string) =>
  opened.db.select().from(refunds).where(eq(refunds.paymentId, paymentId));
const dispute = async (id: string) =>
  (await opened.db.select().from(parkingDisputes).where(eq(parkingDisputes.id, id)))[0]!;

function signed(body: unknown, now: Date, secret = env().OPERATOR_SHARED_SECRET) {
  const rawBody = JSON.stringify(body);
  const headers = signedHeaders(secret, rawBody, now);
  return { headers: { timestamp: headers["X-Timestamp"]!, signature: headers["X-Signature"]! }, rawBody };
}

describe("the operator's signed resolution", () => {
  it("refuses a wrong secret, a forged signature, a stale timestamp and a bad body, changing nothing", async () => {
    const { db } = opened;
    const exit = new Date("2026-11-23T20:00:00+08:00");
    const resident = await disputingResident(db, exit, { payLater: false });
    const { stayId, disputeId } = await disputedStay(db, resident, exit);
    const before = await stayRow(db, stayId);
    const now = new Date("2026-11-24T10:00:00+08:00");
    const waive = { disputeId, decision: "upheld", note: "camera misread" };
    const forged = signed(waive, now);
    forged.headers.signature = "0".repeat(64);
    const attempts = [
      [signed(waive, now, "not-the-operator-secret"), now],
      [forged, now],
      [signed(waive, now), new Date(now.getTime() + 301_000)],
      [signed(waive, new Date(now.getTime() - 301_000)), now],
    ] as const;
    const answers = [];
    for (const [request, at] of attempts) {
      answers.push(await failure(receiveDisputeResolution(db, disputeId, request, at)));
    }
    expect(answers).toEqual([
      "401 errors.parking.badSignature",
      "401 errors.parking.badSignature",
      "401 errors.parking.staleTimestamp",
      "401 errors.parking.staleTimestamp",
    ]);
    // Correctly signed but not a resolution: a 400, also before anything changes.
    for (const body of [
      { disputeId, decision: "rejected", correctedFeeFen: 0, note: "" },
      { disputeId, decision: "upheld", correctedFeeFen: -1, note: "" },
      { disputeId, decision: "upheld", correctedFeeFen: 1.5, note: "" },
      { disputeId, decision: "maybe", note: "" },
      { disputeId, decision: "rejected", note: "x".repeat(501) },
      { disputeId, decision: "rejected" },
      { disputeId: 42, decision: "rejected", note: "" },
    ]) {
      expect(await failure(receiveDisputeResolution(db, disputeId, signed(body, now), now))).toBe(
        "400 validation",
      );
    }
    expect(await stayRow(db, stayId)).toEqual(before);
    expect(await dispute(disputeId)).toMatchObject({ status: "open", outcome: null, resolvedAt: null });

    const done = await receiveDisputeResolution(db, disputeId, signed(waive, now), now);
    expect(done).toMatchObject({ applied: true, dispute: { status: "resolved", outcome: "upheld" } });
  });
});

describe("a signed resolution names its dispute", () => {
  it("a resolution captured for one dispute and re-sent to another is a 400 that changes nothing", async () => {
    const { db } = opened;
    const exit = new Date("2026-11-23T20:00:00+08:00");
    const resident = await disputingResident(db, exit, { payLater: false });
    const a = await disputedStay(db, resident, exit);
    const b = await disputedStay(db, resident, new Date(exit.getTime() + DAY));
    const bBefore = await stayRow(db, b.stayId);
    const now = new Date("2026-11-24T10:00:00+08:00");
    const waiveA = signed({ disputeId: a.disputeId, decision: "upheld", note: "camera misread" }, now);

    expect(await failure(receiveDisputeResolution(db, b.disputeId, waiveA, now))).toBe(
      "400 errors.signedTargetMismatch",
    );
    // Unnamed, the signed bytes could be aimed anywhere: refused too.
    const unnamed = signed({ decision: "upheld", note: "camera misread" }, now);
    expect(await failure(receiveDisputeResolution(db, b.disputeId, unnamed, now))).toBe("400 validation");
    expect(await stayRow(db, b.stayId)).toEqual(bBefore);
    expect(await dispute(b.disputeId)).toMatchObject({ status: "open", outcome: null, resolvedAt: null });

    // Where it was aimed it applies, and again within the window it answers the same and changes nothing.
    const first = await receiveDisputeResolution(db, a.disputeId, waiveA, now);
    expect(first).toMatchObject({ applied: true, dispute: { id: a.disputeId, outcome: "upheld" } });
    const again = await receiveDisputeResolution(db, a.disputeId, waiveA, now);
    expect(again).toMatchObject({ applied: false, dispute: first.dispute });
    expect(await failure(receiveDisputeResolution(db, b.disputeId, waiveA, now))).toBe(
      "400 errors.signedTargetMismatch",
    );
    expect(await stayRow(db, b.stayId)).toEqual(bBefore);
  });
});

describe("races and refusals", () => {
  it("two different resolutions at once: exactly one applies, the other is a 409", async () => {
    const { db } = opened;
    const exit = new Date("2026-11-23T20:00:00+08:00");
    const resident = await disputingResident(db, exit, { payLater: false });
    const { stayId, disputeId } = await disputedStay(db, resident, exit);
    const now = new Date("2026-11-24T10:00:00+08:00");
    const outcomes = await Promise.allSettled([
      resolveDispute(db, disputeId, { decision: "upheld", correctedFeeFen: 0, note: "" }, now),
      resolveDispute(db, disputeId, { decision: "rejected", note: "" }, now),
    ]);
    const won = outcomes.filter((o) => o.status === "fulfilled");
    const lost = outcomes.filter((o) => o.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost.map((o) => (o.reason as AppError).messageKey)).toEqual(["errors.parking.disputeResolved"]);
    const winner = won[0]!.value;
    const stay = await stayRow(db, stayId);
    if (winner.dispute.outcome === "upheld") expect(stay).toMatchObject({ status: "paid", feeFen: 0 });
    else expect(stay).toMatchObject({ status: "unpaid", feeFen: 1500 });
    expect((stay.breakdown as unknown[]).length).toBe(winner.dispute.outcome === "upheld" ? 2 : 1);
  });

  it("the same resolution twice at once: both answer 200, it is applied once", async () => {
    const { db } = opened;
    const exit = new Date("2026-11-23T20:00:00+08:00");
    const resident = await disputingResident(db, exit, { payLater: true });
    const { stayId, disputeId } = await disputedStay(db, resident, exit);
    const input: DisputeResolution = { decision: "upheld", correctedFeeFen: 700, note: "half" };
    const now = new Date("2026-11-24T10:00:00+08:00");
    const results = await Promise.all([
      resolveDispute(db, disputeId, input, now),
      resolveDispute(db, disputeId, input, now),
    ]);
    expect(results.map((r) => r.applied).sort()).toEqual([false, true]);
    expect(results.filter((r) => r.refundId)).toHaveLength(1);
    const [paid] = await db
      .select()
      .from(payments)
      .where(eq(payments.subject, billSubject(stayId)));
    expect((await refundsOf(paid!.id)).map((r) => r.amountFen)).toEqual([800]);
    const stay = await stayRow(db, stayId);
    expect(stay.feeFen).toBe(700);
    expect(sum(stay.breakdown)).toBe(700);
  });

  it("404 unknown or malformed id; 409 a different resolution; 422 a corrected fee above the fee; 409 while a debit is under way", async () => {
    const { db } = opened;
    const exit = new Date("2026-11-23T20:00:00+08:00");
    const now = new Date("2026-11-24T10:00:00+08:00");
    const resident = await disputingResident(db, exit, { payLater: false });
    const a = await disputedStay(db, resident, exit);
    const b = await disputedStay(db, resident, new Date(exit.getTime() + DAY));
    const bBefore = await stayRow(db, b.stayId);
    await resolveDispute(db, a.disputeId, { decision: "rejected", note: "checked" }, now);
    const cases: [string, DisputeResolution, string][] = [
      [
        "00000000-0000-4000-8000-000000000000",
        { decision: "rejected", note: "" },
        "404 errors.parking.disputeNotFound",
      ],
      ["not-a-uuid", { decision: "rejected", note: "" }, "404 errors.parking.disputeNotFound"],
      [a.disputeId, { decision: "rejected", note: "checked again" }, "409 errors.parking.disputeResolved"],
      [
        a.disputeId,
        { decision: "upheld", correctedFeeFen: 0, note: "checked" },
        "409 errors.parking.disputeResolved",
      ],
      [a.disputeId, { decision: "rejected", note: "checked" }, "ok"],
      [
        b.disputeId,
        { decision: "upheld", correctedFeeFen: 1501, note: "" },
        "422 errors.parking.correctedFeeTooHigh",
      ],
    ];
    for (const [id, input, expected] of cases) {
      expect(await failure(resolveDispute(db, id, input, now)), `${id} ${JSON.stringify(input)}`).toBe(
        expected,
      );
    }
    expect(await stayRow(db, b.stayId)).toEqual(bBefore);
    expect(await dispute(b.disputeId)).toMatchObject({ status: "open" });

    // A pay-later debit still waiting for the provider's answer would collect the old fee.
    const payer = await disputingResident(db, exit, { payLater: true });
    const pendingExit = new Date(exit.getTime() + 2 * HOUR);
    const stayId = await billedStay(db, payer.plate, pendingExit);
    await db
      .update(payments)
      .set({ status: "pending", settledAt: null })
      .where(eq(payments.subject, billSubject(stayId)));
    await db.update(parkingStays).set({ status: "unpaid", paidAt: null }).where(eq(parkingStays.id, stayId));
    const pending = await createDispute(db, payer.userId, stayId, { reason: "other", note: "" }, now);
    expect(
      await failure(
        resolveDispute(db, pending.id, { decision: "upheld", correctedFeeFen: 0, note: "" }, now),
      ),
    ).toBe("409 errors.parking.disputePaymentPending");
    expect(await failure(resolveDispute(db, pending.id, { decision: "rejected", note: "" }, now))).toBe("ok");
  });
});
