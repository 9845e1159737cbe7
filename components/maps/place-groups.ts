import Supercluster from "supercluster";
import type { LatLng } from "@/lib/citybrain/types";
import type { MapView } from "@/lib/maps/fit-view";

/** A place on a map drawn as plain HTML (static-map.tsx) with its id. */
export interface MapPlace extends LatLng {
  id: string;
}

/** What one marker stands for at a zoom: one place, or a group of places with a summary of them (`G`). */
export type PlaceMarker<P extends MapPlace, G> =
  | { kind: "group"; key: string; position: LatLng; count: number; summary: G; expansionZoom: number }
  | { kind: "place"; key: string; position: LatLng; place: P };

export type PlaceIndex<P extends MapPlace, G extends object> = Supercluster<{ place: P }, G>;

/** How a group sums up its places: a place's summary, and how one more is folded into a group's. */
export interface GroupSummary<P, G> {
  of: (place: P) => G;
  fold: (into: G, other: G) => void;
}

// The tile servers draw 18 at most; groups split by then.
export const MAX_GROUP_ZOOM = 17;

/**
 * Places grouped where their markers would overlap. Supercluster measures on 512 px tiles, the map draws
 * 256 px ones: markers closer than 48 (elder 64) screen px, more than a marker is wide, are one group, so every
 * marker keeps the 24 px a finger needs.
 */
export function placeIndex<P extends MapPlace, G extends object>(
  places: readonly P[],
  elder: boolean,
  summary: GroupSummary<P, G>,
): PlaceIndex<P, G> {
  const index: PlaceIndex<P, G> = new Supercluster({
    radius: elder ? 128 : 96,
    maxZoom: MAX_GROUP_ZOOM,
    map: ({ place }) => summary.of(place),
    reduce: summary.fold,
  });
  return index.load(
    places.map((place) => ({
      type: "Feature" as const,
      properties: { place },
      geometry: { type: "Point" as const, coordinates: [place.lng, place.lat] },
    })),
  );
}

/** The markers of a view: a city's places fit in a few screens, so none is left out by a box. */
export function placeMarkers<P extends MapPlace, G extends object>(
  index: PlaceIndex<P, G>,
  view: MapView,
): PlaceMarker<P, G>[] {
  return index.getClusters([-180, -85, 180, 85], Math.round(view.zoom)).map((feature): PlaceMarker<P, G> => {
    const [lng, lat] = feature.geometry.coordinates as [number, number];
    if ("cluster" in feature.properties) {
      const {
        cluster_id: id,
        point_count: count,
        cluster: _cluster,
        point_count_abbreviated: _a,
        ...summary
      } = feature.properties;
      return {
        kind: "group",
        key: `group-${id}`,
        position: { lat, lng },
        count,
        summary: summary as unknown as G,
        expansionZoom: Math.min(index.getClusterExpansionZoom(id), MAX_GROUP_ZOOM + 1),
      };
    }
    const { place } = feature.properties;
    return { kind: "place", key: place.id, position: { lat, lng }, place };
  });
}

/** The zoom at which a place has a marker of its own (no group holds it), from `zoom` deeper. */
export function zoomShowing<P extends MapPlace, G extends object>(
  index: PlaceIndex<P, G>,
  id: string,
  zoom: number,
): number {
  for (let z = Math.round(zoom); z <= MAX_GROUP_ZOOM; z += 1) {
    if (placeMarkers(index, { center: { lat: 0, lng: 0 }, zoom: z }).some((m) => m.key === id)) return z;
  }
  return MAX_GROUP_ZOOM + 1;
}
