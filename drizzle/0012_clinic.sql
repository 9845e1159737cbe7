CREATE TABLE "clinic_accounts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid,
	"health_card_id" text NOT NULL,
	"name_sealed" text NOT NULL,
	"resident_id_sealed" text NOT NULL,
	"resident_id_index" text NOT NULL,
	"resident_id_masked" text NOT NULL,
	"consent_version" text NOT NULL,
	"consented_at" timestamp with time zone NOT NULL,
	"score" integer NOT NULL,
	"scored_at" timestamp with time zone NOT NULL,
	"tier" integer,
	"credit_line_fen" integer DEFAULT 0 NOT NULL,
	"status" text NOT NULL,
	"suspended_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "clinic_accounts_line_non_negative" CHECK ("clinic_accounts"."credit_line_fen" >= 0)
);
--> statement-breakpoint
CREATE TABLE "clinic_charges" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"hospital_id" text NOT NULL,
	"charge_id" text NOT NULL,
	"visit_row_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"items" jsonb NOT NULL,
	"self_pay_fen" integer NOT NULL,
	"insurance_fen" integer NOT NULL,
	"body_hash" text NOT NULL,
	"available_after_fen" integer NOT NULL,
	"status" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"cancelled_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "clinic_invoice_payments" (
	"payment_id" uuid PRIMARY KEY NOT NULL,
	"invoice_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "clinic_invoices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"visit_row_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"total_self_pay_fen" integer NOT NULL,
	"total_insurance_fen" integer NOT NULL,
	"issued_at" timestamp with time zone NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"paid_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "clinic_visits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"hospital_id" text NOT NULL,
	"visit_id" text NOT NULL,
	"account_id" uuid NOT NULL,
	"status" text NOT NULL,
	"opened_at" timestamp with time zone NOT NULL,
	"closed_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "clinic_accounts" ADD CONSTRAINT "clinic_accounts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clinic_charges" ADD CONSTRAINT "clinic_charges_visit_row_id_clinic_visits_id_fk" FOREIGN KEY ("visit_row_id") REFERENCES "public"."clinic_visits"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clinic_charges" ADD CONSTRAINT "clinic_charges_account_id_clinic_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."clinic_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clinic_invoice_payments" ADD CONSTRAINT "clinic_invoice_payments_payment_id_payments_id_fk" FOREIGN KEY ("payment_id") REFERENCES "public"."payments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clinic_invoice_payments" ADD CONSTRAINT "clinic_invoice_payments_invoice_id_clinic_invoices_id_fk" FOREIGN KEY ("invoice_id") REFERENCES "public"."clinic_invoices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clinic_invoices" ADD CONSTRAINT "clinic_invoices_visit_row_id_clinic_visits_id_fk" FOREIGN KEY ("visit_row_id") REFERENCES "public"."clinic_visits"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clinic_invoices" ADD CONSTRAINT "clinic_invoices_account_id_clinic_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."clinic_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clinic_visits" ADD CONSTRAINT "clinic_visits_account_id_clinic_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."clinic_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "clinic_accounts_user_idx" ON "clinic_accounts" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "clinic_accounts_card_idx" ON "clinic_accounts" USING btree ("health_card_id");--> statement-breakpoint
CREATE UNIQUE INDEX "clinic_accounts_resident_idx" ON "clinic_accounts" USING btree ("resident_id_index");--> statement-breakpoint
CREATE UNIQUE INDEX "clinic_charges_hospital_charge_idx" ON "clinic_charges" USING btree ("hospital_id","charge_id");--> statement-breakpoint
CREATE INDEX "clinic_charges_visit_idx" ON "clinic_charges" USING btree ("visit_row_id");--> statement-breakpoint
CREATE INDEX "clinic_charges_account_idx" ON "clinic_charges" USING btree ("account_id") WHERE "clinic_charges"."status" = 'authorized';--> statement-breakpoint
CREATE INDEX "clinic_invoice_payments_invoice_idx" ON "clinic_invoice_payments" USING btree ("invoice_id");--> statement-breakpoint
CREATE UNIQUE INDEX "clinic_invoices_visit_idx" ON "clinic_invoices" USING btree ("visit_row_id");--> statement-breakpoint
CREATE INDEX "clinic_invoices_unpaid_idx" ON "clinic_invoices" USING btree ("account_id") WHERE "clinic_invoices"."paid_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "clinic_visits_hospital_visit_idx" ON "clinic_visits" USING btree ("hospital_id","visit_id");--> statement-breakpoint
CREATE INDEX "clinic_visits_account_idx" ON "clinic_visits" USING btree ("account_id","opened_at");