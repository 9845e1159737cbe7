import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDb } from "@/lib/db/open";
import { gateEvent, HOUR, licensedPlate, testFee, uniquePlate } from "@/lib/testing/parking-fixtures";
import { createTestDb } from "@/lib/testing/test-db";
import { createTestUser } from "@/lib/testing/test-users";
import { ingestGateEvents } from "./gate-events";
import { bindPlate, unbindPlate } from "./plates";
import { backdateBinding } from "./sandbox-backdate";
import { listVisibleSessions } from "./visible-sessions";

let opened: OpenDb;
beforeAll(async () => {
  opened = await createTestDb();
});
afterAll(async () => opened?.close());

const NOW = new Date("2026-12-06T12:00:00+08:00");
const ago = (ms: number) => new Date(NOW.getTime() - ms);
const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => "done",
    (e: { status: number; messageKey: string }) => `${e.status} ${e.messageKey}`,
  );

describe("backdateBinding (sandbox)", () => {
  it("moves my binding back so a stay that entered hours ago is mine", async () => {
    const { db } = opened;
    const user = await createTestUser(db);
    const plate = uniquePlate();
    await bindPlate(db, user, licensedPlate(plate), NOW);
    await ingestGateEvents(db, [gateEvent(plate, "entry", ago(2 * HOUR)), gateEvent(plate, "exit", NOW)], {
      now: NOW,
      computeFee: testFee,
    });
    expect(await listVisibleSessions(db, user, "en", NOW)).toEqual([]);
    const iso = ago(3 * HOUR).toISOString();
    expect(await backdateBinding(db, user, { plate, boundAt: iso }, NOW)).toEqual({ plate, boundAt: iso });
    expect(await listVisibleSessions(db, user, "en", NOW)).toHaveLength(1);
  });

  it("never moves across another binding of the plate, nor forward, nor more than 7 days", async () => {
    const { db } = opened;
    const [a, b] = [await createTestUser(db), await createTestUser(db)];
    const plate = uniquePlate();
    await bindPlate(db, a, licensedPlate(plate), ago(10 * HOUR));
    await unbindPlate(db, a, plate, ago(5 * HOUR));
    await bindPlate(db, b, licensedPlate(plate), ago(1 * HOUR));
    const to = (ms: number) => ({ plate, boundAt: ago(ms).toISOString() });
    expect(await refusal(backdateBinding(db, b, to(6 * HOUR), NOW))).toBe(
      "409 errors.parking.backdateOverlap",
    );
    expect(await refusal(backdateBinding(db, b, to(0), NOW))).toBe("422 errors.parking.backdateRange");
    expect(await refusal(backdateBinding(db, a, to(12 * HOUR), NOW))).toBe(
      "404 errors.parking.plateNotFound",
    );
    expect(await refusal(backdateBinding(db, b, to(5 * HOUR), NOW))).toBe("done");

    const other = uniquePlate();
    await bindPlate(db, a, licensedPlate(other), NOW);
    const tooFar = { plate: other, boundAt: ago(8 * 24 * HOUR).toISOString() };
    expect(await refusal(backdateBinding(db, a, tooFar, NOW))).toBe("422 errors.parking.backdateRange");
  });
});
