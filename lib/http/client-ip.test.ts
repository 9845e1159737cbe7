import { describe, expect, it } from "vitest";
import { clientIp } from "./client-ip";

const req = (xff?: string) => new Request("http://x/", { headers: xff ? { "x-forwarded-for": xff } : {} });

describe("clientIp", () => {
  it("uses the socket address Next.js appended when no proxy is trusted", () => {
    expect(clientIp(req("6.6.6.6, 10.0.0.7"), 0)).toBe("10.0.0.7");
  });
  it("skips trusted proxy hops and ignores what the client wrote before them", () => {
    expect(clientIp(req("6.6.6.6, 203.0.113.9, 10.0.0.1"), 1)).toBe("203.0.113.9");
  });
  it("never walks past the start of the chain", () => {
    expect(clientIp(req("203.0.113.9"), 3)).toBe("203.0.113.9");
  });
  it("strips the IPv4-mapped IPv6 prefix", () => {
    expect(clientIp(req("::ffff:127.0.0.1"), 0)).toBe("127.0.0.1");
  });
  it("says unknown without a header", () => {
    expect(clientIp(req(), 0)).toBe("unknown");
  });
});
