// Test tooling (unit and e2e): the API route files of app/ and what they declare, read from the file system.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { HTTP_METHODS, type HttpMethod } from "./http-methods";

export interface ApiRouteFile {
  /** Relative to the project, e.g. app/api/me/plates/[plate]/route.ts */
  file: string;
  /** The URL pattern, e.g. /api/me/plates/[plate] */
  pattern: string;
  /** Method names the module exports. */
  exported: HttpMethod[];
  /** Methods it handles: the keys given to routeMethods({ … }), or else the methods exported directly. */
  handled: HttpMethod[];
}

const METHOD = HTTP_METHODS.join("|");

/** Every app/api/**\/route.ts under `root` (the project directory), sorted by file. */
export function listApiRoutes(root: string): ApiRouteFile[] {
  const api = path.join(root, "app", "api");
  return readdirSync(api, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name === "route.ts")
    .map((entry) => {
      const absolute = path.join(entry.parentPath, entry.name);
      const source = readFileSync(absolute, "utf8");
      const file = path.relative(root, absolute).split(path.sep).join("/");
      return {
        file,
        pattern: `/${path.posix.dirname(file).replace(/^app\//, "")}`,
        exported: exportedMethods(source),
        handled: handledMethods(source),
      };
    })
    .sort((a, b) => a.file.localeCompare(b.file));
}

function exportedMethods(source: string): HttpMethod[] {
  const names = new Set<string>();
  for (const match of source.matchAll(/export\s+const\s*\{([^}]*)\}\s*=/g)) {
    for (const name of match[1]!.split(","))
      names.add(
        name
          .trim()
          .split(/\s*:\s*/)
          .at(-1)!,
      );
  }
  for (const match of source.matchAll(
    new RegExp(`export\\s+(?:const|(?:async\\s+)?function)\\s+(${METHOD})\\b`, "g"),
  )) {
    names.add(match[1]!);
  }
  return HTTP_METHODS.filter((method) => names.has(method));
}

function handledMethods(source: string): HttpMethod[] {
  const call = /routeMethods\(\{([\s\S]*)\}\)/.exec(source);
  if (!call) return exportedMethods(source);
  const keys = new Set(
    [...call[1]!.matchAll(new RegExp(`^ {2}(${METHOD})\\b\\s*[:,]?`, "gm"))].map((m) => m[1]!),
  );
  return HTTP_METHODS.filter((method) => keys.has(method));
}
