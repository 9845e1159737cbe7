import { describe, expect, it } from "vitest";
import { isDecodableTarget } from "./request-target.mjs";

describe("isDecodableTarget", () => {
  it.each([
    "/",
    "/api/me/plates/%E6%B5%99A12345",
    "/parking?lot=3&sort=price",
    "/api/parking/lots?q=%E6%B9%96%E6%BB%A8+%E9%93%B6%E6%B3%B0",
    "/login?next=%2Fme",
    "/a/..%2Fb",
  ])("passes %s", (target) => expect(isDecodableTarget(target)).toBe(true));

  it.each([
    "/api/me/plates/%ED%A0%80", // a lone surrogate, UTF-8 encoded
    "/api/me/plates/%E0%A4%A", // a truncated escape
    "/api/%",
    "/api/%C0%AF", // overlong "/"
    "/api/me/plates/%00",
    "/api/parking/lots?q=%",
    "/api/parking/lots?q=a%00b",
    "/api/parking/lots?%ZZ=1",
    "",
  ])("refuses %s", (target) => expect(isDecodableTarget(target)).toBe(false));
});
