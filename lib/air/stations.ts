import "server-only";
import { cityFeed } from "@/lib/citybrain/city-feed";
import { entitySlug } from "@/lib/citybrain/entity-slug";
import type { CityBrainSource } from "@/lib/citybrain/types";
import type { Db } from "@/lib/db/types";
import type { Locale } from "@/lib/i18n/config";

/** Every monitoring station with its latest hourly reading (µg/m³; CO in mg/m³). */
export async function listStations(db: Db, source: CityBrainSource, locale: Locale) {
  const feed = await cityFeed(db, source, "air");
  const stations = feed.items
    .map((s) => ({
      id: entitySlug(s.id),
      name: locale === "en" ? s.name.en : s.name.zh,
      lat: s.location.lat,
      lng: s.location.lng,
      observedAt: s.observedAt,
      pm25: s.pm25,
      pm10: s.pm10,
      so2: s.so2,
      no2: s.no2,
      co: s.co,
      o3: s.o3,
    }))
    .sort((a, b) => a.id.localeCompare(b.id));
  return { asOf: feed.asOf, stale: feed.stale, stations };
}
