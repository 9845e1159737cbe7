import { describe, expect, it } from "vitest";
import { entitySlug } from "@/lib/citybrain/entity-slug";
import { createSandboxCity } from "@/lib/citybrain/sandbox";
import { listStations } from "./stations";

const NOW = new Date("2026-05-13T10:00:00+08:00");
const city = createSandboxCity({ seed: "stations", now: () => NOW });

describe("listStations", () => {
  it("lists every station of the feed answer it is given, by id, in the reader's language, as of that answer", async () => {
    const items = await city.airQuality();
    const feed = { items, asOf: "2026-05-13T01:00:00.000Z", stale: true };
    const en = listStations(feed, "en");
    const zh = listStations(feed, "zh-CN");
    expect({ asOf: en.asOf, stale: en.stale }).toEqual({ asOf: feed.asOf, stale: true });
    expect(en.stations.map((s) => s.id)).toEqual(items.map((s) => entitySlug(s.id)).sort());
    const first = items.find((s) => entitySlug(s.id) === en.stations[0]!.id)!;
    expect([en.stations[0]!.name, zh.stations[0]!.name]).toEqual([first.name.en, first.name.zh]);
    expect(en.stations[0]).toMatchObject({ pm25: first.pm25, co: first.co, observedAt: first.observedAt });
  });
});
