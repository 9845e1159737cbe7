import "server-only";
import { entitySlug } from "@/lib/citybrain/entity-slug";
import type { FeedAnswer } from "@/lib/citybrain/last-good";
import { cityFeedRead } from "@/lib/citybrain/public-feed-read";
import type { AirQualityObserved, CityBrainSource } from "@/lib/citybrain/types";
import type { Db } from "@/lib/db/types";
import type { PublicRead } from "@/lib/http/public-answer";
import type { Locale } from "@/lib/i18n/config";
import { stationAqi } from "./station-aqi";

/** Every monitoring station of an air feed with its latest hourly reading (µg/m³; CO in mg/m³) and its real-time AQI. */
export function listStations(feed: FeedAnswer<AirQualityObserved>, locale: Locale) {
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
      aqi: stationAqi(s),
    }))
    .sort((a, b) => a.id.localeCompare(b.id));
  return { asOf: feed.asOf, stale: feed.stale, stations };
}

export type AirStationsAnswer = ReturnType<typeof listStations>;
export type AirStation = AirStationsAnswer["stations"][number];

/** GET /api/air/stations as a public read: the route answers with it, and /air renders the same answer into its HTML. */
export function airStationsRead(db: Db, source: CityBrainSource, locale: Locale): Promise<PublicRead> {
  return cityFeedRead(db, source, "air", "/api/air/stations", locale, listStations);
}
