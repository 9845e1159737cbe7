import { z } from "zod";
import airJson from "./data/air.json";
import hospitalsJson from "./data/hospitals.json";
import parkingJson from "./data/parking.json";
import poisJson from "./data/pois.json";

/** Shapes of the files `npm run sandbox:data` writes; checked once when the sandbox city is first built. */
const Text = z.object({ zh: z.string().min(1), en: z.string().min(1) });
const Point = { lat: z.number(), lng: z.number() };
const PerMille = z.array(z.number().int().min(0).max(1000)).length(18);

export const PARKING_ROLES = [
  "scenic",
  "retail",
  "hospital",
  "office",
  "transport",
  "streetCore",
  "streetLevel1",
  "streetLevel2",
] as const;
export type ParkingRole = (typeof PARKING_ROLES)[number];

const ParkingData = z.object({
  firstSlot: z.literal(16),
  profiles: z.record(z.string(), z.object({ weekday: PerMille, weekend: PerMille })),
  facilities: z.array(
    z.object({
      slug: z.string(),
      type: z.enum(["OffStreetParking", "OnStreetParking"]),
      name: Text,
      ...Point,
      zone: z.enum(["core", "level1", "level2", "westlake", "offstreet"]),
      total: z.number().int().positive(),
      category: z.array(z.string()),
      estimated: z.object({ capacity: z.boolean(), location: z.boolean() }),
      profile: z.string(),
      role: z.enum(PARKING_ROLES),
      evening: z.boolean(),
    }),
  ),
});
export type ParkingData = z.infer<typeof ParkingData>;
export type ParkingEntry = ParkingData["facilities"][number];

const Rescale = z.object({ factor: z.number().positive() });
const AirData = z.object({
  rescale: z.object({ pm25: Rescale, pm10: Rescale, so2: Rescale, no2: Rescale, co: Rescale, o3: Rescale }),
  stations: z.array(z.object({ code: z.string(), name: Text, ...Point, site: z.string() })),
  sites: z.record(
    z.string(),
    z.object({
      pm25: z.string(),
      pm10: z.string(),
      so2: z.string(),
      no2: z.string(),
      co: z.string(),
      o3: z.string(),
    }),
  ),
  weather: z.object({
    temperature: z.string(),
    pressure: z.string(),
    dewPoint: z.string(),
    rain: z.string(),
    windSpeed: z.string(),
    windDirection: z.string(),
  }),
});
export type AirData = z.infer<typeof AirData>;

export const CURVE_NAMES = ["daytime", "lakeside", "evening", "museum", "meal"] as const;
export type CurveName = (typeof CURVE_NAMES)[number];

const ScheduleRule = z.object({
  from: z.string().optional(),
  to: z.string().optional(),
  weekdays: z.array(z.number().int().min(0).max(6)).optional(),
  notOnHolidays: z.boolean().optional(),
  periods: z.array(z.tuple([z.number(), z.number()])),
});
export type ScheduleRule = z.infer<typeof ScheduleRule>;

const Curve = z.array(z.number().min(0)).length(24);
const PoiData = z.object({
  crowdModel: z.object({
    curves: z.object({ daytime: Curve, lakeside: Curve, evening: Curve, museum: Curve, meal: Curve }),
    dayTypeShare: z.object({
      weekday: z.number().positive(),
      weekend: z.number().positive(),
      holiday: z.number().positive(),
      goldenWeek: z.number().positive(),
    }),
  }),
  pois: z.array(
    z.object({
      slug: z.string(),
      name: Text,
      ...Point,
      district: z.string().nullable(),
      categories: z.array(z.string()),
      openingHours: z.string().nullable(),
      visitMinutes: z.number().int().positive(),
      ticketFen: z.number().int().min(0).nullable(),
      popularity: z.number().int().min(1).max(5),
      indoorOutdoor: z.enum(["indoor", "outdoor", "mixed"]).nullable(),
      estimated: z.object({
        location: z.boolean(),
        openingHours: z.boolean(),
        visitMinutes: z.boolean(),
        ticket: z.boolean(),
        popularity: z.boolean(),
      }),
      schedule: z.array(ScheduleRule),
      crowd: z.object({
        curve: z.enum(CURVE_NAMES),
        dwellMinutes: z.number().positive(),
        capacity: z.number().positive().nullable(),
        dailyCap: z.number().positive().nullable(),
        goldenWeekDaily: z.number().positive(),
      }),
    }),
  ),
});
export type PoiEntry = z.infer<typeof PoiData>["pois"][number];
export type CrowdModelData = z.infer<typeof PoiData>["crowdModel"];

const HospitalData = z.object({
  hospitals: z.array(
    z.object({
      slug: z.string(),
      name: Text,
      level: z.string().nullable(),
      ...Point,
      address: z.string().nullable(),
      departments: z.array(z.string()),
      estimated: z.object({ location: z.boolean() }),
    }),
  ),
});
export type HospitalEntry = z.infer<typeof HospitalData>["hospitals"][number];

let loaded:
  | {
      parking: ParkingData;
      air: AirData;
      pois: PoiEntry[];
      crowdModel: CrowdModelData;
      hospitals: HospitalEntry[];
    }
  | undefined;

/** The sandbox's data files, validated on first use (a bad regeneration fails loudly, not silently). */
export function sandboxData() {
  if (!loaded) {
    const tourism = PoiData.parse(poisJson);
    const { hospitals } = HospitalData.parse(hospitalsJson);
    // Sights and hospitals are both PointOfInterest entities: one slug would make one id for two places.
    const sights = new Set(tourism.pois.map((poi) => poi.slug));
    const clash = hospitals.find((hospital) => sights.has(hospital.slug));
    if (clash) throw new Error(`hospitals.json: "${clash.slug}" is also the slug of a sight in pois.json`);
    loaded = {
      parking: ParkingData.parse(parkingJson),
      air: AirData.parse(airJson),
      pois: tourism.pois,
      crowdModel: tourism.crowdModel,
      hospitals,
    };
  }
  return loaded;
}
