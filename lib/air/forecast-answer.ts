/**
 * The answer of `GET /api/air/forecast?station=<id>` and `?lat=&lng=`: the same for every reader of that
 * place, both languages inside (cached publicly). One shape for the page's chart, periods, near-me and alerts.
 */
import type { Edition } from "./aqi-standard";
import type { ForecastMethod, ForecastPollutant, ForecastSkill } from "./forecast/station-history";
import type { PollutantKey } from "./report-indicators";

export interface AqiOutlook {
  /** `null` when the standard withholds it or nothing could be said. */
  aqi: number | null;
  level: number | null;
  category: { zh: string; en: string } | null;
  colour: string | null;
  primary: PollutantKey[];
}

/** One hour, observed (`past`) or forecast (`hours`): its hourly means and their real-time AQI. */
export interface AirHour extends AqiOutlook {
  /** The hour's time (ISO UTC). */
  at: string;
  values: Record<ForecastPollutant, number | null>;
}

/** A calendar day in Shanghai: the daily AQI of that day's 24 h means (observed hours and forecast ones). */
export interface AirDay extends AqiOutlook {
  /** YYYY-MM-DD, Asia/Shanghai. */
  date: string;
}

export const AIR_PERIODS = ["tonight", "tomorrowMorning", "tomorrowAfternoon"] as const;
export type AirPeriodKey = (typeof AIR_PERIODS)[number];

/** The worst hourly AQI forecast for a part of the day people plan around. */
export interface AirPeriod extends AqiOutlook {
  key: AirPeriodKey;
  from: string;
  to: string;
}

/** A station a place's estimate is made of: how far (m, rounded to 10) and its share (0–1). */
export interface StationShare {
  id: string;
  name: { zh: string; en: string };
  distanceM: number;
  weight: number;
}

export type ForecastPlace =
  | { kind: "station"; id: string; name: { zh: string; en: string }; lat: number; lng: number }
  | { kind: "point"; lat: number; lng: number; stations: StationShare[] };

export interface AirForecastAnswer {
  place: ForecastPlace;
  /** The edition whose breakpoints the AQI figures use. */
  standard: Edition;
  /** The last observed hour the forecast starts from (ISO UTC). */
  issuedAt: string;
  /** Up to 72 observed hours, oldest first; the last is "now". */
  past: AirHour[];
  /** 72 forecast hours, the first one hour after `issuedAt`. */
  hours: AirHour[];
  /** Today, tomorrow and the day after (Shanghai). */
  days: AirDay[];
  periods: AirPeriod[];
  methods: Record<ForecastPollutant, ForecastMethod>;
  /** When the model in use was trained (ISO UTC), and its measured skill at 24 h; `null` before the first training. */
  model: { trainedAt: string; skill: ForecastSkill | null } | null;
}
