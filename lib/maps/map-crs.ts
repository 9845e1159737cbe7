import L from "leaflet";
import { gcj02ToWgs84, wgs84ToGcj02 } from "@/lib/geo/gcj02";
import type { TileCrs } from "./tile-provider";

// The one place where the map meets GCJ-02. Over GCJ-02 tiles the map's projection shifts each WGS84 position to
// GCJ-02 before Web Mercator, and shifts back on the way out. So markers, circles and bounds are handed to Leaflet in
// WGS84, and what Leaflet hands back (a tap, the centre, the visible bounds) is WGS84 again; no component converts.

const webMercator = L.Projection.SphericalMercator;

const gcj02WebMercator: L.Projection = {
  bounds: webMercator.bounds,
  project(latlng) {
    const shifted = wgs84ToGcj02({ lat: latlng.lat, lng: latlng.lng });
    return webMercator.project(L.latLng(shifted.lat, shifted.lng));
  },
  unproject(point) {
    const drawn = webMercator.unproject(point);
    const position = gcj02ToWgs84({ lat: drawn.lat, lng: drawn.lng });
    return L.latLng(position.lat, position.lng);
  },
};

/** EPSG:3857 over GCJ-02 tiles: AMap's tile grid, with WGS84 positions going in and coming out. */
const GCJ02_WEB_MERCATOR: L.CRS = L.extend({}, L.CRS.EPSG3857, {
  code: "EPSG:3857 (GCJ-02)",
  projection: gcj02WebMercator,
});

/** The Leaflet CRS for a map over tiles drawn in this coordinate system. */
export function leafletCrsFor(crs: TileCrs): L.CRS {
  return crs === "gcj02" ? GCJ02_WEB_MERCATOR : L.CRS.EPSG3857;
}
