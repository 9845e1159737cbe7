import { describe, expect, it } from "vitest";
import { createFixtureCity } from "@/lib/testing/fixture-city";
import { AirQualityObserved, CrowdFlowObserved, Hospital, ParkingFacility, PointOfInterest } from "../types";
import {
  airFromEntity,
  airToEntity,
  crowdFromEntity,
  crowdToEntity,
  hospitalFromEntity,
  hospitalToEntity,
  parkingFromEntity,
  parkingToEntity,
  poiFromEntity,
  poiToEntity,
} from "./mapping";
import { isHospitalEntity } from "./mapping-places";
import type { NgsiEntity } from "./normalized";

const city = createFixtureCity();
const range = { from: new Date("2026-04-30T00:00:00Z"), to: new Date("2026-05-01T00:00:00Z") };
// Through JSON, as over the wire.
const wire = (entity: NgsiEntity): NgsiEntity => JSON.parse(JSON.stringify(entity));

describe("mapping round-trips every entity type", () => {
  it("parking (OffStreetParking and OnStreetParking)", async () => {
    const lots = [...(await city.parking()), ...(await city.history("parking", range))];
    expect(new Set(lots.map((lot) => lot.type))).toEqual(new Set(["OffStreetParking", "OnStreetParking"]));
    for (const lot of lots)
      expect(ParkingFacility.parse(parkingFromEntity(wire(parkingToEntity(lot))))).toEqual(lot);
  });

  it("air quality, with readings a station did not report", async () => {
    const readings = [...(await city.airQuality()), ...(await city.history("air", range))];
    expect(readings.some((reading) => reading.so2 === null)).toBe(true);
    for (const reading of readings) {
      expect(AirQualityObserved.parse(airFromEntity(wire(airToEntity(reading))))).toEqual(reading);
    }
  });

  it("crowd flow", async () => {
    const flows = [...(await city.crowdFlow()), ...(await city.history("crowd", range))];
    for (const flow of flows)
      expect(CrowdFlowObserved.parse(crowdFromEntity(wire(crowdToEntity(flow))))).toEqual(flow);
  });

  it("points of interest, with unknown district, hours, ticket and setting", async () => {
    for (const poi of await city.pointsOfInterest()) {
      const entity = wire(poiToEntity(poi));
      expect(isHospitalEntity(entity)).toBe(false);
      expect(PointOfInterest.parse(poiFromEntity(entity))).toEqual(poi);
    }
  });

  it("hospitals, as PointOfInterest with category hospital", async () => {
    for (const hospital of await city.hospitals()) {
      const entity = wire(hospitalToEntity(hospital));
      expect(entity.type).toBe("PointOfInterest");
      expect(entity.id).toMatch(/^urn:ngsi-ld:PointOfInterest:/);
      expect(isHospitalEntity(entity)).toBe(true);
      expect(Hospital.parse(hospitalFromEntity(entity))).toEqual(hospital);
    }
  });
});

describe("the entities follow the Smart Data Models", () => {
  it("writes a car park in normalized NGSI-LD, GeoJSON longitude first, readings with observedAt", async () => {
    const [lot] = await city.parking();
    expect(parkingToEntity(lot!)).toMatchObject({
      id: "urn:ngsi-ld:OffStreetParking:hangzhou:hubin-intime",
      type: "OffStreetParking",
      name: { type: "Property", value: "湖滨银泰停车场" },
      alternateName: { type: "Property", value: "Hubin Intime Car Park" },
      location: { type: "GeoProperty", value: { type: "Point", coordinates: [120.1648, 30.2581] } },
      totalSpotNumber: { type: "Property", value: 414, observedAt: lot!.observedAt },
      availableSpotNumber: { type: "Property", value: lot!.availableSpotNumber, observedAt: lot!.observedAt },
      // DATEX II categories only; that the car park takes bookings is the model's reservationType.
      category: { type: "Property", value: ["underground", "forElectricalCharging"] },
      reservationType: { type: "Property", value: ["optional"] },
    });
    expect(lot!.category).toContain("reservable");
    const [, walkIn] = await city.parking();
    expect(walkIn!.category).not.toContain("reservable");
    expect(parkingToEntity(walkIn!).reservationType).toEqual({ type: "Property", value: ["notAvailable"] });
  });

  it("reads reservationType optional, mandatory or partly, or an older broker's category, as reservable", () => {
    const lot = (attributes: Record<string, unknown>) =>
      parkingFromEntity({
        id: "urn:ngsi-ld:OffStreetParking:x",
        type: "OffStreetParking",
        ...attributes,
      }) as {
        category: string[];
      };
    for (const type of ["optional", "mandatory", "partly"]) {
      expect(lot({ category: ["public"], reservationType: [type] }).category).toEqual([
        "public",
        "reservable",
      ]);
    }
    expect(lot({ category: ["public"], reservationType: ["notAvailable"] }).category).toEqual(["public"]);
    expect(lot({ category: ["reservable", "public"] }).category).toEqual(["public", "reservable"]);
    expect(lot({ category: ["reservable"], reservationType: ["optional"] }).category).toEqual(["reservable"]);
  });

  it("writes wind direction as the model's −180…180 and reads it back as compass degrees", async () => {
    const [station] = await city.airQuality();
    for (const [compass, signed] of [
      [0, 0],
      [90, 90],
      [180, 180],
      [202.5, -157.5],
      [337.5, -22.5],
    ] as const) {
      const entity = wire(airToEntity({ ...station!, windDirection: compass }));
      expect(entity.windDirection).toMatchObject({ value: signed, unitCode: "DD" });
      expect(AirQualityObserved.parse(airFromEntity(entity)).windDirection).toBe(compass);
    }
  });

  it("leaves out air readings that are null and labels units", async () => {
    const [station] = await city.airQuality();
    const entity = airToEntity(station!);
    expect(station!.so2).toBeNull();
    expect(entity).not.toHaveProperty("so2");
    expect(entity.pm25).toMatchObject({ type: "Property", unitCode: "GQ", observedAt: station!.observedAt });
    expect(entity.co).toMatchObject({ unitCode: "GP" });
    expect(entity.pressure).toMatchObject({ value: station!.atmosphericPressure, unitCode: "A97" });
  });

  it("links a crowd reading to its sight with a Relationship", async () => {
    const [flow] = await city.crowdFlow();
    expect(crowdToEntity(flow!).refPointOfInterest).toEqual({
      type: "Relationship",
      object: flow!.refPointOfInterest,
    });
  });

  it("sends the load on a sight as comfortOccupancy, congested past 1, never as the model's occupancy", async () => {
    const [flow] = await city.crowdFlow();
    const crowded = crowdToEntity({ ...flow!, occupancy: 1.3 });
    expect(crowded).not.toHaveProperty("occupancy");
    expect(crowded).toMatchObject({ comfortOccupancy: { value: 1.3 }, congested: { value: true } });
    expect(crowdToEntity({ ...flow!, occupancy: 1 })).toMatchObject({ congested: { value: false } });
    // Another city's CrowdFlowObserved has only the model's occupancy; it is the load read from there.
    const { comfortOccupancy: _, ...foreign } = wire(crowded);
    expect(crowdFromEntity({ ...foreign, occupancy: 0.4 })).toMatchObject({ occupancy: 0.4 });
  });

  // Attributes of smart-data-models/dataModel.Parking OffStreetParking/examples/example-normalized.jsonld
  // (CC BY 4.0, FIWARE Foundation / Smart Data Models contributors).
  const porto: NgsiEntity = {
    id: "urn:ngsi-ld:OffStreetParking:porto-ParkingLot-23889",
    type: "OffStreetParking",
    accessModified: { type: "Property", value: { "@type": "DateTime", "@value": "2018-09-21T12:00:00Z" } },
    availableSpotNumber: { type: "Property", value: 132, observedAt: "2018-09-21T12:00:00Z" },
    category: {
      type: "Property",
      value: ["underground", "public", "feeCharged", "mediumTerm", "barrierAccess"],
    },
    location: { type: "GeoProperty", value: { type: "Point", coordinates: [-8.60961198807, 41.150691773] } },
    name: { type: "Property", value: "Parque de estacionamento Trindade" },
    totalSpotNumber: { type: "Property", value: 414 },
  };

  it("reads a car park from another city's broker (no app extensions, one-language name)", () => {
    expect(ParkingFacility.parse(parkingFromEntity(porto))).toEqual({
      id: porto.id,
      type: "OffStreetParking",
      name: { zh: "Parque de estacionamento Trindade", en: "Parque de estacionamento Trindade" },
      location: { lat: 41.150691773, lng: -8.60961198807 },
      zone: "offstreet",
      totalSpotNumber: 414,
      availableSpotNumber: 132,
      observedAt: "2018-09-21T12:00:00Z",
      category: ["underground", "public", "feeCharged", "mediumTerm", "barrierAccess"],
      estimated: { capacity: false, location: false },
    });
  });

  it("reads key-values entities and LanguageProperty names too", () => {
    const keyValues: NgsiEntity = {
      id: porto.id,
      type: "OffStreetParking",
      name: { type: "LanguageProperty", languageMap: { zh: "三一停车场", en: "Trindade" } },
      availableSpotNumber: 132,
      totalSpotNumber: 414,
      location: { type: "Point", coordinates: [-8.6, 41.15] },
      observationDateTime: "2021-03-11T15:51:02Z",
    };
    expect(ParkingFacility.parse(parkingFromEntity(keyValues))).toMatchObject({
      name: { zh: "三一停车场", en: "Trindade" },
      location: { lat: 41.15, lng: -8.6 },
      observedAt: "2021-03-11T15:51:02Z",
    });
  });

  it("yields a candidate the schema rejects when the location is not a Point", () => {
    const polygon = {
      ...porto,
      location: { type: "GeoProperty", value: { type: "Polygon", coordinates: [] } },
    };
    expect(ParkingFacility.safeParse(parkingFromEntity(polygon)).success).toBe(false);
  });
});
