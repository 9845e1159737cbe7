import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDb } from "@/lib/db/open";
import { createTestDb } from "@/lib/testing/test-db";
import { createTestUser } from "@/lib/testing/test-users";
import { createAlertPlace, deleteAlertPlace, listAlertPlaces, updateAlertPlace } from "./alert-places";
import { CreateAlertPlaceInput, MAX_ALERT_PLACES } from "./place-input";

let opened: OpenDb;
beforeAll(async () => {
  opened = await createTestDb();
});
afterAll(async () => {
  await opened.close();
});

const NOW = new Date("2026-12-08T02:00:00Z");
let keys = 0;
const input = (fields: Record<string, unknown> = {}) =>
  CreateAlertPlaceInput.parse({
    clientKey: `store-key-${++keys}`,
    kind: "home",
    name: "我家",
    lat: 30.27,
    lng: 120.15,
    ...fields,
  });

describe("saved places for air alerts", () => {
  it("a double tap (the same client key, at once) saves one place", async () => {
    const userId = await createTestUser(opened.db);
    const same = input();
    const results = await Promise.all([1, 2, 3].map(() => createAlertPlace(opened.db, userId, same, NOW)));
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(new Set(results.map((r) => r.place.id)).size).toBe(1);
    expect(await listAlertPlaces(opened.db, userId)).toHaveLength(1);
  });

  it("saving at once past the limit keeps the limit", async () => {
    const userId = await createTestUser(opened.db);
    for (let i = 0; i < MAX_ALERT_PLACES - 1; i++) await createAlertPlace(opened.db, userId, input(), NOW);
    const racing = await Promise.allSettled(
      [1, 2, 3].map(() => createAlertPlace(opened.db, userId, input(), NOW)),
    );
    expect(racing.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await listAlertPlaces(opened.db, userId)).toHaveLength(MAX_ALERT_PLACES);
  });

  it("stores quiet hours as Shanghai minutes and answers them as HH:MM, or none", async () => {
    const userId = await createTestUser(opened.db);
    const { place } = await createAlertPlace(
      opened.db,
      userId,
      input({ quietHours: { from: "21:30", to: "06:45" } }),
      NOW,
    );
    expect(place.quietHours).toEqual({ from: "21:30", to: "06:45" });
    const none = await updateAlertPlace(opened.db, userId, place.id, { quietHours: null }, NOW);
    expect(none.quietHours).toBeNull();
    const kept = await updateAlertPlace(opened.db, userId, place.id, { level: 5 }, NOW);
    expect(kept).toMatchObject({ level: 5, quietHours: null });
  });

  it("one person cannot change or delete another's place", async () => {
    const owner = await createTestUser(opened.db);
    const other = await createTestUser(opened.db);
    const { place } = await createAlertPlace(opened.db, owner, input(), NOW);
    await expect(
      updateAlertPlace(opened.db, other, place.id, { alertsOn: false }, NOW),
    ).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(deleteAlertPlace(opened.db, other, place.id)).rejects.toMatchObject({ code: "not_found" });
    expect((await listAlertPlaces(opened.db, owner))[0]).toMatchObject({ id: place.id, alertsOn: true });
    expect(await listAlertPlaces(opened.db, other)).toEqual([]);
  });
});
