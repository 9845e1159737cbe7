CREATE TABLE "parking_reservations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"idempotency_key" text NOT NULL,
	"lot_id" text NOT NULL,
	"plate" text NOT NULL,
	"arrival_at" timestamp with time zone NOT NULL,
	"hold_until" timestamp with time zone NOT NULL,
	"fee_fen" integer NOT NULL,
	"agreement_id" uuid NOT NULL,
	"status" text NOT NULL,
	"paid_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone,
	"refund_due_fen" integer,
	"refunded_at" timestamp with time zone,
	"credited_stay_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reservation_ledger" (
	"idempotency_key" text NOT NULL,
	"kind" text NOT NULL,
	"agreement_id" uuid NOT NULL,
	"amount_fen" integer NOT NULL,
	"outcome" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "parking_reservations" ADD CONSTRAINT "parking_reservations_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "parking_reservations" ADD CONSTRAINT "parking_reservations_credited_stay_id_parking_stays_id_fk" FOREIGN KEY ("credited_stay_id") REFERENCES "public"."parking_stays"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "parking_reservations_idempotency_idx" ON "parking_reservations" USING btree ("user_id","idempotency_key");--> statement-breakpoint
CREATE UNIQUE INDEX "parking_reservations_credited_stay_idx" ON "parking_reservations" USING btree ("credited_stay_id");--> statement-breakpoint
CREATE INDEX "parking_reservations_lot_idx" ON "parking_reservations" USING btree ("lot_id","hold_until") WHERE "parking_reservations"."status" in ('pending_payment', 'confirmed');--> statement-breakpoint
CREATE INDEX "parking_reservations_plate_idx" ON "parking_reservations" USING btree ("plate","lot_id");--> statement-breakpoint
CREATE INDEX "parking_reservations_user_idx" ON "parking_reservations" USING btree ("user_id","arrival_at");--> statement-breakpoint
CREATE UNIQUE INDEX "reservation_ledger_key_idx" ON "reservation_ledger" USING btree ("idempotency_key","kind");