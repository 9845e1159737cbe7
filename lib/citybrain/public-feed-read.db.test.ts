import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDb } from "@/lib/db/open";
import { createTestDb } from "@/lib/testing/test-db";
import { cityFeed } from "./city-feed";
import { publicFeedRead } from "./public-feed-read";
import { createSandboxCity } from "./sandbox";

const NOW = new Date("2026-05-13T10:00:00+08:00");
const city = createSandboxCity({ seed: "public-feed-read", now: () => NOW });

let opened: OpenDb;
beforeAll(async () => {
  opened = await createTestDb();
});
afterAll(() => opened.close());

const get = (path: string, headers: Record<string, string> = {}) =>
  new Request(`http://x${path}`, { headers });

describe("publicFeedRead", () => {
  it("builds the answer from the one feed answer it read, in the language ?lang= names, varying on nothing", async () => {
    const seen: unknown[] = [];
    const response = await publicFeedRead(
      get("/api/air/stations?lang=en", { "accept-language": "zh" }),
      opened.db,
      city,
      "air",
      (feed, locale) => {
        seen.push(feed);
        return { count: feed.items.length, locale };
      },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("vary")).toBeNull();
    const feed = await cityFeed(opened.db, city, "air");
    expect(seen).toHaveLength(1);
    expect(seen[0]).toBe(feed);
    expect(await response.json()).toEqual({ count: feed.items.length, locale: "en" });
  });

  it("without ?lang= answers in the Accept-Language and says it varies by it", async () => {
    const response = await publicFeedRead(
      get("/api/tour/pois", { "accept-language": "en-GB" }),
      opened.db,
      city,
      "pois",
      (_, locale) => ({ locale }),
    );
    expect(response.headers.get("vary")).toBe("Accept-Language");
    expect(await response.json()).toEqual({ locale: "en" });
  });

  it("refuses a parameter other than lang", async () => {
    await expect(
      publicFeedRead(get("/api/air/stations?radius=3"), opened.db, city, "air", () => ({})),
    ).rejects.toThrow();
  });
});
