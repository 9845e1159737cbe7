import { describe, expect, it } from "vitest";
import { fenToYuan, yuanToFen } from "./yuan-amount";

describe("fen ↔ yuan", () => {
  it("writes integer fen as yuan with two decimals", () => {
    expect(fenToYuan(0)).toBe("0.00");
    expect(fenToYuan(1)).toBe("0.01");
    expect(fenToYuan(10)).toBe("0.10");
    expect(fenToYuan(100)).toBe("1.00");
    expect(fenToYuan(1230)).toBe("12.30");
    expect(fenToYuan(123456789)).toBe("1234567.89");
    // Beyond where fen / 100 in floating point would round: still exact.
    expect(fenToYuan(Number.MAX_SAFE_INTEGER)).toBe("90071992547409.91");
  });

  it("refuses fen that are not a non-negative safe integer", () => {
    for (const bad of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53]) {
      expect(() => fenToYuan(bad)).toThrow(/not an amount in fen/);
    }
  });

  it("reads yuan with up to two decimals exactly", () => {
    expect(yuanToFen("0.1")).toBe(10);
    expect(yuanToFen("0.01")).toBe(1);
    expect(yuanToFen("12.30")).toBe(1230);
    expect(yuanToFen("12.3")).toBe(1230);
    expect(yuanToFen("100")).toBe(10000);
    expect(yuanToFen("0.00")).toBe(0);
    // 0.29 * 100 is 28.999999999999996 in floating point; string arithmetic gives 29.
    expect(yuanToFen("0.29")).toBe(29);
    expect(yuanToFen("1234567.89")).toBe(123456789);
    for (let fen = 0; fen < 1000; fen++) expect(yuanToFen(fenToYuan(fen))).toBe(fen);
  });

  it("refuses more than two decimals, negatives and anything that is not plain yuan", () => {
    for (const bad of [
      "1.234",
      "0.001",
      "-1.00",
      "-0.01",
      "+1",
      "",
      "abc",
      "1e3",
      "01.00",
      " 1.00",
      "1.",
      ".5",
      "1,00",
    ]) {
      expect(() => yuanToFen(bad), bad).toThrow(/not an amount in yuan/);
    }
    expect(() => yuanToFen("90071992547409.92")).toThrow(/too large/);
  });
});
