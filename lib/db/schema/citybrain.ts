import { index, integer, jsonb, pgTable, primaryKey, real, text, timestamp } from "drizzle-orm/pg-core";

const observedAt = () => timestamp("observed_at", { withTimezone: true }).notNull();

/** Free spaces over time, one row per facility and reading (history for forecasts). */
export const parkingObservations = pgTable(
  "parking_observations",
  {
    facilityId: text("facility_id").notNull(),
    observedAt: observedAt(),
    available: integer("available").notNull(),
    total: integer("total").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.facilityId, t.observedAt] }),
    index("parking_observations_time_idx").on(t.observedAt),
  ],
);

/**
 * Parking history past eight weeks: one row per facility and UTC hour, the mean of that hour's readings
 * (written by the retention job, which deletes the readings in the same transaction). Kept two years.
 */
export const parkingObservationsHourly = pgTable(
  "parking_observations_hourly",
  {
    facilityId: text("facility_id").notNull(),
    hour: timestamp("hour", { withTimezone: true }).notNull(),
    /** Mean free spaces over the hour, rounded. */
    available: integer("available").notNull(),
    /** The fewest free spaces read in the hour: whether it filled up is lost in the mean. */
    minAvailable: integer("min_available").notNull(),
    total: integer("total").notNull(),
    readings: integer("readings").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.facilityId, t.hour] }),
    index("parking_observations_hourly_time_idx").on(t.hour),
  ],
);

/** Hourly station readings: µg/m³, CO in mg/m³. */
export const airObservations = pgTable(
  "air_observations",
  {
    stationId: text("station_id").notNull(),
    observedAt: observedAt(),
    pm25: real("pm25"),
    pm10: real("pm10"),
    so2: real("so2"),
    no2: real("no2"),
    co: real("co"),
    o3: real("o3"),
    temperature: real("temperature"),
    relativeHumidity: real("relative_humidity"),
    windSpeed: real("wind_speed"),
    windDirection: real("wind_direction"),
    precipitation: real("precipitation"),
    atmosphericPressure: real("atmospheric_pressure"),
  },
  (t) => [
    primaryKey({ columns: [t.stationId, t.observedAt] }),
    index("air_observations_time_idx").on(t.observedAt),
  ],
);

/** Visitors and queues at sights over time. */
export const crowdObservations = pgTable(
  "crowd_observations",
  {
    poiId: text("poi_id").notNull(),
    observedAt: observedAt(),
    peopleCount: integer("people_count").notNull(),
    occupancy: real("occupancy").notNull(),
    queueMinutes: integer("queue_minutes").notNull(),
    dayType: text("day_type").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.poiId, t.observedAt] }),
    index("crowd_observations_time_idx").on(t.observedAt),
  ],
);

/** The last good answer of each upstream feed, served (marked stale) while upstream fails. */
export const feedSnapshots = pgTable("feed_snapshots", {
  feed: text("feed").primaryKey(),
  payload: jsonb("payload").notNull(),
  observedAt: timestamp("observed_at", { withTimezone: true }).notNull(),
  fetchedAt: timestamp("fetched_at", { withTimezone: true }).notNull(),
});

/** Elects one runner per scheduled job across all app servers: whoever holds an unexpired lease runs it. */
export const jobLeases = pgTable("job_leases", {
  name: text("name").primaryKey(),
  holder: text("holder").notNull(),
  expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
});
