// The API routes as the file system declares them: every app/api/**/route.ts and the methods it exports.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
export type Method = (typeof METHODS)[number];

export type Segment =
  | { kind: "static"; value: string }
  | { kind: "param"; name: string }
  | { kind: "catchAll"; name: string; optional: boolean };

export interface ApiRoute {
  /** The route as written in the tree, e.g. /api/parking/lots/[id]/quote. */
  pattern: string;
  file: string;
  segments: Segment[];
  methods: Method[];
  /** Methods whose handler reads a body (readJson, readSignedJson, readSignedRequest): they must refuse garbage. */
  readsBody: Method[];
  /** The handler checks an HMAC signature before it parses anything. */
  signed: boolean;
  /** Methods that may end the session (they clear its cookie: sign out, delete the account): fuzzed last. */
  endsSession: Method[];
}

const API_DIR = path.resolve(__dirname, "../../app/api");
const BODY_READERS = /\b(readJson|readSignedJson|readSignedRequest)\s*[<(]/;
const CLEARS_SESSION = /SESSION_COOKIE\s*,\s*""/;

export function routeFiles(dir = API_DIR): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((file) => path.basename(file) === "route.ts")
    .map((file) => path.join(dir, file))
    .sort();
}

function segmentOf(part: string): Segment {
  const optional = /^\[\[\.\.\.(.+)\]\]$/.exec(part);
  if (optional) return { kind: "catchAll", name: optional[1]!, optional: true };
  const catchAll = /^\[\.\.\.(.+)\]$/.exec(part);
  if (catchAll) return { kind: "catchAll", name: catchAll[1]!, optional: false };
  const param = /^\[(.+)\]$/.exec(part);
  if (param) return { kind: "param", name: param[1]! };
  return { kind: "static", value: part };
}

/** Exported HTTP methods: `export const GET =`, `export async function GET`, `export const { GET, POST } =`, `export { x as GET }`. */
export function exportedMethods(source: string): Method[] {
  const found = new Set<string>();
  for (const m of source.matchAll(/export\s+(?:const|let|var)\s+([A-Z]+)\s*[=:]/g)) found.add(m[1]!);
  for (const m of source.matchAll(/export\s+(?:async\s+)?function\s*\*?\s*([A-Z]+)\s*[<(]/g))
    found.add(m[1]!);
  for (const m of source.matchAll(/export\s+(?:const|let|var)\s*\{([^}]*)\}\s*=/g)) {
    for (const name of m[1]!.split(",")) found.add(name.split(":").pop()!.trim());
  }
  for (const m of source.matchAll(/export\s*\{([^}]*)\}/g)) {
    for (const name of m[1]!.split(","))
      found.add(
        name
          .split(/\s+as\s+/)
          .pop()!
          .trim(),
      );
  }
  return METHODS.filter((method) => found.has(method));
}

/** The source text from a method's export to the next export (the handler, or the alias it points to). */
function handlerSource(source: string, method: Method): string {
  const start = source.search(
    new RegExp(`export\\s+(?:(?:async\\s+)?function|const|let|var)\\s+${method}\\b`),
  );
  if (start < 0) return source;
  const next = source.slice(start + 1).search(/\nexport\s/);
  const text = next < 0 ? source.slice(start) : source.slice(start, start + 1 + next);
  // `export const POST = handler;` — the body is read (or not) by the shared function declared above.
  const alias = /=\s*([A-Za-z_$][\w$]*)\s*;/.exec(text);
  if (alias && !text.includes("(")) {
    const declared = source.search(new RegExp(`(?:const|function)\\s+${alias[1]}\\b`));
    if (declared >= 0) return source.slice(declared, start);
  }
  return text;
}

export function discoverRoutes(dir = API_DIR): ApiRoute[] {
  return routeFiles(dir).map((file) => {
    const relative = path.relative(dir, path.dirname(file)).split(path.sep).filter(Boolean);
    const source = readFileSync(file, "utf8");
    const methods = exportedMethods(source);
    return {
      pattern: `/api${relative.map((part) => `/${part}`).join("")}`,
      file: path.relative(path.resolve(dir, "../.."), file),
      segments: [{ kind: "static", value: "api" } as Segment, ...relative.map(segmentOf)],
      methods,
      readsBody: methods.filter((method) => BODY_READERS.test(handlerSource(source, method))),
      signed: /\breadSigned(Json|Request)\s*[<(]/.test(source),
      endsSession: methods.filter((method) => CLEARS_SESSION.test(handlerSource(source, method))),
    };
  });
}
