import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDb } from "@/lib/db/open";
import { paymentOutbox, payments, sandboxPayments, users } from "@/lib/db/schema";
import { env } from "@/lib/env";
import type { AppError } from "@/lib/errors";
import { billSubject } from "@/lib/parking/bill-payment-link";
import { recordCheckoutReturn, signCheckoutReturn } from "@/lib/payments/checkout-return";
import { revokeAgreement, signAgreement } from "@/lib/payments/payment-agreement";
import { applyPaymentCallback } from "@/lib/payments/payment-callback";
import type { PaymentCallbackBody } from "@/lib/payments/provider";
import { setSandboxCallbackHold } from "@/lib/payments/sandbox-callback-holds";
import { decideSandboxCheckout, expireSandboxCheckouts } from "@/lib/payments/sandbox-checkout";
import { inProcessPayments } from "@/lib/testing/in-process-payments";
import { gateEvent, HOUR, licensedPlate, testFee, uniquePlate } from "@/lib/testing/parking-fixtures";
import { createTestDb } from "@/lib/testing/test-db";
import { createTestUser } from "@/lib/testing/test-users";
import { afterBilling } from "./after-billing";
import { ingestGateEvents } from "./gate-events";
import { PARKING_PAYEE, payBill } from "./pay-bill";
import { bindPlate } from "./plates";
import { listVisibleSessions } from "./visible-sessions";

let opened: OpenDb;
let clock: Date;
let sandbox: ReturnType<typeof inProcessPayments>;
beforeAll(async () => {
  opened = await createTestDb();
  sandbox = inProcessPayments(opened.db, () => clock);
});
afterAll(async () => opened?.close());

const DAY = 24 * HOUR;
const APP = "http://127.0.0.1:3210";
const secret = () => env().PAYMENTS_CALLBACK_SECRET;

/** A resident who signed the agreement and revoked it (bug 2), or who still has it. */
async function resident(agreement: "revoked" | "active" = "revoked") {
  const { db } = opened;
  const userId = await createTestUser(db);
  const [{ phone }] = (await db.select({ phone: users.phone }).from(users).where(eq(users.id, userId))) as [
    { phone: string },
  ];
  const plate = uniquePlate();
  await bindPlate(db, userId, licensedPlate(plate), new Date(clock.getTime() - 30 * DAY));
  await signAgreement(db, userId, clock);
  if (agreement === "revoked") await revokeAgreement(db, userId, clock);
  return { userId, phone, plate };
}

/** A stay of `hours` ending now, billed (and debited where an agreement is active), callbacks delivered. */
async function park(plate: string, hours = 2): Promise<string> {
  const result = await ingestGateEvents(
    opened.db,
    [
      gateEvent(plate, "entry", new Date(clock.getTime() - (hours * HOUR - 60_000))),
      gateEvent(plate, "exit", clock),
    ],
    { now: clock, computeFee: testFee },
  );
  await afterBilling(opened.db, sandbox.provider, result);
  await sandbox.settle();
  return result.billedStayIds[0]!;
}

const pay = (userId: string, stayId: string) =>
  payBill(opened.db, sandbox.provider, userId, stayId, {
    checkout: {
      returnUrl: `${APP}/api/payments/return?next=%2Fme%2Fbills%2F${stayId}`,
      payee: PARKING_PAYEE,
    },
    now: clock,
  });
const checkoutId = (checkoutUrl: string) => new URL(checkoutUrl).pathname.split("/").pop()!;
/** The person decides at the sandbox checkout and the browser comes back through the signed return. */
async function decide(checkoutUrl: string, decision: "confirm" | "cancel") {
  const back = await decideSandboxCheckout(opened.db, checkoutId(checkoutUrl), decision, {
    secret: secret(),
    now: clock,
  });
  const query = Object.fromEntries(new URL(back).searchParams);
  return { back, query, recorded: await recordCheckoutReturn(opened.db, secret(), query, clock) };
}
const session = async (userId: string, id: string) =>
  (await listVisibleSessions(opened.db, userId, "zh-CN", clock)).find((s) => s.id === id)!;
const paymentsOf = (stayId: string) =>
  opened.db
    .select()
    .from(payments)
    .where(eq(payments.subject, billSubject(stayId)))
    .orderBy(payments.requestedAt);
// Payments requested at the same instant have no row order, so each is named by its id.
const statusesOf = async (stayId: string) =>
  Object.fromEntries((await paymentsOf(stayId)).map((p) => [p.id, p.status]));
const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => "paid",
    (error: AppError) => `${error.code}: ${error.messageKey}`,
  );

describe("paying one bill by hand (one-off payment, no agreement)", () => {
  it("opens a checkout without an agreement; confirmed, the bill is processing, then paid with method and transaction number", async () => {
    clock = new Date("2026-12-01T10:00:00+08:00");
    const { userId, plate } = await resident();
    const stayId = await park(plate, 3);
    expect(await session(userId, stayId)).toMatchObject({ status: "due", payment: null });

    const payment = await pay(userId, stayId);
    expect(payment).toMatchObject({ method: "one_off", status: "pending", amountFen: 1500 });
    expect(payment!.checkoutUrl).toMatch(new RegExp(`^${APP}/pay/checkout/sbp_[0-9a-f]{32}$`));
    const [row] = await paymentsOf(stayId);
    expect(row).toMatchObject({ method: "one_off", agreementId: null, kind: "manual" });
    expect(row!.providerRef).toBe(checkoutId(payment!.checkoutUrl!));
    const [checkout] = await opened.db
      .select()
      .from(sandboxPayments)
      .where(eq(sandboxPayments.idempotencyKey, row!.idempotencyKey));
    expect(checkout).toMatchObject({ amountFen: 1500, payee: PARKING_PAYEE, state: "open" });
    expect(checkout!.description).toContain(plate);
    // Until the person confirms, the bill is still due and offers the same checkout.
    expect(await session(userId, stayId)).toMatchObject({ status: "due", payment: { checkoutOpen: true } });

    const { back, recorded } = await decide(payment!.checkoutUrl!, "confirm");
    expect(new URL(back).pathname).toBe("/api/payments/return");
    expect(new URL(back).searchParams.get("next")).toBe(`/me/bills/${stayId}`);
    expect(recorded).toBe(true);
    expect(await session(userId, stayId)).toMatchObject({
      status: "processing",
      payment: { method: "one_off", processingSince: clock.toISOString(), checkoutOpen: false },
    });
    expect(await refusal(pay(userId, stayId))).toBe("conflict: errors.parking.paymentInProgress");

    await sandbox.settle();
    expect(await session(userId, stayId)).toMatchObject({
      status: "paid",
      paidAt: clock.toISOString(),
      payment: {
        method: "one_off",
        provider: "sandbox",
        providerRef: row!.providerRef,
        processingSince: null,
      },
    });
    expect((await paymentsOf(stayId)).map((p) => p.status)).toEqual(["succeeded"]);
  });

  it("answers the same payment and checkout to repeated and concurrent Pay while the checkout is open", async () => {
    clock = new Date("2026-12-01T11:00:00+08:00");
    const { userId, plate } = await resident();
    const stayId = await park(plate);
    const raced = await Promise.all([pay(userId, stayId), pay(userId, stayId), pay(userId, stayId)]);
    const again = await pay(userId, stayId);
    expect(new Set([...raced, again].map((p) => p!.id)).size).toBe(1);
    expect(new Set([...raced, again].map((p) => p!.checkoutUrl)).size).toBe(1);
    expect(await paymentsOf(stayId)).toHaveLength(1);
    const [row] = await paymentsOf(stayId);
    expect(
      await opened.db
        .select()
        .from(sandboxPayments)
        .where(eq(sandboxPayments.idempotencyKey, row!.idempotencyKey)),
    ).toHaveLength(1);
  });

  it("a cancelled checkout leaves the bill due; it can be paid again, and the cancelled one can no longer take money", async () => {
    clock = new Date("2026-12-01T12:00:00+08:00");
    const { userId, plate } = await resident();
    const stayId = await park(plate);
    const first = await pay(userId, stayId);
    const cancelled = await decide(first!.checkoutUrl!, "cancel");
    expect(cancelled.query.result).toBe("cancelled");
    expect(cancelled.recorded).toBe(false);
    await sandbox.settle();
    expect(await session(userId, stayId)).toMatchObject({ status: "due", payment: null });
    expect((await paymentsOf(stayId)).map((p) => p.status)).toEqual(["declined"]);

    const second = await pay(userId, stayId);
    expect(second!.id).not.toBe(first!.id);
    expect(second!.checkoutUrl).not.toBe(first!.checkoutUrl);
    // Confirming the cancelled checkout afterwards changes nothing at the provider and queues no callback.
    const outboxBefore = (await opened.db.select().from(paymentOutbox)).length;
    const late = await decide(first!.checkoutUrl!, "confirm");
    expect(late.query.result).toBe("cancelled");
    expect((await opened.db.select().from(paymentOutbox)).length).toBe(outboxBefore);

    await decide(second!.checkoutUrl!, "confirm");
    await sandbox.settle();
    expect(await session(userId, stayId)).toMatchObject({ status: "paid" });
    expect(await statusesOf(stayId)).toEqual({ [first!.id]: "declined", [second!.id]: "succeeded" });
  });

  it("never lets two payments take money for one bill: a second live payment is refused, a late success of the first is ignored", async () => {
    clock = new Date("2026-12-01T13:00:00+08:00");
    const { userId, plate } = await resident();
    const stayId = await park(plate);
    const first = await pay(userId, stayId);
    await decide(first!.checkoutUrl!, "cancel");
    await sandbox.settle();
    const second = await pay(userId, stayId);
    // The database itself refuses a second live payment for the bill.
    const [live] = await paymentsOf(stayId).then((rows) => rows.filter((p) => p.id === second!.id));
    await expect(
      opened.db.insert(payments).values({
        idempotencyKey: `${stayId}:forged`,
        purpose: "parking_bill",
        subject: billSubject(stayId),
        description: "Parking",
        userId,
        method: "one_off",
        amountFen: live!.amountFen,
        kind: "manual",
        status: "pending",
        requestedAt: clock,
      }),
    ).rejects.toThrow();
    await decide(second!.checkoutUrl!, "confirm");
    await sandbox.settle();
    // A provider that reported the first as declined cannot later make it take money too.
    const [firstRow] = (await paymentsOf(stayId)).filter((p) => p.id === first!.id);
    const late: PaymentCallbackBody = {
      callbackId: `cb_late_${first!.id}`,
      idempotencyKey: firstRow!.idempotencyKey,
      status: "succeeded",
      amountFen: firstRow!.amountFen,
      at: clock.toISOString(),
    };
    expect((await applyPaymentCallback(opened.db, late, clock)).outcome).toBe("ignored");
    expect(await statusesOf(stayId)).toEqual({ [first!.id]: "declined", [second!.id]: "succeeded" });
  });

  it("applies a callback once: replays and duplicates of the settling callback change nothing", async () => {
    clock = new Date("2026-12-01T14:00:00+08:00");
    const { userId, plate } = await resident();
    const stayId = await park(plate);
    const payment = await pay(userId, stayId);
    await decide(payment!.checkoutUrl!, "confirm");
    const [row] = await paymentsOf(stayId);
    const callback: PaymentCallbackBody = {
      callbackId: `cb_once_${row!.id}`,
      idempotencyKey: row!.idempotencyKey,
      status: "succeeded",
      amountFen: row!.amountFen,
      at: clock.toISOString(),
    };
    expect((await applyPaymentCallback(opened.db, callback, clock)).outcome).toBe("applied");
    expect((await applyPaymentCallback(opened.db, callback, clock)).outcome).toBe("duplicate");
    const flip = { ...callback, callbackId: `cb_flip_${row!.id}`, status: "declined" as const };
    expect((await applyPaymentCallback(opened.db, flip, clock)).outcome).toBe("ignored");
    await sandbox.settle(); // the sandbox's own callback for the same payment arrives late: ignored
    expect(await session(userId, stayId)).toMatchObject({ status: "paid" });
    expect((await paymentsOf(stayId)).map((p) => p.status)).toEqual(["succeeded"]);
  });

  it("records only a correctly signed, fresh return naming the payment", async () => {
    clock = new Date("2026-12-01T15:00:00+08:00");
    const { userId, plate } = await resident();
    const stayId = await park(plate);
    await pay(userId, stayId);
    const [row] = await paymentsOf(stayId);
    const key = row!.idempotencyKey;
    const good = signCheckoutReturn(secret(), key, "confirmed");
    const record = (query: unknown) => recordCheckoutReturn(opened.db, secret(), query, clock);
    expect(await record({ ...good, sig: "0".repeat(64) })).toBe(false);
    expect(await record(signCheckoutReturn("another-secret", key, "confirmed"))).toBe(false);
    expect(
      await record({ ...signCheckoutReturn(secret(), "someone-else", "confirmed"), paymentKey: key }),
    ).toBe(false);
    expect(
      await record(signCheckoutReturn(secret(), key, "confirmed", new Date(Date.now() - 3_600_000))),
    ).toBe(false);
    expect(await record({ paymentKey: key })).toBe(false);
    expect(await session(userId, stayId)).toMatchObject({ status: "due" });
    expect(await record(good)).toBe(true);
    expect(await record(good)).toBe(false);
    expect(await session(userId, stayId)).toMatchObject({ status: "processing" });
  });
});

describe("money in flight (bug 3)", () => {
  it("an automatic debit not yet confirmed shows processing since it started and cannot be paid again", async () => {
    clock = new Date("2026-12-02T10:00:00+08:00");
    const { userId, phone, plate } = await resident("active");
    await setSandboxCallbackHold(opened.db, phone, true, clock);
    const stayId = await park(plate);
    const [debit] = await paymentsOf(stayId);
    expect(debit).toMatchObject({ method: "agreement", kind: "auto", status: "pending" });
    expect(debit!.providerRef).toMatch(/^sbx_/);
    expect(await session(userId, stayId)).toMatchObject({
      status: "processing",
      payment: { method: "agreement", processingSince: clock.toISOString(), providerRef: debit!.providerRef },
    });
    expect(await refusal(pay(userId, stayId))).toBe("conflict: errors.parking.paymentInProgress");
    expect(await paymentsOf(stayId)).toHaveLength(1);

    await setSandboxCallbackHold(opened.db, phone, false, clock);
    await sandbox.settle();
    expect(await session(userId, stayId)).toMatchObject({
      status: "paid",
      payment: { method: "agreement", processingSince: null },
    });
  });

  it("with an active agreement, Pay debits under it (no checkout)", async () => {
    clock = new Date("2026-12-02T11:00:00+08:00");
    const { userId, phone, plate } = await resident("active");
    // The account declines once, so the bill falls due and is paid by hand.
    await opened.db.execute(sql`insert into sandbox_declines (phone) values (${phone})`);
    const stayId = await park(plate);
    expect(await session(userId, stayId)).toMatchObject({ status: "due" });
    await opened.db.execute(sql`delete from sandbox_declines where phone = ${phone}`);
    const payment = await pay(userId, stayId);
    expect(payment).toMatchObject({ method: "agreement", status: "pending", checkoutUrl: null });
    await sandbox.settle();
    expect(await session(userId, stayId)).toMatchObject({ status: "paid", payment: { method: "agreement" } });
    const rows = await opened.db
      .select()
      .from(payments)
      .where(and(eq(payments.subject, billSubject(stayId)), eq(payments.status, "succeeded")));
    expect(rows).toHaveLength(1);
  });
});

describe("an abandoned checkout", () => {
  it("closes after 30 minutes as the provider's decline: the bill is due and paid through a new checkout", async () => {
    clock = new Date("2026-12-03T10:00:00+08:00");
    await expireSandboxCheckouts(opened.db, clock); // the earlier tests' open checkouts
    await sandbox.settle();
    const { userId, plate } = await resident();
    const stayId = await park(plate);
    const abandoned = await pay(userId, stayId);
    clock = new Date(clock.getTime() + 29 * 60_000);
    expect(await expireSandboxCheckouts(opened.db, clock)).toBe(0);
    clock = new Date(clock.getTime() + 2 * 60_000);
    // Confirming past its time is too late: it closes instead.
    expect((await decide(abandoned!.checkoutUrl!, "confirm")).query.result).toBe("cancelled");
    const second = await pay(userId, stayId);
    expect(second!.id).toBe(abandoned!.id); // the decline has not been delivered yet
    await sandbox.settle();
    const fresh = await pay(userId, stayId);
    expect(fresh!.id).not.toBe(abandoned!.id);
    clock = new Date(clock.getTime() + 31 * 60_000);
    expect(await expireSandboxCheckouts(opened.db, clock)).toBe(1);
    await sandbox.settle();
    expect(await session(userId, stayId)).toMatchObject({ status: "due", payment: null });
    const last = await pay(userId, stayId);
    await decide(last!.checkoutUrl!, "confirm");
    await sandbox.settle();
    expect(await session(userId, stayId)).toMatchObject({ status: "paid" });
    expect((await paymentsOf(stayId)).map((p) => p.status)).toEqual(["declined", "declined", "succeeded"]);
  });
});
