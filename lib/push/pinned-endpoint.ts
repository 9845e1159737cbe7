import "server-only";
import { lookup } from "node:dns/promises";
import { Agent, type AgentOptions, type RequestOptions } from "node:https";
import { isIP, type LookupFunction } from "node:net";
import type { Duplex } from "node:stream";
import { nonPublicReason } from "./public-address";

export interface ResolvedAddress {
  address: string;
  family: number;
}

/** Host name → every address it has. Injected in tests; the system resolver otherwise. */
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

export const systemResolver: Resolver = (hostname) => lookup(hostname, { all: true, verbatim: true });

/** The endpoint must not be sent to, ever: the subscription is as good as gone. */
export class EndpointRefusedError extends Error {}

export interface PinnedEndpoint {
  /** The endpoint's host as written (no brackets), for SNI, the certificate check and the Host header. */
  hostname: string;
  /** The one address that was checked and will be connected to. */
  address: string;
  family: 4 | 6;
}

/**
 * Resolves the endpoint's host once and checks every address it has. DNS can answer differently a moment
 * later (rebinding), so the caller must connect to `address` itself: see `pinnedAgent`.
 * Throws EndpointRefusedError for a non-public address; a failing lookup throws as it is (worth a retry).
 */
export async function pinEndpoint(
  endpoint: string,
  options: { resolve: Resolver; allowLoopback: boolean },
): Promise<PinnedEndpoint> {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    throw new EndpointRefusedError("the endpoint is not a URL");
  }
  if (url.protocol !== "https:" || url.username || url.password) {
    throw new EndpointRefusedError("the endpoint is not a plain https:// URL");
  }
  // WHATWG URL has already turned "2130706433" or "0x7f.1" into 127.0.0.1, and brackets an IPv6 host.
  const hostname = url.hostname.replace(/^\[(.*)\]$/, "$1");
  const addresses: ResolvedAddress[] = isIP(hostname)
    ? [{ address: hostname, family: isIP(hostname) }]
    : await options.resolve(hostname);
  if (addresses.length === 0) throw new Error(`${hostname} has no address`);
  for (const { address } of addresses) {
    const reason = nonPublicReason(address, { allowLoopback: options.allowLoopback });
    if (reason) {
      const where = hostname === address ? `the address ${address}` : `${hostname} resolves to ${address}`;
      throw new EndpointRefusedError(`${where} (${reason}), not a public address`);
    }
  }
  const [first] = addresses as [ResolvedAddress];
  return { hostname, address: first.address, family: first.family === 6 ? 6 : 4 };
}

/**
 * An https.Agent that can only reach the pinned address: every connection goes to it whatever host the
 * request names, and no lookup happens (the address is already an IP). TLS still checks the certificate
 * against the endpoint's host name and sends it as SNI; the Host header is the caller's, unchanged.
 */
export function pinnedAgent(pinned: PinnedEndpoint, options: AgentOptions = {}): Agent {
  const servername = isIP(pinned.hostname) ? "" : pinned.hostname;
  const noLookup: LookupFunction = (_hostname, lookupOptions, callback) => {
    if (lookupOptions.all) callback(null, [{ address: pinned.address, family: pinned.family }]);
    else callback(null, pinned.address, pinned.family);
  };
  class PinnedAgent extends Agent {
    override createConnection(
      request: RequestOptions,
      callback?: (error: Error | null, stream: Duplex) => void,
    ): Duplex | null | undefined {
      return super.createConnection(
        {
          ...request,
          host: pinned.address,
          hostname: pinned.address,
          family: pinned.family,
          servername,
          lookup: noLookup,
        },
        callback,
      );
    }
  }
  return new PinnedAgent({ ...options, keepAlive: false, maxSockets: 1 });
}
