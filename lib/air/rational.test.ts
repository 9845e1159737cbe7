import { describe, expect, it } from "vitest";
import {
  add,
  ceil,
  compare,
  divide,
  fromNumber,
  multiply,
  parseDecimal,
  ratio,
  roundHalfEven,
  roundHalfUp,
  subtract,
  toNumber,
  truncate,
} from "./rational";

const r = (text: string) => parseDecimal(text);

describe("exact decimals", () => {
  it.each([
    ["2.2", 11n, 5n],
    ["60", 60n, 1n],
    ["0.1", 1n, 10n],
    ["1e-7", 1n, 10_000_000n],
    ["1.5e+3", 1500n, 1n],
    ["007.250", 29n, 4n],
  ])("%s reads as %i/%i", (text, numerator, denominator) => {
    expect(parseDecimal(text)).toEqual({ numerator, denominator });
  });

  it("reads a number as it was written, not as the binary double behind it", () => {
    expect(fromNumber(2.2)).toEqual(ratio(11n, 5n));
    expect(fromNumber(0.1 + 0.2)).toEqual(ratio(30000000000000004n, 10n ** 17n));
    expect(fromNumber(1e21)).toEqual(ratio(10n ** 21n));
  });

  it.each(["-1", "abc", "", "1.", ".5", "NaN"])("refuses %j", (text) => {
    expect(() => parseDecimal(text)).toThrow(RangeError);
  });

  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY])("refuses the number %d", (value) => {
    expect(() => fromNumber(value)).toThrow(RangeError);
  });
});

describe("arithmetic", () => {
  it("adds, subtracts, multiplies and divides without rounding", () => {
    expect(add(r("0.1"), r("0.2"))).toEqual(r("0.3"));
    expect(subtract(r("2.2"), r("2"))).toEqual(r("0.2"));
    expect(multiply(divide(r("50"), r("2")), r("0.2"))).toEqual(r("5"));
    expect(ratio(6n, -4n)).toEqual({ numerator: -3n, denominator: 2n });
    expect(() => ratio(1n, 0n)).toThrow(RangeError);
  });

  it("compares", () => {
    expect(compare(r("0.3"), add(r("0.1"), r("0.2")))).toBe(0);
    expect(compare(r("75"), r("75.0000001"))).toBe(-1);
    expect(compare(r("2.21"), r("2.2"))).toBe(1);
  });

  it("rounds up to an integer only when there is something to round", () => {
    expect(ceil(r("55"))).toBe(55n);
    expect(ceil(r("55.0000000001"))).toBe(56n);
    expect(ceil(r("0.2"))).toBe(1n);
    expect(ceil(ratio(-3n, 2n))).toBe(-1n);
    expect(roundHalfUp(r("100.5"))).toBe(101n);
    expect(roundHalfUp(r("100.4999"))).toBe(100n);
  });

  // The examples of GB/T 8170-2008 §3.3 that round to whole numbers or decimals.
  it.each([
    ["12.1498", 0, "12"],
    ["12.1498", 1, "12.1"],
    ["10.5002", 0, "11"],
    ["1.050", 1, "1"],
    ["0.35", 1, "0.4"],
    ["2.25", 1, "2.2"],
    ["2.35", 1, "2.4"],
    ["60.5", 0, "60"],
    ["61.5", 0, "62"],
    ["60.49", 0, "60"],
  ])("GB/T 8170 rounds %s to %i decimals as %s", (text, decimals, expected) => {
    expect(roundHalfEven(r(text), decimals)).toEqual(r(expected));
  });

  it("truncates as the EPA does", () => {
    expect(truncate(r("35.49"), 1)).toEqual(r("35.4"));
    expect(truncate(r("9.09"), 1)).toEqual(r("9"));
    expect(truncate(r("12"), 1)).toEqual(r("12"));
  });

  it("gives a number back for display", () => {
    expect(toNumber(r("2.2"))).toBe(2.2);
  });
});
