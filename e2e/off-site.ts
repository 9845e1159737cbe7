// Journeys never reach the internet: map tiles from another site are answered here with a blank image, and any other
// request to another site is refused, whatever tile provider the server under test draws its map with.
import type { Route } from "@playwright/test";

const BLANK_PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=",
  "base64",
);

/** Matches every URL that is not on the app's own origin (the project's baseURL). */
export const offSite = (baseURL: string) => {
  const appOrigin = new URL(baseURL).origin;
  return (url: URL) => url.origin !== appOrigin;
};

/** A tile (any image) gets a 1×1 transparent PNG, which Leaflet stretches to a tile; anything else is refused. */
export function answerOffSite(route: Route, onTile?: () => void) {
  if (route.request().resourceType() !== "image") return route.abort("blockedbyclient");
  onTile?.();
  return route.fulfill({ contentType: "image/png", body: BLANK_PNG });
}
