import "server-only";
import type {
  CityBrainSource,
  FeedItems,
  GeoQuery,
  ObservationFeed,
  ParkingFacility,
} from "@/lib/citybrain/types";
import { serverNow } from "@/lib/clock/server-now";
import { distanceMeters } from "@/lib/geo/distance";
import { createAirModel } from "./air-feed";
import { listHospitals, listPointsOfInterest } from "./catalogue";
import { createCrowdModel } from "./crowd-feed";
import { type FeedModel, historyOf } from "./history";
import { DayTypeCache, floorTo, HOUR_MS, MINUTE_MS } from "./local-clock";
import { createParkingModel } from "./parking-feed";
import type { SandboxScale } from "./scaled-parking";

const LIVE_PARKING_STEP_MS = 5 * MINUTE_MS;

function nearest(facilities: ParkingFacility[], geo: GeoQuery): ParkingFacility[] {
  return facilities
    .map((facility) => ({ facility, distance: distanceMeters(geo.near, facility.location) }))
    .filter(({ distance }) => distance <= geo.maxDistanceM)
    .sort((a, b) => a.distance - b.distance || a.facility.id.localeCompare(b.facility.id))
    .map(({ facility }) => facility);
}

/**
 * The built-in city: real Hangzhou places with readings replayed or modelled from real series
 * (lib/citybrain/sandbox/data/README.md). Deterministic: the same seed and clock give the same answers.
 */
export function createSandboxCity(options: {
  seed: string;
  now?: () => Date;
  /** More car parks than the real ones (benchmarks at city scale); default: the real places only. */
  scale?: SandboxScale;
}): CityBrainSource {
  const { seed } = options;
  const now = options.now ?? serverNow;
  const dayTypes = new DayTypeCache();
  const parking = createParkingModel(seed, dayTypes, options.scale);
  const air = createAirModel(seed);
  const crowd = createCrowdModel(seed, dayTypes);
  const models: { [F in ObservationFeed]: FeedModel<FeedItems[F]> } = {
    parking: { ids: parking.facilities.map((f) => f.id), readingsAt: parking.readingsAt },
    air: { ids: air.stations.map((s) => s.id), readingsAt: air.readingsAt },
    crowd: {
      ids: crowd.sights.map((s) => s.id),
      aliases: crowd.sights.map((s) => s.poiId),
      readingsAt: crowd.readingsAt,
    },
  };
  const liveAt = (step: number) => {
    const ms = floorTo(now().getTime(), step);
    return { ms, observedAt: new Date(ms).toISOString() };
  };

  return {
    kind: "sandbox",
    async parking(query) {
      const { ms, observedAt } = liveAt(LIVE_PARKING_STEP_MS);
      const facilities = parking.readingsAt(ms, observedAt);
      return query?.geo ? nearest(facilities, query.geo) : facilities;
    },
    async airQuality() {
      const { ms, observedAt } = liveAt(HOUR_MS);
      return air.readingsAt(ms, observedAt);
    },
    async crowdFlow() {
      const { ms, observedAt } = liveAt(HOUR_MS);
      return crowd.readingsAt(ms, observedAt);
    },
    async pointsOfInterest() {
      return listPointsOfInterest();
    },
    async hospitals() {
      return listHospitals();
    },
    async history(feed, range) {
      return historyOf(feed, models[feed], range);
    },
  };
}
