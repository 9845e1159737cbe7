// pois.json: the visitor sights, their opening schedule and the crowd model's calibration.
import { CURVES, crowdCalibration, DAY_TYPE_SHARE } from "./crowd-calibration.mjs";
import { readSharedJson, round } from "./io.mjs";
import { scheduleOf } from "./opening-hours.mjs";

const POIS_SOURCE = "data/tourism/hangzhou-pois.json";
const GUESSED = new Set(["low", "estimate"]);

export function buildPois() {
  const pois = readSharedJson(POIS_SOURCE).pois.map((poi) => {
    const schedule = scheduleOf(poi);
    return {
      slug: poi.id,
      name: { zh: poi.name_zh, en: poi.name_en },
      lat: round(poi.location.lat, 6),
      lng: round(poi.location.lon, 6),
      district: poi.district ?? null,
      categories: poi.categories,
      openingHours: poi.opening_hours ?? null,
      visitMinutes: poi.visit_duration_min,
      ticketFen: poi.ticket_cny === null ? null : Math.round(poi.ticket_cny * 100),
      popularity: poi.popularity,
      indoorOutdoor: poi.indoor_outdoor ?? null,
      estimated: {
        location: GUESSED.has(poi.location.confidence),
        openingHours: GUESSED.has(poi.opening_hours_confidence),
        visitMinutes: poi.visit_duration_confidence === "estimate",
        ticket: GUESSED.has(poi.ticket_confidence),
        popularity: !poi.popularity_basis.startsWith("sourced"),
      },
      schedule: schedule.rules,
      scheduleRead: schedule.read,
      crowd: crowdCalibration(poi, schedule),
    };
  });
  return {
    source: "../shared/data/tourism/hangzhou-pois.json (v0.3)",
    crowdModel: { curves: CURVES, dayTypeShare: DAY_TYPE_SHARE },
    pois,
  };
}
