import { describe, expect, it } from "vitest";
import { matchesEtag, publicAnswer } from "./public-answer";

const CACHING = { maxAgeS: 30, staleWhileRevalidateS: 300 };
const get = (headers: Record<string, string> = {}) =>
  new Request("http://x/api/air/stations?lang=en", { headers });

describe("publicAnswer", () => {
  it("answers public JSON with max-age, stale-while-revalidate, a strong ETag and the Vary it is given", async () => {
    const response = await publicAnswer(get(), {
      key: null,
      caching: CACHING,
      vary: ["Accept-Language"],
      build: async () => ({ a: 1 }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("public, max-age=30, stale-while-revalidate=300");
    expect(response.headers.get("etag")).toMatch(/^"[A-Za-z0-9_-]{32}"$/);
    expect(response.headers.get("vary")).toBe("Accept-Language");
    expect(await response.json()).toEqual({ a: 1 });
  });

  it("the same bytes get the same tag, different bytes another; If-None-Match of it is a 304 without a body", async () => {
    const tagOf = async (body: unknown) =>
      (await publicAnswer(get(), { key: null, caching: CACHING, build: async () => body })).headers.get(
        "etag",
      )!;
    const tag = await tagOf({ n: 1 });
    expect(await tagOf({ n: 1 })).toBe(tag);
    expect(await tagOf({ n: 2 })).not.toBe(tag);
    const again = await publicAnswer(get({ "if-none-match": `"other", ${tag}` }), {
      key: null,
      caching: CACHING,
      build: async () => ({ n: 1 }),
    });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    expect(again.headers.get("etag")).toBe(tag);
    expect(again.headers.get("cache-control")).toContain("public");
    expect(
      (
        await publicAnswer(get({ "if-none-match": '"other"' }), {
          key: null,
          caching: CACHING,
          build: async () => ({ n: 1 }),
        })
      ).status,
    ).toBe(200);
  });

  it("renders a keyed answer once for many readers at once, and again after its max-age", async () => {
    let renders = 0;
    const build = async () => {
      renders += 1;
      await new Promise((r) => setTimeout(r, 10));
      return { renders };
    };
    const key = `test-${Math.random()}`;
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => publicAnswer(get(), { key, caching: CACHING, build })),
    );
    expect(renders).toBe(1);
    expect(new Set(answers.map((a) => a.headers.get("etag"))).size).toBe(1);
    await publicAnswer(get(), { key, caching: CACHING, build });
    expect(renders).toBe(1);
    await publicAnswer(get(), { key, caching: { ...CACHING, maxAgeS: 0 }, build });
    await publicAnswer(get(), { key: `${key}-0`, caching: { ...CACHING, maxAgeS: 0 }, build });
    await publicAnswer(get(), { key: `${key}-0`, caching: { ...CACHING, maxAgeS: 0 }, build });
    expect(renders).toBe(3);
  });

  it("a failed render reaches every waiting reader and is not remembered", async () => {
    const key = `fail-${Math.random()}`;
    let calls = 0;
    const failing = async () => {
      calls += 1;
      throw new Error("upstream down");
    };
    await expect(publicAnswer(get(), { key, caching: CACHING, build: failing })).rejects.toThrow(
      "upstream down",
    );
    await expect(publicAnswer(get(), { key, caching: CACHING, build: failing })).rejects.toThrow(
      "upstream down",
    );
    expect(calls).toBe(2);
  });
});

describe("matchesEtag", () => {
  it("compares weakly, reads lists and *", () => {
    expect(matchesEtag('W/"abc"', '"abc"')).toBe(true);
    expect(matchesEtag('"x" , "abc"', '"abc"')).toBe(true);
    expect(matchesEtag("*", '"abc"')).toBe(true);
    expect(matchesEtag(null, '"abc"')).toBe(false);
    expect(matchesEtag('"abcd"', '"abc"')).toBe(false);
  });
});
