import { NetworkOnly, type RouteMatchCallbackOptions } from "serwist";
import { describe, expect, it } from "vitest";
import { sameOriginOnly } from "./same-origin-only";

const APP = "https://city.example";
const request = (href: string): RouteMatchCallbackOptions => {
  const url = new URL(href);
  return { url, sameOrigin: url.origin === APP, request: new Request(href), event: {} as ExtendableEvent };
};
const tile = request("https://webrd01.is.autonavi.com/appmaptile?lang=zh_cn&style=8&x=1&y=2&z=3");
const ownImage = request(`${APP}/icons/icon-192.png`);

const match = (matcher: RegExp | string | ((options: RouteMatchCallbackOptions) => unknown)) =>
  sameOriginOnly({ matcher, handler: new NetworkOnly() }).matcher as (
    options: RouteMatchCallbackOptions,
  ) => unknown;

describe("sameOriginOnly", () => {
  it("keeps a catch-all from taking map tiles from other sites", () => {
    expect(match(/.*/i)(tile)).toBeFalsy();
    expect(match(({ sameOrigin }) => !sameOrigin)(tile)).toBeFalsy();
  });

  it("matches the app's own requests as before", () => {
    expect(match(/.*/i)(ownImage)).toBeTruthy();
    expect(match(/\.png$/i)(ownImage)).toBeTruthy();
    expect(match(/\.js$/i)(ownImage)).toBeFalsy();
    expect(match("/icons/icon-192.png")(ownImage)).toBeTruthy();
    expect(match(({ url }) => url.pathname.startsWith("/icons/"))(ownImage)).toBeTruthy();
  });
});
