import { AQI_STANDARD, type Edition } from "@/lib/air/aqi-standard";
import type { WindowHour } from "./alert-window";

/**
 * How far below the level's first AQI every hour must fall before an episode ends. Forecasts for an hour move by a
 * few AQI points from one run to the next; without this margin an AQI hovering at 100/101 would end an episode
 * and open a new one (a new push) every other run. Ten points is a fifth of a 50-point band.
 */
export const END_MARGIN_AQI = 10;

export type EpisodeDecision = "open" | "continue" | "end" | "none";

/**
 * What a place's alert does with this window: an episode opens when any hour reaches the level, continues while
 * some hour is still within the margin below it, and ends when every hour is clearly below. An empty window (no
 * data) changes nothing.
 */
export function decideEpisode(
  window: readonly WindowHour[],
  level: number,
  episodeOpen: boolean,
  edition: Edition,
): EpisodeDecision {
  if (window.length === 0) return episodeOpen ? "continue" : "none";
  const reached = window.some((hour) => hour.level >= level);
  if (!episodeOpen) return reached ? "open" : "none";
  if (reached) return "continue";
  const endBelow = firstAqiOfLevel(edition, level) - END_MARGIN_AQI;
  return window.every((hour) => hour.aqi < endBelow) ? "end" : "continue";
}

/** The lowest AQI of a level under an edition (101 for level 3): one above the previous level's maximum. */
export function firstAqiOfLevel(edition: Edition, level: number): number {
  const previous = AQI_STANDARD.editions[edition].categories.find((c) => c.level === level - 1);
  return (previous?.aqi_max ?? 0) + 1;
}

/** The hour an alert names: the worst of the window (the earliest of equals), or null when nothing reaches the level. */
export function worstHour(window: readonly WindowHour[], level: number): WindowHour | null {
  let worst: WindowHour | null = null;
  for (const hour of window) {
    if (hour.level < level) continue;
    if (!worst || hour.aqi > worst.aqi) worst = hour;
  }
  return worst;
}
