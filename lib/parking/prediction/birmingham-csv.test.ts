import { describe, expect, it } from "vitest";
import { parseBirminghamCsv, parseLocalTimestamp } from "./birmingham-csv";

const HEADER =
  "ID,SystemCodeNumber,Capacity,Latitude,Longitude,Occupancy,VehicleType,TrafficConditionNearby,QueueLength,IsSpecialDay,Timestamp";

describe("parseBirminghamCsv", () => {
  it("keeps the real columns, clips occupancy to capacity and merges repeated instants", () => {
    const lots = parseBirminghamCsv(
      [
        HEADER,
        "1,B,200,26.1,91.7,250,car,low,1,0,2016-10-04 08:25:00",
        "0,A,100,26.1,91.7,50,car,high,9,1,2016-10-04 07:59:00",
        "2,A,100,26.1,91.7,60,bike,low,1,0,2016-10-04 07:59:00",
        "3,A,100,26.1,91.7,70,car,low,1,0,2016-10-04 08:25:00",
        "",
      ].join("\n"),
    );
    expect(lots.map((l) => [l.code, l.capacity])).toEqual([
      ["A", 100],
      ["B", 200],
    ]);
    const [a, b] = lots;
    expect([...(a?.series.times ?? [])]).toEqual([Date.UTC(2016, 9, 4, 7, 59), Date.UTC(2016, 9, 4, 8, 25)]);
    expect([...(a?.series.values ?? [])]).toEqual([0.55, 0.7]);
    expect([...(b?.series.values ?? [])]).toEqual([1]);
  });

  it("names a missing column", () => {
    expect(() => parseBirminghamCsv("ID,Capacity,Occupancy,Timestamp\n")).toThrow(/SystemCodeNumber/);
  });

  it("reads local timestamps without an offset, seconds optional", () => {
    expect(parseLocalTimestamp("2016-10-30 08:01")).toBe(Date.UTC(2016, 9, 30, 8, 1));
    expect(parseLocalTimestamp("30/10/2016")).toBeNaN();
  });
});
