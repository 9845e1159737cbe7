import { describe, expect, it } from "vitest";
import { createSandboxCity } from "@/lib/citybrain/sandbox";
import { listPois } from "./pois";

const NOW = new Date("2026-05-13T10:00:00+08:00");
const city = createSandboxCity({ seed: "pois", now: () => NOW });

describe("listPois", () => {
  it("lists every sight of the feed answer it is given, most popular first, in the reader's language", async () => {
    const items = await city.pointsOfInterest();
    const feed = { items, asOf: "2026-05-13T01:00:00.000Z", stale: false };
    const en = listPois(feed, "en");
    const zh = listPois(feed, "zh-CN");
    expect({ asOf: en.asOf, stale: en.stale }).toEqual({ asOf: feed.asOf, stale: false });
    expect(en.pois).toHaveLength(items.length);
    const popularity = en.pois.map((p) => p.popularity);
    expect(popularity).toEqual([...popularity].sort((a, b) => b - a));
    const first = items.find((p) => p.slug === en.pois[0]!.id)!;
    expect([en.pois[0]!.name, zh.pois[0]!.name]).toEqual([first.name.en, first.name.zh]);
    expect(en.pois[0]!.estimated).toEqual(first.estimated);
  });
});
