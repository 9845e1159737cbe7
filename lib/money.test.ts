import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Fen, fen, formatFen, formatFenShort, yuanToFen } from "./money";

describe("money", () => {
  it.each([
    [0, "zh-CN", "¥0.00"],
    [1400, "zh-CN", "¥14.00"],
    [5, "en", "CNY ¥0.05"],
    [123456789, "en", "CNY ¥1,234,567.89"],
    [-250, "en", "-CNY ¥2.50"],
    [-250, "zh-CN", "-¥2.50"],
  ] as const)("%i fen in %s → %s", (amount, locale, expected) => {
    expect(formatFen(fen(amount), locale)).toBe(expected);
  });

  it("refuses fractional fen", () => {
    expect(() => fen(1.5)).toThrow(RangeError);
  });

  it("converts yuan with two decimals exactly", () => {
    expect(yuanToFen(0.1 + 0.2)).toBe(30);
    expect(yuanToFen(34)).toBe(3400);
  });

  it("formats every amount back to its own digits", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000_00 }), (n) => {
        const text = formatFen(n as Fen, "en").replace(/CNY |[¥,]/g, "");
        expect(Math.round(Number(text) * 100)).toBe(n);
      }),
    );
  });
});

describe("formatFenShort", () => {
  it.each([
    [0, "¥0"],
    [500, "¥5"],
    [250, "¥2.5"],
    [75, "¥0.75"],
    [3_000, "¥30"],
    [1_205, "¥12.05"],
    [-150, "-¥1.5"],
  ])("%d fen → %s", (amount, text) => {
    expect(formatFenShort(fen(amount))).toBe(text);
  });

  it("says the same amount as the full form", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), (amount) => {
        const short = Number(formatFenShort(fen(amount)).replace("¥", ""));
        const full = Number(formatFen(fen(amount), "zh-CN").replace(/[¥,]/g, ""));
        return short === full;
      }),
    );
  });
});
