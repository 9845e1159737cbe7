import { jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * Each station's forecast model as last trained (the fitted weights as JSON), the newest hour it saw and its
 * measured skill: trained by one server on a schedule, used by every server.
 */
export const airForecastModels = pgTable("air_forecast_models", {
  stationId: text("station_id").primaryKey(),
  trainedAt: timestamp("trained_at", { withTimezone: true }).notNull(),
  /** The newest observed hour the training saw: the model is never used for an earlier issue time. */
  trainedThrough: timestamp("trained_through", { withTimezone: true }).notNull(),
  model: jsonb("model").notNull(),
  /** ForecastSkill at 24 h over the last 30 days before `trainedThrough`; null when too little history. */
  skill: jsonb("skill"),
});
