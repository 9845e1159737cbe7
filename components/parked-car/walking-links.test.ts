import { describe, expect, it } from "vitest";
import { walkingLinks } from "./walking-links";

describe("walkingLinks", () => {
  it("asks each app for walking directions, AMap in GCJ-02", () => {
    const links = walkingLinks({ lat: 30.260978, lng: 120.15958 }, "Kerry");
    expect(links.amap).toContain("mode=walk");
    expect(links.amap).not.toContain("120.159580%2C30.260978");
    expect(links.apple).toContain("dirflg=w");
    expect(links.google).toContain("travelmode=walking");
  });
});
