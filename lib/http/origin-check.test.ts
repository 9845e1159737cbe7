import { describe, expect, it } from "vitest";
import { isForeignMutation } from "./origin-check";

const req = (method: string, headers: Record<string, string>) =>
  new Request("http://app.test/api/x", { method, headers: { host: "app.test", ...headers } });

describe("isForeignMutation", () => {
  it.each([
    ["GET from anywhere", req("GET", { origin: "https://evil.test" }), undefined, false],
    ["POST from our own page", req("POST", { origin: "http://app.test" }), undefined, false],
    ["POST from another site", req("POST", { origin: "https://evil.test" }), undefined, true],
    ["DELETE from another site", req("DELETE", { origin: "https://evil.test" }), undefined, true],
    ["POST with an opaque origin", req("POST", { origin: "null" }), undefined, true],
    [
      "POST marked cross-site by the browser",
      req("POST", { "sec-fetch-site": "cross-site" }),
      undefined,
      true,
    ],
    ["POST from a machine (no Origin)", req("POST", {}), undefined, false],
    [
      "POST from the public origin behind a proxy",
      req("POST", { origin: "https://city.example" }),
      "https://city.example",
      false,
    ],
    [
      "POST from the internal host when a public origin is set",
      req("POST", { origin: "http://app.test" }),
      "https://city.example",
      true,
    ],
  ])("%s", (_name, request, appOrigin, expected) => {
    expect(isForeignMutation(request, appOrigin)).toBe(expected);
  });
});
