import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CLIENT_NAMESPACES, clientMessages, SECTION_NAMESPACES } from "./client-messages";
import { messagesFor } from "./messages";

const ROOT = path.resolve(__dirname, "../..");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(name) && !name.includes(".test.") ? [full] : [];
  });
}

/** Every namespace a component may read in the browser, found the ways the code names them. */
function namespacesRead(): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const file of ["app", "components", "lib"].flatMap((dir) => sourceFiles(path.join(ROOT, dir)))) {
    const text = readFileSync(file, "utf8");
    const patterns = [/useTranslations\("([a-zA-Z]+)/g, /labelKey: ["`]([a-zA-Z]+)\./g];
    // A translator for the whole catalogue names the namespace in each key.
    if (text.includes("useTranslations()")) patterns.push(/\b(?:t|root)\("([a-zA-Z]+)\./g);
    for (const pattern of patterns) {
      for (const match of text.matchAll(pattern))
        found.set(match[1]!, [...(found.get(match[1]!) ?? []), path.relative(ROOT, file)]);
    }
  }
  return found;
}

describe("messages sent to the browser", () => {
  it("hold every namespace a component reads there", () => {
    const read = namespacesRead();
    expect(read.size).toBeGreaterThan(5);
    const inSection = (ns: string) =>
      Object.values(SECTION_NAMESPACES).some((list) => (list as readonly string[]).includes(ns));
    const missing = [...read].filter(
      ([ns]) => ns !== "test" && !(CLIENT_NAMESPACES as readonly string[]).includes(ns) && !inSection(ns),
    );
    expect(missing).toEqual([]);
  });

  it("read a section's own namespaces only inside that section", () => {
    const read = namespacesRead();
    for (const [section, list] of Object.entries(SECTION_NAMESPACES)) {
      for (const ns of list) {
        const outside = (read.get(ns) ?? []).filter(
          (file) =>
            !file.startsWith(`app/${section}/`) &&
            !file.startsWith(`components/${section}/`) &&
            // Server code may translate any namespace: only client files matter here.
            !file.startsWith("app/api/") &&
            !file.startsWith("lib/"),
        );
        expect(outside, ns).toEqual([]);
      }
    }
  });

  it("leave out what only the server renders", () => {
    const sent = clientMessages(messagesFor("zh-CN"));
    expect(Object.keys(sent).sort()).toEqual([...CLIENT_NAMESPACES].sort());
    expect("errors" in sent).toBe(false);
    expect(JSON.stringify(sent).length).toBeLessThan(JSON.stringify(messagesFor("zh-CN")).length * 0.8);
  });
});
