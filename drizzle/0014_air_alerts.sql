CREATE TABLE "air_alert_episodes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"place_id" uuid NOT NULL,
	"level" smallint NOT NULL,
	"opened_at" timestamp with time zone NOT NULL,
	"worst_aqi" integer NOT NULL,
	"worst_level" smallint NOT NULL,
	"worst_at" timestamp with time zone NOT NULL,
	"notified_at" timestamp with time zone,
	"ended_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "air_alert_places" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"client_key" text NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"lat" double precision NOT NULL,
	"lng" double precision NOT NULL,
	"level" smallint DEFAULT 3 NOT NULL,
	"quiet_from" smallint,
	"quiet_to" smallint,
	"alerts_on" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "air_alert_episodes" ADD CONSTRAINT "air_alert_episodes_place_id_air_alert_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."air_alert_places"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "air_alert_places" ADD CONSTRAINT "air_alert_places_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "air_alert_episodes_open_idx" ON "air_alert_episodes" USING btree ("place_id") WHERE "air_alert_episodes"."ended_at" is null;--> statement-breakpoint
CREATE INDEX "air_alert_episodes_place_idx" ON "air_alert_episodes" USING btree ("place_id","opened_at");--> statement-breakpoint
CREATE UNIQUE INDEX "air_alert_places_client_key_idx" ON "air_alert_places" USING btree ("user_id","client_key");--> statement-breakpoint
CREATE INDEX "air_alert_places_alerts_on_idx" ON "air_alert_places" USING btree ("alerts_on");