import type { DayType, LatLng, LocalizedText, ParkingFacility, TariffZone } from "@/lib/citybrain/types";
import { type ParkingData, sandboxData } from "./data-schema";
import { type DayTypeCache, localDay, localMinute, MINUTE_MS } from "./local-clock";
import { type DayProfile, dayTypeProfiles, shareAt } from "./occupancy-profile";
import { type SandboxScale, scaledFacilities } from "./scaled-parking";
import { noiseKey, smoothNoise } from "./seeded-noise";

/**
 * Occupancy noise: a 30-minute and a 6-hour octave of smooth noise, as occupancy shares. The 30-minute
 * amplitude is of the order of the Birmingham persistence error at 30 min (MAE 0.032, parking/README);
 * the slow octave makes one Saturday differ from the next. Quiet car parks wobble less.
 */
const FAST_AMPLITUDE = 0.035;
const SLOW_AMPLITUDE = 0.05;
const FAST_PERIOD_MIN = 30;
const SLOW_PERIOD_MIN = 360;

interface Facility {
  id: string;
  type: ParkingFacility["type"];
  name: LocalizedText;
  location: LatLng;
  zone: TariffZone;
  total: number;
  category: string[];
  estimated: ParkingFacility["estimated"];
  profiles: Record<DayType, DayProfile>;
  fastKey: number;
  slowKey: number;
}

export interface ParkingModel {
  readonly facilities: readonly Facility[];
  /** Readings of the facilities at one instant; `include` limits to some indices. */
  readingsAt(ms: number, observedAt: string, include?: ReadonlySet<number>): ParkingFacility[];
}

function buildFacility(entry: ParkingData["facilities"][number], data: ParkingData, seed: string): Facility {
  const measured = data.profiles[entry.profile];
  if (!measured) throw new Error(`parking profile ${entry.profile} missing`);
  const id = `urn:ngsi-ld:${entry.type}:hangzhou:${entry.slug}`;
  return {
    id,
    type: entry.type,
    name: Object.freeze({ ...entry.name }),
    location: Object.freeze({ lat: entry.lat, lng: entry.lng }),
    zone: entry.zone,
    total: entry.total,
    category: Object.freeze([...entry.category]) as string[],
    estimated: Object.freeze({ ...entry.estimated }),
    profiles: dayTypeProfiles(measured, entry.role, entry.evening),
    fastKey: noiseKey(seed, id, "parking-fast"),
    slowKey: noiseKey(seed, id, "parking-slow"),
  };
}

/** Occupied share of one car park at an instant: its day-type profile plus smooth seeded noise. */
export function occupiedShare(facility: Facility, ms: number, dayType: DayType): number {
  const base = shareAt(facility.profiles[dayType], localMinute(ms));
  const minutes = ms / MINUTE_MS;
  const noise =
    FAST_AMPLITUDE * smoothNoise(facility.fastKey, minutes / FAST_PERIOD_MIN) +
    SLOW_AMPLITUDE * smoothNoise(facility.slowKey, minutes / SLOW_PERIOD_MIN);
  const share = base + noise * Math.min(1, 0.25 + base);
  return Math.min(1, Math.max(0, share));
}

export function createParkingModel(seed: string, dayTypes: DayTypeCache, scale?: SandboxScale): ParkingModel {
  const data = sandboxData().parking;
  const facilities = scaledFacilities(data.facilities, scale, seed).map((entry) =>
    buildFacility(entry, data, seed),
  );
  return {
    facilities,
    readingsAt(ms, observedAt, include) {
      const dayType = dayTypes.of(localDay(ms));
      const out: ParkingFacility[] = [];
      for (let i = 0; i < facilities.length; i++) {
        if (include && !include.has(i)) continue;
        const f = facilities[i] as Facility;
        const occupied = Math.round(occupiedShare(f, ms, dayType) * f.total);
        out.push({
          id: f.id,
          type: f.type,
          name: f.name,
          location: f.location,
          zone: f.zone,
          totalSpotNumber: f.total,
          availableSpotNumber: Math.min(f.total, Math.max(0, f.total - occupied)),
          observedAt,
          category: f.category,
          estimated: f.estimated,
        });
      }
      return out;
    },
  };
}
