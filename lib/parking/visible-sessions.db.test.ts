import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDb } from "@/lib/db/open";
import { parkingStays } from "@/lib/db/schema";
import type { AppError } from "@/lib/errors";
import { signAgreement } from "@/lib/payments/payment-agreement";
import { gateEvent, HOUR, licensedPlate, testFee, uniquePlate } from "@/lib/testing/parking-fixtures";
import { createTestDb } from "@/lib/testing/test-db";
import { createTestUser } from "@/lib/testing/test-users";
import { createDispute } from "./disputes";
import { ingestGateEvents } from "./gate-events";
import { bindPlate, listPlates, unbindPlate } from "./plates";
import { getVisibleStayOrThrow, listVisibleSessions } from "./visible-sessions";

let opened: OpenDb;
beforeAll(async () => {
  opened = await createTestDb();
});
afterAll(async () => opened?.close());

const DAY = 24 * HOUR;
const BOUND = new Date("2026-11-20T12:00:00+08:00");
const at = (offsetMs: number) => new Date(BOUND.getTime() + offsetMs);

/** A 2-hour stay (or a lone exit) ending at `exit`; returns its id. */
async function stay(plate: string, exit: Date, options: { lone?: boolean } = {}) {
  const events = options.lone
    ? [gateEvent(plate, "exit", exit)]
    : [gateEvent(plate, "entry", new Date(exit.getTime() - 2 * HOUR)), gateEvent(plate, "exit", exit)];
  await ingestGateEvents(opened.db, events, { now: exit, computeFee: testFee });
  const [row] = await opened.db
    .select({ id: parkingStays.id })
    .from(parkingStays)
    .where(eq(parkingStays.exitEventId, events.at(-1)!.eventId));
  return row!.id;
}

const visible = async (userId: string, now: Date) =>
  (await listVisibleSessions(opened.db, userId, "en", now)).map((s) => s.id).sort();
const notFound = (promise: Promise<unknown>) =>
  promise.then(
    () => "found",
    (e: AppError) => `${e.status} ${e.messageKey}`,
  );

describe("who sees which stays", () => {
  it("follows binding and unbinding: a holder sees the stays that entered while they held the plate", async () => {
    const { db } = opened;
    const plate = uniquePlate();
    const [a, b, c] = [await createTestUser(db), await createTestUser(db, "en"), await createTestUser(db)];
    const ancientUnpaid = await stay(plate, at(-40 * DAY));
    const oldUnpaid = await stay(plate, at(-10 * DAY));
    const oldPaid = await stay(plate, at(-9 * DAY));
    await db.update(parkingStays).set({ status: "paid" }).where(eq(parkingStays.id, oldPaid));
    await bindPlate(db, a, licensedPlate(plate), BOUND);
    const afterBinding = await stay(plate, at(1 * DAY));
    const lone = await stay(plate, at(2 * DAY), { lone: true });
    const now = at(3 * DAY);

    // Nothing from before the binding: not even the plate's unpaid bills (they are not this account's).
    expect(await visible(a, now)).toEqual([afterBinding, lone].sort());
    expect(await visible(b, now)).toEqual([]);
    for (const id of [ancientUnpaid, oldUnpaid, oldPaid]) {
      expect(await notFound(getVisibleStayOrThrow(db, a, id))).toBe("404 errors.parking.sessionNotFound");
    }
    expect(await notFound(getVisibleStayOrThrow(db, b, afterBinding))).toBe(
      "404 errors.parking.sessionNotFound",
    );
    expect(await notFound(getVisibleStayOrThrow(db, a, "not-a-uuid"))).toBe(
      "404 errors.parking.sessionNotFound",
    );
    const sessions = await listVisibleSessions(db, a, "en", now);
    expect(sessions.find((s) => s.id === lone)).toMatchObject({
      status: "flagged",
      entryAt: null,
      feeFen: null,
    });
    expect(sessions.find((s) => s.id === afterBinding)).toMatchObject({
      lotName: "Feilai Feng car park (Lingyin)",
      plate,
      status: "overdue",
      feeFen: 1000,
    });
    expect((await listVisibleSessions(db, a, "zh-CN", now))[0]!.lotName).toBe("飞来峰停车场");

    // After unbinding, A keeps the stays of the time it was A's plate, but not later stays.
    await unbindPlate(db, a, plate, at(4 * DAY));
    await bindPlate(db, c, licensedPlate(plate), at(5 * DAY));
    const underC = await stay(plate, at(6 * DAY));
    const later = at(7 * DAY);
    expect(await visible(a, later)).toEqual([afterBinding, lone].sort());
    // C sees only C's own stay: A's unpaid bill stays A's.
    expect(await visible(c, later)).toEqual([underC]);
    expect(await visible(b, later)).toEqual([]);
  });
});

describe("disputes", () => {
  it("opens one dispute per bill within 7 days; a disputed bill is not overdue and does not suspend", async () => {
    const { db } = opened;
    const plate = uniquePlate();
    const [owner, stranger] = [await createTestUser(db), await createTestUser(db)];
    await bindPlate(db, owner, licensedPlate(plate), BOUND);
    // Billed before the agreement: not debited, so due by midnight and then overdue.
    const bill = await stay(plate, at(1 * DAY));
    const old = await stay(plate, at(0.5 * DAY));
    await signAgreement(db, owner);
    const now = at(3 * DAY);
    const second = uniquePlate();
    await bindPlate(db, owner, licensedPlate(second), now);
    // Suspension is per plate: the owner's other plate keeps pay-later.
    expect((await listPlates(db, owner, now)).map((p) => [p.plate, p.payLater])).toEqual([
      [plate, "suspended"],
      [second, "active"],
    ]);

    expect(await notFound(createDispute(db, stranger, bill, { reason: "not_my_car", note: "" }, now))).toBe(
      "404 errors.parking.sessionNotFound",
    );
    const results = await Promise.allSettled([
      createDispute(db, owner, bill, { reason: "wrong_times", note: "I left at 10:00" }, now),
      createDispute(db, owner, bill, { reason: "other", note: "" }, now),
    ]);
    const created = results.find((r) => r.status === "fulfilled") as PromiseFulfilledResult<{
      status: string;
    }>;
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(created.value).toMatchObject({ sessionId: bill, status: "open" });
    expect((refused.reason as AppError).messageKey).toBe("errors.parking.disputeOpen");

    const sessions = await listVisibleSessions(db, owner, "en", now);
    expect(sessions.find((s) => s.id === bill)!.status).toBe("disputed");
    // The other overdue bill still suspends; once it is disputed too, pay-later is active again.
    expect((await listPlates(db, owner, now))[0]!.payLater).toBe("suspended");
    await createDispute(db, owner, old, { reason: "not_my_car", note: "" }, now);
    expect((await listPlates(db, owner, now))[0]!.payLater).toBe("active");

    const tooLate = await stay(plate, at(2 * DAY));
    expect(
      await notFound(createDispute(db, owner, tooLate, { reason: "other", note: "" }, at(9 * DAY + 1000))),
    ).toBe("422 errors.parking.disputeWindowClosed");
    expect(
      (await createDispute(db, owner, tooLate, { reason: "other", note: "" }, at(9 * DAY - 1000))).status,
    ).toBe("open");
  });
});
