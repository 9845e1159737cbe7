import { describe, expect, it } from "vitest";
import { isUnauthorized } from "./unauthorized";

describe("isUnauthorized", () => {
  it.each([
    [{ error: { code: "unauthorized", message: "请先登录。" } }, true],
    [Object.assign(new Error("401"), { status: 401 }), true],
    [Object.assign(new Error("x"), { info: { error: { code: "unauthorized" } } }), true],
    [{ user: { id: "u", phone: "138****8000" } }, false],
    [{ error: { code: "internal" } }, false],
    [Object.assign(new Error("x"), { status: 503 }), false],
    [new TypeError("Failed to fetch"), false],
    [undefined, false],
    ["unauthorized", false],
  ])("%#", (value, expected) => {
    expect(isUnauthorized(value)).toBe(expected);
  });
});
