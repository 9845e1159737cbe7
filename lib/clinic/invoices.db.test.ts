import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deleteAccount } from "@/lib/account/delete-account";
import type { OpenDb } from "@/lib/db/open";
import { clinicAccounts, clinicInvoices, users } from "@/lib/db/schema";
import { requestDebits } from "@/lib/payments/debit-bill";
import { revokeAgreement } from "@/lib/payments/payment-agreement";
import {
  freshResidentId,
  residentWithAgreement,
  scannedToken,
  testClinicConfig,
} from "@/lib/testing/clinic-fixtures";
import { inProcessPayments } from "@/lib/testing/in-process-payments";
import { createTestDb } from "@/lib/testing/test-db";
import { getClinicAccount } from "./clinic-account";
import { listClinicInvoices } from "./clinic-invoices";
import { notifyInvoiceSettled, sendClinicDeadlineNotices } from "./clinic-notices";
import { listClinicVisits } from "./clinic-visits";
import { closeVisit } from "./close-visit";
import { debitDueInvoices } from "./debit-due-invoices";
import { enrol } from "./enrol";
import { CLINIC_PAYEE } from "./invoice-payment-link";
import { payInvoice } from "./pay-invoice";
import { postCharge } from "./post-charge";

let opened: OpenDb;
let clock = new Date("2026-12-07T09:00:00+08:00");
let pay: ReturnType<typeof inProcessPayments>;
const config = testClinicConfig(668); // tier 3: 2,000 元
const HOUR = 3_600_000;
beforeAll(async () => {
  opened = await createTestDb();
  pay = inProcessPayments(opened.db, () => clock);
});
afterAll(async () => opened?.close());

let visitSeq = 0;
/** An enrolled patient with one closed visit of `selfPayFen`; its invoice. */
async function billedPatient(selfPayFen = 12_000) {
  const { db } = opened;
  const userId = await residentWithAgreement(db, clock);
  const { account } = await enrol(
    db,
    userId,
    { name: "刘芳", idNumber: freshResidentId(), consent: true },
    config,
    clock,
  );
  visitSeq += 1;
  const visitId = `iv-${visitSeq}`;
  await postCharge(
    db,
    {
      chargeId: `${visitId}-1`,
      hospitalId: "hz-tcm",
      visitId,
      patientToken: scannedToken(account.healthCardId!, config, clock),
      occurredAt: clock.toISOString(),
      items: [
        {
          code: "250101015",
          display: "血常规",
          quantity: 1,
          unitPriceFen: selfPayFen + 3_000,
          insuranceFen: 3_000,
          selfPayFen,
        },
      ],
    },
    { cardSecret: config.cardSecret, now: clock },
  );
  const closed = await closeVisit(db, { hospitalId: "hz-tcm", visitId }, clock);
  return { userId, invoiceId: closed.invoiceId };
}

const checkout = { returnUrl: "http://app.test/api/payments/return?next=%2Fclinic", payee: CLINIC_PAYEE };
const invoicesOf = (userId: string) => listClinicInvoices(opened.db, userId, clock);
const deadline = async () => {
  const ids = await debitDueInvoices(opened.db, clock);
  await requestDebits(opened.db, pay.provider, ids);
  await pay.settle();
};

describe("clinic bills", () => {
  it("are paid in the app under the agreement, once, with the line freed", async () => {
    const { userId, invoiceId } = await billedPatient();
    expect(await invoicesOf(userId)).toMatchObject([
      { id: invoiceId, state: "due", totalSelfPayFen: 12_000 },
    ]);
    expect(await getClinicAccount(opened.db, userId)).toMatchObject({
      usedFen: 12_000,
      availableFen: 188_000,
    });
    const payment = await payInvoice(opened.db, pay.provider, userId, invoiceId, { checkout, now: clock });
    expect(payment).toMatchObject({ method: "agreement", amountFen: 12_000 });
    expect((await invoicesOf(userId))[0]!.state).toBe("processing");
    await pay.settle();
    expect(await invoicesOf(userId)).toMatchObject([
      { state: "paid", payment: { method: "agreement", kind: "manual" } },
    ]);
    expect(await getClinicAccount(opened.db, userId)).toMatchObject({ usedFen: 0, availableFen: 200_000 });
    // Paying again answers the payment that settled it; nothing more is taken.
    expect(
      await payInvoice(opened.db, pay.provider, userId, invoiceId, { checkout, now: clock }),
    ).toMatchObject({
      id: payment!.id,
      status: "succeeded",
    });
  });

  it("are debited at the deadline, 48 h after the visit closed, and not before", async () => {
    const { userId } = await billedPatient();
    clock = new Date(clock.getTime() + 47 * HOUR);
    await deadline();
    expect((await invoicesOf(userId))[0]!.state).toBe("due");
    clock = new Date(clock.getTime() + HOUR);
    await deadline();
    expect(await invoicesOf(userId)).toMatchObject([{ state: "paid", payment: { kind: "auto" } }]);
    expect((await getClinicAccount(opened.db, userId)).status).toBe("active");
  });

  it("suspend the account when the deadline debit fails; paying reinstates it one tier lower", async () => {
    const { db } = opened;
    const { userId, invoiceId } = await billedPatient();
    const [{ phone }] = (await db.select({ phone: users.phone }).from(users).where(eq(users.id, userId))) as [
      { phone: string },
    ];
    await db.execute(sql`insert into sandbox_declines (phone) values (${phone})`);
    clock = new Date(clock.getTime() + 48 * HOUR);
    await deadline();
    expect(await invoicesOf(userId)).toMatchObject([{ state: "overdue" }]);
    expect(await getClinicAccount(db, userId)).toMatchObject({
      status: "suspended",
      tier: 3,
      availableFen: 0,
    });
    // The deadline debit is made once: a refused one is not retried every round.
    await deadline();
    expect(await getClinicAccount(db, userId)).toMatchObject({ status: "suspended" });

    await db.execute(sql`delete from sandbox_declines where phone = ${phone}`);
    await payInvoice(db, pay.provider, userId, invoiceId, { checkout, now: clock });
    await pay.settle();
    expect(await getClinicAccount(db, userId)).toMatchObject({
      status: "active",
      tier: 2,
      creditLineFen: 100_000,
      usedFen: 0,
    });
  });

  it("suspend at once a bill due without an agreement to debit, and nobody else sees any of it", async () => {
    const { db } = opened;
    const { userId } = await billedPatient();
    await revokeAgreement(db, userId);
    clock = new Date(clock.getTime() + 49 * HOUR);
    await deadline();
    expect((await getClinicAccount(db, userId)).status).toBe("suspended");
    const stranger = await residentWithAgreement(db, clock);
    expect(await invoicesOf(stranger)).toEqual([]);
    expect(await listClinicVisits(db, stranger)).toEqual([]);
    const [theirs] = await invoicesOf(userId);
    await expect(
      payInvoice(db, pay.provider, stranger, theirs!.id, { checkout, now: clock }),
    ).rejects.toMatchObject({
      code: "not_found",
    });
  });
});

describe("clinic notices", () => {
  it("remind a bill due within 6 h, then overdue, once each; tell a payment; all in the inbox", async () => {
    const { db } = opened;
    const { userId, invoiceId } = await billedPatient(5_000);
    const inbox = async () =>
      (await db.execute(
        sql`select topic from notifications where user_id = ${userId}::uuid order by created_at, topic`,
      )) as unknown as {
        rows: { topic: string }[];
      };
    await sendClinicDeadlineNotices(db, clock);
    expect((await inbox()).rows).toEqual([]);
    clock = new Date(clock.getTime() + 43 * HOUR);
    await sendClinicDeadlineNotices(db, clock);
    await sendClinicDeadlineNotices(db, clock);
    expect((await inbox()).rows.map((r) => r.topic)).toEqual(["clinic.bill-due"]);
    clock = new Date(clock.getTime() + 5 * HOUR);
    await sendClinicDeadlineNotices(db, clock);
    expect((await inbox()).rows.map((r) => r.topic)).toEqual(["clinic.bill-due", "clinic.bill-overdue"]);
    const payment = await payInvoice(db, pay.provider, userId, invoiceId, { checkout, now: clock });
    await pay.settle();
    await notifyInvoiceSettled(db, payment!.id, clock);
    expect((await inbox()).rows.map((r) => r.topic)).toContain("clinic.bill-paid");
  });
});

describe("deleting an account with clinic bills", () => {
  it("is refused while a bill is unpaid; afterwards the bill stays and the patient's identity does not", async () => {
    const { db } = opened;
    const { userId, invoiceId } = await billedPatient(2_000);
    await expect(deleteAccount(db, userId, { now: clock, locale: "en" })).rejects.toMatchObject({
      code: "conflict",
      messageKey: "errors.account.deletionBlocked",
    });
    await payInvoice(db, pay.provider, userId, invoiceId, { checkout, now: clock });
    await pay.settle();
    await deleteAccount(db, userId, { now: clock, locale: "en" });
    const [kept] = await db.select().from(clinicInvoices).where(eq(clinicInvoices.id, invoiceId));
    expect(kept).toMatchObject({ totalSelfPayFen: 2_000 });
    const [account] = await db.select().from(clinicAccounts).where(eq(clinicAccounts.id, kept!.accountId));
    expect(account).toMatchObject({
      userId: null,
      nameSealed: "",
      residentIdSealed: "",
      residentIdMasked: "",
    });
    expect(account!.residentIdIndex).toBe(`deleted:${account!.id}`);
  });
});
