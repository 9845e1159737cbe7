import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDb } from "@/lib/db/open";
import { parkingReservations, payments, refunds, sandboxRefunds, users } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { bindPlate } from "@/lib/parking/plates";
import { retryRequestedDebits } from "@/lib/payments/debit-bill";
import { activeAgreementId, signAgreement } from "@/lib/payments/payment-agreement";
import type { PaymentProvider } from "@/lib/payments/provider";
import { setSandboxDecline } from "@/lib/payments/sandbox-provider";
import { reservationFeeSubject } from "@/lib/reservations/reservation-payment-link";
import { inProcessPayments } from "@/lib/testing/in-process-payments";
import { licensedPlate } from "@/lib/testing/parking-fixtures";
import { createTestDb } from "@/lib/testing/test-db";
import { createTestUser } from "@/lib/testing/test-users";
import { createReservation } from "./create-reservation";
import { expireUnpaidReservations, PAYMENT_WAIT_MS } from "./expire-unpaid";
import { listReservations } from "./list-reservations";
import { reservableSpaces } from "./reservation-rules";

let opened: OpenDb;
let clock: Date;
let pay: ReturnType<typeof inProcessPayments>;
beforeAll(async () => {
  opened = await createTestDb();
  pay = inProcessPayments(opened.db, () => clock);
});
afterAll(async () => opened?.close());

const NOW = new Date("2026-05-01T02:00:00Z");
clock = NOW;
const inHours = (h: number) => new Date(NOW.getTime() + h * 3_600_000).toISOString();
let plateSeq = 0;

/** A signed-in resident with one bound plate and the payment agreement. */
async function resident(options: { agreement?: boolean } = {}) {
  const { db } = opened;
  const userId = await createTestUser(db);
  plateSeq += 1;
  const plate = `浙A${String(30000 + plateSeq)}`;
  await bindPlate(db, userId, licensedPlate(plate), new Date(NOW.getTime() - 86_400_000));
  if (options.agreement !== false) await signAgreement(db, userId);
  return { userId, plate };
}

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("createReservation", () => {
  it("holds the space, charges the fee through the provider, and confirms on its callback", async () => {
    const { db } = opened;
    const me = await resident();
    const { reservation, created } = await createReservation(
      db,
      me.userId,
      { lotId: "kerry-centre", plate: me.plate, arrivalAt: inHours(2) },
      { provider: pay.provider, now: NOW, waitMs: 0 },
    );
    expect(created).toBe(true);
    expect(reservation).toMatchObject({ state: "pending_payment", feeFen: 500, lotId: "kerry-centre" });
    expect(reservation.holdUntil).toBe(new Date(NOW.getTime() + 2 * 3_600_000 + 15 * 60_000).toISOString());
    const [fee] = await db
      .select()
      .from(payments)
      .where(eq(payments.subject, reservationFeeSubject(reservation.id)));
    expect(fee).toMatchObject({
      purpose: "reservation_fee",
      status: "pending",
      amountFen: 500,
      description: expect.stringMatching(/^Parking reservation 浙A\d+ @ kerry-centre$/),
    });
    await pay.settle();
    expect((await listReservations(db, me.userId, NOW))[0]).toMatchObject({ state: "confirmed" });
    const [settled] = await db
      .select()
      .from(payments)
      .where(eq(payments.subject, reservationFeeSubject(reservation.id)));
    expect(settled!.status).toBe("succeeded");
  });

  it("waits for the callback when it comes within the wait", async () => {
    const { db } = opened;
    const me = await resident();
    const booking = createReservation(
      db,
      me.userId,
      { lotId: "kerry-centre", plate: me.plate, arrivalAt: inHours(2) },
      { provider: pay.provider, now: NOW, waitMs: 5_000 },
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    await pay.settle();
    expect((await booking).reservation.state).toBe("confirmed");
  });

  it("declines and releases the space when the provider declines; a replay says so again", async () => {
    const { db } = opened;
    const me = await resident();
    const [user] = await db.select({ phone: users.phone }).from(users).where(eq(users.id, me.userId));
    await setSandboxDecline(db, user!.phone, true);
    const input = { lotId: "kerry-centre", plate: me.plate, arrivalAt: inHours(1) };
    const options = { provider: pay.provider, now: NOW, waitMs: 0, idempotencyKey: "declined-1" };
    await createReservation(db, me.userId, input, options);
    await pay.settle();
    const [row] = await db
      .select()
      .from(parkingReservations)
      .where(eq(parkingReservations.userId, me.userId));
    expect(row!.status).toBe("declined");
    const error = await failure(createReservation(db, me.userId, input, options));
    expect([error.status, error.messageKey]).toEqual([422, "errors.reservations.paymentDeclined"]);
  });

  it("keeps the space held and the fee queued when the provider cannot be reached; the retry sends it", async () => {
    const { db } = opened;
    const me = await resident();
    const unreachable: PaymentProvider = {
      name: "unreachable",
      requestDebit: () => Promise.reject(new Error("connect ECONNREFUSED")),
      requestPayment: () => Promise.reject(new Error("connect ECONNREFUSED")),
      requestRefund: () => Promise.reject(new Error("connect ECONNREFUSED")),
    };
    const input = { lotId: "kerry-centre", plate: me.plate, arrivalAt: inHours(1) };
    const { reservation } = await createReservation(db, me.userId, input, {
      provider: unreachable,
      now: NOW,
      waitMs: 0,
    });
    expect(reservation.state).toBe("pending_payment");
    const [queued] = await db
      .select()
      .from(payments)
      .where(eq(payments.subject, reservationFeeSubject(reservation.id)));
    expect(queued!.status).toBe("requested");
    await retryRequestedDebits(db, pay.provider, { now: new Date(Date.now() + 60_000) });
    await pay.settle();
    expect((await listReservations(db, me.userId, NOW))[0]).toMatchObject({ state: "confirmed" });
  });

  it("releases a space whose fee never settled, and refunds the fee if it succeeds afterwards", async () => {
    const { db } = opened;
    const lotId = "raffles-city";
    const me = await resident();
    const { reservation } = await createReservation(
      db,
      me.userId,
      { lotId, plate: me.plate, arrivalAt: inHours(3) },
      { provider: pay.provider, now: NOW, waitMs: 0 },
    );
    expect(await expireUnpaidReservations(db, new Date(NOW.getTime() + PAYMENT_WAIT_MS - 1000))).toBe(0);
    expect(await expireUnpaidReservations(db, new Date(NOW.getTime() + PAYMENT_WAIT_MS + 1000))).toBe(1);
    await pay.settle();
    const [row] = await db
      .select()
      .from(parkingReservations)
      .where(eq(parkingReservations.id, reservation.id));
    expect(row!.status).toBe("declined");
    const [fee] = await db
      .select()
      .from(payments)
      .where(eq(payments.subject, reservationFeeSubject(reservation.id)));
    const given = await db.select().from(refunds).where(eq(refunds.paymentId, fee!.id));
    expect(fee!.status).toBe("succeeded");
    expect(given).toEqual([
      expect.objectContaining({ reason: "reservation_unconfirmed", amountFen: 500, status: "succeeded" }),
    ]);
    const books = await db
      .select()
      .from(sandboxRefunds)
      .where(eq(sandboxRefunds.paymentKey, `reservation:${reservation.id}`));
    expect(books).toHaveLength(1);
  });

  it("cancels a fee never sent when its reservation lapses, so it is never charged", async () => {
    const { db } = opened;
    const me = await resident();
    const { reservation } = await createReservation(
      db,
      me.userId,
      { lotId: "kerry-centre", plate: me.plate, arrivalAt: inHours(5) },
      { provider: pay.provider, now: NOW, waitMs: 0 },
    );
    await pay.settle();
    // As if the server had stopped between the commit and the provider call.
    const { reservation: stuck } = await createReservation(
      db,
      me.userId,
      { lotId: "kerry-centre", plate: me.plate, arrivalAt: inHours(6) },
      { provider: pay.provider, now: NOW, waitMs: 0 },
    );
    await db
      .update(payments)
      .set({ status: "requested" })
      .where(eq(payments.subject, reservationFeeSubject(stuck.id)));
    await expireUnpaidReservations(db, new Date(NOW.getTime() + PAYMENT_WAIT_MS + 1000));
    const [fee] = await db
      .select()
      .from(payments)
      .where(eq(payments.subject, reservationFeeSubject(stuck.id)));
    expect(fee!.status).toBe("cancelled");
    const [kept] = await db
      .select()
      .from(parkingReservations)
      .where(eq(parkingReservations.id, reservation.id));
    expect(kept!.status).toBe("confirmed");
  });

  it.each([
    ["past arrival", { arrival: -0.1 }, 422, "arrivalPast"],
    ["more than 24 h ahead", { arrival: 24.1 }, 422, "arrivalTooFar"],
    ["not my plate", { plate: "浙A99999" }, 422, "notYourPlate"],
    ["unreservable lot", { lotId: "wulin-square-ug" }, 422, "notReservable"],
    ["no payment agreement", { agreement: false }, 422, "noAgreement"],
  ] as const)("refuses: %s", async (_name, c, status, key) => {
    const { db } = opened;
    const me = await resident({ agreement: !("agreement" in c) });
    const input = {
      lotId: "lotId" in c ? c.lotId : "kerry-centre",
      plate: "plate" in c ? c.plate : me.plate,
      arrivalAt: inHours("arrival" in c ? c.arrival : 1),
    };
    const error = await failure(
      createReservation(db, me.userId, input, { provider: pay.provider, now: NOW }),
    );
    expect([error.status, error.messageKey]).toEqual([status, `errors.reservations.${key}`]);
    const rows = await db.select().from(parkingReservations).where(eq(parkingReservations.userId, me.userId));
    expect(rows).toHaveLength(0);
  });

  it("returns the same reservation for the same idempotency key, also when replayed at once", async () => {
    const { db } = opened;
    const me = await resident();
    const input = { lotId: "raffles-city", plate: me.plate, arrivalAt: inHours(3) };
    const options = { provider: pay.provider, now: NOW, idempotencyKey: "key-1", waitMs: 0 };
    const results = await Promise.all(
      Array.from({ length: 5 }, () => createReservation(db, me.userId, input, options)),
    );
    expect(new Set(results.map((r) => r.reservation.id)).size).toBe(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    const rows = await db.select().from(parkingReservations).where(eq(parkingReservations.userId, me.userId));
    expect(rows).toHaveLength(1);
    const fees = await db
      .select()
      .from(payments)
      .where(eq(payments.subject, reservationFeeSubject(rows[0]!.id)));
    expect(fees).toHaveLength(1);
  });

  it("never books more than the lot's reservable spaces when 50 requests race for the last 3", async () => {
    const { db } = opened;
    const lotId = "mixc-hangzhou";
    const spaces = reservableSpaces(lotId);
    const filler = await resident();
    const agreementId = (await activeAgreementId(db, filler.userId))!;
    const arrival = new Date(inHours(4));
    await db.insert(parkingReservations).values(
      Array.from({ length: spaces - 3 }, (_, i) => ({
        userId: filler.userId,
        idempotencyKey: `fill-${i}`,
        lotId,
        plate: filler.plate,
        arrivalAt: arrival,
        holdUntil: new Date(arrival.getTime() + 15 * 60_000),
        feeFen: 500,
        agreementId,
        status: "confirmed" as const,
        createdAt: NOW,
      })),
    );
    const racers = await Promise.all(Array.from({ length: 50 }, () => resident()));
    const outcomes = await Promise.allSettled(
      racers.map((r) =>
        createReservation(
          db,
          r.userId,
          { lotId, plate: r.plate, arrivalAt: arrival.toISOString() },
          { provider: pay.provider, now: NOW, locale: "en", waitMs: 0 },
        ),
      ),
    );
    const won = outcomes.filter((o) => o.status === "fulfilled");
    const lost = outcomes.flatMap((o) => (o.status === "rejected" ? [o.reason as AppError] : []));
    expect(won).toHaveLength(3);
    expect(lost).toHaveLength(47);
    for (const error of lost) {
      expect([error.status, error.messageKey]).toEqual([409, "errors.reservations.full"]);
      expect(error.values.lot).toBe("Hangzhou MixC car park");
      expect(error.values.alternative).not.toBe("—");
    }
    await pay.settle();
    const active = await db.select().from(parkingReservations).where(eq(parkingReservations.lotId, lotId));
    expect(active.filter((r) => r.status === "confirmed")).toHaveLength(spaces);
  });
});
