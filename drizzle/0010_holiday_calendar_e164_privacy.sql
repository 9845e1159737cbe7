CREATE TABLE "privacy_consents" (
	"user_id" uuid NOT NULL,
	"version" text NOT NULL,
	"accepted_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "proof_of_work_uses" (
	"nonce" text PRIMARY KEY NOT NULL,
	"used_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "calendar_entries" (
	"year" integer NOT NULL,
	"kind" text NOT NULL,
	"from_date" date NOT NULL,
	"to_date" date NOT NULL,
	"name_zh" text NOT NULL,
	"name_en" text,
	CONSTRAINT "calendar_entries_year_kind_from_date_pk" PRIMARY KEY("year","kind","from_date")
);
--> statement-breakpoint
CREATE TABLE "calendar_years" (
	"year" integer PRIMARY KEY NOT NULL,
	"source_title" text NOT NULL,
	"source_document_no" text,
	"source_url" text NOT NULL,
	"published_on" date NOT NULL,
	"imported_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "parking_invoices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"stay_id" uuid NOT NULL,
	"user_id" uuid,
	"number" text NOT NULL,
	"title" text NOT NULL,
	"tax_number" text,
	"email" text NOT NULL,
	"amount_fen" integer NOT NULL,
	"issued_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "otp_challenges" ADD COLUMN "privacy_version" text;--> statement-breakpoint
ALTER TABLE "payment_agreements" ADD COLUMN "per_bill_limit_fen" integer DEFAULT 20000 NOT NULL;--> statement-breakpoint
ALTER TABLE "privacy_consents" ADD CONSTRAINT "privacy_consents_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_entries" ADD CONSTRAINT "calendar_entries_year_calendar_years_year_fk" FOREIGN KEY ("year") REFERENCES "public"."calendar_years"("year") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "parking_invoices" ADD CONSTRAINT "parking_invoices_stay_id_parking_stays_id_fk" FOREIGN KEY ("stay_id") REFERENCES "public"."parking_stays"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "parking_invoices" ADD CONSTRAINT "parking_invoices_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "privacy_consents_user_version_idx" ON "privacy_consents" USING btree ("user_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "parking_invoices_stay_idx" ON "parking_invoices" USING btree ("stay_id");--> statement-breakpoint
CREATE UNIQUE INDEX "parking_invoices_number_idx" ON "parking_invoices" USING btree ("number");--> statement-breakpoint
ALTER TABLE "payment_agreements" ADD CONSTRAINT "payment_agreements_limit_range" CHECK ("payment_agreements"."per_bill_limit_fen" between 100 and 200000);--> statement-breakpoint
-- Phones are stored in E.164 from now on: mainland numbers kept as 11 digits gain +86, so both spellings sign in
-- to the same account. Sign-in codes issued before this name the old spelling in their hash and lapse in minutes.
UPDATE "users" SET "phone" = '+86' || "phone" WHERE "phone" ~ '^1[3-9][0-9]{9}$';--> statement-breakpoint
UPDATE "otp_challenges" SET "phone" = '+86' || "phone" WHERE "phone" ~ '^1[3-9][0-9]{9}$';--> statement-breakpoint
UPDATE "sandbox_declines" SET "phone" = '+86' || "phone" WHERE "phone" ~ '^1[3-9][0-9]{9}$';--> statement-breakpoint
UPDATE "rate_limit_hits" SET "subject" = '+86' || "subject" WHERE "bucket" LIKE 'auth.%.phone' AND "subject" ~ '^1[3-9][0-9]{9}$';
