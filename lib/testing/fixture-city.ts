// Test support, not app data: a tiny city whose every reading is a pure function of (entity, time).

import type {
  AirQualityObserved,
  CityBrainSource,
  CrowdFlowObserved,
  DayType,
  FeedItems,
  Hospital,
  ObservationFeed,
  ParkingFacility,
  PointOfInterest,
  TimeRange,
} from "@/lib/citybrain/types";
import { distanceMeters } from "@/lib/geo/distance";

const MINUTE = 60_000;
/** How often each feed reports. */
export const FIXTURE_STEP_MS: { [F in ObservationFeed]: number } = {
  parking: 5 * MINUTE,
  air: 60 * MINUTE,
  crowd: 15 * MINUTE,
};
export const FIXTURE_NOW = new Date("2026-05-01T08:02:00Z");

type ParkingStatic = Omit<ParkingFacility, "availableSpotNumber" | "observedAt">;
type AirStatic = Pick<AirQualityObserved, "id" | "stationCode" | "name" | "location">;

const urn = (type: string, slug: string) => `urn:ngsi-ld:${type}:hangzhou:${slug}`;

export const FIXTURE_PARKING: ParkingStatic[] = [
  lot(
    "OffStreetParking",
    "hubin-intime",
    "湖滨银泰停车场",
    "Hubin Intime Car Park",
    30.2581,
    120.1648,
    "offstreet",
    414,
    ["underground", "forElectricalCharging", "reservable"],
  ),
  lot(
    "OffStreetParking",
    "yanan-road",
    "延安路地下停车场",
    "Yan'an Road Underground",
    30.2602,
    120.1663,
    "offstreet",
    260,
    ["underground"],
  ),
  lot(
    "OffStreetParking",
    "lingyin",
    "灵隐景区停车场",
    "Lingyin Scenic Car Park",
    30.2412,
    120.1005,
    "offstreet",
    120,
    ["forDisabled"],
  ),
  lot(
    "OnStreetParking",
    "nanshan-road",
    "南山路路边泊位",
    "Nanshan Road Berths",
    30.2455,
    120.1611,
    "westlake",
    24,
    [],
  ),
  lot(
    "OnStreetParking",
    "fengqi-road",
    "凤起路路边泊位",
    "Fengqi Road Berths",
    30.2652,
    120.1698,
    "core",
    16,
    [],
  ),
];

export const FIXTURE_AIR_STATIONS: AirStatic[] = [
  {
    id: urn("AirQualityObserved", "1223A"),
    stationCode: "1223A",
    name: { zh: "西溪", en: "Xixi" },
    location: { lat: 30.2744, lng: 120.0631 },
  },
  {
    id: urn("AirQualityObserved", "1229A"),
    stationCode: "1229A",
    name: { zh: "卧龙桥", en: "Wolong Bridge" },
    location: { lat: 30.2454, lng: 120.1271 },
  },
];

export const FIXTURE_POIS: PointOfInterest[] = [
  poi(
    "west-lake",
    "西湖",
    "West Lake",
    30.2425,
    120.1485,
    "西湖区",
    ["lake", "scenic"],
    "00:00-24:00",
    180,
    0,
    5,
    "outdoor",
  ),
  poi(
    "lingyin-temple",
    "灵隐寺",
    "Lingyin Temple",
    30.2408,
    120.0986,
    "西湖区",
    ["temple"],
    "07:00-18:00",
    120,
    7500,
    5,
    "mixed",
  ),
  poi(
    "china-silk-museum",
    "中国丝绸博物馆",
    "China National Silk Museum",
    30.2298,
    120.1586,
    null,
    ["museum"],
    null,
    90,
    null,
    3,
    null,
  ),
];

export const FIXTURE_HOSPITALS: Hospital[] = [
  {
    id: urn("PointOfInterest", "zju-first"),
    name: { zh: "浙大一院", en: "First Affiliated Hospital, ZJU" },
    level: "三级甲等",
    location: { lat: 30.2537, lng: 120.1785 },
    address: "上城区庆春路79号",
    departments: ["急诊科", "内科", "儿科"],
    estimated: { location: false },
  },
  {
    id: urn("PointOfInterest", "community-xihu"),
    name: { zh: "西湖区社区卫生服务中心", en: "Xihu Community Health Centre" },
    level: null,
    location: { lat: 30.2701, lng: 120.1302 },
    address: null,
    departments: [],
    estimated: { location: true },
  },
];

function lot(
  type: ParkingFacility["type"],
  slug: string,
  zh: string,
  en: string,
  lat: number,
  lng: number,
  zone: ParkingFacility["zone"],
  totalSpotNumber: number,
  category: string[],
): ParkingStatic {
  return {
    id: urn(type, slug),
    type,
    name: { zh, en },
    location: { lat, lng },
    zone,
    totalSpotNumber,
    category,
    estimated: { capacity: type === "OnStreetParking", location: false },
  };
}

function poi(
  slug: string,
  zh: string,
  en: string,
  lat: number,
  lng: number,
  district: string | null,
  categories: string[],
  openingHours: string | null,
  visitMinutes: number,
  ticketFen: number | null,
  popularity: number,
  indoorOutdoor: PointOfInterest["indoorOutdoor"],
): PointOfInterest {
  return {
    id: urn("PointOfInterest", slug),
    slug,
    name: { zh, en },
    location: { lat, lng },
    district,
    categories,
    openingHours,
    visitMinutes,
    ticketFen,
    popularity,
    indoorOutdoor,
    estimated: {
      location: false,
      openingHours: openingHours === null,
      visitMinutes: true,
      ticket: false,
      popularity: true,
    },
  };
}

/** A deterministic wave in [0, 1) from an entity index and an instant. */
function wave(index: number, t: number): number {
  const hours = t / (60 * MINUTE);
  return Math.min(0.999_999, (Math.sin(hours / 3 + index * 1.7) + 1) / 2);
}

function parkingAt(facility: ParkingStatic, index: number, t: number): ParkingFacility {
  const available = Math.floor(wave(index, t) * (facility.totalSpotNumber + 1));
  return { ...facility, availableSpotNumber: available, observedAt: new Date(t).toISOString() };
}

function airAt(station: AirStatic, index: number, t: number): AirQualityObserved {
  const w = wave(index + 10, t);
  const round1 = (x: number) => Math.round(x * 10) / 10;
  return {
    ...station,
    observedAt: new Date(t).toISOString(),
    pm25: round1(10 + 60 * w),
    pm10: round1(20 + 80 * w),
    so2: index === 0 ? null : round1(3 + 5 * w),
    no2: round1(15 + 30 * w),
    co: round1(0.4 + w),
    o3: round1(40 + 100 * (1 - w)),
    temperature: round1(12 + 10 * w),
    relativeHumidity: Math.round((0.4 + 0.5 * w) * 100) / 100,
    windSpeed: round1(3 * w),
    windDirection: Math.round(360 * w),
    precipitation: index === 1 ? null : 0,
    atmosphericPressure: round1(1008 + 10 * w),
  };
}

const DAY_TYPES: DayType[] = ["weekday", "weekend", "holiday", "goldenWeek"];

function crowdAt(place: PointOfInterest, index: number, t: number): CrowdFlowObserved {
  const w = wave(index + 20, t);
  const peopleCount = Math.floor(w * 5_000);
  return {
    id: urn("CrowdFlowObserved", place.slug),
    refPointOfInterest: place.id,
    observedAt: new Date(t).toISOString(),
    peopleCount,
    occupancy: Math.round(w * 1.2 * 1000) / 1000,
    queueMinutes: Math.floor(w * 40),
    dayType: DAY_TYPES[new Date(t).getUTCDay() % DAY_TYPES.length]!,
  };
}

const READINGS: { [F in ObservationFeed]: (t: number) => FeedItems[F][] } = {
  parking: (t) => FIXTURE_PARKING.map((facility, i) => parkingAt(facility, i, t)),
  air: (t) => FIXTURE_AIR_STATIONS.map((station, i) => airAt(station, i, t)),
  crowd: (t) => FIXTURE_POIS.map((place, i) => crowdAt(place, i, t)),
};

/** The latest reporting instant at or before `t`. */
function latestTick(feed: ObservationFeed, t: number): number {
  return Math.floor(t / FIXTURE_STEP_MS[feed]) * FIXTURE_STEP_MS[feed];
}

/**
 * A small in-memory city (five car parks, two air stations, three sights, two hospitals) for tests.
 * History holds a reading at every step of each feed inside [from, to], oldest first, then by id.
 */
export function createFixtureCity(options: { now?: () => Date } = {}): CityBrainSource {
  const now = options.now ?? (() => FIXTURE_NOW);
  const current = <F extends ObservationFeed>(feed: F) => READINGS[feed](latestTick(feed, now().getTime()));
  return {
    kind: "sandbox",
    parking: async (query) => {
      const all = current("parking");
      if (!query?.geo) return all;
      const { near, maxDistanceM } = query.geo;
      return all
        .map((facility) => ({ facility, distance: distanceMeters(near, facility.location) }))
        .filter(({ distance }) => distance <= maxDistanceM)
        .sort((a, b) => a.distance - b.distance)
        .map(({ facility }) => facility);
    },
    airQuality: async () => current("air"),
    crowdFlow: async () => current("crowd"),
    pointsOfInterest: async () => FIXTURE_POIS,
    hospitals: async () => FIXTURE_HOSPITALS,
    history: async <F extends ObservationFeed>(feed: F, range: TimeRange) => {
      const step = FIXTURE_STEP_MS[feed];
      const wanted = range.entityIds ? new Set(range.entityIds) : null;
      const items: FeedItems[F][] = [];
      for (let t = Math.ceil(range.from.getTime() / step) * step; t <= range.to.getTime(); t += step) {
        const readings = READINGS[feed](t) as FeedItems[F][];
        items.push(...readings.filter((item) => !wanted || wanted.has(item.id)).sort(byId));
      }
      return items;
    },
  };
}

function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
