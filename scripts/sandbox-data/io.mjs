// Reading the shared data sets and writing the app's copies, the same bytes every run.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";

export const repoRoot = path.resolve(import.meta.dirname, "../..");
export const sharedDir = process.env.SHARED_DIR ?? path.resolve(repoRoot, "../shared");

export function sharedPath(relative) {
  return path.join(sharedDir, relative);
}

export function readSharedJson(relative) {
  return JSON.parse(readFileSync(sharedPath(relative), "utf8"));
}

export function readSharedText(relative) {
  const bytes = readFileSync(sharedPath(relative));
  return relative.endsWith(".gz") ? gunzipSync(bytes).toString("utf8") : bytes.toString("utf8");
}

export function sha256OfShared(relative) {
  return createHash("sha256")
    .update(readFileSync(sharedPath(relative)))
    .digest("hex");
}

/** Compact JSON for the sandbox's own data folder (Biome skips it). */
export function compactJson(value) {
  return `${JSON.stringify(value)}\n`;
}

/** JSON in the repository's formatting, so `biome check` passes on files outside the ignored data folder. */
export function biomeFormattedJson(value, filePath) {
  const biome = path.join(repoRoot, "node_modules/.bin/biome");
  return execFileSync(biome, ["format", `--stdin-file-path=${filePath}`], {
    cwd: repoRoot,
    input: JSON.stringify(value, null, 2),
    encoding: "utf8",
  });
}

export function readIfExists(file) {
  return existsSync(file) ? readFileSync(file, "utf8") : null;
}

/** FNV-1a 32-bit: a stable hash for deterministic choices (not for security). */
export function fnv1a(text) {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

export function round(value, decimals) {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}
