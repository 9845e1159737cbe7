CREATE TABLE "air_observations" (
	"station_id" text NOT NULL,
	"observed_at" timestamp with time zone NOT NULL,
	"pm25" real,
	"pm10" real,
	"so2" real,
	"no2" real,
	"co" real,
	"o3" real,
	"temperature" real,
	"relative_humidity" real,
	"wind_speed" real,
	"wind_direction" real,
	"precipitation" real,
	"atmospheric_pressure" real,
	CONSTRAINT "air_observations_station_id_observed_at_pk" PRIMARY KEY("station_id","observed_at")
);
--> statement-breakpoint
CREATE TABLE "crowd_observations" (
	"poi_id" text NOT NULL,
	"observed_at" timestamp with time zone NOT NULL,
	"people_count" integer NOT NULL,
	"occupancy" real NOT NULL,
	"queue_minutes" integer NOT NULL,
	"day_type" text NOT NULL,
	CONSTRAINT "crowd_observations_poi_id_observed_at_pk" PRIMARY KEY("poi_id","observed_at")
);
--> statement-breakpoint
CREATE TABLE "feed_snapshots" (
	"feed" text PRIMARY KEY NOT NULL,
	"payload" jsonb NOT NULL,
	"observed_at" timestamp with time zone NOT NULL,
	"fetched_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "job_leases" (
	"name" text PRIMARY KEY NOT NULL,
	"holder" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "parking_observations" (
	"facility_id" text NOT NULL,
	"observed_at" timestamp with time zone NOT NULL,
	"available" integer NOT NULL,
	"total" integer NOT NULL,
	CONSTRAINT "parking_observations_facility_id_observed_at_pk" PRIMARY KEY("facility_id","observed_at")
);
--> statement-breakpoint
CREATE INDEX "air_observations_time_idx" ON "air_observations" USING btree ("observed_at");--> statement-breakpoint
CREATE INDEX "crowd_observations_time_idx" ON "crowd_observations" USING btree ("observed_at");--> statement-breakpoint
CREATE INDEX "parking_observations_time_idx" ON "parking_observations" USING btree ("observed_at");