import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDb } from "@/lib/db/open";
import { notifications, payments, refunds } from "@/lib/db/schema";
import type { AppError } from "@/lib/errors";
import { billSubject } from "@/lib/parking/bill-payment-link";
import { disputedStay, disputingResident, stayRow } from "@/lib/testing/dispute-fixtures";
import { inProcessPayments } from "@/lib/testing/in-process-payments";
import { HOUR } from "@/lib/testing/parking-fixtures";
import { createTestDb } from "@/lib/testing/test-db";
import { afterDisputeResolution } from "./after-dispute-resolution";
import { sendDisputeNotices } from "./dispute-notices";
import { createDispute } from "./disputes";
import { type DisputeResolution, resolveDispute } from "./resolve-dispute";
import { listVisibleSessions } from "./visible-sessions";

// What a resolution does to the bill: upheld (waived, corrected, refunded) and rejected (restored).
let opened: OpenDb;
beforeAll(async () => {
  opened = await createTestDb();
});
afterAll(async () => opened?.close());

const sum = (lines: unknown) =>
  (lines as { amountFen: number }[]).reduce((total, line) => total + line.amountFen, 0);
const session = async (userId: string, stayId: string, now: Date) =>
  (await listVisibleSessions(opened.db, userId, "en", now)).find((s) => s.id === stayId)!;
const refundsOf = (paymentId: string) =>
  opened.db.select().from(refunds).where(eq(refunds.paymentId, paymentId));

describe("upheld", () => {
  it("waives an unpaid bill: fee 0 with an adjustment line, paid with nothing to pay, resident told", async () => {
    const { db } = opened;
    const exit = new Date("2026-11-23T20:00:00+08:00");
    const resident = await disputingResident(db, exit, { payLater: false });
    const { stayId, disputeId } = await disputedStay(db, resident, exit);
    expect(await stayRow(db, stayId)).toMatchObject({ status: "disputed", feeFen: 1500 });
    const now = new Date("2026-11-25T09:30:00+08:00");

    const result = await resolveDispute(
      db,
      disputeId,
      { decision: "upheld", correctedFeeFen: 0, note: "not you" },
      now,
    );
    expect(result.dispute).toEqual({
      id: disputeId,
      sessionId: stayId,
      reason: "wrong_times",
      note: "I left earlier",
      status: "resolved",
      createdAt: expect.any(String),
      outcome: "upheld",
      correctedFeeFen: 0,
      resolutionNote: "not you",
      resolvedAt: now.toISOString(),
    });
    const stay = await stayRow(db, stayId);
    expect(stay).toMatchObject({ status: "paid", feeFen: 0, paidAt: now });
    expect((stay.breakdown as unknown[]).at(-1)).toMatchObject({
      kind: "disputeAdjustment",
      amountFen: -1500,
      labelKey: "billsUi.disputeAdjustment",
    });
    expect(sum(stay.breakdown)).toBe(0);
    expect(
      await db
        .select()
        .from(payments)
        .where(eq(payments.subject, billSubject(stayId))),
    ).toEqual([]);

    const view = await session(resident.userId, stayId, now);
    expect(view).toMatchObject({ status: "paid", feeFen: 0, paidAt: now.toISOString() });
    expect(view.dispute).toMatchObject({
      id: disputeId,
      status: "resolved",
      outcome: "upheld",
      correctedFeeFen: 0,
    });
    expect(view.dispute).not.toHaveProperty("sessionId");

    expect(await sendDisputeNotices(db, { now })).toBeGreaterThanOrEqual(1);
    expect(await sendDisputeNotices(db, { disputeIds: [disputeId], now })).toBe(0);
    const inbox = await db.select().from(notifications).where(eq(notifications.userId, resident.userId));
    expect(inbox.map((n) => [n.topic, n.dedupeKey, n.url])).toEqual([
      ["parking.dispute-resolved", `parking:dispute-resolved:${disputeId}`, `/me/bills/${stayId}`],
    ]);
    expect(inbox[0]!.title).toBe("Dispute upheld: nothing to pay");
  });

  it("corrects an unpaid bill to a lower fee, due no earlier than 24:00 of the resolution day", async () => {
    const { db } = opened;
    const exit = new Date("2026-11-23T20:00:00+08:00");
    const resident = await disputingResident(db, exit, { payLater: false });
    const { stayId, disputeId } = await disputedStay(db, resident, exit);
    const now = new Date("2026-11-27T23:10:00+08:00");
    await resolveDispute(db, disputeId, { decision: "upheld", correctedFeeFen: 500, note: "" }, now);
    const stay = await stayRow(db, stayId);
    expect(stay).toMatchObject({
      status: "unpaid",
      feeFen: 500,
      paidAt: null,
      dueAt: new Date("2026-11-28T00:00:00+08:00"),
    });
    expect(sum(stay.breakdown)).toBe(500);
    expect((await session(resident.userId, stayId, now)).status).toBe("due");
  });

  it("on a bill already paid: corrects the fee and refunds the difference once, through the provider", async () => {
    const { db } = opened;
    const exit = new Date("2026-11-23T20:00:00+08:00");
    const resident = await disputingResident(db, exit, { payLater: true });
    const { stayId, disputeId } = await disputedStay(db, resident, exit);
    const [paid] = await db
      .select()
      .from(payments)
      .where(eq(payments.subject, billSubject(stayId)));
    expect(paid).toMatchObject({ status: "succeeded", amountFen: 1500 });
    const now = new Date("2026-11-24T10:00:00+08:00");
    const input: DisputeResolution = { decision: "upheld", correctedFeeFen: 1000, note: "left at 22:00" };
    const first = await resolveDispute(db, disputeId, input, now);
    expect(first).toMatchObject({
      applied: true,
      refundId: expect.any(String),
      dispute: { correctedFeeFen: 1000, refund: { amountFen: 500, status: "requested" } },
    });
    const stay = await stayRow(db, stayId);
    expect(stay).toMatchObject({ status: "paid", feeFen: 1000, paidAt: paid!.settledAt, dueAt: null });
    expect(sum(stay.breakdown)).toBe(1000);
    expect(await refundsOf(paid!.id)).toMatchObject([
      {
        id: first.refundId,
        idempotencyKey: `dispute:${disputeId}`,
        amountFen: 500,
        reason: "dispute_upheld",
      },
    ]);

    // The route's after-commit step: the provider takes the refund and confirms it by callback.
    const pay = inProcessPayments(db, () => now);
    await afterDisputeResolution(db, pay.provider, first);
    await pay.settle();
    expect(await refundsOf(paid!.id)).toMatchObject([{ amountFen: 500, status: "succeeded" }]);
    expect((await session(resident.userId, stayId, now)).dispute).toMatchObject({
      outcome: "upheld",
      correctedFeeFen: 1000,
      refund: { amountFen: 500, status: "succeeded" },
    });
    const inbox = await db.select().from(notifications).where(eq(notifications.userId, resident.userId));
    expect(inbox.find((n) => n.topic === "parking.dispute-resolved")!.title).toBe(
      "Dispute upheld: CNY ¥5.00 refunded",
    );

    const replay = await resolveDispute(db, disputeId, input, new Date(now.getTime() + HOUR));
    expect(replay).toMatchObject({
      applied: false,
      refundId: null,
      dispute: { refund: { status: "succeeded" } },
    });
    await afterDisputeResolution(db, pay.provider, replay);
    await pay.settle();
    expect(await stayRow(db, stayId)).toEqual(stay);
    expect(await refundsOf(paid!.id)).toHaveLength(1);
  });
});

describe("rejected", () => {
  it("restores an unpaid bill, due at 24:00 of the resolution day when its old due time has passed", async () => {
    const { db } = opened;
    const exit = new Date("2026-11-23T20:00:00+08:00");
    const resident = await disputingResident(db, exit, { payLater: false });
    const { stayId, disputeId } = await disputedStay(db, resident, exit);
    expect((await stayRow(db, stayId)).dueAt).toEqual(new Date("2026-11-24T00:00:00+08:00"));
    const now = new Date("2026-11-26T10:00:00+08:00");
    const result = await resolveDispute(db, disputeId, { decision: "rejected", note: "times match" }, now);
    expect(result.dispute).toMatchObject({ outcome: "rejected", resolutionNote: "times match" });
    expect(result.dispute).not.toHaveProperty("correctedFeeFen");
    expect(await stayRow(db, stayId)).toMatchObject({
      status: "unpaid",
      feeFen: 1500,
      dueAt: new Date("2026-11-27T00:00:00+08:00"),
    });
    expect((await session(resident.userId, stayId, now)).status).toBe("due");
    await sendDisputeNotices(db, { disputeIds: [disputeId], now });
    const [notice] = await db.select().from(notifications).where(eq(notifications.userId, resident.userId));
    expect(notice!.body).toContain("Please pay it by 2026-11-26 24:00.");
  });

  it("keeps a due time that is still ahead, and returns a paid bill to paid", async () => {
    const { db } = opened;
    const exit = new Date("2026-11-23T09:00:00+08:00");
    const unpaid = await disputingResident(db, exit, { payLater: false });
    const a = await disputedStay(db, unpaid, exit);
    const sameDay = new Date("2026-11-23T15:00:00+08:00");
    await resolveDispute(db, a.disputeId, { decision: "rejected", note: "" }, sameDay);
    expect(await stayRow(db, a.stayId)).toMatchObject({
      status: "unpaid",
      dueAt: new Date("2026-11-24T00:00:00+08:00"),
    });

    const payer = await disputingResident(db, exit, { payLater: true });
    const b = await disputedStay(db, payer, exit);
    await resolveDispute(db, b.disputeId, { decision: "rejected", note: "" }, sameDay);
    expect(await stayRow(db, b.stayId)).toMatchObject({ status: "paid", feeFen: 1500, dueAt: null });
  });
});

describe("after the review", () => {
  it("a reviewed bill cannot be disputed again", async () => {
    const { db } = opened;
    const exit = new Date("2026-11-23T20:00:00+08:00");
    const resident = await disputingResident(db, exit, { payLater: false });
    const { stayId, disputeId } = await disputedStay(db, resident, exit);
    const now = new Date("2026-11-24T10:00:00+08:00");
    await resolveDispute(db, disputeId, { decision: "rejected", note: "" }, now);
    const again = await createDispute(db, resident.userId, stayId, { reason: "other", note: "" }, now).then(
      () => "created",
      (e: AppError) => `${e.status} ${e.messageKey}`,
    );
    expect(again).toBe("409 errors.parking.disputeReviewed");
    expect(await stayRow(db, stayId)).toMatchObject({ status: "unpaid" });
  });
});
