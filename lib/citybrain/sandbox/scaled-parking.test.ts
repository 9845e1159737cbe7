import { describe, expect, it } from "vitest";
import { ParkingFacility } from "@/lib/citybrain/types";
import { sandboxData } from "./data-schema";
import { createSandboxCity } from "./index";
import { scaledFacilities } from "./scaled-parking";

const real = sandboxData().parking.facilities;

describe("scaledFacilities", () => {
  it("is the real places alone by default", () => {
    expect(scaledFacilities(real, undefined, "hangzhou")).toEqual(real);
  });

  it("scales to 2,000 car parks and 200,000 berths over the urban districts, the same on every start", () => {
    const scaled = scaledFacilities(real, { lots: 2_000, berths: 200_000 }, "hangzhou");
    expect(scaled).toHaveLength(2_000);
    expect(scaled.slice(0, real.length)).toEqual(real);
    expect(new Set(scaled.map((f) => f.slug)).size).toBe(2_000);
    const berths = scaled.reduce((sum, f) => sum + f.total, 0);
    expect(Math.abs(berths - 200_000) / 200_000).toBeLessThan(0.03);
    for (const f of scaled.slice(real.length)) {
      expect(f.lat).toBeGreaterThanOrEqual(30.15);
      expect(f.lat).toBeLessThanOrEqual(30.4);
      expect(f.lng).toBeGreaterThanOrEqual(120);
      expect(f.lng).toBeLessThanOrEqual(120.35);
      expect(f.estimated).toEqual({ capacity: true, location: true });
      expect(f.name.en).toMatch(/^Simulated car park no\. \d+$/);
    }
    expect(scaledFacilities(real, { lots: 2_000, berths: 200_000 }, "hangzhou")).toEqual(scaled);
  });
});

describe("a sandbox city at scale", () => {
  it("serves every car park with readings that pass the feed's schema", async () => {
    const city = createSandboxCity({
      seed: "hangzhou",
      now: () => new Date("2026-12-07T02:00:00Z"),
      scale: { lots: 2_000, berths: 200_000 },
    });
    const facilities = await city.parking();
    expect(facilities).toHaveLength(2_000);
    for (const facility of facilities) expect(ParkingFacility.safeParse(facility).success).toBe(true);
  });
});
