import "server-only";
import { and, eq, gte, isNotNull, isNull } from "drizzle-orm";
import parkingJson from "@/lib/citybrain/sandbox/data/parking.json";
import { serverNow } from "@/lib/clock/server-now";
import { parkingStays, plateBindings } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import type { Locale } from "@/lib/i18n/config";
import { lotById } from "./lot-catalogue";
import { tariffOfLot } from "./lot-tariffs";
import { quoteStay } from "./tariff";

export interface ParkedCar {
  stayId: string;
  plate: string;
  lot: { id: string; name: string; lat: number; lng: number };
  entryAt: string;
  elapsedMinutes: number;
  /** What leaving now would cost (the lot's tariff from entry to now); null when the lot has no tariff. */
  feeSoFarFen: number | null;
}

const LOCATIONS = new Map(parkingJson.facilities.map((f) => [f.slug, { lat: f.lat, lng: f.lng }]));

/**
 * The open stays (entered, not yet left) of the plates bound to my account that entered since I bound
 * them, most recent entry first.
 */
export async function whereIsMyCar(
  db: Db,
  userId: string,
  locale: Locale,
  now = serverNow(),
): Promise<ParkedCar[]> {
  const rows = await db
    .select({
      id: parkingStays.id,
      plate: parkingStays.plate,
      lotId: parkingStays.lotId,
      entryAt: parkingStays.entryAt,
      vehicleClass: parkingStays.vehicleClass,
    })
    .from(parkingStays)
    .innerJoin(
      plateBindings,
      and(eq(plateBindings.plate, parkingStays.plate), isNull(plateBindings.unboundAt)),
    )
    .where(
      and(
        eq(plateBindings.userId, userId),
        eq(parkingStays.status, "open"),
        isNotNull(parkingStays.entryAt),
        // Where the car went before this binding is the previous holder's business, not the new one's.
        gte(parkingStays.entryAt, plateBindings.boundAt),
        isNull(parkingStays.exitAt),
      ),
    );
  return rows
    .flatMap((row) => {
      const lot = lotById(row.lotId);
      const where = LOCATIONS.get(row.lotId);
      if (!lot || !where || !row.entryAt) return [];
      let feeSoFarFen: number | null = null;
      try {
        const tariff = tariffOfLot({ slug: lot.id, zone: lot.zone, role: lot.role });
        const exit = now > row.entryAt ? now : row.entryAt;
        feeSoFarFen = quoteStay(tariff, { entry: row.entryAt, exit, vehicleClass: row.vehicleClass }).feeFen;
      } catch (error) {
        console.error(`[parking] no fee so far at ${row.lotId}`, error);
      }
      return [
        {
          stayId: row.id,
          plate: row.plate,
          lot: { id: lot.id, name: locale === "en" ? lot.name.en : lot.name.zh, ...where },
          entryAt: row.entryAt.toISOString(),
          elapsedMinutes: Math.max(0, Math.floor((now.getTime() - row.entryAt.getTime()) / 60_000)),
          feeSoFarFen,
        },
      ];
    })
    .sort((a, b) => b.entryAt.localeCompare(a.entryAt));
}
