import "server-only";
import { z } from "zod";
import { cityFeed } from "@/lib/citybrain/city-feed";
import type { CityBrainSource } from "@/lib/citybrain/types";
import type { Db } from "@/lib/db/types";
import { AppError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/config";
import { holidayScheduleUnpublished } from "./calendar-day-values";
import { getLotOrThrow } from "./lots";
import { quoteStay, VehicleClass } from "./tariff";
import { feeLineText, tariffText } from "./tariff-text";

export const MAX_QUOTE_DAYS = 30;

function instant(field: "entry" | "exit") {
  return z.iso
    .datetime({
      offset: true,
      error: (issue) =>
        issue.input === undefined ? `errors.tariff.${field}Required` : `errors.tariff.${field}Invalid`,
    })
    .transform((text) => new Date(text));
}

export const QuoteQuery = z
  .object({
    entry: instant("entry"),
    exit: instant("exit"),
    vehicleClass: z
      .enum(VehicleClass.options, { error: "errors.tariff.vehicleClassInvalid" })
      .default("small"),
  })
  .strict();
export type QuoteQuery = z.infer<typeof QuoteQuery>;

/** The fee of a planned or past stay at one lot, each line also in the caller's language. */
export async function quoteLotStay(
  db: Db,
  source: CityBrainSource,
  slug: string,
  query: QuoteQuery,
  locale: Locale,
) {
  const { entry, exit, vehicleClass } = query;
  if (exit.getTime() < entry.getTime())
    throw new AppError("validation_failed", "errors.tariff.exitBeforeEntry");
  if (exit.getTime() - entry.getTime() > MAX_QUOTE_DAYS * 86_400_000) {
    throw new AppError("validation_failed", "errors.tariff.stayTooLong", {
      values: { days: MAX_QUOTE_DAYS },
    });
  }
  const { lot } = getLotOrThrow(await cityFeed(db, source, "parking"), slug, locale);
  const quote = quoteStay(lot.tariff, { entry, exit, vehicleClass });
  return {
    lotId: lot.id,
    vehicleClass,
    estimated: lot.tariff.kind === "offstreet" && lot.tariff.estimated,
    feeFen: quote.feeFen,
    breakdown: quote.breakdown.map((line) => ({ ...line, text: feeLineText(line, locale) })),
    // Days past the last imported State Council notice are priced by weekday/weekend; the caller is told so.
    ...(holidayScheduleUnpublished(quote.breakdown)
      ? { holidayScheduleNote: tariffText(locale, "tariff.holidayScheduleUnpublished") }
      : {}),
  };
}
