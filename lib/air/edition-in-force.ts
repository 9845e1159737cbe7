import { SHANGHAI_OFFSET_MS } from "@/lib/time";
import { AQI_STANDARD, type Edition } from "./aqi-standard";

// HJ 633-2026 took effect at midnight Beijing time on its effective date; everything before it, including
// data from before HJ 633-2012's own effective date (2016-01-01), is computed with the 2012 edition.
const EFFECTIVE_2026 =
  Date.parse(`${AQI_STANDARD.editions["HJ633-2026"].effective}T00:00:00Z`) - SHANGHAI_OFFSET_MS;

/** The HJ 633 edition to compute data about this instant with (the start of its hour or day). */
export function editionInForce(instant: Date): Edition {
  if (Number.isNaN(instant.getTime())) throw new RangeError("editionInForce needs a valid date.");
  return instant.getTime() >= EFFECTIVE_2026 ? "HJ633-2026" : "HJ633-2012";
}
