import { describe, expect, it } from "vitest";
import { nonPublicReason } from "./public-address";

describe("nonPublicReason (may our server send a push to this address?)", () => {
  it.each([
    // IPv4: public
    ["8.8.8.8", null],
    ["142.250.72.10", null], // fcm.googleapis.com lives in ranges like this
    ["172.15.255.255", null], // just below 172.16/12
    ["172.32.0.0", null], // just above 172.16/12
    ["100.63.255.255", null], // just below 100.64/10
    ["100.128.0.0", null], // just above 100.64/10
    ["169.253.255.255", null],
    ["223.255.255.255", null], // last unicast before multicast
    ["11.0.0.1", null],
    // IPv4: refused
    ["127.0.0.1", "loopback"],
    ["127.255.255.254", "loopback"],
    ["10.0.0.5", "private"],
    ["10.255.255.255", "private"],
    ["172.16.0.0", "private"],
    ["172.31.255.255", "private"],
    ["192.168.1.1", "private"],
    ["100.64.0.0", "shared (CGNAT)"],
    ["100.127.255.255", "shared (CGNAT)"],
    ["169.254.0.1", "link-local"],
    ["169.254.169.254", "cloud metadata"], // AWS, GCP, Azure, OpenStack
    ["100.100.100.200", "cloud metadata"], // Alibaba Cloud
    ["168.63.129.16", "cloud metadata"], // Azure wire server (a public-looking address)
    ["192.0.0.192", "cloud metadata"], // Oracle Cloud
    ["0.0.0.0", "unspecified"],
    ["0.1.2.3", "unspecified"],
    ["224.0.0.1", "multicast"],
    ["239.255.255.250", "multicast"],
    ["255.255.255.255", "broadcast"],
    ["240.0.0.1", "reserved"],
    ["192.0.2.1", "documentation"],
    ["198.51.100.7", "documentation"],
    ["203.0.113.9", "documentation"],
    ["198.18.0.1", "benchmarking"],
    ["192.0.0.8", "IETF protocol"],
    ["192.88.99.1", "6to4 relay"],
    // IPv6: public
    ["2607:f8b0:4005:80a::200a", null],
    ["2a00:1450:4001:82b::200a", null],
    ["2400:3200::1", null],
    ["64:ff9b::808:808", null], // NAT64 of 8.8.8.8
    ["::ffff:8.8.8.8", null],
    // IPv6: refused
    ["::", "unspecified"],
    ["::1", "loopback"],
    ["0:0:0:0:0:0:0:1", "loopback"],
    ["fe80::1", "link-local"],
    ["febf:ffff::1", "link-local"],
    ["fec0::1", "site-local"],
    ["fc00::1", "unique-local"],
    ["fd12:3456::1", "unique-local"],
    ["fd00:ec2::254", "cloud metadata"], // AWS IMDS over IPv6
    ["ff02::1", "multicast"],
    ["2001:db8::1", "documentation"],
    ["3fff::1", "documentation"],
    ["2001::1", "IETF protocol"], // Teredo
    ["2002:7f00:1::1", "6to4"],
    ["100::1", "discard"],
    ["64:ff9b:1::a00:1", "local NAT64"],
    ["4000::1", "reserved"], // outside 2000::/3 global unicast
    // IPv4 hidden inside IPv6: judged by the IPv4 address
    ["::ffff:127.0.0.1", "loopback"],
    ["::ffff:7f00:1", "loopback"],
    ["0:0:0:0:0:ffff:7f00:0001", "loopback"],
    ["::ffff:10.1.2.3", "private"],
    ["::ffff:a9fe:a9fe", "cloud metadata"], // 169.254.169.254
    ["::127.0.0.1", "loopback"], // IPv4-compatible (deprecated)
    ["::a00:1", "private"], // IPv4-compatible 10.0.0.1
    ["::ffff:0:c0a8:101", "private"], // IPv4-translated 192.168.1.1
    ["64:ff9b::7f00:1", "loopback"], // NAT64 of 127.0.0.1
    ["64:ff9b::10.0.0.1", "private"],
    ["64:ff9b::a9fe:a9fe", "cloud metadata"],
    // not an address at all
    ["fe80::1%eth0", "not an IP address"],
    ["localhost", "not an IP address"],
    ["2130706433", "not an IP address"],
    ["127.1", "not an IP address"],
    ["", "not an IP address"],
  ] as const)("%s → %s", (address, reason) => {
    expect(nonPublicReason(address)).toBe(reason);
  });

  it.each([
    ["127.0.0.1", null],
    ["::1", null],
    ["::ffff:127.0.0.1", null],
    ["10.0.0.5", "private"],
    ["169.254.169.254", "cloud metadata"],
    ["0.0.0.0", "unspecified"],
  ] as const)("with loopback allowed (sandbox): %s → %s", (address, reason) => {
    expect(nonPublicReason(address, { allowLoopback: true })).toBe(reason);
  });
});
