import { describe, expect, it } from "vitest";
import { maskPhone, normalisePhone, PhoneSchema } from "./phone";

const cases: [input: string, expected: string | null][] = [
  ["13800138000", "+8613800138000"],
  ["138 0013 8000", "+8613800138000"],
  ["138-0013-8000", "+8613800138000"],
  [" 13800138000 ", "+8613800138000"],
  ["+86 138 0013 8000", "+8613800138000"],
  ["+8613800138000", "+8613800138000"],
  ["8613800138000", "+8613800138000"],
  ["0086 13800138000", "+8613800138000"],
  ["+86-138-0013-8000", "+8613800138000"],
  ["(+86) 138 0013 8000", "+8613800138000"],
  ["１３８００１３８０００", "+8613800138000"],
  ["138\u300000138000", "+8613800138000"],
  ["19912345678", "+8619912345678"],
  // Hong Kong, Macao, Taiwan (with or without the trunk 0) and abroad carry their country code.
  ["+852 9123 4567", "+85291234567"],
  ["00852 6123 4567", "+85261234567"],
  ["+853 6612 3456", "+85366123456"],
  ["+886 912 345 678", "+886912345678"],
  ["+886 0912 345 678", "+886912345678"],
  ["+44 7911 123456", "+447911123456"],
  ["+1 415 555 2671", "+14155552671"],
  ["+49 1512 3456789", "+4915123456789"],
  ["12800138000", null], // second digit must be 3–9
  ["10800138000", null],
  ["23800138000", null], // must start with 1
  ["1380013800", null], // 10 digits
  ["138001380001", null], // 12 digits
  ["+86 1380013800", null], // a mainland number must be a mobile
  ["+86 02087654321", null],
  ["+1 13800138000", null], // not a North American number
  ["+852 123", null], // too short for Hong Kong
  ["91234567", null], // a Hong Kong number without its code reads as mainland, and is not one
  ["86138001380", null], // "86" is not a prefix when only 11 digits in all
  ["1380013800a", null],
  ["", null],
  ["+86", null],
  ["+0 1234567", null],
];

describe("normalisePhone", () => {
  it.each(cases)("%j → %j", (input, expected) => {
    expect(normalisePhone(input)).toBe(expected);
  });
});

describe("PhoneSchema", () => {
  it("yields the number in E.164, the same for both spellings of a mainland number", () => {
    expect(PhoneSchema.parse("+86 138-0013-8000")).toBe("+8613800138000");
    expect(PhoneSchema.parse("13800138000")).toBe("+8613800138000");
  });

  it.each([["12345"], ["x".repeat(50)]])("names the message key for %j", (input) => {
    const result = PhoneSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("auth.errors.phoneInvalid");
  });

  it("refuses a number that is not a string", () => {
    expect(PhoneSchema.safeParse(13800138000).success).toBe(false);
  });
});

describe("maskPhone", () => {
  it.each([
    ["+8613800138000", "138****8000"],
    ["+85291234567", "+852 ****4567"],
    ["+447911123456", "+44 ****3456"],
  ])("%s → %s", (phone, masked) => {
    expect(maskPhone(phone)).toBe(masked);
  });
});
