import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDb } from "@/lib/db/open";
import {
  notifications,
  otpChallenges,
  parkingDisputes,
  parkingReservations,
  parkingStays,
  paymentAgreements,
  payments,
  plateBindings,
  pushSubscriptions,
  rateLimitHits,
  sandboxDeclines,
  sessions,
  users,
} from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import { AppError } from "@/lib/errors";
import { billSubject } from "@/lib/parking/bill-payment-link";
import { ingestGateEvents } from "@/lib/parking/gate-events";
import { scheduleRefund } from "@/lib/payments/refunds";
import { billedStay, disputedStay, disputingResident, linedFee } from "@/lib/testing/dispute-fixtures";
import { gateEvent, HOUR } from "@/lib/testing/parking-fixtures";
import { createTestDb } from "@/lib/testing/test-db";
import { deleteAccount } from "./delete-account";

let opened: OpenDb;
beforeAll(async () => {
  opened = await createTestDb();
});
afterAll(() => opened.close());

const now = new Date("2026-11-23T10:00:00+08:00");
const DAY = 24 * HOUR;

async function phoneOf(db: Db, userId: string) {
  const [row] = await db.select({ phone: users.phone }).from(users).where(eq(users.id, userId));
  return row!.phone;
}

/** A resident signed in on a device, with a push subscription, an inbox message and a sign-in code. */
async function residentWithTraces(payLater: boolean) {
  const { db } = opened;
  const resident = await disputingResident(db, now, { payLater });
  const phone = await phoneOf(db, resident.userId);
  await db.insert(sessions).values({
    tokenHash: randomUUID(),
    userId: resident.userId,
    expiresAt: new Date(now.getTime() + DAY),
    userAgent: "test phone",
  });
  await db.insert(pushSubscriptions).values({
    userId: resident.userId,
    endpoint: `https://push.example/${randomUUID()}`,
    p256dh: "k",
    auth: "a",
  });
  await db
    .insert(notifications)
    .values({ userId: resident.userId, dedupeKey: "hello", topic: "test", title: "t", body: "b" });
  await db.insert(otpChallenges).values({
    phone,
    codeHash: "h",
    expiresAt: new Date(now.getTime() + 60_000),
    requestedIp: "203.0.113.7",
  });
  await db.insert(rateLimitHits).values({ bucket: "auth.otp.phone", subject: phone, at: now });
  return { ...resident, phone };
}

async function reservation(
  db: Db,
  userId: string,
  plate: string,
  status: "pending_payment" | "confirmed",
  arrivalAt: Date,
) {
  const [row] = await db
    .insert(parkingReservations)
    .values({
      userId,
      idempotencyKey: randomUUID(),
      lotId: "wl-feilaifeng",
      plate,
      arrivalAt,
      holdUntil: new Date(arrivalAt.getTime() + 15 * 60_000),
      feeFen: 500,
      agreementId: randomUUID(),
      status,
    })
    .returning();
  return row!;
}

async function refusal(userId: string) {
  try {
    await deleteAccount(opened.db, userId, { now, locale: "en" });
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  return null;
}

async function expectRefused(userId: string, kind: string, text: RegExp) {
  const error = await refusal(userId);
  expect(error?.status).toBe(409);
  expect(error?.messageKey).toBe("errors.account.deletionBlocked");
  expect(((error?.extra?.open ?? []) as { kind: string }[]).map((o) => o.kind)).toEqual([kind]);
  expect(String(error?.values.open)).toMatch(text);
  // Nothing happened: still there, still signed in.
  expect(await opened.db.select().from(users).where(eq(users.id, userId))).toHaveLength(1);
  expect(await opened.db.select().from(sessions).where(eq(sessions.userId, userId))).toHaveLength(1);
}

describe("deleting an account is refused while money is open", () => {
  it("an unpaid bill", async () => {
    const resident = await residentWithTraces(false);
    await billedStay(opened.db, resident.plate, new Date(now.getTime() - 2 * HOUR));
    await expectRefused(resident.userId, "unpaidBill", /^1 unpaid parking bill$/);
  });

  it("a disputed bill", async () => {
    const resident = await residentWithTraces(true);
    await disputedStay(opened.db, resident, new Date(now.getTime() - 2 * HOUR));
    await expectRefused(resident.userId, "disputedBill", /^1 bill under dispute$/);
  });

  it("a bill being debited", async () => {
    const resident = await residentWithTraces(true);
    const exit = new Date(now.getTime() - HOUR);
    const ingested = await ingestGateEvents(
      opened.db,
      [
        gateEvent(resident.plate, "entry", new Date(exit.getTime() - 2 * HOUR)),
        gateEvent(resident.plate, "exit", exit),
      ],
      { now: exit, computeFee: linedFee },
    );
    expect(ingested.paymentIds).toHaveLength(1);
    await expectRefused(resident.userId, "paymentInProgress", /^1 payment in progress$/);
  });

  it("a reservation fee not yet settled", async () => {
    const resident = await residentWithTraces(true);
    await reservation(
      opened.db,
      resident.userId,
      resident.plate,
      "pending_payment",
      new Date(now.getTime() + HOUR),
    );
    await expectRefused(resident.userId, "reservationFeePending", /^1 reservation fee being charged$/);
  });

  it("a refund on its way", async () => {
    const resident = await residentWithTraces(true);
    const stayId = await billedStay(opened.db, resident.plate, new Date(now.getTime() - 3 * HOUR));
    const [payment] = await opened.db
      .select()
      .from(payments)
      .where(eq(payments.subject, billSubject(stayId)));
    expect(payment?.status).toBe("succeeded");
    await opened.db.transaction((tx) =>
      scheduleRefund(tx, {
        idempotencyKey: `test-refund:${stayId}`,
        paymentId: payment!.id,
        amountFen: 100,
        reason: "dispute_upheld",
        now,
      }),
    );
    await expectRefused(resident.userId, "refundPending", /^1 refund in progress$/);
  });

  it("a car still in a car park, and a reservation still ahead", async () => {
    const parked = await residentWithTraces(true);
    await ingestGateEvents(opened.db, [gateEvent(parked.plate, "entry", new Date(now.getTime() - HOUR))], {
      now,
      computeFee: linedFee,
    });
    await expectRefused(parked.userId, "carParked", /^1 car still in a car park/);

    const booked = await residentWithTraces(true);
    await reservation(opened.db, booked.userId, booked.plate, "confirmed", new Date(now.getTime() + DAY));
    await expectRefused(booked.userId, "upcomingReservation", /^1 upcoming reservation/);
  });

  it("names everything open at once, in the person's language", async () => {
    const resident = await residentWithTraces(false);
    await billedStay(opened.db, resident.plate, new Date(now.getTime() - 5 * HOUR));
    await billedStay(opened.db, resident.plate, new Date(now.getTime() - 2 * HOUR));
    await reservation(
      opened.db,
      resident.userId,
      resident.plate,
      "pending_payment",
      new Date(now.getTime() + HOUR),
    );
    const en = await refusal(resident.userId);
    expect(en?.values.open).toBe("2 unpaid parking bills and 1 reservation fee being charged");
    const zh = await deleteAccount(opened.db, resident.userId, { now, locale: "zh-CN" }).catch(
      (e: AppError) => e,
    );
    expect((zh as AppError).values.open).toBe("2 笔停车账单未支付和1 笔预约费正在扣款");
  });
});

describe("deleting an account", () => {
  async function totals(db: Db) {
    const [bills] = await db
      .select({ n: sql<number>`count(*)::int`, fen: sql<number>`coalesce(sum(fee_fen), 0)::int` })
      .from(parkingStays);
    const [paid] = await db
      .select({ n: sql<number>`count(*)::int`, fen: sql<number>`coalesce(sum(amount_fen), 0)::int` })
      .from(payments);
    return { bills, paid };
  }

  it("removes the person and everything that names them; the books keep every bill and payment", async () => {
    const { db } = opened;
    const resident = await residentWithTraces(true);
    const stayId = await billedStay(db, resident.plate, new Date(now.getTime() - 30 * HOUR));
    // A dispute that was settled (rejected): the operator's record stays, the resident's words go.
    const disputed = await disputedStay(db, resident, new Date(now.getTime() - 50 * HOUR));
    await db
      .update(parkingDisputes)
      .set({ status: "resolved", outcome: "rejected", resolvedAt: now, resolutionNotifiedAt: now })
      .where(eq(parkingDisputes.id, disputed.disputeId));
    await db.update(parkingStays).set({ status: "paid" }).where(eq(parkingStays.id, disputed.stayId));
    // Added after paying: the sandbox provider declines every debit of a phone on this list.
    await db.insert(sandboxDeclines).values({ phone: resident.phone });
    const past = await reservation(
      db,
      resident.userId,
      resident.plate,
      "confirmed",
      new Date(now.getTime() - DAY),
    );
    const before = await totals(db);
    expect(before.paid?.n).toBeGreaterThan(0);

    await deleteAccount(db, resident.userId, { now, locale: "zh-CN" });

    expect(await totals(db)).toEqual(before);
    const [payment] = await db
      .select()
      .from(payments)
      .where(eq(payments.subject, billSubject(stayId)));
    expect(payment).toMatchObject({ status: "succeeded", amountFen: 1500, userId: null });
    const [stay] = await db.select().from(parkingStays).where(eq(parkingStays.id, stayId));
    expect(stay).toMatchObject({ status: "paid", feeFen: 1500 });
    const [dispute] = await db
      .select()
      .from(parkingDisputes)
      .where(eq(parkingDisputes.id, disputed.disputeId));
    expect(dispute).toMatchObject({ userId: null, note: "", outcome: "rejected" });
    const [kept] = await db.select().from(parkingReservations).where(eq(parkingReservations.id, past.id));
    expect(kept).toMatchObject({ userId: null, feeFen: 500 });
    const agreements = await db
      .select()
      .from(paymentAgreements)
      .where(eq(paymentAgreements.id, payment!.agreementId!));
    expect(agreements).toMatchObject([{ userId: null, status: "revoked" }]);

    // No row anywhere still points at the person …
    const columns = await db.execute(sql`
      select table_name from information_schema.columns
      where table_schema = current_schema() and column_name = 'user_id'`);
    for (const { table_name } of (columns as unknown as { rows: { table_name: string }[] }).rows) {
      const left = await db.execute(
        sql`select count(*)::int as n from ${sql.identifier(table_name)} where user_id = ${resident.userId}`,
      );
      expect([table_name, (left as unknown as { rows: { n: number }[] }).rows[0]!.n]).toEqual([
        table_name,
        0,
      ]);
    }
    expect(await db.select().from(users).where(eq(users.id, resident.userId))).toEqual([]);
    // … no phone number is kept …
    expect(await db.select().from(users).where(eq(users.phone, resident.phone))).toEqual([]);
    expect(await db.select().from(otpChallenges).where(eq(otpChallenges.phone, resident.phone))).toEqual([]);
    expect(await db.select().from(rateLimitHits).where(eq(rateLimitHits.subject, resident.phone))).toEqual(
      [],
    );
    expect(await db.select().from(sandboxDeclines).where(eq(sandboxDeclines.phone, resident.phone))).toEqual(
      [],
    );
    // … and the plate belongs to nobody, so the next owner can bind it.
    expect(await db.select().from(plateBindings).where(eq(plateBindings.plate, resident.plate))).toEqual([]);
  });

  it("leaves other people's data alone", async () => {
    const { db } = opened;
    const leaving = await residentWithTraces(true);
    const staying = await residentWithTraces(true);
    await billedStay(db, staying.plate, new Date(now.getTime() - 30 * HOUR));
    await deleteAccount(db, leaving.userId, { now, locale: "en" });
    expect(await db.select().from(sessions).where(eq(sessions.userId, staying.userId))).toHaveLength(1);
    expect(
      await db.select().from(plateBindings).where(eq(plateBindings.userId, staying.userId)),
    ).toHaveLength(1);
    expect(await db.select().from(payments).where(eq(payments.userId, staying.userId))).toHaveLength(1);
    expect(await db.select().from(users).where(eq(users.id, staying.userId))).toHaveLength(1);
  });

  it("with a payment racing it, ends either refused or with the payment refused: never half-deleted", async () => {
    const { db } = opened;
    const resident = await residentWithTraces(true);
    const stayId = await billedStay(db, resident.plate, new Date(now.getTime() - 30 * HOUR));
    const [paid] = await db
      .select()
      .from(payments)
      .where(eq(payments.subject, billSubject(stayId)));
    const racingPayment = db.insert(payments).values({
      idempotencyKey: randomUUID(),
      purpose: "parking_bill",
      subject: billSubject((await billedStay(db, resident.plate, new Date(now.getTime() - 20 * HOUR)))!),
      description: "Parking",
      userId: resident.userId,
      agreementId: paid!.agreementId,
      amountFen: 700,
      kind: "manual",
      status: "requested",
    });
    const [deletion, payment] = await Promise.allSettled([
      deleteAccount(db, resident.userId, { now, locale: "en" }),
      racingPayment,
    ]);
    const deleted = (await db.select().from(users).where(eq(users.id, resident.userId))).length === 0;
    const orphans = await db
      .select()
      .from(payments)
      .where(
        sql`${payments.userId} is null and ${payments.status} = 'requested' and ${payments.amountFen} = 700`,
      );
    expect(orphans).toEqual([]);
    if (deleted) expect(payment.status).toBe("rejected");
    else expect(deletion.status).toBe("rejected");
  });

  it("twice is the same as once", async () => {
    const resident = await residentWithTraces(true);
    await deleteAccount(opened.db, resident.userId, { now, locale: "en" });
    await expect(deleteAccount(opened.db, resident.userId, { now, locale: "en" })).resolves.toBeUndefined();
  });
});
