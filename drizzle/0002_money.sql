CREATE TABLE "gate_events" (
	"event_id" text PRIMARY KEY NOT NULL,
	"lot_id" text NOT NULL,
	"plate" text NOT NULL,
	"direction" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "parking_disputes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"stay_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"previous_status" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "parking_stays" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"lot_id" text NOT NULL,
	"plate" text NOT NULL,
	"vehicle_class" text NOT NULL,
	"entry_event_id" text,
	"exit_event_id" text,
	"entry_at" timestamp with time zone,
	"exit_at" timestamp with time zone,
	"status" text NOT NULL,
	"flag_reason" text,
	"fee_fen" integer,
	"breakdown" jsonb,
	"billed_at" timestamp with time zone,
	"due_at" timestamp with time zone,
	"paid_at" timestamp with time zone,
	"due_notified_at" timestamp with time zone,
	"overdue_notified_at" timestamp with time zone,
	"paid_notified_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plate_bindings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plate" text NOT NULL,
	"user_id" uuid NOT NULL,
	"vehicle_class" text NOT NULL,
	"bound_at" timestamp with time zone DEFAULT now() NOT NULL,
	"unbound_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "payment_agreements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"status" text NOT NULL,
	"signed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "payment_callbacks" (
	"callback_id" text PRIMARY KEY NOT NULL,
	"idempotency_key" text NOT NULL,
	"status" text NOT NULL,
	"outcome" text NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "payment_outbox" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"callback_id" text NOT NULL,
	"payload" jsonb NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"delivered_at" timestamp with time zone,
	"last_error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "payment_outbox_callback_id_unique" UNIQUE("callback_id")
);
--> statement-breakpoint
CREATE TABLE "payments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"idempotency_key" text NOT NULL,
	"stay_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"agreement_id" uuid NOT NULL,
	"amount_fen" integer NOT NULL,
	"kind" text NOT NULL,
	"status" text NOT NULL,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"settled_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "sandbox_debits" (
	"idempotency_key" text PRIMARY KEY NOT NULL,
	"agreement_id" uuid NOT NULL,
	"amount_fen" integer NOT NULL,
	"outcome" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sandbox_declines" (
	"phone" text PRIMARY KEY NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "parking_disputes" ADD CONSTRAINT "parking_disputes_stay_id_parking_stays_id_fk" FOREIGN KEY ("stay_id") REFERENCES "public"."parking_stays"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "parking_disputes" ADD CONSTRAINT "parking_disputes_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "parking_stays" ADD CONSTRAINT "parking_stays_entry_event_id_gate_events_event_id_fk" FOREIGN KEY ("entry_event_id") REFERENCES "public"."gate_events"("event_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "parking_stays" ADD CONSTRAINT "parking_stays_exit_event_id_gate_events_event_id_fk" FOREIGN KEY ("exit_event_id") REFERENCES "public"."gate_events"("event_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plate_bindings" ADD CONSTRAINT "plate_bindings_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_agreements" ADD CONSTRAINT "payment_agreements_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_stay_id_parking_stays_id_fk" FOREIGN KEY ("stay_id") REFERENCES "public"."parking_stays"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_agreement_id_payment_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."payment_agreements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "gate_events_pairing_idx" ON "gate_events" USING btree ("lot_id","plate","at","event_id");--> statement-breakpoint
CREATE UNIQUE INDEX "parking_disputes_open_idx" ON "parking_disputes" USING btree ("stay_id") WHERE "parking_disputes"."status" = 'open';--> statement-breakpoint
CREATE INDEX "parking_disputes_user_idx" ON "parking_disputes" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "parking_stays_entry_event_idx" ON "parking_stays" USING btree ("entry_event_id");--> statement-breakpoint
CREATE UNIQUE INDEX "parking_stays_exit_event_idx" ON "parking_stays" USING btree ("exit_event_id");--> statement-breakpoint
CREATE INDEX "parking_stays_plate_idx" ON "parking_stays" USING btree ("plate","exit_at");--> statement-breakpoint
CREATE INDEX "parking_stays_unpaid_idx" ON "parking_stays" USING btree ("due_at") WHERE "parking_stays"."status" = 'unpaid';--> statement-breakpoint
CREATE UNIQUE INDEX "plate_bindings_active_plate_idx" ON "plate_bindings" USING btree ("plate") WHERE "plate_bindings"."unbound_at" is null;--> statement-breakpoint
CREATE INDEX "plate_bindings_user_idx" ON "plate_bindings" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "payment_agreements_active_idx" ON "payment_agreements" USING btree ("user_id") WHERE "payment_agreements"."status" = 'active';--> statement-breakpoint
CREATE INDEX "payment_outbox_due_idx" ON "payment_outbox" USING btree ("next_attempt_at") WHERE "payment_outbox"."delivered_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "payments_idempotency_key_idx" ON "payments" USING btree ("idempotency_key");--> statement-breakpoint
CREATE UNIQUE INDEX "payments_live_per_stay_idx" ON "payments" USING btree ("stay_id") WHERE "payments"."status" in ('requested', 'pending', 'succeeded');--> statement-breakpoint
CREATE INDEX "payments_requested_idx" ON "payments" USING btree ("requested_at") WHERE "payments"."status" = 'requested';