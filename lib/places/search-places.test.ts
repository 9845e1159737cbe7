import { beforeAll, describe, expect, it } from "vitest";
import { createSandboxCity } from "@/lib/citybrain/sandbox";
import { hospitalPlaces, sightPlaces } from "./city-places";
import { placeRef } from "./place";
import { createPlaceIndex, MAX_RESULTS, type PlaceIndex, searchPlaces } from "./search-places";
import { stationPlaces } from "./stations";
import { streetPlaces } from "./streets";

let index: PlaceIndex;
beforeAll(async () => {
  const city = createSandboxCity({ seed: "places", now: () => new Date("2026-05-13T10:00:00+08:00") });
  const [pois, hospitals, parking] = await Promise.all([
    city.pointsOfInterest(),
    city.hospitals(),
    city.parking(),
  ]);
  index = createPlaceIndex([
    ...sightPlaces(pois),
    ...stationPlaces(),
    ...hospitalPlaces(hospitals),
    ...streetPlaces(parking),
  ]);
});

const refs = (query: string) => searchPlaces(index, query).map(placeRef);
const first = (query: string) => refs(query)[0];

describe("searchPlaces: bilingual and pinyin-tolerant", () => {
  it.each([
    ["雷峰塔", "Chinese characters"],
    ["雷峰", "the start of the Chinese name"],
    ["leifengta", "full pinyin run together"],
    ["lei feng ta", "full pinyin with spaces"],
    ["Lei Feng Ta", "capitals"],
    ["léi fēng tǎ", "tone marks"],
    ["lei2 feng1 ta3", "tone numbers"],
    ["lft", "initials"],
    ["LFT", "initials in capitals"],
    ["leift", "full and initials mixed"],
    ["leifengt", "pinyin cut short"],
    ["Leifeng Pagoda", "English"],
    ["leifeng pagoda", "English in lower case"],
    ["leifeng pagdoa", "a swapped pair of letters"],
    ["leifang pagoda", "a wrong letter"],
    ["ＬＦＴ", "full-width letters"],
  ])("%j finds Leifeng Pagoda first (%s)", (query) => {
    expect(first(query)).toBe("sight:leifeng-pagoda");
  });

  it("finds streets from their berth groups, in both languages, in pinyin and with 'Road' for 'Rd'", () => {
    for (const query of ["平海路", "pinghailu", "phl", "Pinghai Rd", "pinghai road"]) {
      expect(refs(query), query).toContain("street:pinghai-rd");
    }
    const pinghai = searchPlaces(index, "平海路")[0]!;
    expect(pinghai.name).toEqual({ zh: "平海路", en: "Pinghai Rd" });
    // A sight's gate berths name no street.
    expect(index.entries.filter((e) => e.place.kind === "street").map((e) => e.place.name.zh)).not.toContain(
      "花港西门",
    );
  });

  it("finds hospitals by their formal names, their short names and English abbreviations", () => {
    expect(first("浙江大学医学院附属第一医院")).toBe("hospital:fahzu");
    expect(first("浙大一院")).toBe("hospital:fahzu");
    expect(refs("浙一")).toContain("hospital:fahzu");
    expect(first("FAHZU")).toBe("hospital:fahzu");
    expect(first("市一医院")).toBe("hospital:hz-first");
    expect(first("sir run run shaw")).toBe("hospital:srrsh");
  });

  it("finds railway and metro stations, by other names too", () => {
    expect(first("杭州东站")).toBe("station:hangzhou-east-railway-station");
    expect(first("hzdz")).toBe("station:hangzhou-east-railway-station");
    expect(first("城站")).toBe("station:hangzhou-railway-station");
    expect(first("龙翔桥")).toBe("station:metro-longxiangqiao");
    expect(refs("hangzhou east")).toContain("station:hangzhou-east-railway-station");
  });

  it("finds names inside brackets, after a slash and in quotes", () => {
    expect(first("小瀛洲")).toBe("sight:three-pools-mirroring-the-moon");
    expect(first("湖滨公园")).toBe("sight:hubin-pedestrian-street");
    expect(first("city balcony")).toBe("sight:city-balcony");
  });

  it("ranks whole names, then name starts, then the rest; then sights before other kinds; then popularity", () => {
    // 西湖 is a sight's whole name; the musical fountain's name starts with it; 西溪 does not match at all.
    const westLake = refs("西湖");
    expect(westLake[0]).toBe("sight:west-lake");
    expect(westLake[1]).toBe("sight:west-lake-musical-fountain");
    expect(westLake).not.toContain("sight:xixi-wetland");
    // Every match of "hangzhou" starts a name: sights first, then the stations, then hospitals.
    const kinds = searchPlaces(index, "hangzhou", 100).map((place) => place.kind);
    const order = ["sight", "station", "hospital", "street"];
    expect(kinds.map((kind) => order.indexOf(kind))).toEqual(
      [...kinds.map((kind) => order.indexOf(kind))].sort((a, b) => a - b),
    );
    // Among sights starting with 杭州, the more popular come first.
    const sights = searchPlaces(index, "杭州", 100).filter((place) => place.kind === "sight");
    const popularity = sights.map(
      (place) => index.entries.find((entry) => entry.place === place)!.place.popularity,
    );
    expect(popularity).toEqual([...popularity].sort((a, b) => b - a));
  });

  it("answers at most ten places, and nothing for what matches nothing", () => {
    expect(searchPlaces(index, "a").length).toBe(MAX_RESULTS);
    expect(refs("zzzzzz")).toEqual([]);
    expect(refs("巴黎铁塔")).toEqual([]);
    expect(refs("   ")).toEqual([]);
  });
});
