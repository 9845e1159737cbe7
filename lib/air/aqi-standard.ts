import { z } from "zod";
import standardJson from "./data/aqi-hj633.json";
import { fromNumber, type Ratio } from "./rational";

// A byte-identical copy of ../shared/standards/aqi-hj633.json (aqi-standard.test.ts checks it): the app cannot
// reach ../shared at runtime. Parsed once at load, so a bad edit fails at start and not on a citizen's screen.

export const EDITIONS = ["HJ633-2012", "HJ633-2026"] as const;
export type Edition = (typeof EDITIONS)[number];

/** The rows of breakpoints the standard has (µg/m³; CO in mg/m³). */
export const BREAKPOINT_KEYS = [
  "SO2_24h",
  "SO2_1h",
  "NO2_24h",
  "NO2_1h",
  "PM10_24h",
  "CO_24h",
  "CO_1h",
  "O3_1h",
  "O3_8h",
  "PM25_24h",
] as const;
export type BreakpointKey = (typeof BREAKPOINT_KEYS)[number];

const Text = z.object({ zh: z.string().min(1), en: z.string().min(1) });
const Rgb = z.tuple([z.number().int(), z.number().int(), z.number().int()]);
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

// Defined breakpoints first, then nulls where the standard stops; strictly rising from 0.
const Row = z.object({
  unit: z.enum(["ug/m3", "mg/m3"]),
  values: z
    .array(z.number().nonnegative().nullable())
    .refine((values) => values[0] === 0, "a row starts at 0")
    .refine((values) => {
      const defined = values.filter((value) => value !== null);
      const prefix = values.slice(0, defined.length);
      return prefix.every((value, i) => value !== null && (i === 0 || value > (prefix[i - 1] ?? 0)));
    }, "breakpoints rise, and nulls only end a row"),
});

const Category = z.object({
  level: z.number().int().min(1).max(6),
  level_zh: z.string().min(1),
  level_en: z.string().min(1),
  category_zh: z.string().min(1),
  category_en: z.string().min(1),
  aqi_min: z.number().int().nonnegative(),
  aqi_max: z.number().int().positive().nullable(),
  color_level: z.number().int().min(1).max(6),
  health_effect_zh: z.string().min(1),
  health_effect_en: z.string().min(1),
  advice_zh: z.string().min(1),
  advice_en: z.string().min(1),
});

const EditionData = z.object({
  effective: IsoDate,
  breakpoints: z.record(z.enum(BREAKPOINT_KEYS), Row),
  categories: z.array(Category).length(6),
  sensitive_groups: z.array(Text.extend({ pollutant: z.string().min(1) })).optional(),
});

const EpaSegment = z.object({
  c_lo: z.number().nonnegative(),
  c_hi: z.number().positive(),
  i_lo: z.number().int().nonnegative(),
  i_hi: z.number().int().positive(),
  category: z.string().min(1),
});

const StandardFile = z.object({
  iaqi_scale: z.array(z.number().int().nonnegative()).length(8),
  rounding: z.object({ rule: z.literal("ceil") }),
  concentration_units: z.record(z.string(), z.enum(["ug/m3", "mg/m3"])),
  colors: z
    .array(
      z.object({
        level: z.number().int(),
        name_zh: z.string(),
        name_en: z.string(),
        rgb: Rgb,
        hex: z.string(),
      }),
    )
    .length(6),
  editions: z.object({ "HJ633-2012": EditionData, "HJ633-2026": EditionData }),
  us_epa_2024: z.object({
    pm25_24h: z.object({
      unit: z.literal("ug/m3"),
      truncate_input_to_decimals: z.number().int().nonnegative(),
      index_rounding: z.literal("nearest integer"),
      segments: z.array(EpaSegment).min(1),
    }),
    colors: z.array(z.object({ category: z.string(), rgb: Rgb })),
    pm_sensitive_groups: z.string().min(1),
    pm_cautionary_summary: z.array(z.object({ category: z.string(), text: z.string().min(1) })),
  }),
});

export type StandardData = z.infer<typeof StandardFile>;
export type CategoryData = z.infer<typeof Category>;

/** The standard file as read, checked against the shape the AQI code relies on. */
export const AQI_STANDARD: StandardData = StandardFile.parse(standardJson);

/** A row as exact breakpoints; `null` where the standard defines none. */
export interface BreakpointRow {
  readonly key: BreakpointKey;
  readonly concentrations: readonly (Ratio | null)[];
  readonly iaqi: readonly number[];
}

const rows = new Map<string, BreakpointRow>();

/** One edition's breakpoints for a row, as exact fractions lined up with the IAQI scale. */
export function breakpointRow(edition: Edition, key: BreakpointKey): BreakpointRow {
  const id = `${edition}:${key}`;
  let row = rows.get(id);
  if (!row) {
    const values = AQI_STANDARD.editions[edition].breakpoints[key].values;
    row = {
      key,
      concentrations: values.map((value) => (value === null ? null : fromNumber(value))),
      iaqi: AQI_STANDARD.iaqi_scale,
    };
    rows.set(id, row);
  }
  return row;
}
