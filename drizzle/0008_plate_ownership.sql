CREATE TABLE "plate_ownership_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"plate" text NOT NULL,
	"owner_name" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"closed_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "plate_bindings" ALTER COLUMN "bound_at" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "plate_bindings" ADD COLUMN "end_reason" text;--> statement-breakpoint
ALTER TABLE "plate_ownership_reviews" ADD CONSTRAINT "plate_ownership_reviews_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "plate_ownership_reviews_open_idx" ON "plate_ownership_reviews" USING btree ("user_id","plate") WHERE "plate_ownership_reviews"."status" = 'open';