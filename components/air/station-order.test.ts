import { describe, expect, it } from "vitest";
import { worstFirst } from "./station-order";
import type { AirStation } from "./types";

const station = (name: string, value: number | null) =>
  ({ id: name, name, aqi: { value } }) as unknown as AirStation;

describe("worstFirst", () => {
  it("puts the highest AQI first and stations without one last, ties by name", () => {
    const order = worstFirst(
      [station("b", 40), station("x", null), station("a", 40), station("c", 160)],
      "en",
    );
    expect(order.map((s) => s.name)).toEqual(["c", "a", "b", "x"]);
  });
});

it("orders equal Chinese names by pinyin", () => {
  const order = worstFirst(
    [station("卧龙桥", 110), station("朝晖五区", 110), station("和睦小学", 110)],
    "zh-CN",
  );
  expect(order.map((s) => s.name)).toEqual(["朝晖五区", "和睦小学", "卧龙桥"]);
});
