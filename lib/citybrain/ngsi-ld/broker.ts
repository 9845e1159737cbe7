import "server-only";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { CityBrainSource } from "../types";
import { findEntities, findTemporalEntities } from "./broker-entities";
import { type Paging, parseEntityQuery, parseTemporalQuery, type Representation } from "./broker-params";
import { toKeyValues } from "./key-values";
import { CORE_CONTEXT, contextLink, type NgsiEntity, SMART_DATA_MODELS_CONTEXT } from "./normalized";
import { BrokerProblem, notSupported } from "./problem-details";

export interface NgsiLdBrokerOptions {
  /** Context named in answers when the request names none. Default: the Smart Data Models context. */
  contextUrl?: string;
  /** Largest `limit` accepted. Default 1 000. */
  maxLimit?: number;
  log?: (message: string) => void;
}

const API_ROOT = "/ngsi-ld/v1/";
/** NGSI-LD resources that exist in the API but that this read-only broker does not implement. */
const UNSERVED_RESOURCES = new Set([
  "subscriptions",
  "csourceRegistrations",
  "csourceSubscriptions",
  "entityOperations",
  "types",
  "attributes",
  "jsonldContexts",
  "info",
  "entityMaps",
  "temporal",
  "entities",
]);

type Route = "entities" | "temporal" | "unserved" | "unknown";

function routeOf(pathname: string): Route {
  if (!pathname.startsWith(API_ROOT)) return "unknown";
  const path = pathname.slice(API_ROOT.length).replace(/\/$/, "");
  if (path === "entities") return "entities";
  if (path === "temporal/entities") return "temporal";
  return UNSERVED_RESOURCES.has(path.split("/")[0] ?? "") ? "unserved" : "unknown";
}

/**
 * A read-only NGSI-LD broker (node:http handler) over any CityBrainSource: Query Entities and Query
 * Temporal Evolution of Entities, in the subset written down in CONVENTIONS.md.
 */
export function createNgsiLdBroker(
  source: CityBrainSource,
  options: NgsiLdBrokerOptions = {},
): (req: IncomingMessage, res: ServerResponse) => void {
  const maxLimit = options.maxLimit ?? 1_000;
  const log = options.log ?? console.error;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://broker.invalid");
    const route = routeOf(url.pathname);
    if (route === "unknown") {
      throw new BrokerProblem("ResourceNotFound", "Resource not found", `No such resource: ${url.pathname}`);
    }
    if (route === "unserved") {
      throw new BrokerProblem(
        "NotImplemented",
        "Operation not supported",
        `${url.pathname} is not served here`,
      );
    }
    if (req.method !== "GET") throw notSupported(`${req.method} ${url.pathname}: this broker is read-only`);
    const linkedLd = wantsJsonLd(req.headers.accept);
    const context =
      requestContext(req.headers.link?.toString()) ?? options.contextUrl ?? SMART_DATA_MODELS_CONTEXT;
    let all: NgsiEntity[];
    let paging: Paging;
    let representation: Representation = "normalized";
    if (route === "entities") {
      const query = parseEntityQuery(url.searchParams, maxLimit);
      paging = query;
      representation = query.representation;
      all = await answer(() => findEntities(source, query));
    } else {
      const query = parseTemporalQuery(url.searchParams, maxLimit);
      paging = query;
      all = await answer(() => findTemporalEntities(source, query));
    }
    const normalized = all.slice(paging.offset, paging.offset + paging.limit);
    const page = representation === "keyValues" ? normalized.map(toKeyValues) : normalized;
    const headers: Record<string, string> = {};
    if (paging.count) headers["NGSILD-Results-Count"] = String(all.length);
    if (linkedLd) {
      send(
        res,
        200,
        "application/ld+json",
        headers,
        page.map((e) => ({ ...e, "@context": [context, CORE_CONTEXT] })),
      );
    } else {
      send(res, 200, "application/json", { ...headers, Link: contextLink(context) }, page);
    }
  }

  async function answer(find: () => Promise<NgsiEntity[]>): Promise<NgsiEntity[]> {
    try {
      return await find();
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      log(`[ngsi-ld broker] the source failed: ${message}`);
      throw new BrokerProblem("InternalError", "Internal error", `The city source failed: ${message}`);
    }
  }

  return (req, res) => {
    handle(req, res).catch((error: unknown) => {
      const problem =
        error instanceof BrokerProblem
          ? error
          : new BrokerProblem("InternalError", "Internal error", error instanceof Error ? error.message : "");
      send(res, problem.status, "application/problem+json", {}, problem.toJSON());
    });
  };
}

/** Accept: JSON-LD only when asked for it over plain JSON; anything that excludes both is refused. */
function wantsJsonLd(accept: string | undefined): boolean {
  if (!accept) return false;
  const types = accept.split(",").map((part) => part.split(";")[0]?.trim().toLowerCase() ?? "");
  if (types.includes("application/json")) return false;
  if (types.includes("application/ld+json")) return true;
  if (types.some((type) => type === "*/*" || type === "application/*")) return false;
  throw new BrokerProblem(
    "NotAcceptable",
    "Not acceptable",
    `Answers are application/json or application/ld+json, not ${accept}`,
  );
}

function requestContext(link: string | undefined): string | undefined {
  const match = link ? /^\s*<([^>]+)>/.exec(link) : null;
  return match?.[1];
}

function send(
  res: ServerResponse,
  status: number,
  contentType: string,
  headers: Record<string, string>,
  body: unknown,
): void {
  res.writeHead(status, { "Content-Type": contentType, ...headers });
  res.end(JSON.stringify(body));
}

/** Serves a source as an NGSI-LD broker; port 0 picks a free one. */
export async function listen(
  source: CityBrainSource,
  port: number,
  host = "127.0.0.1",
  options: NgsiLdBrokerOptions = {},
): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer(createNgsiLdBroker(source, options));
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const hostname = address.family === "IPv6" ? `[${address.address}]` : address.address;
  return {
    url: `http://${hostname}:${address.port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Keep-alive sockets from fetch would otherwise hold close() open until they time out.
        server.closeAllConnections();
      }),
  };
}
