import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDb } from "@/lib/db/open";
import { payments, refunds, sandboxRefunds } from "@/lib/db/schema";
import type { AppError } from "@/lib/errors";
import { afterBilling } from "@/lib/parking/after-billing";
import { ingestGateEvents } from "@/lib/parking/gate-events";
import { bindPlate } from "@/lib/parking/plates";
import { inProcessPayments } from "@/lib/testing/in-process-payments";
import { gateEvent, HOUR, licensedPlate, testFee, uniquePlate } from "@/lib/testing/parking-fixtures";
import { createTestDb } from "@/lib/testing/test-db";
import { createTestUser } from "@/lib/testing/test-users";
import { signAgreement } from "./payment-agreement";
import { applyPaymentCallback } from "./payment-callback";
import type { PaymentProvider } from "./provider";
import { requestRefunds, retryRequestedRefunds, scheduleRefund } from "./refunds";
import "@/lib/payment-purposes";
import { billSubject } from "@/lib/parking/bill-payment-link";

let opened: OpenDb;
let clock = new Date("2026-11-23T10:00:00+08:00");
let pay: ReturnType<typeof inProcessPayments>;
beforeAll(async () => {
  opened = await createTestDb();
  pay = inProcessPayments(opened.db, () => clock);
});
afterAll(async () => opened?.close());

/** A 3-hour stay billed 15 元 and paid through the provider; its payment. */
async function paidBill() {
  const { db } = opened;
  const userId = await createTestUser(db);
  const plate = uniquePlate();
  await bindPlate(db, userId, licensedPlate(plate), new Date(clock.getTime() - 24 * HOUR));
  await signAgreement(db, userId);
  const result = await ingestGateEvents(
    db,
    [
      gateEvent(plate, "entry", new Date(clock.getTime() - 3 * HOUR + 60_000)),
      gateEvent(plate, "exit", clock),
    ],
    { now: clock, computeFee: testFee },
  );
  await afterBilling(db, pay.provider, result);
  await pay.settle();
  const [payment] = await db
    .select()
    .from(payments)
    .where(eq(payments.subject, billSubject(result.billedStayIds[0]!)));
  expect(payment).toMatchObject({ status: "succeeded", amountFen: 1500 });
  return payment!;
}

const refund = (paymentId: string, key: string, amountFen: number) =>
  opened.db.transaction((tx) =>
    scheduleRefund(tx, { idempotencyKey: key, paymentId, amountFen, reason: "dispute_upheld", now: clock }),
  );
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: AppError) => [error.status, error.messageKey],
  );

describe("refunds", () => {
  it("never refunds more than was paid, in parts or at once; a key refunds once", async () => {
    const payment = await paidBill();
    const first = await refund(payment.id, "r-a", 1000);
    expect(await refund(payment.id, "r-a", 1000)).toBe(first);
    expect(await failure(refund(payment.id, "r-b", 1000))).toEqual([
      409,
      "errors.payments.refundExceedsPayment",
    ]);
    await refund(payment.id, "r-c", 500);
    const rows = await opened.db.select().from(refunds).where(eq(refunds.paymentId, payment.id));
    expect(rows.map((r) => r.amountFen).sort()).toEqual([1000, 500]);

    const other = await paidBill();
    const racing = await Promise.allSettled([refund(other.id, "x-1", 1000), refund(other.id, "x-2", 1000)]);
    expect(racing.filter((r) => r.status === "fulfilled")).toHaveLength(1);
  });

  it("refuses refunds of unpaid payments and of non-positive amounts", async () => {
    const payment = await paidBill();
    await opened.db.update(payments).set({ status: "declined" }).where(eq(payments.id, payment.id));
    expect(await failure(refund(payment.id, "u-1", 100))).toEqual([409, "errors.payments.refundNotPaid"]);
    expect(await failure(refund(payment.id, "u-2", 0))).toEqual([422, "errors.payments.refundAmount"]);
  });

  it("pays out through the provider once; its callback settles it and a repeated one changes nothing", async () => {
    const payment = await paidBill();
    const id = await refund(payment.id, `p-${payment.id}`, 700);
    await Promise.all([
      requestRefunds(opened.db, pay.provider, [id]),
      requestRefunds(opened.db, pay.provider, [id]),
    ]);
    await pay.settle();
    const [row] = await opened.db.select().from(refunds).where(eq(refunds.id, id));
    expect(row!.status).toBe("succeeded");
    const books = await opened.db
      .select()
      .from(sandboxRefunds)
      .where(eq(sandboxRefunds.idempotencyKey, `p-${payment.id}`));
    expect(books).toEqual([expect.objectContaining({ amountFen: 700, paymentKey: payment.idempotencyKey })]);
    const late = await applyPaymentCallback(
      opened.db,
      {
        callbackId: `late-${id}`,
        kind: "refund",
        idempotencyKey: `p-${payment.id}`,
        status: "declined",
        amountFen: 700,
        at: clock.toISOString(),
      },
      clock,
    );
    expect(late.outcome).toBe("ignored");
    const [still] = await opened.db.select().from(refunds).where(eq(refunds.id, id));
    expect(still!.status).toBe("succeeded");
  });

  it("keeps an unsent refund and sends it on the retry; a declined refund no longer counts", async () => {
    const payment = await paidBill();
    const unreachable: PaymentProvider = {
      name: "unreachable",
      requestDebit: () => Promise.reject(new Error("down")),
      requestPayment: () => Promise.reject(new Error("down")),
      requestRefund: () => Promise.reject(new Error("down")),
    };
    const id = await refund(payment.id, `q-${payment.id}`, 1500);
    expect(await requestRefunds(opened.db, unreachable, [id])).toEqual([id]);
    clock = new Date(clock.getTime() + 20_000);
    expect(await retryRequestedRefunds(opened.db, pay.provider, { now: clock })).toBeGreaterThanOrEqual(1);
    const [sent] = await opened.db.select().from(refunds).where(eq(refunds.id, id));
    expect(sent!.status).toBe("pending");

    await applyPaymentCallback(
      opened.db,
      {
        callbackId: `no-${id}`,
        kind: "refund",
        idempotencyKey: `q-${payment.id}`,
        status: "declined",
        amountFen: 1500,
        at: clock.toISOString(),
      },
      clock,
    );
    const [failed] = await opened.db.select().from(refunds).where(eq(refunds.id, id));
    expect(failed!.status).toBe("failed");
    await expect(refund(payment.id, `q2-${payment.id}`, 1500)).resolves.toBeTruthy();
  });
});
