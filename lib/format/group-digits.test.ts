import { describe, expect, it } from "vitest";
import { groupDigits } from "./group-digits";

describe("groupDigits", () => {
  it.each([0, 7, 999, 1000, 12_345, 1_234_567, 12.3, 1234.5, 1_000_000.1])(
    "writes %d as Intl.NumberFormat does in zh-CN and English",
    (value) => {
      for (const locale of ["zh-CN", "en-GB", "en-US"]) {
        expect(groupDigits(value)).toBe(
          new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value),
        );
      }
    },
  );
});
