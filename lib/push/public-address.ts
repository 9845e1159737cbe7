import { isIPv4, isIPv6 } from "node:net";

/**
 * Push endpoints are URLs a browser hands us, so whoever controls one chooses where our server sends a
 * POST. Before sending we resolve the host and accept only addresses on the public internet: never this
 * machine, the private network around it, or a cloud's metadata service (which hands out credentials).
 * IPv6 forms that carry an IPv4 address (mapped, compatible, translated, NAT64) are judged by that address.
 */

type Rule = readonly [cidr: string, reason: string];

// Checked in order; the first match names the reason. Exact metadata addresses come before their ranges.
const IPV4_RULES: readonly Rule[] = [
  ["169.254.169.254/32", "cloud metadata"], // AWS, GCP, Azure, OpenStack
  ["100.100.100.200/32", "cloud metadata"], // Alibaba Cloud
  ["168.63.129.16/32", "cloud metadata"], // Azure wire server, outside every private range
  ["192.0.0.192/32", "cloud metadata"], // Oracle Cloud
  ["0.0.0.0/8", "unspecified"],
  ["10.0.0.0/8", "private"],
  ["100.64.0.0/10", "shared (CGNAT)"],
  ["127.0.0.0/8", "loopback"],
  ["169.254.0.0/16", "link-local"],
  ["172.16.0.0/12", "private"],
  ["192.0.0.0/24", "IETF protocol"],
  ["192.0.2.0/24", "documentation"],
  ["192.88.99.0/24", "6to4 relay"],
  ["192.168.0.0/16", "private"],
  ["198.18.0.0/15", "benchmarking"],
  ["198.51.100.0/24", "documentation"],
  ["203.0.113.0/24", "documentation"],
  ["224.0.0.0/4", "multicast"],
  ["255.255.255.255/32", "broadcast"],
  ["240.0.0.0/4", "reserved"],
];

// Only 2000::/3 is global unicast; inside it these are not reachable destinations for a push service.
const IPV6_RULES: readonly Rule[] = [
  ["fd00:ec2::254/128", "cloud metadata"], // AWS IMDS over IPv6
  ["::/128", "unspecified"],
  ["::1/128", "loopback"],
  ["64:ff9b:1::/48", "local NAT64"],
  ["100::/64", "discard"],
  ["2001:db8::/32", "documentation"],
  ["2001::/23", "IETF protocol"], // Teredo, benchmarking, ORCHID …
  ["2002::/16", "6to4"], // deprecated (RFC 7526); embeds an IPv4 address we would reach by relay
  ["3fff::/20", "documentation"],
  ["fc00::/7", "unique-local"],
  ["fe80::/10", "link-local"],
  ["fec0::/10", "site-local"],
  ["ff00::/8", "multicast"],
];

// Prefixes whose last 32 bits are an IPv4 address that the packet really goes to.
const EMBEDDED_IPV4: readonly string[] = [
  "::ffff:0:0/96", // IPv4-mapped
  "::ffff:0:0:0/96", // IPv4-translated (SIIT)
  "64:ff9b::/96", // NAT64 well-known prefix
  "::/96", // IPv4-compatible (deprecated)
];

interface Range {
  base: bigint;
  mask: bigint;
}

function range(cidr: string, parse: (address: string) => bigint, bits: number): Range {
  const [address, prefix] = cidr.split("/") as [string, string];
  const width = BigInt(bits);
  const mask = ((1n << width) - 1n) ^ ((1n << (width - BigInt(prefix))) - 1n);
  return { base: parse(address) & mask, mask };
}

function ipv4Value(address: string): bigint {
  return address.split(".").reduce((value, part) => (value << 8n) | BigInt(part), 0n);
}

function ipv6Value(address: string): bigint {
  let text = address;
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    const v4 = ipv4Value(dotted[1]!);
    text = `${text.slice(0, dotted.index)}${(v4 >> 16n).toString(16)}:${(v4 & 0xffffn).toString(16)}`;
  }
  const [head, tail] = text.includes("::") ? (text.split("::") as [string, string]) : [text, undefined];
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups =
    tail === undefined ? left : [...left, ...Array(8 - left.length - right.length).fill("0"), ...right];
  return groups.reduce((value, group) => (value << 16n) | BigInt(Number.parseInt(group, 16)), 0n);
}

const ipv4Rules = IPV4_RULES.map(([cidr, reason]) => ({ ...range(cidr, ipv4Value, 32), reason }));
const ipv6Rules = IPV6_RULES.map(([cidr, reason]) => ({ ...range(cidr, ipv6Value, 128), reason }));
const embeddedIpv4 = EMBEDDED_IPV4.map((cidr) => range(cidr, ipv6Value, 128));
const GLOBAL_UNICAST = range("2000::/3", ipv6Value, 128);

const within = (value: bigint, { base, mask }: Range) => (value & mask) === base;

function ipv4Reason(value: bigint, allowLoopback: boolean): string | null {
  const reason = ipv4Rules.find((rule) => within(value, rule))?.reason ?? null;
  return reason === "loopback" && allowLoopback ? null : reason;
}

/**
 * Why our server must not connect to this IP address, or null when it is a public address. A host name,
 * an address with a zone ("fe80::1%eth0") or a shorthand form ("127.1") is refused: resolve it first.
 * `allowLoopback` is for the sandbox, whose tests run a push service on this machine.
 */
export function nonPublicReason(address: string, options: { allowLoopback?: boolean } = {}): string | null {
  const allowLoopback = options.allowLoopback ?? false;
  if (isIPv4(address)) return ipv4Reason(ipv4Value(address), allowLoopback);
  if (!isIPv6(address) || address.includes("%")) return "not an IP address";
  const value = ipv6Value(address.toLowerCase());
  if (value === 1n) return allowLoopback ? null : "loopback";
  if (value !== 0n && embeddedIpv4.some((prefix) => within(value, prefix))) {
    return ipv4Reason(value & 0xffffffffn, allowLoopback);
  }
  const reason = ipv6Rules.find((rule) => within(value, rule))?.reason;
  if (reason) return reason;
  return within(value, GLOBAL_UNICAST) ? null : "reserved";
}
