import { describe, expect, it } from "vitest";
import { safeNextPath } from "./safe-next";

describe("safeNextPath", () => {
  it.each([
    [undefined, "/me"],
    ["", "/me"],
    ["/me", "/me"],
    ["/parking?lot=3#map", "/parking?lot=3#map"],
    [["/air", "/tour"], "/air"],
    ["/a/../clinic", "/clinic"],
    ["me", "/me"],
    ["//evil.example/x", "/me"],
    ["/\\evil.example", "/me"],
    ["/\t/evil.example", "/me"],
    ["https://evil.example/", "/me"],
    ["javascript:alert(1)", "/me"],
    ["/login", "/me"],
    ["/login?next=/me", "/me"],
    [`/${"a".repeat(600)}`, "/me"],
  ])("%j → %j", (input, expected) => {
    expect(safeNextPath(input)).toBe(expected);
  });

  it("uses the given fallback", () => {
    expect(safeNextPath("//x", "/")).toBe("/");
  });
});
