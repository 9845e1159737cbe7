import { describe, expect, it } from "vitest";
import { CodeSchema, generateCode, hashCode, hashesMatch } from "./otp-code";

describe("generateCode", () => {
  it("is always six digits and varies", () => {
    const codes = Array.from({ length: 500 }, generateCode);
    for (const code of codes) expect(code).toMatch(/^\d{6}$/);
    expect(new Set(codes).size).toBeGreaterThan(490);
  });
});

describe("hashCode", () => {
  const secret = "s".repeat(32);

  it("is HMAC-SHA256 hex over phone:code", () => {
    // Reference: printf '13800138000:123456' | openssl dgst -sha256 -hmac "$(printf 's%.0s' {1..32})"
    expect(hashCode(secret, "13800138000", "123456")).toBe(
      "ebd0b8d909bd7da32e0de496f8930fd16ad39f6f1383241e85e0ecf09b95cd88",
    );
    expect(hashCode(secret, "13800138000", "123456")).toMatch(/^[0-9a-f]{64}$/);
  });

  it("depends on the secret, the phone and the code", () => {
    const base = hashCode(secret, "13800138000", "123456");
    expect(hashCode("t".repeat(32), "13800138000", "123456")).not.toBe(base);
    expect(hashCode(secret, "13800138001", "123456")).not.toBe(base);
    expect(hashCode(secret, "13800138000", "123457")).not.toBe(base);
    expect(hashCode(secret, "13800138000", "123456")).toBe(base);
  });

  it("never contains the code in the clear", () => {
    expect(hashCode(secret, "13800138000", "987654")).not.toContain("987654");
  });
});

describe("hashesMatch", () => {
  const a = hashCode("k".repeat(32), "13800138000", "111111");
  const b = hashCode("k".repeat(32), "13800138000", "222222");
  it.each([
    [a, a, true],
    [a, b, false],
    [a, a.slice(0, 62), false],
    ["", "", false],
  ])("%#", (left, right, expected) => {
    expect(hashesMatch(left, right)).toBe(expected);
  });
});

describe("CodeSchema", () => {
  it.each([
    ["123456", "123456"],
    [" 123 456 ", "123456"],
    ["１２３４５６", "123456"],
    ["000000", "000000"],
  ])("accepts %j", (input, expected) => {
    expect(CodeSchema.parse(input)).toBe(expected);
  });

  it.each([["12345"], ["1234567"], ["12a456"], [""]])("refuses %j with the message key", (input) => {
    const result = CodeSchema.safeParse(input);
    expect(result.error?.issues[0]?.message).toBe("auth.errors.codeFormat");
  });
});
