CREATE TABLE "refunds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"idempotency_key" text NOT NULL,
	"payment_id" uuid NOT NULL,
	"amount_fen" integer NOT NULL,
	"reason" text NOT NULL,
	"status" text NOT NULL,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"settled_at" timestamp with time zone,
	CONSTRAINT "refunds_amount_positive" CHECK ("refunds"."amount_fen" > 0)
);
--> statement-breakpoint
CREATE TABLE "sandbox_refunds" (
	"idempotency_key" text PRIMARY KEY NOT NULL,
	"payment_key" text NOT NULL,
	"amount_fen" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "payments" ALTER COLUMN "stay_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "payments" ADD COLUMN "purpose" text DEFAULT 'parking_bill' NOT NULL;--> statement-breakpoint
ALTER TABLE "payments" ADD COLUMN "reservation_id" uuid;--> statement-breakpoint
ALTER TABLE "refunds" ADD CONSTRAINT "refunds_payment_id_payments_id_fk" FOREIGN KEY ("payment_id") REFERENCES "public"."payments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "refunds_idempotency_key_idx" ON "refunds" USING btree ("idempotency_key");--> statement-breakpoint
CREATE INDEX "refunds_payment_idx" ON "refunds" USING btree ("payment_id");--> statement-breakpoint
CREATE INDEX "refunds_requested_idx" ON "refunds" USING btree ("requested_at") WHERE "refunds"."status" = 'requested';--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_reservation_id_parking_reservations_id_fk" FOREIGN KEY ("reservation_id") REFERENCES "public"."parking_reservations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "payments_live_per_reservation_idx" ON "payments" USING btree ("reservation_id") WHERE "payments"."status" in ('requested', 'pending', 'succeeded');--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_one_subject" CHECK (("payments"."purpose" = 'parking_bill' and "payments"."stay_id" is not null and "payments"."reservation_id" is null)
        or ("payments"."purpose" = 'reservation_fee' and "payments"."reservation_id" is not null and "payments"."stay_id" is null));--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_amount_positive" CHECK ("payments"."amount_fen" > 0);--> statement-breakpoint
-- Reservation fees were charged through their own ledger; carry them into payments and refunds so
-- nothing is lost: charges, refunds made, and refunds still owed (left requested, for the refund job).
INSERT INTO "payments" ("idempotency_key", "purpose", "reservation_id", "user_id", "agreement_id", "amount_fen", "kind", "status", "requested_at", "settled_at")
SELECT 'reservation:' || r."id", 'reservation_fee', r."id", r."user_id", l."agreement_id", l."amount_fen", 'manual', l."outcome", l."created_at", l."created_at"
FROM "reservation_ledger" l JOIN "parking_reservations" r ON r."id"::text = l."idempotency_key"
WHERE l."kind" = 'charge' AND l."amount_fen" > 0;--> statement-breakpoint
INSERT INTO "sandbox_debits" ("idempotency_key", "agreement_id", "amount_fen", "outcome", "created_at")
SELECT 'reservation:' || l."idempotency_key", l."agreement_id", l."amount_fen", l."outcome", l."created_at"
FROM "reservation_ledger" l WHERE l."kind" = 'charge' AND l."amount_fen" > 0
ON CONFLICT DO NOTHING;--> statement-breakpoint
INSERT INTO "refunds" ("idempotency_key", "payment_id", "amount_fen", "reason", "status", "requested_at", "settled_at")
SELECT 'reservation-cancel:' || r."id", p."id", l."amount_fen", 'reservation_cancelled', 'succeeded', l."created_at", l."created_at"
FROM "reservation_ledger" l
JOIN "parking_reservations" r ON r."id"::text = l."idempotency_key"
JOIN "payments" p ON p."reservation_id" = r."id" AND p."status" = 'succeeded'
WHERE l."kind" = 'refund' AND l."amount_fen" > 0;--> statement-breakpoint
INSERT INTO "sandbox_refunds" ("idempotency_key", "payment_key", "amount_fen", "created_at")
SELECT 'reservation-cancel:' || l."idempotency_key", 'reservation:' || l."idempotency_key", l."amount_fen", l."created_at"
FROM "reservation_ledger" l WHERE l."kind" = 'refund' AND l."amount_fen" > 0
ON CONFLICT DO NOTHING;--> statement-breakpoint
INSERT INTO "refunds" ("idempotency_key", "payment_id", "amount_fen", "reason", "status", "requested_at")
SELECT 'reservation-cancel:' || r."id", p."id", r."refund_due_fen", 'reservation_cancelled', 'requested', coalesce(r."cancelled_at", now())
FROM "parking_reservations" r
JOIN "payments" p ON p."reservation_id" = r."id" AND p."status" = 'succeeded'
WHERE r."refund_due_fen" > 0 AND r."refunded_at" IS NULL
ON CONFLICT DO NOTHING;--> statement-breakpoint
DROP TABLE "reservation_ledger" CASCADE;
