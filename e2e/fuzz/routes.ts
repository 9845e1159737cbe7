// The API routes as the file system declares them: every app/api/**/route.ts and the methods it exports.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { listApiRoutes } from "../../lib/http/route-files";

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

const ROOT = path.resolve(__dirname, "../..");
const BODY_READERS = /\b(readJson|readSignedJson|readSignedRequest)\s*[<(]/;
const CLEARS_SESSION = /SESSION_COOKIE\s*,\s*""/;

function segmentOf(part: string): Segment {
  const optional = /^\[\[\.\.\.(.+)\]\]$/.exec(part);
  if (optional) return { kind: "catchAll", name: optional[1]!, optional: true };
  const catchAll = /^\[\.\.\.(.+)\]$/.exec(part);
  if (catchAll) return { kind: "catchAll", name: catchAll[1]!, optional: false };
  const param = /^\[(.+)\]$/.exec(part);
  if (param) return { kind: "param", name: param[1]! };
  return { kind: "static", value: part };
}

/** The source of one method's handler: its key in routeMethods({ … }), or its own export (or the alias it names). */
function handlerSource(source: string, method: Method): string {
  const key = new RegExp(`^ {2}${method}\\b\\s*:`, "m").exec(source);
  if (key) {
    const rest = source.slice(key.index + 1);
    const next = rest.search(/^ {2}(GET|POST|PUT|PATCH|DELETE)\b\s*:/m);
    return next < 0 ? source.slice(key.index) : source.slice(key.index, key.index + 1 + next);
  }
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

/** Every route file as lib/http/route-files.ts reads it (the methods it handles), with what the fuzzer needs. */
export function discoverRoutes(root = ROOT): ApiRoute[] {
  return listApiRoutes(root).map(({ file, pattern, handled }) => {
    const source = readFileSync(path.join(root, file), "utf8");
    const methods = METHODS.filter((method) => handled.includes(method));
    return {
      pattern,
      file,
      segments: pattern.split("/").filter(Boolean).map(segmentOf),
      methods,
      readsBody: methods.filter((method) => BODY_READERS.test(handlerSource(source, method))),
      signed: /\breadSigned(Json|Request)\s*[<(]/.test(source),
      endsSession: methods.filter((method) => CLEARS_SESSION.test(handlerSource(source, method))),
    };
  });
}

/** Every app/api/**\/route.ts, counted independently of the parser above. */
export function routeFiles(root = ROOT): string[] {
  return readdirSync(path.join(root, "app", "api"), { recursive: true, encoding: "utf8" })
    .filter((file) => path.basename(file) === "route.ts")
    .sort();
}
