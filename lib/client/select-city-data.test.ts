import { describe, expect, it } from "vitest";
import { ApiError } from "./api";
import { selectCityData } from "./select-city-data";

const AT = Date.parse("2026-05-01T08:00:00Z");
const isPlates = (value: unknown): value is { plates: { plate: string }[] } =>
  typeof value === "object" && value !== null && Array.isArray((value as { plates?: unknown }).plates);
const idle = { isLoading: false, isValidating: false };

describe("selectCityData", () => {
  it("shows a stored answer of the right shape with its time", () => {
    const data = { plates: [{ plate: "浙A12345" }] };
    const shown = selectCityData(
      { ...idle, data: { kind: "city-data", data, at: AT, source: "device" } },
      isPlates,
    );
    expect(shown).toMatchObject({ data, fromCache: true, isLoading: false });
    expect(shown.asOf?.getTime()).toBe(AT);
  });

  it.each([
    [
      "an envelope inside an envelope",
      { kind: "city-data", data: { kind: "city-data", data: {}, at: AT }, at: AT },
    ],
    ["a plain value of another shape", { plates: "none" }],
    ["an envelope of another shape", { kind: "city-data", data: { cars: [] }, at: AT, source: "device" }],
    ["null data", { kind: "city-data", data: null, at: AT, source: "device" }],
  ])("never hands %s to the screen: loading while a fresh answer is fetched", (_name, data) => {
    const shown = selectCityData({ data, isLoading: false, isValidating: true }, isPlates);
    expect(shown).toEqual({ isLoading: true, fromCache: false, error: undefined });
  });

  it("reads a wrong shape as an invalid-answer error once nothing is being fetched", () => {
    const shown = selectCityData({ ...idle, data: { plates: 3 } }, isPlates);
    expect(shown.data).toBeUndefined();
    expect(shown.error).toMatchObject({ kind: "invalid" });
  });

  it("keeps the fetch's own error (e.g. offline) over the shape error", () => {
    const offline = new ApiError({ kind: "network" });
    expect(selectCityData({ ...idle, data: { plates: 3 }, error: offline }, isPlates).error).toBe(offline);
  });

  it("hides data of a session that has ended", () => {
    const unauthorised = new ApiError({ kind: "http", status: 401 });
    const data = { kind: "city-data", data: { plates: [] }, at: AT, source: "device" };
    expect(selectCityData({ ...idle, data, error: unauthorised }, isPlates)).toEqual({
      error: unauthorised,
      isLoading: false,
      fromCache: false,
    });
  });

  it("without a check, shows what is there", () => {
    expect(selectCityData({ ...idle, data: { anything: 1 } }).data).toEqual({ anything: 1 });
  });
});
