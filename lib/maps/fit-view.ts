import type { LatLng } from "@/lib/citybrain/types";
import { worldPixel } from "./static-view";
import type { TileCrs } from "./tile-provider";

export interface MapView {
  center: LatLng;
  zoom: number;
}

export interface FitOptions {
  /** The map's box in CSS pixels. */
  width: number;
  height: number;
  crs: TileCrs;
  /** Room kept between the outermost places and the box's edge (a marker's half width and its label). */
  paddingPx?: number;
  minZoom?: number;
  maxZoom?: number;
}

/**
 * The deepest zoom at which every place shows in the box, centred on them: Leaflet's `fitBounds` for a map drawn
 * without Leaflet. The centre is the middle of their latitudes and longitudes; at a city's size Web Mercator is
 * close enough to linear there, and the places are then checked at their real pixels, so none is ever cut off.
 */
export function fitView(places: readonly LatLng[], options: FitOptions): MapView | null {
  if (places.length === 0) return null;
  const { width, height, crs, paddingPx = 24, minZoom = 3, maxZoom = 17 } = options;
  const lats = places.map((p) => p.lat);
  const lngs = places.map((p) => p.lng);
  const center = {
    lat: (Math.min(...lats) + Math.max(...lats)) / 2,
    lng: (Math.min(...lngs) + Math.max(...lngs)) / 2,
  };
  const halfWidth = width / 2 - paddingPx;
  const halfHeight = height / 2 - paddingPx;
  const fits = (zoom: number) => {
    const middle = worldPixel(center, zoom, crs);
    return places.every((place) => {
      const p = worldPixel(place, zoom, crs);
      return Math.abs(p.x - middle.x) <= halfWidth && Math.abs(p.y - middle.y) <= halfHeight;
    });
  };
  for (let zoom = maxZoom; zoom > minZoom; zoom -= 1) {
    if (fits(zoom)) return { center, zoom };
  }
  return { center, zoom: minZoom };
}
