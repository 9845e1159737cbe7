// Fuzz cases as requests: where they go (plausible or hostile paths), what they carry, how they are signed.
import { createHmac } from "node:crypto";
import fc from "fast-check";
import { SANDBOX_HEADERS } from "../sandbox-token";
import type { FuzzRequest } from "./client";
import {
  type Body,
  CORE_STRINGS,
  garbageBody,
  HUGE,
  hostileObjectBody,
  type JsonLike,
  mutatedSeed,
  RawJson,
  toJsonText,
  withContentType,
} from "./inputs";
import type { ApiRoute, Method } from "./routes";
import { BODY_SEEDS, PARAM_VALUES, QUERY_KEYS, SIGNING_SECRETS } from "./seeds";
import { CORE_SEGMENTS, hostileQuery, hostileSegment } from "./url-inputs";

export interface Case {
  kind: string;
  path: string;
  body?: Body;
  /** Signature headers to send instead of valid ones (hostile X-Timestamp / X-Signature). */
  badSignature?: Record<string, string>;
}

export interface Who {
  baseURL: string;
  clientIp: string;
  /** The signed-in resident's cookies, for requests sent raw. */
  cookie: string;
}

const UUID = "00000000-0000-4000-8000-000000000000";

/** The route's path with every dynamic segment filled with a plausible value (or the given ones). */
export function plausiblePath(route: ApiRoute, params: Record<string, string> = {}): string {
  return route.segments
    .map((segment) => {
      if (segment.kind === "static") return `/${segment.value}`;
      const value = params[segment.name] ?? PARAM_VALUES[segment.name]?.[0] ?? UUID;
      return `/${value}`;
    })
    .join("");
}

/** The route's path with hostile dynamic segments, or a hostile segment appended when it has none. */
export function hostilePath(route: ApiRoute): fc.Arbitrary<string> {
  const dynamic = route.segments.some((segment) => segment.kind !== "static");
  const parts = route.segments.map((segment) => {
    if (segment.kind === "static") return fc.constant(`/${segment.value}`);
    const value = fc.oneof(
      { weight: 3, arbitrary: hostileSegment },
      fc.constantFrom(...(PARAM_VALUES[segment.name] ?? [UUID])),
      fc.uuid(),
    );
    if (segment.kind === "param") return value.map((v) => `/${v}`);
    return fc.array(value, { minLength: 1, maxLength: 3 }).map((vs) => vs.map((v) => `/${v}`).join(""));
  });
  const path = fc.tuple(...parts).map((ps) => ps.join(""));
  return dynamic ? path : fc.tuple(path, hostileSegment).map(([p, s]) => `${p}/${s}`);
}

/** Bodies for one route and method: garbage, hostile objects, and its valid examples with hostile fields. */
export function bodyCases(route: ApiRoute, method: Method): fc.Arbitrary<Case> {
  const path = plausiblePath(route);
  const generic = fc
    .oneof(garbageBody, hostileObjectBody, withContentType(fc.oneof(garbageBody, hostileObjectBody)))
    .map((body): Case => ({ kind: body.kind, path, body }));
  const seeds = BODY_SEEDS[`${method} ${route.pattern}`] ?? [];
  const seeded = seeds.map((seed) =>
    mutatedSeed(seed.body()).map(
      (value): Case => ({
        kind: "valid example, hostile fields",
        path: plausiblePath(route, seed.params),
        body: {
          kind: "",
          data: Buffer.from(toJsonText(value)),
          contentType: "application/json",
          maybeValid: true,
        },
      }),
    ),
  );
  const signatures = route.signed
    ? [
        fc
          .record({
            "x-timestamp": fc.constantFrom(
              "",
              "-1",
              "1e309",
              "99999999999999999999",
              "0x10",
              " 1 ",
              "NaN",
              "%00",
            ),
            "x-signature": fc.constantFrom(
              "",
              "zz",
              "0".repeat(64),
              "g".repeat(64),
              "a".repeat(10_000),
              "%E0%A4%A",
            ),
          })
          .map(
            (badSignature): Case => ({
              kind: "hostile signature headers",
              path: seeds[0] ? plausiblePath(route, seeds[0].params) : path,
              body: { kind: "", data: Buffer.from("{}"), contentType: "application/json", maybeValid: false },
              badSignature,
            }),
          ),
      ]
    : [];
  return fc.oneof(
    { weight: seeded.length > 0 ? 2 : 3, arbitrary: generic },
    ...seeded.map((arbitrary) => ({ weight: 3, arbitrary })),
    ...signatures.map((arbitrary) => ({ weight: 1, arbitrary })),
  );
}

type Leaf = { path: (string | number)[]; value: JsonLike };
function stringLeaves(value: JsonLike, path: (string | number)[] = []): Leaf[] {
  if (typeof value === "string") return [{ path, value }];
  if (Array.isArray(value)) return value.flatMap((item, i) => stringLeaves(item, [...path, i]));
  if (value !== null && typeof value === "object" && !(value instanceof RawJson)) {
    return Object.entries(value).flatMap(([key, item]) => stringLeaves(item, [...path, key]));
  }
  return [];
}

function setLeaf(value: JsonLike, [head, ...rest]: (string | number)[], replacement: JsonLike): JsonLike {
  if (head === undefined) return replacement;
  if (Array.isArray(value))
    return value.map((item, i) => (i === head ? setLeaf(item, rest, replacement) : item));
  const record = value as Record<string, JsonLike>;
  return { ...record, [head]: setLeaf(record[head] as JsonLike, rest, replacement) };
}

/** Not random: every string field of every example body with each core hostile string, and one 200 kB value. */
export function seedSweep(route: ApiRoute, method: Method): Case[] {
  return (BODY_SEEDS[`${method} ${route.pattern}`] ?? []).flatMap((seed) => {
    const example = seed.body();
    const path = plausiblePath(route, seed.params);
    const leaves = stringLeaves(example);
    const values = leaves.flatMap((leaf) => CORE_STRINGS.map((text) => setLeaf(example, leaf.path, text)));
    if (leaves[0]) values.push(setLeaf(example, leaves[0].path, `\u0000${"A".repeat(HUGE)}`));
    return values.map((value) => ({
      kind: "valid example, each field hostile",
      path,
      body: {
        kind: "",
        data: Buffer.from(toJsonText(value)),
        contentType: "application/json",
        maybeValid: true,
      },
    }));
  });
}

/**
 * Not random: each core hostile segment in each dynamic segment. A route without one gets a single segment
 * appended (`nth` picks which), which the catch-all answers: one is enough to show the router copes.
 */
export function pathSweep(route: ApiRoute, nth: number): Case[] {
  const base = plausiblePath(route).split("/");
  const dynamic = route.segments.flatMap((segment, i) => (segment.kind === "static" ? [] : [i + 1]));
  const variants =
    dynamic.length > 0
      ? dynamic.flatMap((position) => CORE_SEGMENTS.map((segment) => ({ position, segment })))
      : [{ position: base.length, segment: CORE_SEGMENTS[nth % CORE_SEGMENTS.length]! }];
  return variants.map(({ position, segment }) => {
    const parts = [...base];
    parts[position] = segment;
    return { kind: "hostile path", path: parts.join("/") };
  });
}

/** Hostile query strings on the route's plausible path. */
export function queryCases(route: ApiRoute): fc.Arbitrary<Case> {
  const path = plausiblePath(route);
  return hostileQuery(QUERY_KEYS[route.pattern] ?? []).map((query) => ({
    kind: "hostile query",
    path: `${path}?${query}`,
  }));
}

export function pathCases(route: ApiRoute): fc.Arbitrary<Case> {
  return hostilePath(route).map((path) => ({ kind: "hostile path", path }));
}

const LANGUAGES = ["zh-CN", "en", "*;q=NaN", "zz-ZZ,%E0%A4%A;q=2", "en;q=1e309", "x".repeat(2_000)];
const MUTATIONS = new Set(["POST", "PUT", "PATCH", "DELETE"]);
const REFUSED_BODY: Body = {
  kind: "refused body",
  data: Buffer.from('{"fuzz":"\\u0000"}'),
  contentType: "application/json",
  maybeValid: false,
};

/** Hex HMAC-SHA256 of "{timestamp}.{raw body}" (lib/http/machine-signature.ts), over what the server will read. */
function signature(secret: string, body: Buffer) {
  const timestamp = String(Math.floor(Date.now() / 1000));
  const text = body.toString("utf8");
  return {
    "x-timestamp": timestamp,
    "x-signature": createHmac("sha256", secret).update(`${timestamp}.${text}`).digest("hex"),
  };
}

/** The request a case makes: signed in, from this test's address, same-origin, validly signed where the route wants it. */
export function toRequest(
  route: ApiRoute,
  method: Method,
  testCase: Case,
  who: Who,
  index: number,
): FuzzRequest {
  const headers: Record<string, string> = {
    "x-forwarded-for": who.clientIp,
    "accept-language": LANGUAGES[index % LANGUAGES.length]!,
    cookie: who.cookie,
  };
  if (MUTATIONS.has(method)) headers.origin = who.baseURL;
  // The sandbox switches answer only this machine or the token: with it, fuzzed input reaches their parsers.
  if (testCase.path.startsWith("/api/sandbox/")) Object.assign(headers, SANDBOX_HEADERS);
  // Without a body of its own a mutation carries one every route refuses: the case is about its path or query.
  const body = testCase.body ?? (MUTATIONS.has(method) ? REFUSED_BODY : undefined);
  if (body?.contentType) headers["content-type"] = body.contentType;
  if (body && route.signed) {
    const secret = SIGNING_SECRETS[route.pattern];
    Object.assign(headers, testCase.badSignature ?? (secret ? signature(secret, body.data) : {}));
  }
  return { method, path: testCase.path, headers, body: body?.data };
}
