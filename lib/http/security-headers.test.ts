import { describe, expect, it } from "vitest";
import { contentSecurityPolicy } from "./security-headers";

const directive = (csp: string, name: string) =>
  csp
    .split("; ")
    .find((part) => part.startsWith(`${name} `))
    ?.split(" ")
    .slice(1);

describe("contentSecurityPolicy", () => {
  it("lets images come from this app and exactly the tile origins given", () => {
    const csp = contentSecurityPolicy("n0nce", {
      tileOrigins: ["https://webrd01.is.autonavi.com", "https://webrd02.is.autonavi.com"],
      dev: false,
    });
    expect(directive(csp, "img-src")).toEqual([
      "'self'",
      "data:",
      "blob:",
      "https://webrd01.is.autonavi.com",
      "https://webrd02.is.autonavi.com",
    ]);
    expect(directive(csp, "connect-src")).toEqual(["'self'"]);
    expect(directive(csp, "script-src")).toEqual(["'self'", "'nonce-n0nce'", "'strict-dynamic'"]);
  });

  it("allows no other image host when tiles come from this app", () => {
    expect(directive(contentSecurityPolicy("n", { tileOrigins: [], dev: false }), "img-src")).toEqual([
      "'self'",
      "data:",
      "blob:",
    ]);
  });
});
