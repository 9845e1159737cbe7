import type { ForecastSkill, StationForecast, StationHistory } from "./station-history";

/**
 * What the app needs of a forecast model: fit it on a station's history, forecast from a history at an issue
 * hour, and measure its skill out of sample. The fitted model must survive a JSON round trip (it is stored).
 */
export interface AirTrainer<Model = unknown> {
  fit(history: StationHistory): Model;
  forecast(model: Model, history: StationHistory, issuedMs: number): StationForecast;
  skill(history: StationHistory, endMs: number): ForecastSkill | null;
  /** False for a stored model this trainer cannot use (written by an older version). */
  canUse(model: unknown): model is Model;
}
