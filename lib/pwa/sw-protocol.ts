// What the page and the service worker agree on: cache names, message types and the fetch-time header.

/** Runtime caches that may hold personal data (pages, their RSC payloads, API answers). */
export const CACHE_NAMES = { pages: "pages", rsc: "pages-rsc", apis: "apis" } as const;
export const PERSONAL_CACHES: readonly string[] = Object.values(CACHE_NAMES);

/** Set by the service worker on API answers it stores: when the network answered (ms since epoch). */
export const FETCHED_AT_HEADER = "x-sw-fetched-at";

export const SKIP_WAITING = "SKIP_WAITING";
/** Asks the worker to store these pages (visited before it controlled the page, or by client navigation). */
export const CACHE_PAGES = "CACHE_PAGES";

export type SwMessage = { type: typeof SKIP_WAITING } | { type: typeof CACHE_PAGES; urls: string[] };

/** Query parameters that only say how a page was opened; the cached page is the same without them. */
const TRACKING_PARAMS = ["source"];

/** The key a page is stored under: same URL without the hash and without launch-source parameters. */
export function pageCacheKey(href: string): string {
  const url = new URL(href);
  url.hash = "";
  for (const param of TRACKING_PARAMS) url.searchParams.delete(param);
  return url.href;
}

/**
 * Whether a stored API answer belongs to one signed-in person: the server marks those `Cache-Control: private`
 * (the public city feeds are shared). They are dropped when the session that fetched them has ended.
 */
export function isPrivateAnswer(headers: Pick<Headers, "get">): boolean {
  return /(^|[,\s])private([,\s=]|$)/i.test(headers.get("cache-control") ?? "");
}

/**
 * The city's public reads, the same for everyone (`Cache-Control: public`): the worker shows its stored copy at
 * once and refreshes it behind (stale-while-revalidate), then tells the page (PUBLIC_DATA_UPDATED) to read again.
 */
export function isPublicApi(pathname: string): boolean {
  return /^\/api\/(parking\/lots(\/[^/]+(\/(quote|reservable))?)?|air\/(stations|forecast)|tour\/pois|places\/[^/]+\/[^/]+)$/.test(
    pathname,
  );
}

/**
 * Suggestions while a person types: never stored by the worker, where each keystroke's answer would push a car
 * park list out of the bounded API cache; searching needs the network anyway.
 */
export function isTypeAhead(pathname: string): boolean {
  return pathname === "/api/places/search";
}

/** Serwist's BroadcastUpdatePlugin message: a stored public answer was replaced by a different one. */
export interface PublicDataUpdated {
  type: "CACHE_UPDATED";
  meta: string;
  payload: { cacheName: string; updatedURL: string };
}

export function isPublicDataUpdated(data: unknown): data is PublicDataUpdated {
  const message = data as Partial<PublicDataUpdated> | null;
  return message?.type === "CACHE_UPDATED" && typeof message.payload?.updatedURL === "string";
}

/** True for an answer the server marked `Cache-Control: public` (the same for everyone). */
export function isPublicAnswer(headers: Pick<Headers, "get">): boolean {
  return /(^|[,\s])public([,\s]|$)/i.test(headers.get("cache-control") ?? "");
}

/** The fetch time an API answer carries if it came from the worker's cache, else null (a fresh answer). */
export function cachedFetchTime(headers: Pick<Headers, "get">): number | null {
  const value = Number(headers.get(FETCHED_AT_HEADER));
  return headers.get(FETCHED_AT_HEADER) !== null && Number.isFinite(value) && value > 0 ? value : null;
}
