import { describe, expect, it } from "vitest";
import { normalisePhone, PhoneSchema } from "./phone";

const cases: [input: string, expected: string | null][] = [
  ["13800138000", "13800138000"],
  ["138 0013 8000", "13800138000"],
  ["138-0013-8000", "13800138000"],
  [" 13800138000 ", "13800138000"],
  ["+86 138 0013 8000", "13800138000"],
  ["+8613800138000", "13800138000"],
  ["8613800138000", "13800138000"],
  ["0086 13800138000", "13800138000"],
  ["+86-138-0013-8000", "13800138000"],
  ["(+86) 138 0013 8000", "13800138000"],
  ["１３８００１３８０００", "13800138000"],
  ["138\u300000138000", "13800138000"],
  ["19912345678", "19912345678"],
  ["12800138000", null], // second digit must be 3–9
  ["10800138000", null],
  ["23800138000", null], // must start with 1
  ["1380013800", null], // 10 digits
  ["138001380001", null], // 12 digits
  ["+1 13800138000", null], // another country code
  ["86138001380", null], // "86" is not a prefix when only 11 digits in all
  ["1380013800a", null],
  ["", null],
  ["+86", null],
];

describe("normalisePhone", () => {
  it.each(cases)("%j → %j", (input, expected) => {
    expect(normalisePhone(input)).toBe(expected);
  });
});

describe("PhoneSchema", () => {
  it("yields the 11-digit number", () => {
    expect(PhoneSchema.parse("+86 138-0013-8000")).toBe("13800138000");
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
