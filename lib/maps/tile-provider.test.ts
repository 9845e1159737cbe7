import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";
import { translatorFor } from "@/lib/i18n/translator";
import { attributionHtml } from "./attribution";
import { mapTilesFor, type TileSettings, tileImageOrigins, tileTemplateProblem } from "./tile-provider";

const settings = (source: Record<string, string>): TileSettings => parseEnv(source);

describe("mapTilesFor", () => {
  it("defaults to AMap: GCJ-02 tiles on four subdomains to zoom 18, labelled in the page's language", () => {
    const zh = mapTilesFor(settings({}), "zh-CN");
    expect(zh).toMatchObject({
      provider: "amap",
      crs: "gcj02",
      subdomains: ["1", "2", "3", "4"],
      maxZoom: 18,
    });
    expect(zh.url).toMatch(/^https:\/\/webrd0\{s\}\.is\.autonavi\.com\/appmaptile\?/);
    expect(zh.url).toContain("lang=zh_cn");
    expect(mapTilesFor(settings({}), "en").url).toContain("lang=en&");
    for (const placeholder of ["{x}", "{y}", "{z}"]) expect(zh.url).toContain(placeholder);
  });

  it("osm: WGS84 tiles from tile.openstreetmap.org", () => {
    expect(mapTilesFor(settings({ TILE_PROVIDER: "osm" }), "en")).toEqual({
      provider: "osm",
      url: "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
      subdomains: [],
      maxZoom: 19,
      crs: "wgs84",
      attribution: { kind: "osm" },
    });
  });

  it("custom: the operator's template, subdomains, zoom, system and credit", () => {
    const tiles = mapTilesFor(
      settings({
        TILE_PROVIDER: "custom",
        TILE_URL: "https://t{s}.tiles.example.cn/{z}/{x}/{y}.png",
        TILE_SUBDOMAINS: "0,1",
        TILE_MAX_ZOOM: "17",
        TILE_CRS: "gcj02",
        TILE_ATTRIBUTION: "© 示例地图 · GS(2024)0001号",
      }),
      "zh-CN",
    );
    expect(tiles).toEqual({
      provider: "custom",
      url: "https://t{s}.tiles.example.cn/{z}/{x}/{y}.png",
      subdomains: ["0", "1"],
      maxZoom: 17,
      crs: "gcj02",
      attribution: { kind: "custom", text: "© 示例地图 · GS(2024)0001号" },
    });
  });

  it("custom tiles from this server need no credit", () => {
    const tiles = mapTilesFor(settings({ TILE_URL: "/tiles/{z}/{x}/{y}.png", TILE_CRS: "wgs84" }), "en");
    expect(tiles).toMatchObject({
      provider: "custom",
      subdomains: [],
      maxZoom: 18,
      attribution: { kind: "none" },
    });
  });
});

describe("tileImageOrigins (the CSP's img-src)", () => {
  it.each<{ name: string; source: Record<string, string>; origins: string[] }>([
    {
      name: "amap: its four tile hosts",
      source: {},
      origins: [1, 2, 3, 4].map((n) => `https://webrd0${n}.is.autonavi.com`),
    },
    { name: "osm: one host", source: { TILE_PROVIDER: "osm" }, origins: ["https://tile.openstreetmap.org"] },
    {
      name: "custom with subdomains: each spelt out",
      source: {
        TILE_URL: "https://{s}.tiles.example.com/{z}/{x}/{y}.png",
        TILE_CRS: "wgs84",
        TILE_ATTRIBUTION: "© Example",
      },
      origins: ["https://a.tiles.example.com", "https://b.tiles.example.com", "https://c.tiles.example.com"],
    },
    {
      name: "custom on this server: none beyond 'self'",
      source: { TILE_URL: "/tiles/{z}/{x}/{y}.png", TILE_CRS: "wgs84" },
      origins: [],
    },
  ])("$name", ({ source, origins }) => {
    expect(tileImageOrigins(settings(source)).sort()).toEqual(origins.sort());
  });
});

describe("tileTemplateProblem", () => {
  it.each([
    "https://tiles.example.com/{z}/{x}/{y}.png",
    "https://{s}.tiles.example.com/{z}/{x}/{y}{r}.png",
    "https://tiles.example.com/tms/{z}/{x}/{-y}.png",
    "/tiles/{z}/{x}/{y}.png",
  ])("accepts %s", (template) => {
    expect(tileTemplateProblem(template)).toBeNull();
  });

  it.each([
    { template: "http://tiles.example.com/{z}/{x}/{y}.png", problem: "https://" },
    { template: "//tiles.example.com/{z}/{x}/{y}.png", problem: "https://" },
    { template: "https://tiles.example.com/{z}/{x}.png", problem: "{x}, {y} and {z}" },
    { template: "https://tiles.example.com/{z}/{x}/{y}.png?key={apikey}", problem: "{apikey}" },
    { template: "https://user:secret@tiles.example.com/{z}/{x}/{y}.png", problem: "password" },
    { template: "tiles/{z}/{x}/{y}.png", problem: "https://" },
  ])("refuses $template", ({ template, problem }) => {
    expect(tileTemplateProblem(template)).toContain(problem);
  });
});

describe("attributionHtml", () => {
  const words = (locale: "zh-CN" | "en") => {
    const t = translatorFor(locale);
    return (key: "amap" | "amapApproval" | "osmContributors", values?: Record<string, string>) =>
      t(`maps.attribution.${key}`, values);
  };

  it("AMap: its name and the map approval number, in either language", () => {
    const amap = mapTilesFor(settings({}), "zh-CN").attribution;
    expect(attributionHtml(amap, words("zh-CN"))).toBe(
      '&copy; <a href="https://www.amap.com/">高德地图 AutoNavi</a> · 审图号：GS(2025)5996号',
    );
    expect(attributionHtml(amap, words("en"))).toBe(
      '&copy; <a href="https://www.amap.com/">AutoNavi (Amap)</a> · map approval no. GS(2025)5996',
    );
  });

  it("OpenStreetMap: © OpenStreetMap contributors, linked to its copyright page", () => {
    expect(attributionHtml({ kind: "osm" }, words("en"))).toBe(
      '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors',
    );
    expect(attributionHtml({ kind: "osm" }, words("zh-CN"))).toContain("OpenStreetMap</a> 贡献者");
  });

  it("custom: the operator's text as text, never as markup", () => {
    expect(
      attributionHtml({ kind: "custom", text: '© Tiles <img src=x onerror="alert(1)">' }, words("en")),
    ).toBe("© Tiles &lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
    expect(attributionHtml({ kind: "none" }, words("en"))).toBe("");
  });
});
