import "server-only";
import { entitySlug } from "@/lib/citybrain/entity-slug";
import type { FeedAnswer } from "@/lib/citybrain/last-good";
import type { AirQualityObserved } from "@/lib/citybrain/types";
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
