import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDb } from "@/lib/db/open";
import { notifications, payments } from "@/lib/db/schema";
import { signAgreement } from "@/lib/payments/payment-agreement";
import { gateEvent, HOUR, licensedPlate, testFee, uniquePlate } from "@/lib/testing/parking-fixtures";
import { createTestDb } from "@/lib/testing/test-db";
import { createTestUser } from "@/lib/testing/test-users";
import { sendBillNotices } from "./bill-notices";
import { billSubject } from "./bill-payment-link";
import { ingestGateEvents } from "./gate-events";
import { bindPlate, listPlates, unbindPlate } from "./plates";
import { getVisibleStayOrThrow, listVisibleSessions } from "./visible-sessions";
import { whereIsMyCar } from "./where-is-my-car";

let opened: OpenDb;
beforeAll(async () => {
  opened = await createTestDb();
});
afterAll(async () => opened?.close());

// A's binding, the car's entry, B's binding and the car's exit, in this order.
const T0 = new Date("2026-11-20T08:00:00+08:00");
const ENTRY = new Date(T0.getTime() + 1 * HOUR);
const T2 = new Date(T0.getTime() + 2 * HOUR);
const EXIT = new Date(T0.getTime() + 4 * HOUR);
const LATER = new Date(T0.getTime() + 30 * HOUR);

const ids = (sessions: { id: string }[]) => sessions.map((s) => s.id);
const visibleIds = async (userId: string, now: Date) =>
  ids(await listVisibleSessions(opened.db, userId, "en", now));
const topicsOf = async (userId: string) =>
  (await opened.db.select().from(notifications).where(eq(notifications.userId, userId))).map((n) => n.topic);

/** A's car enters while A holds the plate; then B binds it (after A unbinds, or by claiming it). */
async function handover(how: "unbind" | "claim", options: { agreements?: boolean } = {}) {
  const { db } = opened;
  const [a, b] = [await createTestUser(db), await createTestUser(db)];
  const plate = uniquePlate();
  await bindPlate(db, a, licensedPlate(plate), T0);
  if (options.agreements) {
    await signAgreement(db, a, T0);
    await signAgreement(db, b, T0);
  }
  await ingestGateEvents(db, [gateEvent(plate, "entry", ENTRY)], { now: ENTRY, computeFee: testFee });
  if (how === "unbind") await unbindPlate(db, a, plate, T2);
  await bindPlate(db, b, licensedPlate(plate), T2);
  return { a, b, plate };
}

describe("a plate's new holder sees only stays that entered after their binding", () => {
  it.each(["unbind", "claim"] as const)(
    "after A's %s, B does not see where A's car is parked, nor its stay once it left",
    async (how) => {
      const { db } = opened;
      const { a, b, plate } = await handover(how);
      const parkedAtT2 = new Date(T2.getTime() + 60_000);
      expect(await whereIsMyCar(db, b, "en", parkedAtT2)).toEqual([]);
      expect(await visibleIds(b, parkedAtT2)).toEqual([]);
      // The car is A's car in this stay, whether or not A still holds the plate.
      expect(await visibleIds(a, parkedAtT2)).toHaveLength(1);

      const exit = await ingestGateEvents(db, [gateEvent(plate, "exit", EXIT)], {
        now: EXIT,
        computeFee: testFee,
      });
      const [stayId] = exit.billedStayIds;
      expect(await visibleIds(b, LATER)).toEqual([]);
      await expect(getVisibleStayOrThrow(db, b, stayId!)).rejects.toMatchObject({ status: 404 });
      expect(await visibleIds(a, LATER)).toEqual([stayId]);

      // B's own stays from their binding on are B's.
      const own = await ingestGateEvents(
        db,
        [gateEvent(plate, "entry", new Date(EXIT.getTime() + HOUR)), gateEvent(plate, "exit", LATER)],
        { now: LATER, computeFee: testFee },
      );
      expect(await visibleIds(b, LATER)).toEqual(own.billedStayIds);
      expect(await visibleIds(a, LATER)).toEqual([stayId]);
    },
  );

  it("shows nobody a stay that entered while nobody held the plate", async () => {
    const { db } = opened;
    const plate = uniquePlate();
    await ingestGateEvents(db, [gateEvent(plate, "entry", ENTRY)], { now: ENTRY, computeFee: testFee });
    const b = await createTestUser(db);
    await bindPlate(db, b, licensedPlate(plate), T2);
    await ingestGateEvents(db, [gateEvent(plate, "exit", EXIT)], { now: EXIT, computeFee: testFee });
    expect(await whereIsMyCar(db, b, "en", EXIT)).toEqual([]);
    expect(await visibleIds(b, LATER)).toEqual([]);
  });
});

describe("a stay's bill belongs to whoever held the plate at entry", () => {
  it("debits the holder at entry through their agreement, not the account that claimed the plate since", async () => {
    const { db } = opened;
    const { a, plate } = await handover("claim", { agreements: true });
    const exit = await ingestGateEvents(db, [gateEvent(plate, "exit", EXIT)], {
      now: EXIT,
      computeFee: testFee,
    });
    expect(exit.paymentIds).toHaveLength(1);
    const [payment] = await db.select().from(payments).where(eq(payments.id, exit.paymentIds[0]!));
    expect(payment).toMatchObject({ userId: a, subject: billSubject(exit.billedStayIds[0]!), kind: "auto" });
  });

  it("tells the holder at entry that the bill is due, and it suspends their pay-later, not the new holder's", async () => {
    const { db } = opened;
    const { a, b, plate } = await handover("unbind");
    const exit = await ingestGateEvents(db, [gateEvent(plate, "exit", EXIT)], {
      now: EXIT,
      computeFee: testFee,
    });
    await sendBillNotices(db, { stayIds: exit.billedStayIds, now: EXIT });
    expect(await topicsOf(a)).toEqual(["parking.bill-due"]);
    expect(await topicsOf(b)).toEqual([]);

    // Past midnight the bill is overdue: B signed the agreement and B's pay-later for the plate is not suspended.
    await signAgreement(db, b, LATER);
    expect((await listPlates(db, b, LATER)).map((p) => p.payLater)).toEqual(["active"]);
    await sendBillNotices(db, { stayIds: exit.billedStayIds, now: LATER });
    expect((await topicsOf(a)).sort()).toEqual(["parking.bill-due", "parking.bill-overdue"]);
    expect(await topicsOf(b)).toEqual([]);
  });
});

describe("a bill overdue the first time its owner hears of it", () => {
  it("says why it was not debited: above the per-bill limit", async () => {
    const { db } = opened;
    const owner = await createTestUser(db, "en");
    const plate = uniquePlate();
    await bindPlate(db, owner, licensedPlate(plate), T0);
    await signAgreement(db, owner, T0, 100);
    // The visit ended before midnight; the bill (above the 1 元 limit) is first told after it.
    const exit = await ingestGateEvents(
      db,
      [gateEvent(plate, "entry", ENTRY), gateEvent(plate, "exit", EXIT)],
      {
        now: EXIT,
        computeFee: testFee,
      },
    );
    await sendBillNotices(db, { stayIds: exit.billedStayIds, now: LATER });
    const [notice] = await db.select().from(notifications).where(eq(notifications.userId, owner));
    expect(notice).toMatchObject({ topic: "parking.bill-overdue" });
    expect(notice!.body).toContain("above your per-bill limit of CNY ¥1.00");
  });
});
