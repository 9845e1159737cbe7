import type { RouteMatchCallbackOptions, RuntimeCaching } from "serwist";

/**
 * A runtime-caching rule narrowed to this app's own requests. Requests to other sites (the map's tiles) then match
 * no rule and the browser fetches them itself, under the page's CSP, whose img-src allows exactly the tile hosts.
 * Answered by the worker instead, they would be the worker's own fetch(), held to connect-src 'self', and fail.
 */
export function sameOriginOnly(rule: RuntimeCaching): RuntimeCaching {
  const { matcher } = rule;
  const matches = (options: RouteMatchCallbackOptions): unknown => {
    if (typeof matcher === "function") return matcher(options);
    if (matcher instanceof RegExp) return options.url.href.search(matcher) !== -1;
    return options.url.href === new URL(matcher, options.url.origin).href;
  };
  return { ...rule, matcher: (options) => options.sameOrigin && matches(options) };
}
