import "server-only";
import { cityFeed } from "@/lib/citybrain/city-feed";
import type { CityBrainSource } from "@/lib/citybrain/types";
import type { Db } from "@/lib/db/types";
import type { Locale } from "@/lib/i18n/config";

export interface ClinicHospital {
  id: string;
  name: string;
  lat: number;
  lng: number;
  /** Takes credit charges (see CLINIC_CREDIT_PILOTS). */
  creditPilot: boolean;
}

/** Hangzhou's hospitals from the city feed, the credit pilots marked, named in the reader's language. */
export async function listClinicHospitals(
  db: Db,
  source: CityBrainSource,
  pilots: ReadonlySet<string>,
  locale: Locale,
): Promise<{ hospitals: ClinicHospital[]; version: number }> {
  const answer = await cityFeed(db, source, "hospitals");
  const hospitals = answer.items.map((hospital) => ({
    id: hospital.id,
    name: locale === "en" ? hospital.name.en : hospital.name.zh,
    lat: hospital.location.lat,
    lng: hospital.location.lng,
    creditPilot: pilots.has(hospital.id),
  }));
  return { hospitals, version: answer.version };
}
