// stations.json: railway and metro stations a driver may head for, for the destination search (lib/places).
// ../shared has no station list of its own. Its parking file places seven records at a station's own map point
// (AMap, converted to WGS84: the `amap-aliyun-doc` source) and quotes one more in a location method; those points
// are taken here, each checked against the text that names it, so a changed source fails loudly instead of
// moving a station. Names are the stations' own; English as Hangzhou Metro and China Railway sign them.
import { readSharedJson, round } from "./io.mjs";

const LOTS_SOURCE = "data/parking/hangzhou-lots.json";

const STATIONS = [
  {
    slug: "hangzhou-railway-station",
    kind: "railway",
    zh: "杭州站",
    en: "Hangzhou Railway Station",
    aliases: { zh: ["城站"], en: ["Chengzhan"] },
    lot: "hangzhou-station",
    detail: "amap-aliyun-doc 杭州站",
  },
  {
    slug: "hangzhou-east-railway-station",
    kind: "railway",
    zh: "杭州东站",
    en: "Hangzhou East Railway Station",
    aliases: { zh: [], en: [] },
    lot: "hangzhou-east",
    detail: "amap-aliyun-doc 杭州东站",
  },
  {
    slug: "metro-wulin-square",
    kind: "metro",
    zh: "武林广场站",
    en: "Wulin Square metro station",
    aliases: { zh: [], en: [] },
    lot: "wulin-square-ug",
    detail: "amap-aliyun-doc metro station 武林广场",
  },
  {
    slug: "metro-longxiangqiao",
    kind: "metro",
    zh: "龙翔桥站",
    en: "Longxiangqiao metro station",
    aliases: { zh: [], en: [] },
    lot: "hubin-in77",
    detail: "amap-aliyun-doc metro station 龙翔桥",
  },
  {
    slug: "metro-qianjiang-road",
    kind: "metro",
    zh: "钱江路站",
    en: "Qianjiang Road metro station",
    aliases: { zh: [], en: [] },
    lot: "raffles-city",
    detail: "amap-aliyun-doc metro station 钱江路",
  },
  {
    slug: "metro-coach-centre",
    kind: "metro",
    zh: "客运中心站",
    en: "Coach Centre metro station",
    aliases: { zh: [], en: ["Keyun Zhongxin"] },
    lot: "keyun-centre-garage",
    detail: "amap-aliyun-doc metro station 客运中心",
  },
  {
    slug: "metro-gucui-road",
    kind: "metro",
    zh: "古翠路站",
    en: "Gucui Road metro station",
    aliases: { zh: [], en: [] },
    lot: "fengjiahe-ug",
    // Quoted in the lot's location method, not the lot's own point (that is an estimate near the hospital).
    quoted: /AMap Gucui Rd metro point \((\d+\.\d+), (\d+\.\d+)\)/,
  },
];

function pointOf(station, lots) {
  const lot = lots.find((candidate) => candidate.id === station.lot);
  if (!lot) throw new Error(`stations: ${LOTS_SOURCE} has no lot ${station.lot} (for ${station.slug})`);
  const { location } = lot;
  if (station.quoted) {
    const found = station.quoted.exec(location.method ?? "");
    if (!found) throw new Error(`stations: ${station.lot}'s location method no longer quotes ${station.en}`);
    return {
      lat: Number(found[1]),
      lng: Number(found[2]),
      source: `${LOTS_SOURCE} ${station.lot} location.method (amap-aliyun-doc, GCJ-02 → WGS84)`,
    };
  }
  if (location.source_detail !== station.detail) {
    throw new Error(
      `stations: ${station.lot}'s point is "${location.source_detail}", not "${station.detail}"`,
    );
  }
  return {
    lat: round(location.lat, 6),
    lng: round(location.lon, 6),
    source: `${LOTS_SOURCE} ${station.lot} location (${station.detail}, GCJ-02 → WGS84)`,
  };
}

export function buildStations() {
  const lots = readSharedJson(LOTS_SOURCE).lots;
  const stations = STATIONS.map((station) => {
    const { lat, lng, source } = pointOf(station, lots);
    return {
      slug: station.slug,
      kind: station.kind,
      name: { zh: station.zh, en: station.en },
      aliases: station.aliases,
      lat,
      lng,
      source,
    };
  });
  return {
    source:
      "../shared/data/parking/hangzhou-lots.json: station points the lots are placed at (AMap points, meta.sources.amap-aliyun-doc)",
    stations,
  };
}
