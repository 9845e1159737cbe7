import { describe, expect, it } from "vitest";
import { isLoopbackAddress } from "./loopback-address";

describe("isLoopbackAddress", () => {
  it.each(["127.0.0.1", "127.0.0.2", "127.255.255.254", "::1"])("%s is this machine", (ip) =>
    expect(isLoopbackAddress(ip)).toBe(true),
  );
  it.each([
    "128.0.0.1",
    "10.0.0.1",
    "198.51.100.4",
    "unknown",
    "",
    "127.0.0",
    "127.0.0.256",
    "::2",
    "127.0.0.1.evil",
  ])("%s is not", (ip) => expect(isLoopbackAddress(ip)).toBe(false));
});
