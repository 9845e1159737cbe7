import { describe, expect, it } from "vitest";
import { wgs84ToGcj02 } from "@/lib/geo/gcj02";
import { navigationLinks } from "./navigation-links";

describe("navigationLinks", () => {
  const hubin = { lat: 30.259, lng: 120.165 };
  const links = navigationLinks(hubin, "湖滨 & 银泰");

  it("gives AMap the GCJ-02 point, longitude first, and says so", () => {
    const url = new URL(links.amap);
    expect(url.origin + url.pathname).toBe("https://uri.amap.com/navigation");
    const gcj = wgs84ToGcj02(hubin);
    expect(url.searchParams.get("to")).toBe(`${gcj.lng.toFixed(6)},${gcj.lat.toFixed(6)},湖滨 & 银泰`);
    expect(url.searchParams.get("coordinate")).toBe("gaode");
    expect(url.searchParams.get("mode")).toBe("car");
  });

  it("gives Apple and Google the WGS84 point, latitude first", () => {
    const apple = new URL(links.apple);
    expect(apple.host).toBe("maps.apple.com");
    expect(apple.searchParams.get("daddr")).toBe("30.259000,120.165000");
    expect(apple.searchParams.get("q")).toBe("湖滨 & 银泰");
    const google = new URL(links.google);
    expect(google.pathname).toBe("/maps/dir/");
    expect(google.searchParams.get("destination")).toBe("30.259000,120.165000");
  });
});
