import { describe, expect, it } from "vitest";
import { sandboxData } from "@/lib/citybrain/sandbox/data-schema";
import offStreet from "./data/offstreet-tariffs.json";
import { tariffOfLot } from "./lot-tariffs";
import { Tariff } from "./tariff";

const parking = sandboxData().parking;

describe("tariffOfLot", () => {
  it("every lot of the sandbox city gets a valid tariff of its zone's kind", () => {
    for (const lot of parking.facilities) {
      const tariff = Tariff.parse(tariffOfLot(lot));
      const expected = lot.zone === "westlake" || lot.zone === "offstreet" ? lot.zone : "street";
      expect(tariff.kind, lot.slug).toBe(expected);
      if (tariff.kind === "street") expect(tariff.zone).toBe(lot.zone);
    }
  });

  it("car parks without a sourced tariff get the typical one of their kind, marked estimated", () => {
    expect(tariffOfLot({ slug: "hubin-in77", zone: "offstreet" })).toMatchObject({
      kind: "offstreet",
      basis: "retail",
      estimated: true,
      firstHourFen: 1000,
    });
    expect(tariffOfLot({ slug: "huanglong-pr", zone: "offstreet", role: "scenic" })).toMatchObject({
      basis: "parkAndRide",
    });
    expect(tariffOfLot({ slug: "unknown", zone: "offstreet", role: "hospital" })).toMatchObject({
      basis: "hospital",
    });
    expect(tariffOfLot({ slug: "unknown", zone: "offstreet" })).toMatchObject({ basis: "general" });
  });

  it("the shipped lot kinds agree with the sandbox city's roles (except the P+R, on purpose)", () => {
    const lots: Record<string, string> = offStreet.lots;
    for (const facility of parking.facilities.filter((f) => f.zone === "offstreet")) {
      const expected = facility.slug === "huanglong-pr" ? "parkAndRide" : facility.role;
      expect(lots[facility.slug], facility.slug).toBe(expected);
    }
  });
});
