import "server-only";
import type { FeedAnswer } from "@/lib/citybrain/last-good";
import type { ParkingFacility } from "@/lib/citybrain/types";
import { serverNow } from "@/lib/clock/server-now";
import type { Db } from "@/lib/db/types";
import type { Locale } from "@/lib/i18n/config";
import { fromShanghai, shanghaiDate } from "@/lib/time";
import { getLotOrThrow } from "./lots";
import { predictFreeSpaces } from "./prediction/predict-free-spaces";
import { quoteStay, type Tariff } from "./tariff";
import { tariffSummary, tariffText } from "./tariff-text";
import { todaysCurve } from "./todays-curve";

const EXAMPLE_HOURS = 2;

/** What a short daytime stay costs today: 10:00–12:00 on the Hangzhou calendar date of `now`. */
export function tariffExample(tariff: Tariff, locale: Locale, now: Date) {
  const entry = fromShanghai(shanghaiDate(now), "10:00");
  const exit = new Date(entry.getTime() + EXAMPLE_HOURS * 3_600_000);
  const { feeFen } = quoteStay(tariff, { entry, exit, vehicleClass: "small" });
  const estimated = tariff.kind === "offstreet" && tariff.estimated ? "yes" : "no";
  const text = tariffText(locale, "tariff.example", { hours: EXAMPLE_HOURS, feeFen, estimated });
  return { hours: EXAMPLE_HOURS, entry: entry.toISOString(), exit: exit.toISOString(), feeFen, text };
}

/**
 * A lot of a parking feed with free spaces now, predicted free spaces in 15/30/60 min with an interval (null while its stored
 * history is too short), today's curve so far, its tariff as data and in plain words, and an example fee.
 */
export async function getLotDetail(
  db: Db,
  feed: FeedAnswer<ParkingFacility>,
  slug: string,
  locale: Locale,
  now = serverNow(),
) {
  const { asOf, stale, lot, facilityId } = getLotOrThrow(feed, slug, locale);
  const [prediction, today] = await Promise.all([
    predictFreeSpaces(db, facilityId, now),
    todaysCurve(db, facilityId, now, { at: lot.observedAt, available: lot.available, total: lot.total }),
  ]);
  const year = Number(shanghaiDate(now).slice(0, 4));
  return {
    asOf,
    stale,
    lot: {
      ...lot,
      tariffSummary: tariffSummary(lot.tariff, locale, year),
      example: tariffExample(lot.tariff, locale, now),
    },
    prediction,
    today,
  };
}
