import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDb } from "@/lib/db/open";
import {
  notifications,
  parkingStays,
  paymentCallbacks,
  paymentOutbox,
  payments,
  sandboxDebits,
  users,
} from "@/lib/db/schema";
import { env } from "@/lib/env";
import type { AppError } from "@/lib/errors";
import { signedHeaders } from "@/lib/http/machine-signature";
import { afterBilling } from "@/lib/parking/after-billing";
import { sendBillNotices } from "@/lib/parking/bill-notices";
import { ingestGateEvents } from "@/lib/parking/gate-events";
import { payBill } from "@/lib/parking/pay-bill";
import { bindPlate, listPlates } from "@/lib/parking/plates";
import { listVisibleSessions } from "@/lib/parking/visible-sessions";
import { gateEvent, HOUR, licensedPlate, testFee, uniquePlate } from "@/lib/testing/parking-fixtures";
import { createTestDb } from "@/lib/testing/test-db";
import { createTestUser } from "@/lib/testing/test-users";
import { type CallbackSender, deliverPaymentCallbacks } from "./callback-outbox";
import { requestDebits } from "./debit-bill";
import { setPerBillLimit, signAgreement } from "./payment-agreement";
import { applyPaymentCallback, receivePaymentCallback } from "./payment-callback";
import type { PaymentCallbackBody, PaymentProvider } from "./provider";
import { createSandboxProvider, setSandboxDecline } from "./sandbox-provider";
import "@/lib/payment-purposes";
import { billSubject } from "@/lib/parking/bill-payment-link";

let opened: OpenDb;
let clock: Date;
let provider: PaymentProvider;
beforeAll(async () => {
  opened = await createTestDb();
  provider = createSandboxProvider(opened.db, { now: () => clock });
});
afterAll(async () => opened?.close());

const DAY = 24 * HOUR;
const PAY = (now: Date) => ({
  checkout: { returnUrl: "http://127.0.0.1/api/payments/return?next=%2Fme%2Fbills", payee: "Parking" },
  now,
});
/** The provider's callbacks delivered in-process, through the same signature check as the route. */
const received: PaymentCallbackBody[] = [];
const inProcess: CallbackSender = async (payload) => {
  received.push(payload);
  const body = JSON.stringify(payload);
  const headers = signedHeaders(env().PAYMENTS_CALLBACK_SECRET, body, clock);
  await receivePaymentCallback(
    opened.db,
    { timestamp: headers["X-Timestamp"]!, signature: headers["X-Signature"]! },
    body,
    clock,
  );
  return true;
};

async function resident() {
  const { db } = opened;
  const userId = await createTestUser(db);
  const [{ phone }] = (await db.select({ phone: users.phone }).from(users).where(eq(users.id, userId))) as [
    { phone: string },
  ];
  const plate = uniquePlate();
  await bindPlate(db, userId, licensedPlate(plate), new Date(clock.getTime() - 30 * DAY));
  await signAgreement(db, userId);
  return { userId, phone, plate };
}

/** A stay of `hours` ending now; billed, debits sent, callbacks delivered, notices sent. */
async function park(plate: string, hours = 2) {
  const result = await ingestGateEvents(
    opened.db,
    [
      gateEvent(plate, "entry", new Date(clock.getTime() - (hours * HOUR - 60_000))),
      gateEvent(plate, "exit", clock),
    ],
    { now: clock, computeFee: testFee },
  );
  await afterBilling(opened.db, provider, result);
  await deliverPaymentCallbacks(opened.db, inProcess, { now: clock });
  await sendBillNotices(opened.db, { now: clock });
  return result.billedStayIds[0]!;
}

const stay = async (id: string) =>
  (await opened.db.select().from(parkingStays).where(eq(parkingStays.id, id)))[0]!;
const notices = async (userId: string) =>
  (await opened.db.select().from(notifications).where(eq(notifications.userId, userId))).map(
    (n) => n.dedupeKey,
  );
const payLater = async (userId: string) => (await listPlates(opened.db, userId, clock))[0]!.payLater;
const statusOf = async (userId: string, id: string) =>
  (await listVisibleSessions(opened.db, userId, "en", clock)).find((s) => s.id === id)?.status;

describe("the agreement's per-bill limit", () => {
  it("debits a bill within the limit; one above it falls due for paying by hand, and the notice says why", async () => {
    clock = new Date("2026-11-24T10:00:00+08:00");
    const { userId, plate } = await resident();
    // testFee: 500 fen an hour. Limit 10 元: a 2-hour stay (10 元) is debited, a 3-hour one (15 元) is not.
    expect(await setPerBillLimit(opened.db, userId, 1_000)).toBe(true);
    const within = await park(plate, 2);
    expect(await stay(within)).toMatchObject({ status: "paid", feeFen: 1000 });
    clock = new Date("2026-11-24T15:00:00+08:00");
    const above = await park(plate, 3);
    expect(await stay(above)).toMatchObject({ status: "unpaid", feeFen: 1500 });
    expect(
      await opened.db
        .select()
        .from(payments)
        .where(eq(payments.subject, billSubject(above))),
    ).toEqual([]);
    expect(await statusOf(userId, above)).toBe("due");
    const [notice] = await opened.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, userId), eq(notifications.dedupeKey, `parking:bill-due:${above}`)));
    expect(notice!.body).toContain("超过你设定的单笔限额 ¥10.00，没有自动扣款");
    expect(notice!.url).toBe(`/me/bills/${above}`);
  });
});

describe("debit, callback and settlement", () => {
  it("debits a billed exit at once and marks it paid when the callback arrives", async () => {
    clock = new Date("2026-11-23T10:00:00+08:00");
    const { userId, plate } = await resident();
    const stayId = await park(plate, 3);
    expect(await stay(stayId)).toMatchObject({ status: "paid", feeFen: 1500 });
    const debits = await opened.db
      .select()
      .from(sandboxDebits)
      .where(eq(sandboxDebits.idempotencyKey, stayId));
    expect(debits).toMatchObject([{ amountFen: 1500, outcome: "succeeded" }]);
    expect(await statusOf(userId, stayId)).toBe("paid");
    expect(await notices(userId)).toEqual([`parking:bill-paid:${stayId}`]);
    const [inbox] = await opened.db.select().from(notifications).where(eq(notifications.userId, userId));
    expect(inbox!.title).toContain("¥15.00");
  });

  it("never debits twice: repeated and concurrent debit requests, duplicated and late callbacks", async () => {
    clock = new Date("2026-11-23T11:00:00+08:00");
    const { plate } = await resident();
    const result = await ingestGateEvents(
      opened.db,
      [gateEvent(plate, "entry", new Date(clock.getTime() - HOUR)), gateEvent(plate, "exit", clock)],
      { now: clock, computeFee: testFee },
    );
    const stayId = result.billedStayIds[0]!;
    await Promise.all([
      requestDebits(opened.db, provider, result.paymentIds),
      requestDebits(opened.db, provider, result.paymentIds),
      provider.requestDebit({
        idempotencyKey: stayId,
        agreementId: (await agreementOf(stayId))!,
        amountFen: 500,
        description: "retry",
      }),
    ]);
    expect(
      await opened.db.select().from(sandboxDebits).where(eq(sandboxDebits.idempotencyKey, stayId)),
    ).toHaveLength(1);
    const outbox = await opened.db
      .select()
      .from(paymentOutbox)
      .where(sql`${paymentOutbox.payload}->>'idempotencyKey' = ${stayId}`);
    expect(outbox).toHaveLength(1);
    const callback = outbox[0]!.payload as PaymentCallbackBody;
    const outcomes = await Promise.all([
      applyPaymentCallback(opened.db, callback, clock),
      applyPaymentCallback(opened.db, callback, clock),
    ]);
    expect(outcomes.map((o) => o.outcome).sort()).toEqual(["applied", "duplicate"]);
    // A contradicting callback for a settled payment arrives late: the first final outcome stands.
    const late = await applyPaymentCallback(
      opened.db,
      { ...callback, callbackId: "cb_late", status: "declined" },
      clock,
    );
    expect(late.outcome).toBe("ignored");
    expect(await stay(stayId)).toMatchObject({ status: "paid", dueAt: null });
    const settled = await opened.db
      .select()
      .from(payments)
      .where(eq(payments.subject, billSubject(stayId)));
    expect(settled).toMatchObject([{ status: "succeeded", kind: "auto" }]);
  });

  it("decline → due by 24:00 → overdue → plate suspended → pay → active", async () => {
    clock = new Date("2026-11-23T20:00:00+08:00");
    const { userId, phone, plate } = await resident();
    await setSandboxDecline(opened.db, phone, true);
    const first = await park(plate, 1);
    expect(await stay(first)).toMatchObject({
      status: "unpaid",
      dueAt: new Date("2026-11-24T00:00:00+08:00"),
    });
    expect(await statusOf(userId, first)).toBe("due");
    expect(await payLater(userId)).toBe("active");
    expect(await notices(userId)).toEqual([`parking:bill-due:${first}`]);

    // Nothing runs at midnight: the status is right from the clock alone.
    clock = new Date("2026-11-24T00:00:00+08:00");
    expect(await statusOf(userId, first)).toBe("overdue");
    expect(await payLater(userId)).toBe("suspended");
    await sendBillNotices(opened.db, { now: clock });
    await sendBillNotices(opened.db, { now: clock });
    expect((await notices(userId)).sort()).toEqual(
      [`parking:bill-due:${first}`, `parking:bill-overdue:${first}`].sort(),
    );

    // While suspended, a new exit is billed but not debited.
    clock = new Date("2026-11-24T09:00:00+08:00");
    const second = await park(plate, 1);
    expect(
      await opened.db
        .select()
        .from(payments)
        .where(eq(payments.subject, billSubject(second))),
    ).toEqual([]);
    expect(await statusOf(userId, second)).toBe("due");

    // Paying while the account still declines fails again; after that the resident pays both.
    const declined = await payBill(opened.db, provider, userId, first, PAY(clock));
    expect(declined?.status).toBe("pending");
    await deliverPaymentCallbacks(opened.db, inProcess, { now: clock });
    expect(await statusOf(userId, first)).toBe("overdue");
    await setSandboxDecline(opened.db, phone, false);
    // Two racing "Pay"s: one payment; the other finds it in flight (409) or answers the same one.
    const raced = await Promise.allSettled([
      payBill(opened.db, provider, userId, first, PAY(clock)),
      payBill(opened.db, provider, userId, first, PAY(clock)),
    ]);
    const a = raced.find((r) => r.status === "fulfilled")?.value;
    for (const r of raced) {
      if (r.status === "fulfilled") expect(r.value?.id).toBe(a?.id);
      else expect((r.reason as AppError).messageKey).toBe("errors.parking.paymentInProgress");
    }
    await payBill(opened.db, provider, userId, second, PAY(clock));
    await deliverPaymentCallbacks(opened.db, inProcess, { now: clock });
    expect(await statusOf(userId, first)).toBe("paid");
    expect(await statusOf(userId, second)).toBe("paid");
    expect(await payLater(userId)).toBe("active");
    const again = await payBill(opened.db, provider, userId, first, PAY(clock));
    expect(again).toMatchObject({ id: a!.id, status: "succeeded" });
    const attempts = await opened.db
      .select()
      .from(payments)
      .where(eq(payments.subject, billSubject(first)));
    expect(attempts.map((p) => p.status).sort()).toEqual(["declined", "declined", "succeeded"]);
  });

  it("retries an unacknowledged callback until it is acknowledged", async () => {
    clock = new Date("2026-11-25T10:00:00+08:00");
    const { plate } = await resident();
    const result = await ingestGateEvents(
      opened.db,
      [gateEvent(plate, "entry", new Date(clock.getTime() - HOUR)), gateEvent(plate, "exit", clock)],
      { now: clock, computeFee: testFee },
    );
    await requestDebits(opened.db, provider, result.paymentIds);
    const failing: CallbackSender = async () => {
      throw new Error("connection refused");
    };
    expect(await deliverPaymentCallbacks(opened.db, failing, { now: clock })).toEqual({
      delivered: 0,
      failed: 1,
    });
    // Not due again at once (backoff), then delivered.
    expect(await deliverPaymentCallbacks(opened.db, inProcess, { now: clock })).toEqual({
      delivered: 0,
      failed: 0,
    });
    clock = new Date(clock.getTime() + 5_000);
    expect(await deliverPaymentCallbacks(opened.db, inProcess, { now: clock })).toEqual({
      delivered: 1,
      failed: 0,
    });
    expect(await stay(result.billedStayIds[0]!)).toMatchObject({ status: "paid" });
  });

  it("refuses unsigned, stale and unknown callbacks without writing anything", async () => {
    clock = new Date();
    const body = JSON.stringify({
      callbackId: "cb_x",
      idempotencyKey: "nope",
      status: "succeeded",
      amountFen: 1,
      at: clock.toISOString(),
    });
    const headers = signedHeaders(env().PAYMENTS_CALLBACK_SECRET, body, clock);
    const attempt = (h: { timestamp: string; signature: string }, at = clock) =>
      receivePaymentCallback(opened.db, h, body, at).then(
        () => null,
        (e: AppError) => [e.status, e.messageKey],
      );
    const good = { timestamp: headers["X-Timestamp"]!, signature: headers["X-Signature"]! };
    expect(await attempt({ ...good, signature: "0".repeat(64) })).toEqual([
      401,
      "errors.parking.badSignature",
    ]);
    expect(await attempt(good, new Date(clock.getTime() + 301_000))).toEqual([
      401,
      "errors.parking.staleTimestamp",
    ]);
    expect(await attempt(good)).toEqual([404, "errors.payments.unknownPayment"]);
    expect(
      await opened.db.select().from(paymentCallbacks).where(eq(paymentCallbacks.callbackId, "cb_x")),
    ).toEqual([]);
  });
});

async function agreementOf(stayId: string) {
  const [row] = await opened.db
    .select({ agreementId: payments.agreementId })
    .from(payments)
    .where(and(eq(payments.subject, billSubject(stayId))));
  return row?.agreementId;
}
