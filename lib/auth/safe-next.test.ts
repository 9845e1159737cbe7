import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { NEXT_PAGE_SEGMENTS, safeNextPath } from "./safe-next";

describe("safeNextPath", () => {
  it.each([
    // Same-site page paths are kept (normalised).
    ["/me", "/me"],
    ["/", "/"],
    ["/parking?lot=3#map", "/parking?lot=3#map"],
    ["/me/bills/abc", "/me/bills/abc"],
    [["/air", "/tour"], "/air"],
    ["/a/../clinic", "/clinic"],
    // Nothing, or not a path of this site.
    [undefined, "/me"],
    [null, "/me"],
    ["", "/me"],
    [[], "/me"],
    [["//evil.example", "/me"], "/me"],
    ["me", "/me"],
    [" /me", "/me"],
    ["/nope", "/me"],
    ["/api/me", "/me"],
    ["/ME", "/me"],
    ["/me@evil.example", "/me"],
    // Another site, however it is spelled.
    ["//x", "/me"],
    ["///x", "/me"],
    ["//evil.example/x", "/me"],
    ["/\\x", "/me"],
    ["/\\evil.example", "/me"],
    ["\\\\evil.example", "/me"],
    ["/.//x", "/me"],
    ["/.//evil.example", "/me"],
    ["/..//x", "/me"],
    ["/me/./..//evil.example", "/me"],
    ["/%2e%2e//evil.example", "/me"],
    ["/%2F%2Fx", "/me"],
    ["%2F%2Fx", "/me"],
    ["/%5Cx", "/me"],
    ["/%5C%5Cevil.example", "/me"],
    ["/\t/x", "/me"],
    ["/\n/evil.example", "/me"],
    ["/\r\n/evil.example", "/me"],
    ["/\u0000/evil.example", "/me"],
    ["/ /evil.example", "/me"],
    ["javascript:alert(1)", "/me"],
    ["JaVaScRiPt:alert(1)", "/me"],
    ["/javascript:alert(1)", "/me"],
    ["data:text/html,<script>alert(1)</script>", "/me"],
    ["https://evil.example", "/me"],
    ["https://same-site.invalid/me", "/me"],
    ["http:/x", "/me"],
    ["http:evil.example", "/me"],
    // Unicode lookalikes of "/" and "\" and "." (fullwidth solidus, division slash, fraction slash, one-dot leader).
    ["/／evil.example", "/me"],
    ["／／evil.example", "/me"],
    ["/\u2215evil.example", "/me"],
    ["/\u2044evil.example", "/me"],
    ["/＼evil.example", "/me"],
    ["/\u2024/evil.example", "/me"],
    // Never back to sign-in; nothing very long.
    ["/login", "/me"],
    ["/login?next=/me", "/me"],
    ["/login/", "/me"],
    [`/${"a".repeat(600)}`, "/me"],
    [`/me?q=${"a".repeat(600)}`, "/me"],
  ])("%j → %j", (input, expected) => {
    expect(safeNextPath(input as string | string[] | undefined | null)).toBe(expected);
  });

  it("uses the given fallback", () => {
    expect(safeNextPath("//x", "/")).toBe("/");
  });

  it("knows every top-level page of app/ (so a new page cannot be forgotten), and nothing else", () => {
    expect([...NEXT_PAGE_SEGMENTS, "login"].sort()).toEqual(topLevelPageSegments(appDir).sort());
  });
});

const appDir = path.resolve(import.meta.dirname, "../../app");

/** "" for app/page.tsx, and each top-level folder of app/ with a page below it (route groups looked into). */
function topLevelPageSegments(dir: string): string[] {
  const segments: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isFile() && /^page\.(tsx|ts|jsx|js|mdx)$/.test(entry.name)) segments.push("");
    if (!entry.isDirectory() || entry.name === "api" || entry.name.startsWith("_")) continue;
    const child = path.join(dir, entry.name);
    if (/^\(.*\)$/.test(entry.name)) segments.push(...topLevelPageSegments(child));
    else if (hasPage(child)) segments.push(entry.name);
  }
  return [...new Set(segments)];
}

function hasPage(dir: string): boolean {
  return readdirSync(dir, { withFileTypes: true, recursive: true }).some(
    (entry) => entry.isFile() && /^page\.(tsx|ts|jsx|js|mdx)$/.test(entry.name),
  );
}
