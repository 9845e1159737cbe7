import { describe, expect, it } from "vitest";
import { clientIp } from "@/lib/http/client-ip";
import { forwardedFor, trustedHopsFrom } from "./forwarded-for.mjs";

const seenBy = (xff: string, hops: number) =>
  clientIp(new Request("http://x/", { headers: { "x-forwarded-for": xff } }), hops);

describe("forwardedFor → clientIp", () => {
  it("ignores whatever a direct client claims when no proxy is trusted", () => {
    for (const forged of [undefined, "1.2.3.4", "1.2.3.4, 5.6.7.8", ["9.9.9.9", "8.8.8.8"]]) {
      expect(seenBy(forwardedFor(forged, "203.0.113.7", 0), 0)).toBe("203.0.113.7");
    }
  });

  it("behind one trusted proxy takes the address that proxy appended, not the client's own entries", () => {
    // The client forged "6.6.6.6"; the proxy appended the real client 198.51.100.4; the proxy itself is 10.0.0.2.
    const chain = forwardedFor("6.6.6.6, 198.51.100.4", "10.0.0.2", 1);
    expect(chain).toBe("6.6.6.6, 198.51.100.4, 10.0.0.2");
    expect(seenBy(chain, 1)).toBe("198.51.100.4");
  });

  it("behind two trusted proxies skips both", () => {
    expect(seenBy(forwardedFor("6.6.6.6, 198.51.100.4, 10.0.0.9", "10.0.0.2", 2), 2)).toBe("198.51.100.4");
  });

  it("normalises IPv4-mapped socket addresses", () => {
    expect(seenBy(forwardedFor("1.2.3.4", "::ffff:127.0.0.1", 0), 0)).toBe("127.0.0.1");
  });

  it("reads TRUST_PROXY as lib/env.ts does and refuses nonsense", () => {
    expect(trustedHopsFrom(undefined)).toBe(0);
    expect(trustedHopsFrom("2")).toBe(2);
    for (const bad of ["-1", "6", "1.5", "yes"]) expect(() => trustedHopsFrom(bad)).toThrow(/TRUST_PROXY/);
  });
});
