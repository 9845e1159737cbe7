import type { LatLng } from "@/lib/citybrain/types";
import { wgs84ToGcj02 } from "@/lib/geo/gcj02";

const fixed = (n: number) => n.toFixed(6);

/** Walking directions back to the car: AMap reads GCJ-02 (converted for it alone), Apple and Google WGS84. */
export function walkingLinks(
  destination: LatLng,
  name: string,
): { amap: string; apple: string; google: string } {
  const gcj = wgs84ToGcj02(destination);
  const amap = new URLSearchParams({
    to: `${fixed(gcj.lng)},${fixed(gcj.lat)},${name}`,
    mode: "walk",
    coordinate: "gaode",
    callnative: "1",
  });
  const apple = new URLSearchParams({
    daddr: `${fixed(destination.lat)},${fixed(destination.lng)}`,
    q: name,
    dirflg: "w",
  });
  const google = new URLSearchParams({
    api: "1",
    destination: `${fixed(destination.lat)},${fixed(destination.lng)}`,
    travelmode: "walking",
  });
  return {
    amap: `https://uri.amap.com/navigation?${amap}`,
    apple: `https://maps.apple.com/?${apple}`,
    google: `https://www.google.com/maps/dir/?${google}`,
  };
}
