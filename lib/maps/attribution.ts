import { escapeHtml } from "./escape-html";
import type { TileAttribution } from "./tile-provider";

/** The messages of `maps.attribution` (lib/i18n/messages/{zh-CN,en}/maps.json). */
export type AttributionKey = "amap" | "amapApproval" | "osmContributors";
export type AttributionWords = (key: AttributionKey, values?: Record<string, string>) => string;

/**
 * The credit under the map, as HTML for Leaflet's attribution control, in the page's language. AMap requires its
 * name and the map review approval number on any map showing its tiles; OpenStreetMap requires “© OpenStreetMap
 * contributors” with a link to its copyright page; a custom server's text is shown as the operator wrote it.
 */
export function attributionHtml(attribution: TileAttribution, words: AttributionWords): string {
  switch (attribution.kind) {
    case "amap":
      return `&copy; <a href="https://www.amap.com/">${escapeHtml(words("amap"))}</a> · ${escapeHtml(
        words("amapApproval", { number: attribution.approval }),
      )}`;
    case "osm":
      return `&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> ${escapeHtml(
        words("osmContributors"),
      )}`;
    case "custom":
      return escapeHtml(attribution.text);
    case "none":
      return "";
  }
}
