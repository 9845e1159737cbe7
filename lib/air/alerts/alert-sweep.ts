import "server-only";
import { and, asc, eq, isNull } from "drizzle-orm";
import type { AirForecastAnswer } from "@/lib/air/forecast-answer";
import { airAlertEpisodes, airAlertPlaces } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import { notifyUser } from "@/lib/push/notify";
import type { PushClient } from "@/lib/push/web-push-client";
import { alertMessage } from "./alert-message";
import { alertWindow, type WindowHour } from "./alert-window";
import { decideEpisode, worstHour } from "./episode-rule";
import { isQuietAt } from "./quiet-hours";

/** The forecast for a point (production: forecastForPlace); tests pass a made-up answer. */
export type PlaceForecast = (
  db: Db,
  place: { lat: number; lng: number },
  now: Date,
) => Promise<AirForecastAnswer | null>;

export interface AlertSweepReport {
  places: number;
  opened: number;
  ended: number;
  sent: number;
  /** Episodes on whose alert waits for the end of quiet hours. */
  deferred: number;
  failed: number;
}

export interface AlertSweepOptions {
  signal?: AbortSignal;
  /** The push client (tests: a local push service). */
  client?: PushClient;
}

type AlertPlace = typeof airAlertPlaces.$inferSelect;
type Episode = typeof airAlertEpisodes.$inferSelect;

/**
 * Looks at every place with alerts on: opens, continues or ends its episode by the forecast, and alerts its person
 * once per episode outside their quiet hours. Idempotent and safe to run on two servers at once: at most one
 * episode is open per place (a unique index) and its notification is keyed on the episode.
 */
export async function sweepAirAlerts(
  db: Db,
  forecast: PlaceForecast,
  now: Date,
  options: AlertSweepOptions = {},
): Promise<AlertSweepReport> {
  const places = await db
    .select()
    .from(airAlertPlaces)
    .where(eq(airAlertPlaces.alertsOn, true))
    .orderBy(asc(airAlertPlaces.id));
  const report: AlertSweepReport = {
    places: places.length,
    opened: 0,
    ended: 0,
    sent: 0,
    deferred: 0,
    failed: 0,
  };
  // Places a few metres apart (two people's homes in one building) share one forecast per sweep.
  const answers = new Map<string, Promise<AirForecastAnswer | null>>();
  const forecastAt = (place: AlertPlace) => {
    const key = `${place.lat.toFixed(3)},${place.lng.toFixed(3)}`;
    if (!answers.has(key)) answers.set(key, forecast(db, { lat: place.lat, lng: place.lng }, now));
    return answers.get(key)!;
  };
  for (const place of places) {
    options.signal?.throwIfAborted();
    try {
      const answer = await forecastAt(place);
      if (answer)
        await sweepPlace(db, place, alertWindow(answer, now), answer.standard, now, report, options);
    } catch (error) {
      report.failed += 1;
      console.warn(`[air-alerts] place ${place.id}:`, error instanceof Error ? error.message : error);
    }
  }
  return report;
}

async function sweepPlace(
  db: Db,
  place: AlertPlace,
  window: WindowHour[],
  edition: AirForecastAnswer["standard"],
  now: Date,
  report: AlertSweepReport,
  options: AlertSweepOptions,
): Promise<void> {
  let episode = await openEpisode(db, place.id);
  const decision = decideEpisode(window, episode?.level ?? place.level, episode !== null, edition);
  if (decision === "none") return;
  if (decision === "end") {
    const ended = await db
      .update(airAlertEpisodes)
      .set({ endedAt: now })
      .where(and(eq(airAlertEpisodes.id, episode!.id), isNull(airAlertEpisodes.endedAt)))
      .returning({ id: airAlertEpisodes.id });
    report.ended += ended.length;
    return;
  }
  if (decision === "open") {
    const worst = worstHour(window, place.level)!;
    const [opened] = await db
      .insert(airAlertEpisodes)
      .values({
        placeId: place.id,
        level: place.level,
        openedAt: now,
        worstAqi: worst.aqi,
        worstLevel: worst.level,
        worstAt: worst.at,
      })
      .onConflictDoNothing()
      .returning();
    if (opened) report.opened += 1;
    // Another run opened it first: alert about that one.
    episode = opened ?? (await openEpisode(db, place.id));
  }
  if (!episode) return;
  // An episode held open by the margin alone has nothing at its level to tell about (yet).
  const worst = worstHour(window, episode.level);
  if (!worst) return;
  if (worst.aqi > episode.worstAqi) {
    await db
      .update(airAlertEpisodes)
      .set({ worstAqi: worst.aqi, worstLevel: worst.level, worstAt: worst.at })
      .where(eq(airAlertEpisodes.id, episode.id));
  }
  if (episode.notifiedAt) return;
  const quiet =
    place.quietFrom === null || place.quietTo === null ? null : { from: place.quietFrom, to: place.quietTo };
  if (isQuietAt(now, quiet)) {
    report.deferred += 1;
    return;
  }
  const { title, body, stop } = alertMessage(place.name, window, worst, now);
  const sent = await notifyUser(
    db,
    place.userId,
    {
      topic: "air.alert",
      dedupeKey: `air:alert:${episode.id}`,
      message: { title, body },
      url: `/air/alerts?place=${place.id}`,
      actions: [
        {
          action: "stop",
          title: stop,
          url: `/air/alerts?stop=${place.id}`,
        },
      ],
      now,
    },
    { client: options.client },
  );
  await db
    .update(airAlertEpisodes)
    .set({ notifiedAt: now })
    .where(and(eq(airAlertEpisodes.id, episode.id), isNull(airAlertEpisodes.notifiedAt)));
  if (sent.created) report.sent += 1;
}

async function openEpisode(db: Db, placeId: string): Promise<Episode | null> {
  const [row] = await db
    .select()
    .from(airAlertEpisodes)
    .where(and(eq(airAlertEpisodes.placeId, placeId), isNull(airAlertEpisodes.endedAt)))
    .limit(1);
  return row ?? null;
}
