-- Payments name no service: each service links its payments to what they pay for in its own table, and
-- payments keeps an opaque subject (one live collection per subject) and the description the payer sees.
CREATE TABLE "parking_bill_payments" (
	"payment_id" uuid PRIMARY KEY NOT NULL,
	"stay_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reservation_payments" (
	"payment_id" uuid PRIMARY KEY NOT NULL,
	"reservation_id" uuid NOT NULL
);
--> statement-breakpoint
ALTER TABLE "payments" ADD COLUMN "subject" text;--> statement-breakpoint
ALTER TABLE "payments" ADD COLUMN "description" text;--> statement-breakpoint
INSERT INTO "parking_bill_payments" ("payment_id", "stay_id")
SELECT "id", "stay_id" FROM "payments" WHERE "stay_id" IS NOT NULL;--> statement-breakpoint
INSERT INTO "reservation_payments" ("payment_id", "reservation_id")
SELECT "id", "reservation_id" FROM "payments" WHERE "reservation_id" IS NOT NULL;--> statement-breakpoint
UPDATE "payments" p SET "subject" = 'parking_bill:' || s."id", "description" = 'Parking ' || s."plate" || ' @ ' || s."lot_id"
FROM "parking_stays" s WHERE s."id" = p."stay_id";--> statement-breakpoint
UPDATE "payments" p SET "subject" = 'reservation_fee:' || r."id", "description" = 'Parking reservation ' || r."plate" || ' @ ' || r."lot_id"
FROM "parking_reservations" r WHERE r."id" = p."reservation_id";--> statement-breakpoint
ALTER TABLE "payments" ALTER COLUMN "subject" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "payments" ALTER COLUMN "description" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "payments" DROP CONSTRAINT "payments_one_subject";--> statement-breakpoint
ALTER TABLE "payments" DROP CONSTRAINT "payments_stay_id_parking_stays_id_fk";
--> statement-breakpoint
ALTER TABLE "payments" DROP CONSTRAINT "payments_reservation_id_parking_reservations_id_fk";
--> statement-breakpoint
DROP INDEX "payments_live_per_stay_idx";--> statement-breakpoint
DROP INDEX "payments_live_per_reservation_idx";--> statement-breakpoint
ALTER TABLE "payments" ALTER COLUMN "purpose" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "parking_bill_payments" ADD CONSTRAINT "parking_bill_payments_payment_id_payments_id_fk" FOREIGN KEY ("payment_id") REFERENCES "public"."payments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "parking_bill_payments" ADD CONSTRAINT "parking_bill_payments_stay_id_parking_stays_id_fk" FOREIGN KEY ("stay_id") REFERENCES "public"."parking_stays"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reservation_payments" ADD CONSTRAINT "reservation_payments_payment_id_payments_id_fk" FOREIGN KEY ("payment_id") REFERENCES "public"."payments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reservation_payments" ADD CONSTRAINT "reservation_payments_reservation_id_parking_reservations_id_fk" FOREIGN KEY ("reservation_id") REFERENCES "public"."parking_reservations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "parking_bill_payments_stay_idx" ON "parking_bill_payments" USING btree ("stay_id");--> statement-breakpoint
CREATE INDEX "reservation_payments_reservation_idx" ON "reservation_payments" USING btree ("reservation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "payments_live_per_subject_idx" ON "payments" USING btree ("subject") WHERE "payments"."status" in ('requested', 'pending', 'succeeded');--> statement-breakpoint
ALTER TABLE "payments" DROP COLUMN "stay_id";--> statement-breakpoint
ALTER TABLE "payments" DROP COLUMN "reservation_id";
