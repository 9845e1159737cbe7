import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDb } from "@/lib/db/open";
import { AppError } from "@/lib/errors";
import { licensedPlate } from "@/lib/testing/parking-fixtures";
import { createTestDb } from "@/lib/testing/test-db";
import { createTestUser } from "@/lib/testing/test-users";
import { bindPlate } from "./plates";
import { simulateVisit } from "./sandbox-visit";
import { listVisibleSessions } from "./visible-sessions";

let opened: OpenDb;
beforeAll(async () => {
  opened = await createTestDb();
});
afterAll(async () => opened?.close());

const now = new Date("2026-12-04T08:00:00Z");
const visit = {
  plate: "浙A20001",
  lotId: "wl-feilaifeng",
  entryAt: "2026-12-04T05:00:00+00:00",
  exitAt: "2026-12-04T07:00:00+00:00",
};

describe("simulateVisit", () => {
  it("stores a visit once (deterministic event ids) and bills it like the gate API", async () => {
    const { db } = opened;
    const user = await createTestUser(db);
    await bindPlate(db, user, licensedPlate(visit.plate), new Date("2026-12-01T00:00:00Z"));
    expect(await simulateVisit(db, user, visit, now)).toMatchObject({ accepted: 2, duplicates: 0 });
    expect(await simulateVisit(db, user, visit, now)).toMatchObject({ accepted: 0, duplicates: 2 });
    const sessions = await listVisibleSessions(db, user, "en", now);
    expect(sessions).toHaveLength(1);
    expect(sessions[0]).toMatchObject({ plate: visit.plate, lotId: visit.lotId, status: "due" });
    expect(sessions[0]!.feeFen).toBeGreaterThan(0);
  });

  it("a visit on a past day that could not be debited is overdue now", async () => {
    const { db } = opened;
    const user = await createTestUser(db);
    await bindPlate(db, user, licensedPlate("浙A20005"), new Date("2026-12-01T00:00:00Z"));
    const yesterday = {
      ...visit,
      plate: "浙A20005",
      entryAt: "2026-12-03T01:00:00+00:00",
      exitAt: "2026-12-03T03:00:00+00:00",
    };
    await simulateVisit(db, user, yesterday, now);
    const [bill] = await listVisibleSessions(db, user, "en", now);
    expect(bill).toMatchObject({ plate: "浙A20005", status: "overdue" });
  });

  it.each([
    ["a plate the caller has not bound", "浙A20002", { ...visit, plate: "浙A29999" }, 404],
    ["an unknown car park", "浙A20003", { ...visit, plate: "浙A20003", lotId: "no-such-lot" }, 422],
    [
      "a visit that entered before the caller bound the plate",
      "浙A20006",
      { ...visit, plate: "浙A20006", entryAt: "2026-11-30T23:00:00+00:00" },
      422,
    ],
    [
      "an event older than 7 days",
      "浙A20004",
      { ...visit, plate: "浙A20004", entryAt: "2026-11-20T00:00:00+00:00" },
      422,
    ],
  ])("refuses %s", async (_name, bound, input, status) => {
    const { db } = opened;
    const user = await createTestUser(db);
    await bindPlate(db, user, licensedPlate(bound), new Date("2026-12-01T00:00:00Z"));
    const error = await simulateVisit(db, user, input, now).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).status).toBe(status);
  });
});
