import type { Locale } from "@/lib/i18n/config";

// Where the map's base tiles come from. AMap is the default because it answers everywhere on the mainland, where
// tile.openstreetmap.org often does not resolve; AMap draws in GCJ-02, so the map projects through lib/maps/map-crs.ts.

export const TILE_PROVIDERS = ["amap", "osm", "custom"] as const;
export type TileProviderId = (typeof TILE_PROVIDERS)[number];
export const TILE_CRSS = ["wgs84", "gcj02"] as const;
/** The coordinate system a tile set is drawn in: GCJ-02 for mainland Chinese maps, WGS84 for the rest of the world. */
export type TileCrs = (typeof TILE_CRSS)[number];

/**
 * AMap's map review approval number (审图号), which it requires on every map that shows its data. It is the one its
 * own JS API prints under its maps (“© 2026 AutoNavi - GS(2025)5996号”); AMap renews it every year or two, so check
 * the number under a map on amap.com when upgrading.
 */
export const AMAP_APPROVAL_NUMBER = "GS(2025)5996";

/** What the map credits under its tiles: a provider's own notice, an operator's text, or nothing for blank tiles. */
export type TileAttribution =
  | { kind: "amap"; approval: string }
  | { kind: "osm" }
  | { kind: "custom"; text: string }
  | { kind: "none" };

/** Everything a map needs to draw a provider's tiles, in the page's language; plain data from server to client. */
export interface MapTiles {
  provider: TileProviderId;
  /** A Leaflet URL template: {x} {y} {z}, and {s} for one of `subdomains`. */
  url: string;
  subdomains: string[];
  maxZoom: number;
  crs: TileCrs;
  attribution: TileAttribution;
}

/** The tile settings of lib/env.ts, already validated there. */
export interface TileSettings {
  TILE_PROVIDER: TileProviderId;
  TILE_URL?: string;
  TILE_SUBDOMAINS: string[];
  TILE_MAX_ZOOM: number;
  TILE_CRS?: TileCrs;
  TILE_ATTRIBUTION?: string;
}

// AMap's raster road map (style=8). lang=en labels roads and places in English where AMap has a name for them
// (minor places stay Chinese); the tiles are 256 px and go to zoom 18.
const AMAP_LANGUAGE: Record<Locale, string> = { "zh-CN": "zh_cn", en: "en" };
const amapTemplate = (locale: Locale) =>
  `https://webrd0{s}.is.autonavi.com/appmaptile?lang=${AMAP_LANGUAGE[locale]}&size=1&scale=1&style=8&x={x}&y={y}&z={z}`;
const OSM_TEMPLATE = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";

/** The tiles to draw for this configuration, in this language. */
export function mapTilesFor(settings: TileSettings, locale: Locale): MapTiles {
  switch (settings.TILE_PROVIDER) {
    case "amap":
      return {
        provider: "amap",
        url: amapTemplate(locale),
        subdomains: ["1", "2", "3", "4"],
        maxZoom: 18,
        crs: "gcj02",
        attribution: { kind: "amap", approval: AMAP_APPROVAL_NUMBER },
      };
    case "osm":
      // The OSM Foundation's server has no subdomains since 2023 and draws to zoom 19.
      return {
        provider: "osm",
        url: OSM_TEMPLATE,
        subdomains: [],
        maxZoom: 19,
        crs: "wgs84",
        attribution: { kind: "osm" },
      };
    case "custom": {
      const url = settings.TILE_URL ?? "";
      return {
        provider: "custom",
        url,
        subdomains: url.includes("{s}") ? settings.TILE_SUBDOMAINS : [],
        maxZoom: settings.TILE_MAX_ZOOM,
        crs: settings.TILE_CRS ?? "wgs84",
        attribution: settings.TILE_ATTRIBUTION
          ? { kind: "custom", text: settings.TILE_ATTRIBUTION }
          : { kind: "none" },
      };
    }
  }
}

/** The origins tiles are loaded from, every subdomain spelt out: what the CSP's img-src must allow, and nothing more. */
export function tileImageOrigins(settings: TileSettings): string[] {
  const origins = new Set<string>();
  for (const locale of ["zh-CN", "en"] as const) {
    const tiles = mapTilesFor(settings, locale);
    for (const subdomain of tiles.subdomains.length > 0 ? tiles.subdomains : [""]) {
      const origin = templateOrigin(tiles.url.replaceAll("{s}", subdomain));
      if (origin) origins.add(origin);
    }
  }
  return [...origins];
}

/** The origin of a template's tiles, or null when they come from this app (a path such as /tiles/{z}/{x}/{y}.png). */
function templateOrigin(template: string): string | null {
  if (!/^https:\/\//.test(template)) return null;
  return new URL(fillPlaceholders(template)).origin;
}

const fillPlaceholders = (template: string) => template.replace(/\{-?[a-z]+\}/g, "0");

const PLACEHOLDERS = new Set(["{x}", "{y}", "{-y}", "{z}", "{s}", "{r}"]);

/** What is wrong with a custom tile template, said so an operator can fix it; null when it will do. */
export function tileTemplateProblem(template: string): string | null {
  const unknown = (template.match(/\{[^}]*\}/g) ?? []).filter((token) => !PLACEHOLDERS.has(token));
  if (unknown.length > 0) {
    return `TILE_URL has placeholders Leaflet cannot fill (${unknown.join(", ")}): use {x} {y} {z}, and {s} {r} {-y} if needed.`;
  }
  if (!template.includes("{x}") || !template.includes("{z}") || !/\{-?y\}/.test(template)) {
    return "TILE_URL must contain {x}, {y} and {z}, e.g. https://tiles.example.com/{z}/{x}/{y}.png.";
  }
  if (template.startsWith("/") && !template.startsWith("//")) return null;
  if (!template.startsWith("https://")) {
    return "TILE_URL must be an https:// template or a path on this server (/tiles/{z}/{x}/{y}.png): pages are served over HTTPS, and browsers block plain-http images on them.";
  }
  try {
    const url = new URL(fillPlaceholders(template));
    if (url.username || url.password) return "TILE_URL must not carry a user name or password.";
    return null;
  } catch {
    return "TILE_URL is not a valid URL template.";
  }
}

/** True for a template whose tiles come from another site (whose terms then ask for credit on the map). */
export function isOffSiteTemplate(template: string): boolean {
  return templateOrigin(template) !== null;
}
