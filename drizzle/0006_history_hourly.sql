CREATE TABLE "parking_observations_hourly" (
	"facility_id" text NOT NULL,
	"hour" timestamp with time zone NOT NULL,
	"available" integer NOT NULL,
	"min_available" integer NOT NULL,
	"total" integer NOT NULL,
	"readings" integer NOT NULL,
	CONSTRAINT "parking_observations_hourly_facility_id_hour_pk" PRIMARY KEY("facility_id","hour")
);
--> statement-breakpoint
CREATE INDEX "parking_observations_hourly_time_idx" ON "parking_observations_hourly" USING btree ("hour");