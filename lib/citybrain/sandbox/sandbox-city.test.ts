import { describe, expect, it } from "vitest";
import { Hospital, PointOfInterest } from "@/lib/citybrain/types";
import { distanceMeters } from "@/lib/geo/distance";
import { createSandboxCity } from "./index";

const at = (iso: string, seed = "hangzhou") => createSandboxCity({ seed, now: () => new Date(iso) });
const everything = async (city: ReturnType<typeof at>) => ({
  parking: await city.parking(),
  air: await city.airQuality(),
  crowd: await city.crowdFlow(),
  pois: await city.pointsOfInterest(),
  hospitals: await city.hospitals(),
  history: await city.history("parking", {
    from: new Date("2026-05-01T00:00:00Z"),
    to: new Date("2026-05-02T00:00:00Z"),
  }),
});

describe("createSandboxCity", () => {
  it("is a sandbox source", () => {
    expect(at("2026-05-01T00:00:00Z").kind).toBe("sandbox");
  });

  it("answers identically, byte for byte, for the same seed and clock", async () => {
    const a = await everything(at("2026-05-03T03:17:00Z"));
    const b = await everything(at("2026-05-03T03:17:00Z"));
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(a).toEqual(b);
  });

  it("adds different noise for a different seed, but keeps the same places", async () => {
    const a = await everything(at("2026-05-03T03:17:00Z", "hangzhou"));
    const b = await everything(at("2026-05-03T03:17:00Z", "another seed"));
    expect(b.parking.map((p) => p.id)).toEqual(a.parking.map((p) => p.id));
    expect(b.pois).toEqual(a.pois);
    expect(b.parking.map((p) => p.availableSpotNumber)).not.toEqual(
      a.parking.map((p) => p.availableSpotNumber),
    );
    expect(b.air.map((s) => s.pm25)).not.toEqual(a.air.map((s) => s.pm25));
    expect(b.crowd.map((c) => c.peopleCount)).not.toEqual(a.crowd.map((c) => c.peopleCount));
  });

  it("stamps live parking with the 5-minute slot and air and crowds with the hour", async () => {
    const city = at("2026-05-03T03:17:42.123Z");
    expect(new Set((await city.parking()).map((p) => p.observedAt))).toEqual(
      new Set(["2026-05-03T03:15:00.000Z"]),
    );
    expect(new Set((await city.airQuality()).map((a) => a.observedAt))).toEqual(
      new Set(["2026-05-03T03:00:00.000Z"]),
    );
    expect(new Set((await city.crowdFlow()).map((c) => c.observedAt))).toEqual(
      new Set(["2026-05-03T03:00:00.000Z"]),
    );
  });

  it("follows the clock it is given", async () => {
    let now = new Date("2026-05-03T03:00:00Z");
    const city = createSandboxCity({ seed: "hangzhou", now: () => now });
    const first = await city.parking();
    now = new Date("2026-05-03T05:00:00Z");
    const later = await city.parking();
    expect(later[0]?.observedAt).toBe("2026-05-03T05:00:00.000Z");
    expect(later.map((p) => p.availableSpotNumber)).not.toEqual(first.map((p) => p.availableSpotNumber));
  });

  it("returns the car parks within the radius, nearest first", async () => {
    const city = at("2026-05-03T03:17:00Z");
    const near = { lat: 30.2593, lng: 120.1652 }; // Hubin
    const all = await city.parking();
    const found = await city.parking({ geo: { near, maxDistanceM: 1_500 } });
    const distances = found.map((p) => distanceMeters(near, p.location));
    expect(found.length).toBeGreaterThan(3);
    expect(found.length).toBeLessThan(all.length);
    expect(distances.every((d) => d <= 1_500)).toBe(true);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    const outside = all.filter((p) => !found.some((f) => f.id === p.id));
    expect(outside.every((p) => distanceMeters(near, p.location) > 1_500)).toBe(true);
    expect(await city.parking({ geo: { near, maxDistanceM: 1 } })).toEqual([]);
  });

  it("serves the sights and hospitals of ../shared with their estimate flags", async () => {
    const city = at("2026-05-03T03:17:00Z");
    const pois = await city.pointsOfInterest();
    expect(pois).toHaveLength(61);
    const leifeng = pois.find((p) => p.slug === "leifeng-pagoda");
    expect(leifeng).toMatchObject({
      id: "urn:ngsi-ld:PointOfInterest:hangzhou:leifeng-pagoda",
      name: { zh: "雷峰塔", en: "Leifeng Pagoda" },
      ticketFen: 4000,
      popularity: 5,
      estimated: { location: false, visitMinutes: true, popularity: false },
    });
    expect(pois.find((p) => p.slug === "louwailou")?.ticketFen).toBeNull();
    const hospitals = await city.hospitals();
    expect(() => PointOfInterest.array().parse(pois)).not.toThrow();
    expect(() => Hospital.array().parse(hospitals)).not.toThrow();
    expect(hospitals).toHaveLength(17);
    expect(hospitals[0]).toMatchObject({ id: "urn:ngsi-ld:PointOfInterest:hangzhou:fahzu", level: "三甲" });
    // The seed's README: 9 of the 17 positions are the compiler's estimates from the address (±300 m–1 km).
    expect(hospitals.filter((h) => h.estimated.location).map((h) => h.id.split(":").pop())).toHaveLength(9);
    expect(hospitals.find((h) => h.id.endsWith(":hz-xixi"))!.estimated.location).toBe(true);
    expect(hospitals.find((h) => h.id.endsWith(":hz-childrens"))!.estimated.location).toBe(false);
    // Both are PointOfInterest entities: no id may name a sight and a hospital at once.
    const ids = [...pois, ...hospitals].map((place) => place.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
