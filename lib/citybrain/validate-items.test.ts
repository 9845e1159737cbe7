import { describe, expect, it, vi } from "vitest";
import { createFixtureCity } from "@/lib/testing/fixture-city";
import { ParkingFacility } from "./types";
import { UpstreamError } from "./upstream-error";
import { validateItems } from "./validate-items";

const city = createFixtureCity();

describe("validateItems", () => {
  it("passes a valid answer through, dropping nothing", async () => {
    const lots = await city.parking();
    const warn = vi.fn();
    expect(validateItems("parking", ParkingFacility, lots, warn)).toEqual({ items: lots, dropped: 0 });
    expect(warn).not.toHaveBeenCalled();
  });

  it("drops invalid items with one counted warning", async () => {
    const [first, second, ...rest] = await city.parking();
    const tooMany = { ...first!, availableSpotNumber: first!.totalSpotNumber + 1 };
    const noId = { ...second!, id: "" };
    const warn = vi.fn();
    const result = validateItems("parking", ParkingFacility, [tooMany, noId, ...rest], warn);
    expect(result).toEqual({ items: rest, dropped: 2 });
    expect(warn).toHaveBeenCalledOnce();
    expect(warn.mock.calls[0]![0]).toMatch(/parking: dropped 2 of 5 invalid items/);
  });

  it("accepts an empty answer", () => {
    expect(validateItems("parking", ParkingFacility, [])).toEqual({ items: [], dropped: 0 });
  });

  it.each([
    { name: "nothing valid", payload: [{ id: "" }, { garbled: true }] },
    { name: "not a list", payload: { items: [] } },
    { name: "null", payload: null },
  ])("throws malformed when $name", ({ payload }) => {
    const attempt = () => validateItems("parking", ParkingFacility, payload, () => {});
    expect(attempt).toThrow(UpstreamError);
    try {
      attempt();
    } catch (error) {
      expect((error as UpstreamError).kind).toBe("malformed");
    }
  });
});
