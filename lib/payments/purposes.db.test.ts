import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDb } from "@/lib/db/open";
import { payments } from "@/lib/db/schema";
import { createTestDb } from "@/lib/testing/test-db";
import { createTestUser } from "@/lib/testing/test-users";
import { requestDebits } from "./debit-bill";
import { activeAgreementId, signAgreement } from "./payment-agreement";
import { applyPaymentCallback } from "./payment-callback";
import type { PaymentProvider } from "./provider";
import { registerPaymentPurpose, type SettledPayment, type SettledRefund } from "./purposes";
import { recordPayments } from "./record-payment";
import { settleRefund } from "./refund-callback";
import { scheduleRefund } from "./refunds";

// A service the platform has never heard of: everything it knows of it is what the service registered.
const settled: [SettledPayment, string][] = [];
const refunded: SettledRefund[] = [];
registerPaymentPurpose("library_fine", {
  async settle(_tx, payment, outcome) {
    settled.push([payment, outcome]);
    return [];
  },
  async refunded(_tx, refund) {
    refunded.push(refund);
  },
});

let opened: OpenDb;
const now = new Date("2026-12-07T10:00:00+08:00");
beforeAll(async () => {
  opened = await createTestDb();
});
afterAll(async () => opened?.close());

const fine = (userId: string, agreementId: string | null, key: string) => ({
  idempotencyKey: key,
  purpose: "library_fine",
  subject: "library_fine:book-42",
  description: "Library fine: 2 weeks late",
  userId,
  agreementId,
  amountFen: 300,
  kind: "manual" as const,
  requestedAt: now,
});

describe("the payments platform serves a purpose it does not know", () => {
  it("records one live payment per subject, settles it through the purpose's rules and tells it of refunds", async () => {
    const { db } = opened;
    const userId = await createTestUser(db);
    await signAgreement(db, userId, now);
    const agreementId = await activeAgreementId(db, userId);
    const [first] = await db.transaction((tx) => recordPayments(tx, [fine(userId, agreementId, "fine-1")]));
    expect(first).toMatchObject({ subject: "library_fine:book-42", idempotencyKey: "fine-1" });
    // A second collection for the same subject while the first is live is not written.
    expect(await db.transaction((tx) => recordPayments(tx, [fine(userId, null, "fine-2")]))).toEqual([]);

    const callback = { callbackId: "cb-fine-1", idempotencyKey: "fine-1", status: "succeeded" as const };
    const outcome = await applyPaymentCallback(
      db,
      { ...callback, amountFen: 300, at: now.toISOString() },
      now,
    );
    expect(outcome).toMatchObject({ paymentId: first!.id, purpose: "library_fine", outcome: "applied" });
    expect(settled).toEqual([
      [
        expect.objectContaining({ id: first!.id, subject: "library_fine:book-42", amountFen: 300 }),
        "succeeded",
      ],
    ]);

    await db.transaction((tx) =>
      scheduleRefund(tx, {
        idempotencyKey: "fine-1-back",
        paymentId: first!.id,
        amountFen: 100,
        reason: "waived",
        now,
      }),
    );
    await db.transaction((tx) =>
      settleRefund(tx, {
        idempotencyKey: "fine-1-back",
        status: "succeeded",
        amountFen: 100,
        settledAt: now,
      }),
    );
    expect(refunded).toEqual([{ paymentId: first!.id, reason: "waived", amountFen: 100, settledAt: now }]);
  });

  it("refuses to settle a purpose nobody registered, changing nothing", async () => {
    const { db } = opened;
    const userId = await createTestUser(db);
    await signAgreement(db, userId, now);
    const agreementId = await activeAgreementId(db, userId);
    await db.transaction((tx) =>
      recordPayments(tx, [
        { ...fine(userId, agreementId, "orphan-1"), purpose: "nobody", subject: "nobody:1" },
      ]),
    );
    const callback = { callbackId: "cb-orphan-1", idempotencyKey: "orphan-1", status: "succeeded" as const };
    await expect(
      applyPaymentCallback(db, { ...callback, amountFen: 300, at: now.toISOString() }, now),
    ).rejects.toThrow('No rules are registered for payment purpose "nobody"');
    // The callback's transaction rolled back: the same callback can be applied once the purpose exists.
    registerPaymentPurpose("nobody", { settle: async () => [] });
    const retried = await applyPaymentCallback(
      db,
      { ...callback, amountFen: 300, at: now.toISOString() },
      now,
    );
    expect(retried.outcome).toBe("applied");
  });

  it("keeps the provider's transaction number when its callback settled the payment before its answer arrived", async () => {
    const { db } = opened;
    const userId = await createTestUser(db);
    await signAgreement(db, userId, now);
    const agreementId = await activeAgreementId(db, userId);
    const [payment] = await db.transaction((tx) =>
      recordPayments(tx, [{ ...fine(userId, agreementId, "quick-1"), subject: "library_fine:book-43" }]),
    );
    const quick: PaymentProvider = {
      name: "quick",
      async requestDebit(request) {
        const callback = {
          callbackId: "cb-quick-1",
          idempotencyKey: request.idempotencyKey,
          status: "succeeded" as const,
        };
        await applyPaymentCallback(
          db,
          { ...callback, amountFen: request.amountFen, at: now.toISOString() },
          now,
        );
        return { status: "accepted", providerRef: "QUICK-0001" };
      },
      requestPayment: () => Promise.reject(new Error("not used")),
      requestRefund: () => Promise.reject(new Error("not used")),
    };
    await requestDebits(db, quick, [payment!.id]);
    const [row] = await db.select().from(payments).where(eq(payments.id, payment!.id));
    expect(row).toMatchObject({ status: "succeeded", providerRef: "QUICK-0001" });
  });
});
