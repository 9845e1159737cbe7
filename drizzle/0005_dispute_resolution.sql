ALTER TABLE "parking_disputes" ADD COLUMN "outcome" text;--> statement-breakpoint
ALTER TABLE "parking_disputes" ADD COLUMN "corrected_fee_fen" integer;--> statement-breakpoint
ALTER TABLE "parking_disputes" ADD COLUMN "resolution_note" text;--> statement-breakpoint
ALTER TABLE "parking_disputes" ADD COLUMN "resolved_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "parking_disputes" ADD COLUMN "resolution_notified_at" timestamp with time zone;