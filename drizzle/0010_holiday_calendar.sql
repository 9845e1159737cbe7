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
ALTER TABLE "calendar_entries" ADD CONSTRAINT "calendar_entries_year_calendar_years_year_fk" FOREIGN KEY ("year") REFERENCES "public"."calendar_years"("year") ON DELETE cascade ON UPDATE no action;