CREATE TABLE "air_forecast_models" (
	"station_id" text PRIMARY KEY NOT NULL,
	"trained_at" timestamp with time zone NOT NULL,
	"trained_through" timestamp with time zone NOT NULL,
	"model" jsonb NOT NULL,
	"skill" jsonb
);
