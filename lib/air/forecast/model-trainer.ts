import { forecastStation } from "./forecast";
import { type FittedStationModel, fitStationModel } from "./model";
import { measureSkill } from "./skill";
import { FORECAST_POLLUTANTS, HOUR_MS } from "./station-history";
import type { AirTrainer } from "./trainer";

function isPollutantModel(value: unknown): boolean {
  if (typeof value !== "object" || value === null) return false;
  const m = value as Record<string, unknown>;
  return (
    Array.isArray(m.members) &&
    m.members.length === 2 &&
    Array.isArray(m.leads) &&
    Array.isArray(m.weights) &&
    Array.isArray(m.residuals) &&
    m.residuals.every((byLevel) => Array.isArray(byLevel) && byLevel.every((q) => Array.isArray(q))) &&
    Array.isArray(m.rules) &&
    typeof m.spreadOffset === "number"
  );
}

/** Whether a stored value is a model this code can forecast with (version 2, as `fitStationModel` writes; older ones are refitted). */
export function isFittedStationModel(value: unknown): value is FittedStationModel {
  if (typeof value !== "object" || value === null) return false;
  const m = value as Record<string, unknown>;
  if (m.version !== 2 || typeof m.edition !== "string" || typeof m.mostLikelyLevel !== "boolean")
    return false;
  if (typeof m.pollutants !== "object" || m.pollutants === null) return false;
  const pollutants = m.pollutants as Record<string, unknown>;
  return FORECAST_POLLUTANTS.every((p) => pollutants[p] === undefined || isPollutantModel(pollutants[p]));
}

/**
 * The ridge model as the app's trainer. `skill` scores the last 30 days at +24 h, the newest stored hour
 * (`endMs`) included; null when no hour could be scored.
 */
export const ridgeAirTrainer: AirTrainer<FittedStationModel> = {
  fit: (history) => fitStationModel(history),
  forecast: forecastStation,
  skill: (history, endMs) => {
    const skill = measureSkill(history, { endMs: endMs + HOUR_MS });
    return skill.pairs > 0 ? skill : null;
  },
  canUse: isFittedStationModel,
};
