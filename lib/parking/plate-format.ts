import { z } from "zod";
import { VEHICLE_CLASSES, type VehicleClass } from "@/lib/db/schema/parking";

// The 31 provincial abbreviations on mainland plates (GA 36-2018).
const PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼";
/** The provincial abbreviations, Zhejiang first (most plates in Hangzhou are 浙). */
export const PLATE_PROVINCES = ["浙", ...[...PROVINCES].filter((p) => p !== "浙")];
// Serial characters: digits and letters except I and O (they read as 1 and 0).
const SERIAL = "[A-HJ-NP-Z0-9]";
const CITY = "[A-HJ-NP-Z]";
const PROVINCE = `[${PROVINCES}]`;

const ORDINARY = new RegExp(`^${PROVINCE}${CITY}${SERIAL}{5}$`);
const SPECIAL_SUFFIX = new RegExp(`^${PROVINCE}${CITY}${SERIAL}{4}[挂学警港澳]$`);
// New-energy plates are 8 characters: small vehicles carry D/F right after the city letter
// (then a letter or digit and four digits), large vehicles carry it at the end.
const NEW_ENERGY_SMALL = new RegExp(`^${PROVINCE}${CITY}[DF]${SERIAL}\\d{4}$`);
const NEW_ENERGY_LARGE = new RegExp(`^${PROVINCE}${CITY}\\d{5}[DF]$`);

export type PlateKind = "ordinary" | "special" | "new_energy_small" | "new_energy_large";

/** Upper-case, half-width, without spaces and separator dots, as gate cameras and people write plates. */
export function normalisePlate(input: string): string {
  return input
    .normalize("NFKC")
    .replace(/[\s·•・.\-_]/g, "")
    .toUpperCase();
}

/** What kind of mainland plate this normalised text is, or null if it is none. */
export function plateKind(plate: string): PlateKind | null {
  if (NEW_ENERGY_SMALL.test(plate)) return "new_energy_small";
  if (NEW_ENERGY_LARGE.test(plate)) return "new_energy_large";
  if (ORDINARY.test(plate)) return "ordinary";
  if (SPECIAL_SUFFIX.test(plate)) return "special";
  return null;
}

/** The vehicle class a plate itself proves (new-energy plates only), else null. */
export function classOfPlate(plate: string): VehicleClass | null {
  const kind = plateKind(plate);
  if (kind === "new_energy_small") return "small";
  if (kind === "new_energy_large") return "large";
  return null;
}

/** A plate field: accepts the forms people type and yields the normalised plate. */
export const PlateSchema = z
  .string()
  .max(20, { error: "errors.parking.plateInvalid" })
  .transform((value, ctx) => {
    const plate = normalisePlate(value);
    if (plateKind(plate)) return plate;
    ctx.addIssue({ code: "custom", message: "errors.parking.plateInvalid", input: value });
    return z.NEVER;
  });

export const VehicleClassSchema = z.enum(VEHICLE_CLASSES, { error: "errors.parking.vehicleClassInvalid" });
