import type { LatLng } from "@/lib/citybrain/types";

// GCJ-02 ("Mars coordinates") is WGS84 shifted by a published nonlinear offset on the Krasovsky 1940
// ellipsoid. Chinese map apps and tiles (AMap, Apple Maps' China data) expect it; we keep WGS84 everywhere else and
// convert only at that edge: links into such an app, and the map's projection over GCJ-02 tiles (lib/maps/map-crs.ts).
const A = 6_378_245.0;
const EE = 0.006_693_421_622_965_943;

/** True outside mainland China's rough bounding box, where the offset is not applied. */
export function isOutsideChina({ lat, lng }: LatLng): boolean {
  return lng < 72.004 || lng > 137.8347 || lat < 0.8293 || lat > 55.8271;
}

function offsetLat(x: number, y: number): number {
  let r = -100 + 2 * x + 3 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
  r += ((20 * Math.sin(6 * x * Math.PI) + 20 * Math.sin(2 * x * Math.PI)) * 2) / 3;
  r += ((20 * Math.sin(y * Math.PI) + 40 * Math.sin((y / 3) * Math.PI)) * 2) / 3;
  r += ((160 * Math.sin((y / 12) * Math.PI) + 320 * Math.sin((y * Math.PI) / 30)) * 2) / 3;
  return r;
}

function offsetLng(x: number, y: number): number {
  let r = 300 + x + 2 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
  r += ((20 * Math.sin(6 * x * Math.PI) + 20 * Math.sin(2 * x * Math.PI)) * 2) / 3;
  r += ((20 * Math.sin(x * Math.PI) + 40 * Math.sin((x / 3) * Math.PI)) * 2) / 3;
  r += ((150 * Math.sin((x / 12) * Math.PI) + 300 * Math.sin((x / 30) * Math.PI)) * 2) / 3;
  return r;
}

/** A WGS84 point as GCJ-02, for Chinese map apps and tiles; points outside China come back unchanged. */
export function wgs84ToGcj02(point: LatLng): LatLng {
  if (isOutsideChina(point)) return { lat: point.lat, lng: point.lng };
  const x = point.lng - 105;
  const y = point.lat - 35;
  const radLat = (point.lat / 180) * Math.PI;
  const magic = 1 - EE * Math.sin(radLat) ** 2;
  const sqrtMagic = Math.sqrt(magic);
  const dLat = (offsetLat(x, y) * 180) / (((A * (1 - EE)) / (magic * sqrtMagic)) * Math.PI);
  const dLng = (offsetLng(x, y) * 180) / ((A / sqrtMagic) * Math.cos(radLat) * Math.PI);
  return { lat: point.lat + dLat, lng: point.lng + dLng };
}

// The offset has no closed-form inverse. It changes by well under 1 % across its own size (about 500 m), so
// subtracting the offset found at the current guess converges in a few steps (1e-10° ≈ 0.01 mm).
const INVERSE_TOLERANCE_DEGREES = 1e-10;
const INVERSE_MAX_STEPS = 20;

/** A GCJ-02 point (a tap or the centre of a map drawn on GCJ-02 tiles) back as WGS84. */
export function gcj02ToWgs84(point: LatLng): LatLng {
  if (isOutsideChina(point)) return { lat: point.lat, lng: point.lng };
  let lat = point.lat;
  let lng = point.lng;
  for (let step = 0; step < INVERSE_MAX_STEPS; step++) {
    const shifted = wgs84ToGcj02({ lat, lng });
    const dLat = shifted.lat - point.lat;
    const dLng = shifted.lng - point.lng;
    lat -= dLat;
    lng -= dLng;
    if (Math.abs(dLat) < INVERSE_TOLERANCE_DEGREES && Math.abs(dLng) < INVERSE_TOLERANCE_DEGREES) break;
  }
  return { lat, lng };
}
