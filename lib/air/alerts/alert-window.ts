import type { AirForecastAnswer, AirHour } from "@/lib/air/forecast-answer";

/** How far ahead a forecast hour may lie and still open an episode. */
export const ALERT_HORIZON_MS = 24 * 3_600_000;

/** An hour the alert rules weigh: its time, AQI, level and what it is called. */
export interface WindowHour {
  at: Date;
  aqi: number;
  level: number;
  category: { zh: string; en: string } | null;
  primary: string[];
  observed: boolean;
}

/**
 * The hours an alert looks at: the current observed hour and the forecast hours up to 24 h after `now`. Hours the
 * standard withholds (no AQI) say nothing either way and are left out.
 */
export function alertWindow(answer: AirForecastAnswer, now: Date): WindowHour[] {
  const until = now.getTime() + ALERT_HORIZON_MS;
  const current = answer.past.at(-1);
  const hours: WindowHour[] = [];
  if (current) pushHour(hours, current, true);
  for (const hour of answer.hours) {
    const at = Date.parse(hour.at);
    if (at > now.getTime() && at <= until) pushHour(hours, hour, false);
  }
  return hours;
}

function pushHour(into: WindowHour[], hour: AirHour, observed: boolean): void {
  if (hour.aqi === null || hour.level === null) return;
  into.push({
    at: new Date(hour.at),
    aqi: hour.aqi,
    level: hour.level,
    category: hour.category,
    primary: hour.primary.map((key) => key.replace(/_(1h|8h|24h)$/, "")),
    observed,
  });
}
