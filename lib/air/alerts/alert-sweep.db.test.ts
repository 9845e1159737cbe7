import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { AirForecastAnswer } from "@/lib/air/forecast-answer";
import type { OpenDb } from "@/lib/db/open";
import { airAlertEpisodes, airAlertPlaces, notifications } from "@/lib/db/schema";
import type { PushPayload } from "@/lib/push/payload";
import { saveSubscription } from "@/lib/push/subscriptions";
import { createWebPushClient, type PushClient } from "@/lib/push/web-push-client";
import { forecastAnswer } from "@/lib/testing/air-forecast-fixture";
import { createBrowserPushKeys } from "@/lib/testing/browser-push-keys";
import { type LocalPushService, startLocalPushService } from "@/lib/testing/local-push-service";
import { createTestDb } from "@/lib/testing/test-db";
import { createTestUser } from "@/lib/testing/test-users";
import { createAlertPlace, updateAlertPlace } from "./alert-places";
import { type PlaceForecast, sweepAirAlerts } from "./alert-sweep";
import { CreateAlertPlaceInput } from "./place-input";

let opened: OpenDb;
let service: LocalPushService;
let client: PushClient;
beforeAll(async () => {
  [opened, service] = await Promise.all([createTestDb(), startLocalPushService()]);
  client = createWebPushClient({ ca: service.ca, allowLoopback: true, timeoutMs: 1_500 });
});
afterAll(async () => {
  await service.close();
  await opened.close();
});
beforeEach(async () => {
  service.received.length = 0;
  // Every sweep looks at every saved place: each test counts its own.
  await opened.db.delete(airAlertPlaces);
});

const HOUR_MS = 3_600_000;
/** 10:00 in Hangzhou: outside the default quiet hours. */
const MORNING = new Date("2026-12-08T02:00:00Z");

/** A forecast that answers whatever the test set last, for every place. */
function settableForecast() {
  let answer: AirForecastAnswer | null = null;
  const calls: { lat: number; lng: number }[] = [];
  const forecast: PlaceForecast = async (_db, place) => {
    calls.push(place);
    return answer;
  };
  return { forecast, calls, set: (next: AirForecastAnswer | null) => (answer = next) };
}

let keyCounter = 0;
async function placeFor(userId: string, fields: Record<string, unknown> = {}) {
  const input = CreateAlertPlaceInput.parse({
    clientKey: `place-key-${++keyCounter}`,
    kind: "home",
    name: "我家",
    lat: 30.27,
    lng: 120.15,
    ...fields,
  });
  return (await createAlertPlace(opened.db, userId, input, MORNING)).place;
}

async function inboxOf(userId: string) {
  return opened.db.select().from(notifications).where(eq(notifications.userId, userId));
}
async function episodesOf(placeId: string) {
  return opened.db.select().from(airAlertEpisodes).where(eq(airAlertEpisodes.placeId, placeId));
}

describe("sweepAirAlerts", () => {
  it("alerts once for an episode: pushed with high urgency, a stop button, and not again on the next sweeps", async () => {
    const userId = await createTestUser(opened.db, "zh-CN");
    const keys = createBrowserPushKeys();
    await saveSubscription(opened.db, userId, {
      endpoint: `${service.origin}/push/air-1`,
      keys: { p256dh: keys.p256dh, auth: keys.auth },
    });
    const place = await placeFor(userId);
    const { forecast, set } = settableForecast();
    set(forecastAnswer(MORNING, 60, [70, 80, 120, 140, 110]));

    const first = await sweepAirAlerts(opened.db, forecast, MORNING, { client });
    expect(first).toMatchObject({ opened: 1, sent: 1, deferred: 0, failed: 0 });
    for (const later of [1, 2, 3]) {
      const at = new Date(MORNING.getTime() + later * 10 * 60_000);
      set(forecastAnswer(at, 60, [70, 120, 150]));
      expect(await sweepAirAlerts(opened.db, forecast, at, { client })).toMatchObject({ opened: 0, sent: 0 });
    }

    const inbox = await inboxOf(userId);
    expect(inbox).toHaveLength(1);
    expect(inbox[0]).toMatchObject({
      topic: "air.alert",
      title: "空气提醒：我家",
      url: `/air/alerts?place=${place.id}`,
    });
    expect(inbox[0]!.body).toMatch(/^今天 13–16 时轻度污染（AQI 140），首要污染物 PM2\.5。/);
    expect(service.received).toHaveLength(1);
    expect(service.received[0]!.headers.urgency).toBe("high");
    const payload = JSON.parse(keys.decrypt(service.received[0]!.body)) as PushPayload;
    expect(payload.actions).toEqual([
      { action: "stop", title: "停止此提醒", url: `/air/alerts?stop=${place.id}` },
    ]);
    const [episode] = await episodesOf(place.id);
    expect(episode).toMatchObject({ level: 3, worstAqi: 150, endedAt: null });
    expect(episode!.notifiedAt).toEqual(MORNING);
  });

  it("ends the episode when every hour is clearly below, and a new episode alerts again", async () => {
    const userId = await createTestUser(opened.db, "en");
    const place = await placeFor(userId, { name: "Office", kind: "office" });
    const { forecast, set } = settableForecast();
    set(forecastAnswer(MORNING, 120, []));
    await sweepAirAlerts(opened.db, forecast, MORNING, { client });
    // Hovering just under the level keeps it open: no second alert when it rises again.
    const hover = new Date(MORNING.getTime() + HOUR_MS);
    set(forecastAnswer(hover, 95, []));
    expect(await sweepAirAlerts(opened.db, forecast, hover, { client })).toMatchObject({ ended: 0 });
    const clean = new Date(MORNING.getTime() + 2 * HOUR_MS);
    set(forecastAnswer(clean, 60, []));
    expect(await sweepAirAlerts(opened.db, forecast, clean, { client })).toMatchObject({ ended: 1 });
    const again = new Date(MORNING.getTime() + 5 * HOUR_MS);
    set(forecastAnswer(again, 60, [60, 130]));
    expect(await sweepAirAlerts(opened.db, forecast, again, { client })).toMatchObject({
      opened: 1,
      sent: 1,
    });

    const inbox = await inboxOf(userId);
    expect(inbox.map((n) => n.title)).toEqual(["Air alert: Office", "Air alert: Office"]);
    expect(inbox[0]!.body).toMatch(/^Now: Lightly polluted \(AQI 120\), mainly PM2\.5\. /);
    const episodes = await episodesOf(place.id);
    expect(episodes.filter((e) => e.endedAt === null)).toHaveLength(1);
    expect(episodes).toHaveLength(2);
  });

  it("waits through quiet hours and alerts once when they end, if the episode is still on", async () => {
    const userId = await createTestUser(opened.db);
    await placeFor(userId);
    const { forecast, set } = settableForecast();
    const night = new Date("2026-12-08T15:00:00Z"); // 23:00 in Hangzhou
    set(forecastAnswer(night, 60, [130]));
    expect(await sweepAirAlerts(opened.db, forecast, night, { client })).toMatchObject({
      opened: 1,
      sent: 0,
      deferred: 1,
    });
    const stillNight = new Date("2026-12-08T22:50:00Z"); // 06:50
    set(forecastAnswer(stillNight, 130, []));
    expect(await sweepAirAlerts(opened.db, forecast, stillNight, { client })).toMatchObject({
      sent: 0,
      deferred: 1,
    });
    expect(await inboxOf(userId)).toHaveLength(0);
    const morning = new Date("2026-12-08T23:00:00Z"); // 07:00
    set(forecastAnswer(morning, 130, []));
    expect(await sweepAirAlerts(opened.db, forecast, morning, { client })).toMatchObject({ sent: 1 });
    expect(await sweepAirAlerts(opened.db, forecast, morning, { client })).toMatchObject({ sent: 0 });
    expect(await inboxOf(userId)).toHaveLength(1);
  });

  it("says nothing for an episode that ended during quiet hours", async () => {
    const userId = await createTestUser(opened.db);
    await placeFor(userId);
    const { forecast, set } = settableForecast();
    const night = new Date("2026-12-08T16:00:00Z"); // 00:00 in Hangzhou
    set(forecastAnswer(night, 60, [130]));
    await sweepAirAlerts(opened.db, forecast, night, { client });
    const dawn = new Date("2026-12-08T21:00:00Z"); // 05:00
    set(forecastAnswer(dawn, 50, []));
    await sweepAirAlerts(opened.db, forecast, dawn, { client });
    const morning = new Date("2026-12-08T23:30:00Z");
    await sweepAirAlerts(opened.db, forecast, morning, { client });
    expect(await inboxOf(userId)).toHaveLength(0);
  });

  it("alerts from the place's own level; places with alerts off and places without a forecast are skipped", async () => {
    const userId = await createTestUser(opened.db);
    const sensitive = await placeFor(userId, { name: "学校", kind: "school", level: 2 });
    const off = await placeFor(userId, { name: "单位", kind: "office", lat: 30.3, lng: 120.2 });
    await updateAlertPlace(opened.db, userId, off.id, { alertsOn: false }, MORNING);
    const relaxed = await placeFor(userId, { name: "老家", kind: "other", level: 4, lat: 30.1, lng: 120.1 });
    const { forecast, set } = settableForecast();
    set(forecastAnswer(MORNING, 60, [120]));
    await sweepAirAlerts(opened.db, forecast, MORNING, { client });
    expect((await inboxOf(userId)).map((n) => n.title)).toEqual(["空气提醒：学校"]);
    expect(await episodesOf(off.id)).toHaveLength(0);
    expect(await episodesOf(relaxed.id)).toHaveLength(0);
    expect(await episodesOf(sensitive.id)).toHaveLength(1);

    set(null);
    const later = new Date(MORNING.getTime() + HOUR_MS);
    expect(await sweepAirAlerts(opened.db, forecast, later, { client })).toMatchObject({
      ended: 0,
      failed: 0,
    });
  });

  it("a changed level, or alerts turned off, ends the open episode: the place is judged afresh", async () => {
    const userId = await createTestUser(opened.db);
    const place = await placeFor(userId, { level: 4 });
    const { forecast, set } = settableForecast();
    set(forecastAnswer(MORNING, 60, [160]));
    expect(await sweepAirAlerts(opened.db, forecast, MORNING, { client })).toMatchObject({ sent: 1 });
    // Renaming changes nothing about the episode.
    await updateAlertPlace(opened.db, userId, place.id, { name: "新家", level: 4 }, MORNING);
    expect(await sweepAirAlerts(opened.db, forecast, MORNING, { client })).toMatchObject({ sent: 0 });
    await updateAlertPlace(opened.db, userId, place.id, { level: 3 }, MORNING);
    expect(await sweepAirAlerts(opened.db, forecast, MORNING, { client })).toMatchObject({
      opened: 1,
      sent: 1,
    });
    await updateAlertPlace(opened.db, userId, place.id, { alertsOn: false }, MORNING);
    expect((await episodesOf(place.id)).every((e) => e.endedAt !== null)).toBe(true);
    expect(await inboxOf(userId)).toHaveLength(2);
  });

  it("two sweeps at once (two servers, or the job and a retry) open one episode and alert once", async () => {
    const userId = await createTestUser(opened.db);
    const place = await placeFor(userId);
    const { forecast, set } = settableForecast();
    set(forecastAnswer(MORNING, 60, [150]));
    const reports = await Promise.all(
      Array.from({ length: 4 }, () => sweepAirAlerts(opened.db, forecast, MORNING, { client })),
    );
    expect(reports.reduce((sum, r) => sum + r.failed, 0)).toBe(0);
    expect(await episodesOf(place.id)).toHaveLength(1);
    expect(await inboxOf(userId)).toHaveLength(1);
  });

  it("asks one forecast for places a few metres apart", async () => {
    const [a, b] = [await createTestUser(opened.db), await createTestUser(opened.db)];
    await placeFor(a, { lat: 29.5, lng: 119.5 });
    await placeFor(b, { lat: 29.50001, lng: 119.50001 });
    const { forecast, calls, set } = settableForecast();
    set(null);
    await sweepAirAlerts(opened.db, forecast, MORNING, { client });
    expect(calls.filter((c) => c.lat.toFixed(1) === "29.5")).toHaveLength(1);
  });
});
