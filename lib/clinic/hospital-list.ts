import "server-only";
import { cityFeed } from "@/lib/citybrain/city-feed";
import { publicCachingOf } from "@/lib/citybrain/feed-cache";
import type { CityBrainSource } from "@/lib/citybrain/types";
import type { Db } from "@/lib/db/types";
import type { PublicRead } from "@/lib/http/public-answer";
import type { Locale } from "@/lib/i18n/config";

export interface ClinicHospital {
  id: string;
  name: string;
  lat: number;
  lng: number;
  /** Takes credit charges (see CLINIC_CREDIT_PILOTS). */
  creditPilot: boolean;
  /** The position is an estimate (hundreds of metres out): directions get the reader near, not to the gate. */
  locationEstimated: boolean;
}

/** The id a hospital's HIS uses for itself: the last part of the feed's URN (or the id itself). */
function hisIdOf(feedId: string): string {
  return feedId.slice(feedId.lastIndexOf(":") + 1);
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
    // The feed names hospitals by NGSI-LD URN ("urn:ngsi-ld:PointOfInterest:hangzhou:hz-first"); residents' visits,
    // the pilot list and the hospital API name them as their HIS does ("hz-first").
    id: hisIdOf(hospital.id),
    name: locale === "en" ? hospital.name.en : hospital.name.zh,
    lat: hospital.location.lat,
    lng: hospital.location.lng,
    creditPilot: pilots.has(hisIdOf(hospital.id)),
    locationEstimated: hospital.estimated.location,
  }));
  return { hospitals, version: answer.version };
}

/**
 * GET /api/clinic/hospitals as a public read: the route answers with it, and /clinic renders the same answer into
 * its HTML, so the map and the list show with the page instead of after the scripts have asked for them.
 */
export async function clinicHospitalsRead(
  db: Db,
  source: CityBrainSource,
  pilots: ReadonlySet<string>,
  locale: Locale,
): Promise<PublicRead> {
  const { hospitals, version } = await listClinicHospitals(db, source, pilots, locale);
  return {
    key: `clinic-hospitals|${version}|${locale}|${[...pilots].join(",")}`,
    caching: publicCachingOf("hospitals"),
    build: async () => ({ hospitals }),
  };
}
