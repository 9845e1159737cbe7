import parkingJson from "@/lib/citybrain/sandbox/data/parking.json";
import type { TariffZone } from "@/lib/citybrain/types";
import type { Locale } from "@/lib/i18n/config";

export interface ParkingLot {
  id: string;
  name: { zh: string; en: string };
  zone: TariffZone;
  role: string;
  kind: "offstreet" | "onstreet";
}

const LOTS = new Map<string, ParkingLot>(
  parkingJson.facilities.map((f) => [
    f.slug,
    {
      id: f.slug,
      name: f.name,
      zone: f.zone as TariffZone,
      role: f.role,
      kind: f.type === "OffStreetParking" ? "offstreet" : "onstreet",
    } satisfies ParkingLot,
  ]),
);

/** The car park or street berth a gate reports for (`lotId` is the lot's slug), or undefined. */
export function lotById(id: string): ParkingLot | undefined {
  return LOTS.get(id);
}

/** The lot's name in the caller's language (the id itself for a lot no longer in the catalogue). */
export function lotName(id: string, locale: Locale): string {
  const lot = LOTS.get(id);
  if (!lot) return id;
  return locale === "en" ? lot.name.en : lot.name.zh;
}
