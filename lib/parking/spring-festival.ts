import type { FreeDays } from "./tariff-schema";

/**
 * Spring Festival days on which Hangzhou's road berths are free (outside the West Lake scenic area).
 * The city decides each year; these are the announcements in ../shared/data/calendar (meta.notes and
 * years.*.hangzhou_road_parking_free). 2026 had no announcement when this was written, so it takes the
 * usual window 除夕–初六 (2026-02-16…02-22, the calendar's `spring_festival_lunar`), marked
 * `announced: false` — the smaller of the two precedents, so we never promise a free day the city may
 * not give. Replace it when the city announces.
 */
export const HANGZHOU_SPRING_FESTIVAL_FREE_DAYS: FreeDays[] = [
  free(2016, "2016-02-07", "2016-02-13", true, "除夕–初六; charging resumed 初七 08:00"),
  free(2022, "2022-01-31", "2022-02-06", true, "除夕–初六"),
  free(2023, "2023-01-21", "2023-01-27", true, "除夕–初六; charging resumed 初七 08:00"),
  free(2025, "2025-01-28", "2025-02-04", true, "除夕–初七, the whole statutory holiday"),
  free(2026, "2026-02-16", "2026-02-22", false, "expected 除夕–初六; not yet announced"),
];

function free(year: number, from: string, to: string, announced: boolean, source: string): FreeDays {
  return { year, from, to, reason: "springFestival", announced, source };
}

/**
 * Whether road berths are free for a period starting on `date` (Asia/Shanghai). A night belongs to the
 * date it starts on, so the night after the last free day is free too and charging resumes at 08:00 —
 * as the 2016 and 2023 announcements put it.
 */
export function freeDaysOn(freeDays: readonly FreeDays[], date: string): FreeDays | undefined {
  return freeDays.find((window) => window.from <= date && date <= window.to);
}
