import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { OpenDb } from "@/lib/db/open";
import { notifications } from "@/lib/db/schema";
import { forecastAnswer } from "@/lib/testing/air-forecast-fixture";
import { createTestDb } from "@/lib/testing/test-db";
import { createTestUser } from "@/lib/testing/test-users";
import { startAirAlertJob } from "./alert-job";
import { createAlertPlace } from "./alert-places";
import type { PlaceForecast } from "./alert-sweep";
import { CreateAlertPlaceInput } from "./place-input";

let opened: OpenDb;
beforeAll(async () => {
  opened = await createTestDb();
});
afterAll(async () => {
  await opened.close();
});

const MORNING = new Date("2026-12-08T02:00:00Z");

describe("startAirAlertJob", () => {
  it("two servers ticking at once: one holds the lease and sweeps, and the person is alerted once", async () => {
    const userId = await createTestUser(opened.db);
    const input = CreateAlertPlaceInput.parse({
      clientKey: "job-key-1",
      kind: "home",
      name: "我家",
      lat: 30.27,
      lng: 120.15,
    });
    await createAlertPlace(opened.db, userId, input, MORNING);
    const asked: number[] = [];
    const forecast =
      (server: number): PlaceForecast =>
      async (_db, _place, now) => {
        asked.push(server);
        return forecastAnswer(now, 60, [130]);
      };
    const stops = [1, 2].map((server) =>
      startAirAlertJob({
        getDb: async () => opened.db,
        forecast: forecast(server),
        intervalMs: 60_000,
        now: () => MORNING,
      }),
    );
    try {
      await vi.waitFor(
        async () => {
          const sent = await opened.db.select().from(notifications).where(eq(notifications.userId, userId));
          expect(sent).toHaveLength(1);
          expect(sent[0]).toMatchObject({ topic: "air.alert", title: "空气提醒：我家" });
        },
        { timeout: 5_000, interval: 50 },
      );
      expect(new Set(asked).size).toBe(1);
    } finally {
      for (const stop of stops) stop();
    }
  });
});
