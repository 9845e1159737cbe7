import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDb } from "@/lib/db/open";
import { licensedPlate } from "@/lib/testing/parking-fixtures";
import { createTestDb } from "@/lib/testing/test-db";
import { createTestUser } from "@/lib/testing/test-users";
import { ingestGateEvents } from "./gate-events";
import { bindPlate } from "./plates";
import { whereIsMyCar } from "./where-is-my-car";

let opened: OpenDb;
beforeAll(async () => {
  opened = await createTestDb();
});
afterAll(async () => opened?.close());

const NOW = new Date("2026-05-01T02:00:00Z");

describe("whereIsMyCar", () => {
  it("lists my plates' open stays with the fee so far, and nothing once the car left", async () => {
    const { db } = opened;
    const me = await createTestUser(db);
    expect(await whereIsMyCar(db, me, "en", NOW)).toEqual([]);
    await bindPlate(db, me, licensedPlate("浙C50001"), new Date(NOW.getTime() - 86_400_000));
    const entry = {
      eventId: "wimc-1",
      lotId: "kerry-centre",
      plate: "浙C50001",
      direction: "entry" as const,
    };
    await ingestGateEvents(db, [{ ...entry, at: new Date(NOW.getTime() - 90 * 60_000) }], { now: NOW });
    const [car] = await whereIsMyCar(db, me, "en", NOW);
    expect(car).toMatchObject({
      plate: "浙C50001",
      lot: { id: "kerry-centre", name: "Hangzhou Kerry Centre car park" },
      elapsedMinutes: 90,
    });
    expect(car!.feeSoFarFen).toBeGreaterThan(0);
    expect(await whereIsMyCar(db, await createTestUser(db), "en", NOW)).toEqual([]);
    await ingestGateEvents(
      db,
      [{ ...entry, eventId: "wimc-2", direction: "exit", at: new Date(NOW.getTime() - 60_000) }],
      { now: NOW },
    );
    expect(await whereIsMyCar(db, me, "en", NOW)).toEqual([]);
  });
});
