import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDb } from "@/lib/db/open";
import { parkingReservations, users } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { bindPlate } from "@/lib/parking/plates";
import { activeAgreementId, signAgreement } from "@/lib/payments/payment-agreement";
import { setSandboxDecline } from "@/lib/payments/sandbox-provider";
import { createTestDb } from "@/lib/testing/test-db";
import { createTestUser } from "@/lib/testing/test-users";
import { createReservation } from "./create-reservation";
import { createSandboxReservationPayments } from "./reservation-payments";
import { reservableSpaces } from "./reservation-rules";

let opened: OpenDb;
beforeAll(async () => {
  opened = await createTestDb();
});
afterAll(async () => opened?.close());

const NOW = new Date("2026-05-01T02:00:00Z");
const inHours = (h: number) => new Date(NOW.getTime() + h * 3_600_000).toISOString();
let plateSeq = 0;

/** A signed-in resident with one bound plate and the payment agreement. */
async function resident(options: { agreement?: boolean } = {}) {
  const { db } = opened;
  const userId = await createTestUser(db);
  plateSeq += 1;
  const plate = `浙A${String(30000 + plateSeq)}`;
  await bindPlate(db, userId, { plate, vehicleClass: "small" });
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
  it("books, charges the fee and confirms", async () => {
    const { db } = opened;
    const me = await resident();
    const payments = createSandboxReservationPayments(db);
    const { reservation, created } = await createReservation(
      db,
      me.userId,
      { lotId: "kerry-centre", plate: me.plate, arrivalAt: inHours(2) },
      { payments, now: NOW },
    );
    expect(created).toBe(true);
    expect(reservation).toMatchObject({ state: "confirmed", feeFen: 500, lotId: "kerry-centre" });
    expect(reservation.holdUntil).toBe(new Date(NOW.getTime() + 2 * 3_600_000 + 15 * 60_000).toISOString());
  });

  it.each([
    ["past arrival", { arrival: -0.1 }, 422, "arrivalPast"],
    ["more than 24 h ahead", { arrival: 24.1 }, 422, "arrivalTooFar"],
    ["not my plate", { plate: "浙A99999" }, 422, "notYourPlate"],
    ["unreservable lot", { lotId: "wulin-square-ug" }, 422, "notReservable"],
    ["no payment agreement", { agreement: false }, 422, "noAgreement"],
    ["declined payment", { decline: true }, 422, "paymentDeclined"],
  ] as const)("refuses: %s", async (_name, c, status, key) => {
    const { db } = opened;
    const me = await resident({ agreement: !("agreement" in c) });
    if ("decline" in c) {
      const [user] = await db.select({ phone: users.phone }).from(users).where(eq(users.id, me.userId));
      await setSandboxDecline(db, user!.phone, true);
    }
    const input = {
      lotId: "lotId" in c ? c.lotId : "kerry-centre",
      plate: "plate" in c ? c.plate : me.plate,
      arrivalAt: inHours("arrival" in c ? c.arrival : 1),
    };
    const error = await failure(
      createReservation(db, me.userId, input, { payments: createSandboxReservationPayments(db), now: NOW }),
    );
    expect([error.status, error.messageKey]).toEqual([status, `errors.reservations.${key}`]);
    const rows = await db.select().from(parkingReservations).where(eq(parkingReservations.userId, me.userId));
    expect(rows.every((r) => r.status === "declined")).toBe(true);
  });

  it("returns the same reservation for the same idempotency key, also when replayed at once", async () => {
    const { db } = opened;
    const me = await resident();
    const payments = createSandboxReservationPayments(db);
    const input = { lotId: "raffles-city", plate: me.plate, arrivalAt: inHours(3) };
    const results = await Promise.all(
      Array.from({ length: 5 }, () =>
        createReservation(db, me.userId, input, { payments, now: NOW, idempotencyKey: "key-1" }),
      ),
    );
    expect(new Set(results.map((r) => r.reservation.id)).size).toBe(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    const rows = await db.select().from(parkingReservations).where(eq(parkingReservations.userId, me.userId));
    expect(rows).toHaveLength(1);
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
    const payments = createSandboxReservationPayments(db);
    const outcomes = await Promise.allSettled(
      racers.map((r) =>
        createReservation(
          db,
          r.userId,
          { lotId, plate: r.plate, arrivalAt: arrival.toISOString() },
          { payments, now: NOW, locale: "en" },
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
    const active = await db.select().from(parkingReservations).where(eq(parkingReservations.lotId, lotId));
    expect(active.filter((r) => r.status === "confirmed")).toHaveLength(spaces);
  });
});
