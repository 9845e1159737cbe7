// hospitals.json: the hospital list in the feed's shape.
import { readSharedJson, round } from "./io.mjs";

export function buildHospitals() {
  const hospitals = readSharedJson("data/clinic/hangzhou-hospitals.json").hospitals.map((h) => ({
    slug: h.id,
    name: { zh: h.name_zh, en: h.name_en },
    level: h.level ?? null,
    lat: round(h.location.lat, 6),
    lng: round(h.location.lon, 6),
    address: h.address_zh ?? null,
    departments: h.departments,
    // The compiler placed these from the address (±300 m–1 km); the app says their position is approximate.
    estimated: { location: h.location.confidence === "estimate" },
  }));
  return { source: "../shared/data/clinic/hangzhou-hospitals.json", hospitals };
}
