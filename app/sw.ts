/// <reference lib="webworker" />
import { defaultCache } from "@serwist/next/worker";
import type { PrecacheEntry, RuntimeCaching, SerwistGlobalConfig, SerwistPlugin } from "serwist";
import {
  BroadcastUpdatePlugin,
  ExpirationPlugin,
  NetworkFirst,
  NetworkOnly,
  Serwist,
  StaleWhileRevalidate,
} from "serwist";
import { sameOriginOnly } from "@/lib/pwa/same-origin-only";
import {
  CACHE_NAMES,
  CACHE_PAGES,
  FETCHED_AT_HEADER,
  isPrivateAnswer,
  isPublicApi,
  isTypeAhead,
  pageCacheKey,
  type SwMessage,
} from "@/lib/pwa/sw-protocol";
import { registerPushHandlers } from "@/lib/pwa/sw-push";

declare global {
  interface WorkerGlobalScope extends SerwistGlobalConfig {
    __SW_MANIFEST: (PrecacheEntry | string)[] | undefined;
  }
}

declare const self: ServiceWorkerGlobalScope;

// After this long without an answer, a stored copy is better than a spinner (metro, weak 4G).
const NETWORK_TIMEOUT_SECONDS = 4;
const DAY = 24 * 60 * 60;

/** Only complete answers are stored: no errors, no redirects (e.g. to sign-in). */
const okOnly: SerwistPlugin = {
  cacheWillUpdate: async ({ response }) =>
    response.status === 200 && response.type !== "opaqueredirect" ? response : null,
};

/** Stored API answers remember when the network gave them, so the page can say "as of HH:mm". */
const stampFetchTime: SerwistPlugin = {
  cacheWillUpdate: async ({ response }) => {
    if (response.status !== 200) return null;
    const headers = new Headers(response.headers);
    headers.set(FETCHED_AT_HEADER, String(Date.now()));
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  },
};

/** Drops every stored answer that belonged to one person (their session has ended: another person may be next). */
async function forgetPrivateAnswers(): Promise<void> {
  const cache = await caches.open(CACHE_NAMES.apis);
  for (const request of await cache.keys()) {
    const stored = await cache.match(request);
    if (stored && isPrivateAnswer(stored.headers)) await cache.delete(request);
  }
}

/**
 * A 401 means the session that fetched the stored personal answers is over (expired, or signed out on another
 * device), so they must not be shown offline to whoever uses this browser next. Sign-out and sign-in in the
 * app clear the caches from the page as well (lib/client/clear-offline-data.ts).
 */
const forgetOnUnauthorised: SerwistPlugin = {
  fetchDidSucceed: async ({ response }) => {
    if (response.status === 401) await forgetPrivateAnswers().catch(() => undefined);
    return response;
  },
};

/** `/?source=pwa` (the installed app's start URL) is the same page as `/`. */
const pageKey: SerwistPlugin = {
  cacheKeyWillBeUsed: async ({ request }) => pageCacheKey(request.url),
};

const pagesStrategy = new NetworkFirst({
  cacheName: CACHE_NAMES.pages,
  networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS,
  plugins: [okOnly, pageKey, new ExpirationPlugin({ maxEntries: 32, maxAgeSeconds: 7 * DAY })],
});

const isApi = (pathname: string) => pathname.startsWith("/api/");

const runtimeCaching: RuntimeCaching[] = [
  // Sign-in must never be answered from a cache.
  {
    matcher: ({ sameOrigin, url }) => sameOrigin && url.pathname.startsWith("/api/auth/"),
    handler: new NetworkOnly(),
  },
  {
    matcher: ({ sameOrigin, url }) => sameOrigin && isTypeAhead(url.pathname),
    handler: new NetworkOnly(),
  },
  // Public city data: the stored copy at once (labelled with its time), refreshed behind it; when the refreshed
  // answer differs (its ETag), the page is told and reads it again.
  {
    matcher: ({ sameOrigin, url }) => sameOrigin && isPublicApi(url.pathname),
    method: "GET",
    handler: new StaleWhileRevalidate({
      cacheName: CACHE_NAMES.apis,
      plugins: [
        stampFetchTime,
        new BroadcastUpdatePlugin({ headersToCheck: ["etag"] }),
        new ExpirationPlugin({ maxEntries: 48, maxAgeSeconds: 7 * DAY }),
      ],
    }),
  },
  {
    matcher: ({ sameOrigin, url }) => sameOrigin && isApi(url.pathname),
    method: "GET",
    handler: new NetworkFirst({
      cacheName: CACHE_NAMES.apis,
      networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS,
      plugins: [
        forgetOnUnauthorised,
        stampFetchTime,
        new ExpirationPlugin({ maxEntries: 48, maxAgeSeconds: 7 * DAY }),
      ],
    }),
  },
  {
    matcher: ({ request, sameOrigin, url }) =>
      sameOrigin && request.mode === "navigate" && !isApi(url.pathname),
    handler: pagesStrategy,
  },
  {
    matcher: ({ request, sameOrigin, url }) =>
      sameOrigin && request.headers.get("RSC") === "1" && !isApi(url.pathname),
    handler: new NetworkFirst({
      cacheName: CACHE_NAMES.rsc,
      networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS,
      plugins: [okOnly, new ExpirationPlugin({ maxEntries: 64, maxAgeSeconds: DAY })],
    }),
  },
  // Scripts, styles, fonts and images as Serwist recommends for Next.js (its page/API rules are shadowed above),
  // for this app's own requests only: map tiles from other sites go straight from the page (see sameOriginOnly).
  ...defaultCache.map(sameOriginOnly),
];

// Routes are only registered for GET (the default method), so POST/PUT/DELETE always go to the network.
const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  // A new version waits until the page asks for it ({type: "SKIP_WAITING"}, handled by Serwist), so an open
  // page never runs against a worker from another build.
  skipWaiting: false,
  clientsClaim: true,
  navigationPreload: true,
  runtimeCaching,
  fallbacks: {
    entries: [{ url: "/~offline", matcher: ({ request }) => request.destination === "document" }],
  },
});

// Pages opened before this worker took control, or reached by client-side navigation, were never fetched as
// documents through it; the page asks for them so a later offline reload still finds them.
self.addEventListener("message", (event) => {
  const message = event.data as SwMessage | undefined;
  if (message?.type !== CACHE_PAGES || !Array.isArray(message.urls)) return;
  event.waitUntil(
    Promise.all(
      message.urls.slice(0, 8).map(async (href) => {
        const url = new URL(href, self.location.origin);
        if (url.origin !== self.location.origin || isApi(url.pathname)) return;
        const cache = await caches.open(CACHE_NAMES.pages);
        if (await cache.match(pageCacheKey(url.href))) return;
        const request = new Request(url.href, {
          credentials: "same-origin",
          headers: { Accept: "text/html" },
        });
        await pagesStrategy.handle({ event, request }).catch(() => undefined);
      }),
    ),
  );
});

registerPushHandlers(self);
serwist.addEventListeners();
