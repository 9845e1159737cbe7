import { afterAll, beforeAll, vi } from "vitest";

/** Leaflet and this app's map CRS, loaded in a test file's `beforeAll`. */
export interface LeafletInNode {
  L: typeof import("leaflet");
  leafletCrsFor: typeof import("./map-crs").leafletCrsFor;
}

/**
 * Loads Leaflet for a test file running in node: Leaflet reads a few browser globals when it loads, and these are
 * enough for its CRS maths and URL templates. The returned object is filled before the file's tests run.
 */
export function leafletInNode(): LeafletInNode {
  const loaded = {} as LeafletInNode;
  beforeAll(async () => {
    vi.stubGlobal("window", globalThis);
    vi.stubGlobal("devicePixelRatio", 1);
    vi.stubGlobal("navigator", { userAgent: "node", platform: "node" });
    vi.stubGlobal("document", { documentElement: { style: {} }, createElement: () => ({ style: {} }) });
    loaded.L = (await import("leaflet")).default;
    loaded.leafletCrsFor = (await import("./map-crs")).leafletCrsFor;
  });
  afterAll(() => vi.unstubAllGlobals());
  return loaded;
}
