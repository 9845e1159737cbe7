import { z } from "zod";
import type { TariffZone } from "@/lib/citybrain/types";
import offStreetData from "./data/offstreet-tariffs.json";
import { streetTariff } from "./street-tariff";
import type { OffStreetTariff, Tariff } from "./tariff-schema";
import { westLakeTariff } from "./westlake-tariff";

const Amounts = z.object({
  freeMinutes: z.number().int().min(0),
  firstHourFen: z.number().int().min(0),
  unitMinutes: z.number().int().positive(),
  unitFen: z.number().int().min(0),
  dailyCapFen: z.number().int().min(0),
  nightFen: z.number().int().min(0).optional(),
});

const OffStreetData = z.object({
  typical: z.record(z.string(), Amounts).refine((typical) => "general" in typical),
  vehiclePercent: z.object({ small: z.number(), large: z.number(), motorcycle: z.number() }),
  own: z.record(z.string(), Amounts.extend({ source: z.string().min(1) })),
  lots: z.record(z.string(), z.string()),
});

// Parsed once at load: a bad edit of the JSON fails at start, not on a driver's bill.
const data = OffStreetData.parse(offStreetData);

/** The tariff of a car park: its own where sourced, else the typical one for its kind of site. */
export function offStreetTariffOf(slug: string, role?: string): OffStreetTariff {
  const own = data.own[slug];
  if (own) {
    const { source, ...amounts } = own;
    return {
      kind: "offstreet",
      ...amounts,
      vehiclePercent: data.vehiclePercent,
      basis: source,
      estimated: false,
    };
  }
  const kind =
    [data.lots[slug], role].find((r): r is string => r !== undefined && r in data.typical) ?? "general";
  return {
    kind: "offstreet",
    ...(data.typical[kind] as z.infer<typeof Amounts>),
    vehiclePercent: data.vehiclePercent,
    basis: kind,
    estimated: true,
  };
}

/** The tariff of a lot from its tariff zone; car parks outside the scenic area by their own data or role. */
export function tariffOfLot(lot: { slug: string; zone: TariffZone; role?: string }): Tariff {
  switch (lot.zone) {
    case "core":
    case "level1":
    case "level2":
      return streetTariff(lot.zone);
    case "westlake":
      return westLakeTariff();
    case "offstreet":
      return offStreetTariffOf(lot.slug, lot.role);
  }
}
