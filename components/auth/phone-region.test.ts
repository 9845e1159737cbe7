import { describe, expect, it } from "vitest";
import { phoneForRegion } from "./phone-region";

describe("phoneForRegion", () => {
  it.each([
    ["CN", "138 0013 8000", "138 0013 8000"],
    ["HK", "9123 4567", "+852 9123 4567"],
    ["MO", " 6612 3456 ", "+853 6612 3456"],
    ["TW", "0912 345 678", "+886 0912 345 678"],
    ["HK", "+852 9123 4567", "+852 9123 4567"],
    ["TW", "00886 912345678", "00886 912345678"],
    ["OTHER", "+44 7911 123456", "+44 7911 123456"],
  ] as const)("%s %j → %j", (region, typed, sent) => {
    expect(phoneForRegion(region, typed)).toBe(sent);
  });
});
