import type { ParkingData } from "./data-schema";
import { latticeNoise, noiseKey } from "./seeded-noise";

/** A sandbox city scaled to the real city's size (e.g. 2,000 car parks, 200,000 berths), for benchmarks. */
export interface SandboxScale {
  lots: number;
  berths: number;
}

type Entry = ParkingData["facilities"][number];

// The urban districts of Hangzhou (Shangcheng, Gongshu, Xihu, Binjiang, and the near parts of Xiaoshan and Yuhang).
const CITY = { south: 30.15, north: 30.4, west: 120.0, east: 120.35 };

/** A number in [0, 1) fixed by the seed and the index: the same city on every start. */
function uniform(key: number, index: number): number {
  return (latticeNoise(key, index) + 1) / 2;
}

/**
 * The real places first, then simulated car parks up to `scale.lots`, spread over the urban districts, each
 * borrowing the occupancy profile, kind of site and categories of a real car park (so their days look like real
 * ones), sized so that all berths together come to `scale.berths`. Named and slugged as simulated, with capacity
 * and location marked as estimates. Without a scale (the default), only the real places.
 */
export function scaledFacilities(
  real: readonly Entry[],
  scale: SandboxScale | undefined,
  seed: string,
): Entry[] {
  if (!scale || scale.lots <= real.length) return [...real];
  const templates = real.filter((entry) => entry.type === "OffStreetParking");
  const extra = scale.lots - real.length;
  const realBerths = real.reduce((sum, entry) => sum + entry.total, 0);
  const meanTotal = Math.max(10, (scale.berths - realBerths) / extra);
  const key = noiseKey(seed, "scaled-parking", "layout");
  const out = [...real];
  for (let i = 0; i < extra; i++) {
    const template = templates[i % templates.length] as Entry;
    const number = i + 1;
    out.push({
      ...template,
      slug: `simulated-${number}`,
      name: { zh: `模拟停车场 ${number} 号`, en: `Simulated car park no. ${number}` },
      lat: Number((CITY.south + uniform(key, 3 * i) * (CITY.north - CITY.south)).toFixed(6)),
      lng: Number((CITY.west + uniform(key, 3 * i + 1) * (CITY.east - CITY.west)).toFixed(6)),
      zone: "offstreet",
      // Between half and one and a half times the mean: the city's car parks are not all the same size.
      total: Math.max(10, Math.round(meanTotal * (0.5 + uniform(key, 3 * i + 2)))),
      category: template.category.filter((c) => c !== "reservable"),
      estimated: { capacity: true, location: true },
    });
  }
  return out;
}
