import { z } from "zod";

/**
 * The city's feeds in the shapes of the FIWARE Smart Data Models (standards/ngsi-ld): attribute names
 * follow the models; values are validated where they enter (sandbox, NGSI-LD client, database).
 * Coordinates are WGS84 `{ lat, lng }`; times are ISO-8601 UTC strings.
 */

export const LatLng = z.object({ lat: z.number().min(-90).max(90), lng: z.number().min(-180).max(180) });
export type LatLng = z.infer<typeof LatLng>;

export const LocalizedText = z.object({ zh: z.string().min(1), en: z.string().min(1) });
export type LocalizedText = z.infer<typeof LocalizedText>;

const IsoInstant = z.iso.datetime({ offset: true });
const Count = z.number().int().min(0);
const Reading = z.number().min(0).nullable();

export const TARIFF_ZONES = ["core", "level1", "level2", "westlake", "offstreet"] as const;
export type TariffZone = (typeof TARIFF_ZONES)[number];

/** OffStreetParking / OnStreetParking (a car park, or a group of street berths in one tariff zone). */
export const ParkingFacility = z
  .object({
    id: z.string().min(1), // urn:ngsi-ld:OffStreetParking:hangzhou:<slug>
    type: z.enum(["OffStreetParking", "OnStreetParking"]),
    name: LocalizedText,
    location: LatLng,
    zone: z.enum(TARIFF_ZONES),
    totalSpotNumber: Count,
    availableSpotNumber: Count,
    observedAt: IsoInstant,
    /** DATEX II categories from the model, e.g. forElectricalCharging, forDisabled; plus "reservable". */
    category: z.array(z.string()),
    /** Which static fields are estimates rather than sourced facts (the UI says "typical"). */
    estimated: z.object({ capacity: z.boolean(), location: z.boolean() }),
  })
  .refine((p) => p.availableSpotNumber <= p.totalSpotNumber, {
    message: "availableSpotNumber must not exceed totalSpotNumber",
  });
export type ParkingFacility = z.infer<typeof ParkingFacility>;

/** AirQualityObserved at a national monitoring station: µg/m³, except co in mg/m³. */
export const AirQualityObserved = z.object({
  id: z.string().min(1), // urn:ngsi-ld:AirQualityObserved:hangzhou:<station code>
  stationCode: z.string().min(1),
  name: LocalizedText,
  location: LatLng,
  observedAt: IsoInstant,
  pm25: Reading,
  pm10: Reading,
  so2: Reading,
  no2: Reading,
  co: Reading,
  o3: Reading,
  temperature: z.number().nullable(),
  relativeHumidity: z.number().min(0).max(1).nullable(),
  windSpeed: Reading,
  windDirection: z.number().min(0).max(360).nullable(),
  precipitation: Reading,
  atmosphericPressure: Reading,
});
export type AirQualityObserved = z.infer<typeof AirQualityObserved>;

/** PointOfInterest: a sight a visitor may go to. */
export const PointOfInterest = z.object({
  id: z.string().min(1), // urn:ngsi-ld:PointOfInterest:hangzhou:<slug>
  slug: z.string().min(1),
  name: LocalizedText,
  location: LatLng,
  district: z.string().nullable(),
  categories: z.array(z.string()),
  openingHours: z.string().nullable(),
  visitMinutes: z.number().int().positive(),
  /** null: unknown or not applicable; 0: free. */
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
});
export type PointOfInterest = z.infer<typeof PointOfInterest>;

export const DAY_TYPES = ["weekday", "weekend", "holiday", "goldenWeek"] as const;
export type DayType = (typeof DAY_TYPES)[number];

/** CrowdFlowObserved at a sight, with the queue in minutes (an application extension of the model). */
export const CrowdFlowObserved = z.object({
  id: z.string().min(1), // urn:ngsi-ld:CrowdFlowObserved:hangzhou:<poi slug>
  refPointOfInterest: z.string().min(1),
  observedAt: IsoInstant,
  peopleCount: Count,
  /** Share of the sight's comfortable capacity, 0…1+ (over 1 is crowded beyond comfort). */
  occupancy: z.number().min(0),
  queueMinutes: Count,
  dayType: z.enum(DAY_TYPES),
});
export type CrowdFlowObserved = z.infer<typeof CrowdFlowObserved>;

export const Hospital = z.object({
  id: z.string().min(1),
  name: LocalizedText,
  level: z.string().nullable(),
  location: LatLng,
  address: z.string().nullable(),
  departments: z.array(z.string()),
  /** Whether the position is an estimate rather than sourced (copies stored before this field read as sourced). */
  estimated: z.object({ location: z.boolean() }).default({ location: false }),
});
export type Hospital = z.infer<typeof Hospital>;

export interface FeedItems {
  parking: ParkingFacility;
  air: AirQualityObserved;
  crowd: CrowdFlowObserved;
}
export type ObservationFeed = keyof FeedItems;

export interface GeoQuery {
  near: LatLng;
  maxDistanceM: number;
}

export interface TimeRange {
  from: Date;
  to: Date;
  /** Limit to these entity ids; all when absent. */
  entityIds?: string[];
}

/** Where the app gets city data: the built-in sandbox city or an NGSI-LD broker. */
export interface CityBrainSource {
  readonly kind: "sandbox" | "ngsi-ld";
  parking(query?: { geo?: GeoQuery }): Promise<ParkingFacility[]>;
  airQuality(): Promise<AirQualityObserved[]>;
  crowdFlow(): Promise<CrowdFlowObserved[]>;
  pointsOfInterest(): Promise<PointOfInterest[]>;
  hospitals(): Promise<Hospital[]>;
  /** Observations of one feed between two instants (NGSI-LD temporal query), oldest first. */
  history<F extends ObservationFeed>(feed: F, range: TimeRange): Promise<FeedItems[F][]>;
}
