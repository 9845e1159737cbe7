import { _createCache, _createIntlFormatters, createTranslator } from "use-intl/core";
import formatCompiled from "use-intl/format-message/format-only";
import { describe, expect, it } from "vitest";
import { catalogueFor, compiledMessagesFor } from "./catalogue";
import { LOCALES, TIME_ZONE } from "./config";
import { messagesFor } from "./messages";

/** Every message of a tree with its dot path. */
function leaves(node: unknown, path: string[] = []): [string, unknown][] {
  if (typeof node !== "object" || node === null || Array.isArray(node)) return [[path.join("."), node]];
  return Object.entries(node).flatMap(([key, value]) => leaves(value, [...path, key]));
}

function at(tree: unknown, path: string): unknown {
  return path.split(".").reduce((node, key) => (node as Record<string, unknown>)[key], tree);
}

describe("precompiled catalogues", () => {
  it("outside the app's build, next-intl parses, so it gets the catalogue as written", () => {
    expect(catalogueFor("en")).toBe(messagesFor("en"));
  });

  for (const locale of LOCALES) {
    it(`read exactly as the parsed ones do (${locale}), for every message and plural form`, () => {
      const raw = messagesFor(locale);
      const compiled = compiledMessagesFor(locale);
      const t = createTranslator({ locale, messages: raw, timeZone: TIME_ZONE });
      const formatters = _createIntlFormatters(_createCache());
      let checked = 0;
      for (const [path, message] of leaves(raw)) {
        expect(typeof message, path).toBe("string");
        // Rich-text messages (<b>…</b>) are read with t.rich in components; their text parts are still compared.
        if ((message as string).includes("<")) continue;
        const names = [
          ...new Set([...(message as string).matchAll(/\{\s*(\w+)/g)].map((m) => m[1] as string)),
        ];
        for (const value of [0, 1, 2, 21]) {
          const values = Object.fromEntries(names.map((name) => [name, value]));
          const expected = (t as unknown as (key: string, values: object) => string)(path, values);
          const actual = formatCompiled(path, at(compiled, path) as never, values, {
            cache: _createCache(),
            formatters,
            locale,
            timeZone: TIME_ZONE,
          } as never);
          expect(actual, `${path} with ${value}`).toBe(expected);
          checked++;
        }
      }
      expect(checked).toBeGreaterThan(1_000);
    });
  }
});
