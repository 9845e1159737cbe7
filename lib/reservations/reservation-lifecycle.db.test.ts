import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDb } from "@/lib/db/open";
import { notifications, parkingStays, payments, refunds, sandboxRefunds } from "@/lib/db/schema";
import { ingestGateEvents } from "@/lib/parking/gate-events";
import { bindPlate } from "@/lib/parking/plates";
import { signAgreement } from "@/lib/payments/payment-agreement";
import { reservationFeeSubject } from "@/lib/reservations/reservation-payment-link";
import { inProcessPayments } from "@/lib/testing/in-process-payments";
import { licensedPlate } from "@/lib/testing/parking-fixtures";
import { createTestDb } from "@/lib/testing/test-db";
import { createTestUser } from "@/lib/testing/test-users";
import { cancelReservation } from "./cancel-reservation";
import { createReservation } from "./create-reservation";
import { listReservations } from "./list-reservations";
import { notifyNoShows } from "./no-shows";

let opened: OpenDb;
let pay: ReturnType<typeof inProcessPayments>;
beforeAll(async () => {
  opened = await createTestDb();
  pay = inProcessPayments(opened.db, () => NOW);
});
afterAll(async () => opened?.close());

const NOW = new Date("2026-05-01T02:00:00Z");
const MIN = 60_000;
const at = (minutes: number) => new Date(NOW.getTime() + minutes * MIN);
let seq = 0;

async function booked(arrivalInMinutes: number, lotId = "kerry-centre") {
  const { db } = opened;
  const userId = await createTestUser(db);
  seq += 1;
  const plate = `浙B${String(40000 + seq)}`;
  await bindPlate(db, userId, licensedPlate(plate), at(-24 * 60));
  await signAgreement(db, userId);
  const { reservation } = await createReservation(
    db,
    userId,
    { lotId, plate, arrivalAt: at(arrivalInMinutes).toISOString() },
    { provider: pay.provider, now: NOW, waitMs: 0 },
  );
  await pay.settle();
  return { userId, plate, reservation };
}

/** The refunds of a reservation's fee. */
async function refundsOf(reservationId: string) {
  const [fee] = await opened.db
    .select()
    .from(payments)
    .where(eq(payments.subject, reservationFeeSubject(reservationId)));
  return opened.db.select().from(refunds).where(eq(refunds.paymentId, fee!.id));
}

describe("cancelReservation", () => {
  it("refunds once until 15 min before arrival, even when cancelled twice at once", async () => {
    const { db } = opened;
    const { userId, reservation } = await booked(60);
    const options = { provider: pay.provider, now: at(44), waitMs: 0 };
    const outcomes = await Promise.all([
      cancelReservation(db, userId, reservation.id, options),
      cancelReservation(db, userId, reservation.id, options),
    ]);
    for (const outcome of outcomes) {
      expect(outcome.reservation.state).toBe("cancelled");
      expect(outcome.refund).toMatchObject({ amountFen: 500, status: "pending" });
    }
    await pay.settle();
    expect(await refundsOf(reservation.id)).toEqual([
      expect.objectContaining({ reason: "reservation_cancelled", amountFen: 500, status: "succeeded" }),
    ]);
    const books = await db
      .select()
      .from(sandboxRefunds)
      .where(eq(sandboxRefunds.paymentKey, `reservation:${reservation.id}`));
    expect(books).toHaveLength(1);
    const [mine] = await listReservations(db, userId, at(45));
    expect(mine!.refund).toEqual({ amountFen: 500, refundedAt: NOW.toISOString() });
    const again = await cancelReservation(db, userId, reservation.id, options);
    expect(again.refund).toMatchObject({ amountFen: 500, status: "refunded" });
  });

  it("keeps the fee when cancelled later than 15 min before arrival", async () => {
    const { db } = opened;
    const { userId, reservation } = await booked(60);
    const outcome = await cancelReservation(db, userId, reservation.id, {
      provider: pay.provider,
      now: at(46),
    });
    expect(outcome.refund).toEqual({ amountFen: 0, reason: "tooLate" });
    await pay.settle();
    expect(await refundsOf(reservation.id)).toHaveLength(0);
  });

  it("answers 404 for another account's reservation", async () => {
    const { db } = opened;
    const { reservation } = await booked(60);
    const stranger = await createTestUser(db);
    await expect(
      cancelReservation(db, stranger, reservation.id, { provider: pay.provider, now: at(1) }),
    ).rejects.toMatchObject({
      status: 404,
    });
  });
});

describe("no-show and credit", () => {
  it("is arrived only when its own plate enters its own lot while held", async () => {
    const { db } = opened;
    const { userId, plate } = await booked(30, "kerry-centre");
    const other = await booked(30, "raffles-city");
    const entry = (eventId: string, lotId: string, p: string) => ({
      eventId,
      lotId,
      plate: p,
      direction: "entry" as const,
      at: at(25),
    });
    await ingestGateEvents(
      db,
      [entry(`o1-${plate}`, "raffles-city", plate), entry(`o2-${plate}`, "kerry-centre", other.plate)],
      { now: at(26), computeFee: () => ({ feeFen: 0, breakdown: [] }) },
    );
    expect((await listReservations(db, userId, at(26)))[0]!.state).toBe("confirmed");
    await ingestGateEvents(db, [entry(`o3-${plate}`, "kerry-centre", plate)], {
      now: at(26),
      computeFee: () => ({ feeFen: 0, breakdown: [] }),
    });
    expect((await listReservations(db, userId, at(26)))[0]!.state).toBe("arrived");
  });

  it("is a no-show after arrival + 15 min without an entry, and notifies once", async () => {
    const { db } = opened;
    const { userId, reservation } = await booked(30);
    expect((await listReservations(db, userId, at(44)))[0]!.state).toBe("confirmed");
    expect((await listReservations(db, userId, at(45)))[0]!.state).toBe("no_show");
    expect(await notifyNoShows(db, at(50))).toBeGreaterThanOrEqual(1);
    await notifyNoShows(db, at(51));
    const notices = await db
      .select()
      .from(notifications)
      .where(eq(notifications.dedupeKey, `parking:reservation-noShow:${reservation.id}`));
    expect(notices).toHaveLength(1);
  });

  it("deducts the reservation fee from the stay's bill, once, as a breakdown line", async () => {
    const { db } = opened;
    const { userId, plate, reservation } = await booked(30);
    const events = [
      {
        eventId: `e-${reservation.id}`,
        lotId: "kerry-centre",
        plate,
        direction: "entry" as const,
        at: at(35),
      },
      {
        eventId: `x-${reservation.id}`,
        lotId: "kerry-centre",
        plate,
        direction: "exit" as const,
        at: at(35 + 180),
      },
    ];
    await ingestGateEvents(db, events, {
      now: at(240),
      computeFee: () => ({ feeFen: 1200, breakdown: [{ kind: "test", amountFen: 1200 }] }),
    });
    const [stay] = await db.select().from(parkingStays).where(eq(parkingStays.plate, plate));
    expect(stay!.feeFen).toBe(700);
    expect(stay!.breakdown).toContainEqual(
      expect.objectContaining({ kind: "reservationCredit", amountFen: -500 }),
    );
    expect((await listReservations(db, userId, at(240)))[0]!.state).toBe("arrived");
  });

  it("never takes a bill below zero", async () => {
    const { db } = opened;
    const { plate, reservation } = await booked(30);
    await ingestGateEvents(
      db,
      [
        { eventId: `e2-${reservation.id}`, lotId: "kerry-centre", plate, direction: "entry", at: at(20) },
        { eventId: `x2-${reservation.id}`, lotId: "kerry-centre", plate, direction: "exit", at: at(60) },
      ],
      { now: at(61), computeFee: () => ({ feeFen: 300, breakdown: [] }) },
    );
    const [stay] = await db.select().from(parkingStays).where(eq(parkingStays.plate, plate));
    expect([stay!.feeFen, stay!.status]).toEqual([0, "paid"]);
  });
});
