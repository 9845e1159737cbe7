import { AQI_STANDARD, type Edition } from "./aqi-standard";

export interface AqiColour {
  readonly hex: string;
  readonly rgb: readonly [number, number, number];
  readonly name: { readonly zh: string; readonly en: string } | null;
}

/** Where an AQI falls: level 1–6 with what the standard says about it. */
export interface AqiBand {
  readonly level: number;
  readonly category: { readonly zh: string; readonly en: string };
  readonly colour: AqiColour;
  /** The standard's health effect (Table 2 of 2012, Table 1 of 2026); `null` where the scale has none. */
  readonly healthEffect: { readonly zh: string; readonly en: string } | null;
  /** The standard's advice; `zh` is `null` where the scale is English only (US EPA). */
  readonly advice: { readonly zh: string | null; readonly en: string };
}

/**
 * The level of an AQI under an HJ 633 edition. The English texts are the standard file's own translation; the
 * 2026 level 1 reads 1–50, and an AQI of 0 is shown as level 1 too.
 */
export function hj633Band(edition: Edition, aqi: number): AqiBand {
  const categories = AQI_STANDARD.editions[edition].categories;
  const found = categories.find((c) => c.aqi_max === null || aqi <= c.aqi_max) ?? categories.at(-1);
  if (!found) throw new Error(`${edition} has no categories.`);
  const colour = AQI_STANDARD.colors.find((c) => c.level === found.color_level);
  if (!colour) throw new Error(`No colour for level ${found.color_level}.`);
  return {
    level: found.level,
    category: { zh: found.category_zh, en: found.category_en },
    colour: { hex: colour.hex, rgb: colour.rgb, name: { zh: colour.name_zh, en: colour.name_en } },
    healthEffect: { zh: found.health_effect_zh, en: found.health_effect_en },
    advice: { zh: found.advice_zh, en: found.advice_en },
  };
}

export function hexOf(rgb: readonly number[]): string {
  return `#${rgb.map((channel) => channel.toString(16).padStart(2, "0").toUpperCase()).join("")}`;
}
