import { describe, expect, it } from "vitest";
import type { NgsiEntity } from "./normalized";
import { BrokerProblem } from "./problem-details";
import { matchesQuery, parseQuery } from "./query-language";

const lot: NgsiEntity = {
  id: "urn:ngsi-ld:OffStreetParking:hangzhou:a",
  type: "OffStreetParking",
  availableSpotNumber: { type: "Property", value: 12 },
  name: { type: "Property", value: '湖滨; "银泰"' },
  category: { type: "Property", value: ["underground", "reservable"] },
  covered: { type: "Property", value: true },
  refParkingGroup: { type: "Relationship", object: "urn:ngsi-ld:ParkingGroup:x" },
};

const matches: { q: string; expected: boolean }[] = [
  { q: "availableSpotNumber>10", expected: true },
  { q: "availableSpotNumber>=12", expected: true },
  { q: "availableSpotNumber<12", expected: false },
  { q: "availableSpotNumber<=12;availableSpotNumber>0", expected: true },
  { q: "availableSpotNumber==11,12", expected: true },
  { q: 'availableSpotNumber=="12"', expected: false },
  { q: 'category=="reservable"', expected: true },
  { q: 'category=="hospital"', expected: false },
  { q: 'category!="hospital"', expected: true },
  { q: 'category!="underground"', expected: false },
  { q: 'category=="x","underground"', expected: true },
  { q: "covered==true", expected: true },
  { q: "covered!=false", expected: true },
  { q: 'refParkingGroup=="urn:ngsi-ld:ParkingGroup:x"', expected: true },
  { q: "availableSpotNumber", expected: true },
  { q: "occupancy", expected: false },
  { q: "occupancy<1", expected: false },
  { q: 'category=="reservable";availableSpotNumber>100', expected: false },
];

describe("q (NGSI-LD query language subset)", () => {
  it.each(matches)("$q → $expected", ({ q, expected }) => {
    expect(matchesQuery(lot, parseQuery(q))).toBe(expected);
  });

  it("keeps separators inside quoted strings", () => {
    expect(parseQuery('name=="a;b,c"')).toEqual([{ attribute: "name", operator: "==", values: ["a;b,c"] }]);
  });

  it.each([
    { q: "a=1", status: 400 },
    { q: "1abc==2", status: 400 },
    { q: "a==", status: 400 },
    { q: "a==unquoted", status: 400 },
    { q: 'a=="open', status: 400 },
    { q: "a>1,2", status: 400 },
    { q: "a==1;", status: 400 },
    { q: "a==1|b==2", status: 422 },
    { q: "(a==1)", status: 422 },
    { q: 'a~="x.*"', status: 422 },
    { q: "a==1..5", status: 422 },
    { q: "address.district==1", status: 422 },
    { q: "address[district]==1", status: 422 },
  ])("refuses $q with $status", ({ q, status }) => {
    try {
      parseQuery(q);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(BrokerProblem);
      expect((error as BrokerProblem).status).toBe(status);
    }
  });
});
