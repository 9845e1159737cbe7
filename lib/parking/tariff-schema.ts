import { z } from "zod";

/** Vehicle classes of the Hangzhou tariff: small (blue plate), large (yellow plate), motorcycle. */
export const VehicleClass = z.enum(["small", "large", "motorcycle"]);
export type VehicleClass = z.infer<typeof VehicleClass>;

const FenAmount = z.number().int().min(0);
const PositiveMinutes = z.number().int().positive();
const LocalDate = z.iso.date();
const MonthDay = z.string().regex(/^\d{2}-\d{2}$/);

/** Percent of the small-car amounts each class pays (large ×2, motorcycle ×½ under 杭政办函〔2014〕101号). */
export const VehiclePercent = z.object({
  small: z.number().int().positive(),
  large: z.number().int().positive(),
  motorcycle: z.number().int().positive(),
});
export type VehiclePercent = z.infer<typeof VehiclePercent>;

/** Days the city announced (or, with `announced: false`, is expected to announce) road berths free. */
export const FreeDays = z.object({
  year: z.number().int(),
  from: LocalDate,
  to: LocalDate,
  reason: z.literal("springFestival"),
  announced: z.boolean(),
  source: z.string(),
});
export type FreeDays = z.infer<typeof FreeDays>;

export const StreetTariff = z.object({
  kind: z.literal("street"),
  zone: z.enum(["core", "level1", "level2"]),
  freeMinutes: PositiveMinutes,
  unitMinutes: PositiveMinutes,
  /** A part unit counts as a whole one when more than this many minutes of it are used. */
  roundUpOverMinutes: z.number().int().min(0),
  firstUnits: z.number().int().min(0),
  firstUnitFen: FenAmount,
  laterUnitFen: FenAmount,
  nightFen: FenAmount,
  /** The night fee is the best available reading, not a sourced figure. */
  nightFeeEstimated: z.boolean(),
  vehiclePercent: VehiclePercent,
  freeDays: z.array(FreeDays),
  estimated: z.boolean(),
});
export type StreetTariff = z.infer<typeof StreetTariff>;

export const WestLakeTariff = z.object({
  kind: z.literal("westlake"),
  freeMinutes: PositiveMinutes,
  hourlyFen: z.object({ goldenWeek: FenAmount, holidayOrPeakWeekend: FenAmount, ordinary: FenAmount }),
  /** Large vehicles pay one hourly rate on every day type. */
  largeHourlyFen: FenAmount,
  nightFen: FenAmount,
  largeNightFen: FenAmount,
  motorcyclePercent: z.number().int().positive(),
  /** Month-day ranges (inclusive) whose weekends are charged at the peak rate. */
  peakSeasons: z.array(z.object({ from: MonthDay, to: MonthDay })),
  estimated: z.boolean(),
});
export type WestLakeTariff = z.infer<typeof WestLakeTariff>;

export const OffStreetTariff = z.object({
  kind: z.literal("offstreet"),
  freeMinutes: z.number().int().min(0),
  firstHourFen: FenAmount,
  unitMinutes: PositiveMinutes,
  unitFen: FenAmount,
  /** Cap on the charges of each 24 hours counted from entry. */
  dailyCapFen: FenAmount,
  /** When set, 20:00–08:00 is not billed by time but costs this much per night. */
  nightFen: FenAmount.optional(),
  vehiclePercent: VehiclePercent,
  /** Whose tariff this is: the lot's own, or the typical one for its kind of site. */
  basis: z.string(),
  estimated: z.boolean(),
});
export type OffStreetTariff = z.infer<typeof OffStreetTariff>;

/** A lot's tariff, as data (integer fen, JSON-serialisable). */
export const Tariff = z.discriminatedUnion("kind", [StreetTariff, WestLakeTariff, OffStreetTariff]);
export type Tariff = z.infer<typeof Tariff>;

export const FEE_LINE_KINDS = [
  "freeStay",
  "freeDays",
  "daytimeFirstUnits",
  "daytimeUnits",
  "night",
  "firstHour",
  "halfHours",
  "units",
  "dailyCap",
] as const;
export type FeeLineKind = (typeof FEE_LINE_KINDS)[number];

/**
 * One line of a bill. `labelKey` names a message in the `tariff` namespace; `values` fill it, with
 * every `…Fen` value shown as money.
 */
export interface FeeLine {
  kind: FeeLineKind;
  from: string;
  to: string;
  minutes?: number;
  units?: number;
  unitFen?: number;
  amountFen: number;
  labelKey: string;
  values: Record<string, string | number>;
}

export interface Stay {
  entry: Date;
  exit: Date;
  vehicleClass: VehicleClass;
}

export interface Quote {
  feeFen: number;
  breakdown: FeeLine[];
}
