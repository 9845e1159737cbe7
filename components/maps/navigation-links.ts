import type { LatLng } from "@/lib/citybrain/types";
import { wgs84ToGcj02 } from "@/lib/geo/gcj02";

export type NavigationApp = "amap" | "apple" | "google";
export const NAVIGATION_APPS: NavigationApp[] = ["amap", "apple", "google"];

const fixed = (n: number) => n.toFixed(6);

/**
 * Driving directions to a lot in each app. AMap reads GCJ-02 (`coordinate=gaode`), so the point is
 * converted for it alone; Apple and Google get WGS84 as the app keeps it.
 */
export function navigationLinks(destination: LatLng, name: string): Record<NavigationApp, string> {
  const gcj = wgs84ToGcj02(destination);
  const amap = new URLSearchParams({
    to: `${fixed(gcj.lng)},${fixed(gcj.lat)},${name}`,
    mode: "car",
    coordinate: "gaode",
    callnative: "1",
  });
  const apple = new URLSearchParams({
    daddr: `${fixed(destination.lat)},${fixed(destination.lng)}`,
    q: name,
    dirflg: "d",
  });
  const google = new URLSearchParams({
    api: "1",
    destination: `${fixed(destination.lat)},${fixed(destination.lng)}`,
    travelmode: "driving",
  });
  return {
    amap: `https://uri.amap.com/navigation?${amap}`,
    apple: `https://maps.apple.com/?${apple}`,
    google: `https://www.google.com/maps/dir/?${google}`,
  };
}
