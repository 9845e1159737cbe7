import "server-only";
import { and, asc, eq, gt, lte } from "drizzle-orm";
import { parkingObservations } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import { hangzhouSameKind, shanghaiLocalMs } from "./day-kind";
import type { SameKind } from "./features";
import { cachedFit, type FacilityFit, storeFit } from "./fitted-cache";
import {
  type FittedHorizon,
  FORECAST_MINUTES,
  type FreeSpaceHorizon,
  fitHorizon,
  forecastFreeSpaces,
  INTERVAL_COVERAGE,
} from "./free-space-forecast";
import { buildSeries, DAY_MS, MINUTE_MS, type Series } from "./series";

/** Eight weeks to fit: the four weeks the features look back, and four more to learn the weights from. */
export const FIT_HISTORY_MS = 56 * DAY_MS;
/** With a fitted model, only what the features look back on: four weeks and a half hour, plus margin. */
const FEATURE_HISTORY_MS = 29 * DAY_MS;
/** Below this the week-on-week features, the training and the held-out week do not all fit. */
const MIN_HISTORY_MS = 15 * DAY_MS;
/** A latest reading older than this is no basis for a 15-minute forecast. */
const MAX_READING_AGE_MS = 45 * MINUTE_MS;

export interface FreeSpacePrediction {
  horizons: FreeSpaceHorizon[];
  basis: {
    facilityId: string;
    /** The latest stored reading the forecast starts from. */
    observedAt: string;
    available: number;
    total: number;
    /** The history the model was fitted on (refitted each local day): oldest and latest reading, count. */
    historyFrom: string;
    fittedThrough: string;
    readings: number;
    method: "ridge-on-weekly-and-daily-change";
    /** The interval is an empirical central interval of this coverage. */
    intervalCoverage: number;
    /** Mean absolute error on the held-out last week, in free spaces, per horizon in minutes. */
    holdoutMaeSpaces: Record<string, number>;
  };
}

function readHistory(db: Db, facilityId: string, now: Date, spanMs: number) {
  return db
    .select({
      observedAt: parkingObservations.observedAt,
      available: parkingObservations.available,
      total: parkingObservations.total,
    })
    .from(parkingObservations)
    .where(
      and(
        eq(parkingObservations.facilityId, facilityId),
        gt(parkingObservations.observedAt, new Date(now.getTime() - spanMs)),
        lte(parkingObservations.observedAt, now),
      ),
    )
    .orderBy(asc(parkingObservations.observedAt));
}

function fitAll(series: Series, sameKind: SameKind): FittedHorizon[] | null {
  const fits: FittedHorizon[] = [];
  for (const minutes of FORECAST_MINUTES) {
    const fitted = fitHorizon(series, minutes, sameKind);
    if (!fitted) return null;
    fits.push(fitted);
  }
  return fits;
}

type Row = Awaited<ReturnType<typeof readHistory>>[number];

function toSeries(rows: readonly Row[]): Series {
  return buildSeries(
    rows
      .filter((r) => r.total > 0)
      .map((r) => ({ time: shanghaiLocalMs(r.observedAt), share: (r.total - r.available) / r.total })),
  );
}

/**
 * Free spaces at a car park 15, 30 and 60 minutes after `now`, from its stored history, with an 80 %
 * interval; null when the history is too short or too old to forecast from.
 */
export async function predictFreeSpaces(
  db: Db,
  facilityId: string,
  now: Date,
): Promise<FreeSpacePrediction | null> {
  const nowMs = now.getTime();
  const nowLocal = shanghaiLocalMs(now);
  const day = Math.floor(nowLocal / DAY_MS);
  const cached = cachedFit(db, facilityId, day, nowMs);
  const rows = await readHistory(db, facilityId, now, cached ? FEATURE_HISTORY_MS : FIT_HISTORY_MS);
  const first = rows[0];
  const latest = rows[rows.length - 1];
  if (!first || !latest || latest.total <= 0) return null;
  if (nowMs - latest.observedAt.getTime() > MAX_READING_AGE_MS) return null;
  if (!cached && latest.observedAt.getTime() - first.observedAt.getTime() < MIN_HISTORY_MS) return null;

  const series = toSeries(rows);
  const sameKind = hangzhouSameKind();
  let fit: FacilityFit | null = cached;
  if (!fit) {
    const fitted = fitAll(series, sameKind);
    if (!fitted) return null;
    fit = {
      horizons: fitted,
      historyFrom: first.observedAt.toISOString(),
      readings: rows.length,
      fittedThrough: latest.observedAt.getTime(),
    };
    storeFit(db, facilityId, { day, fit });
  }
  const horizons: FreeSpaceHorizon[] = [];
  const holdoutMaeSpaces: Record<string, number> = {};
  for (const fitted of fit.horizons) {
    const forecast = forecastFreeSpaces(series, fitted, nowLocal, latest.total, sameKind);
    if (!forecast) return null;
    horizons.push(forecast);
    holdoutMaeSpaces[String(fitted.minutes)] = Math.round(fitted.holdoutMae * latest.total * 10) / 10;
  }
  return {
    horizons,
    basis: {
      facilityId,
      observedAt: latest.observedAt.toISOString(),
      available: latest.available,
      total: latest.total,
      historyFrom: fit.historyFrom,
      readings: fit.readings,
      fittedThrough: new Date(fit.fittedThrough).toISOString(),
      method: "ridge-on-weekly-and-daily-change",
      intervalCoverage: INTERVAL_COVERAGE,
      holdoutMaeSpaces,
    },
  };
}
