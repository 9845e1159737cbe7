// On-street berth groups (OnStreetParking), one per street, by tariff zone. ../shared has only three West
// Lake groups; these stand on real streets at a sourced point on that street (a hospital or sight address
// on it, or a public-bike dock named in the parking notes). Zone, capacity and the exact stretch are
// estimates: no zone map could be matched to streets (see hangzhou-lots.json meta.fields).
//   core   — inside the old-city ring (Hubin, Wulin, Qingchun Rd): business and shopping streets
//   level1 — the rest of the pre-2021 main urban area around it
//   level2 — outer urban streets (Grand Canal north, Xixi side)
//   westlake — government-priced berths in the scenic area
import { readSharedJson } from "./io.mjs";

const GROUPS = [
  {
    slug: "street-pinghai-rd",
    zh: "平海路(湖滨段)道路泊位",
    en: "Pinghai Rd (Hubin) street berths",
    zone: "core",
    capacity: 40,
    anchor: { poi: "hubin-pedestrian-street" },
    role: "streetCore",
  },
  {
    slug: "street-youdian-rd",
    zh: "邮电路道路泊位",
    en: "Youdian Rd street berths",
    zone: "core",
    capacity: 30,
    anchor: { hospital: "zjtcm" },
    role: "streetCore",
  },
  {
    slug: "street-huansha-rd",
    zh: "浣纱路道路泊位",
    en: "Huansha Rd street berths",
    zone: "core",
    capacity: 40,
    anchor: { hospital: "hz-first" },
    role: "streetCore",
  },
  {
    slug: "street-zhongshan-middle-rd",
    zh: "中山中路道路泊位",
    en: "Zhongshan Middle Rd street berths",
    zone: "core",
    capacity: 30,
    anchor: { poi: "southern-song-imperial-street" },
    role: "streetCore",
  },
  {
    slug: "street-qingchun-rd",
    zh: "庆春路道路泊位",
    en: "Qingchun Rd street berths",
    zone: "core",
    capacity: 40,
    anchor: { hospital: "fahzu" },
    role: "streetCore",
  },
  {
    slug: "street-fengqi-rd",
    zh: "凤起路(环城西路口)道路泊位",
    en: "Fengqi Rd (Huancheng W. Rd) street berths",
    zone: "core",
    capacity: 30,
    anchor: {
      dock: "凤起路环西路口",
      lat: 30.2653,
      lon: 120.1523,
      note: "hangzhou-lots.json renmin-dahuitang-ug location.method",
    },
    role: "streetCore",
  },
  {
    slug: "street-tiyuchang-rd",
    zh: "体育场路道路泊位",
    en: "Tiyuchang Rd street berths",
    zone: "level1",
    capacity: 50,
    anchor: { hospital: "hz-tcm" },
    role: "streetLevel1",
  },
  {
    slug: "street-wenhui-rd",
    zh: "文晖路道路泊位",
    en: "Wenhui Rd street berths",
    zone: "level1",
    capacity: 50,
    anchor: { hospital: "hz-childrens" },
    role: "streetLevel1",
  },
  {
    slug: "street-shangtang-rd",
    zh: "上塘路道路泊位",
    en: "Shangtang Rd street berths",
    zone: "level1",
    capacity: 40,
    anchor: { hospital: "zjpph" },
    role: "streetLevel1",
  },
  {
    slug: "street-huancheng-e-rd",
    zh: "环城东路道路泊位",
    en: "Huancheng E. Rd street berths",
    zone: "level1",
    capacity: 40,
    anchor: { hospital: "hz-redcross" },
    role: "streetLevel1",
  },
  {
    slug: "street-fuchun-rd",
    zh: "富春路(解放路口)道路泊位",
    en: "Fuchun Rd (Jiefang Rd) street berths",
    zone: "level1",
    capacity: 60,
    anchor: {
      dock: "解放路口富春路东",
      lat: 30.2446,
      lon: 120.2047,
      note: "hangzhou-lots.json mixc-hangzhou location.method",
    },
    role: "streetLevel1",
  },
  {
    slug: "street-qiaoxi-st",
    zh: "桥西直街道路泊位",
    en: "Qiaoxi St street berths",
    zone: "level2",
    capacity: 40,
    anchor: { poi: "qiaoxi-historic-block" },
    role: "streetLevel2",
  },
  {
    slug: "street-xiaohe-rd",
    zh: "小河路道路泊位",
    en: "Xiaohe Rd street berths",
    zone: "level2",
    capacity: 50,
    anchor: { poi: "xiaohe-street" },
    role: "streetLevel2",
  },
  {
    slug: "street-tianmushan-rd",
    zh: "天目山路道路泊位",
    en: "Tianmushan Rd street berths",
    zone: "level2",
    capacity: 60,
    anchor: { hospital: "hz-seventh" },
    role: "streetLevel2",
  },
  {
    slug: "street-gucui-rd",
    zh: "古翠路道路泊位",
    en: "Gucui Rd street berths",
    zone: "level2",
    capacity: 60,
    anchor: {
      dock: "古翠路 metro (AMap)",
      lat: 30.2845,
      lon: 120.1131,
      note: "hangzhou-lots.json fengjiahe-ug location.method",
    },
    role: "streetLevel2",
  },
  {
    slug: "street-nanshan-rd",
    zh: "南山路(清波)道路泊位",
    en: "Nanshan Rd (Qingbo) street berths",
    zone: "westlake",
    capacity: 30,
    anchor: {
      dock: "清波街三-五号",
      lat: 30.2404,
      lon: 120.1571,
      note: "hangzhou-lots.json wl-xueshi-park location.method",
    },
    role: "scenic",
  },
  {
    slug: "street-yuhuangshan-rd",
    zh: "玉皇山路道路泊位",
    en: "Yuhuangshan Rd street berths",
    zone: "westlake",
    capacity: 30,
    anchor: {
      dock: "玉皇山路",
      lat: 30.2173,
      lon: 120.147,
      note: "hangzhou-lots.json wl-yuhuangshan location.method",
    },
    role: "scenic",
  },
  {
    slug: "street-beishan-st",
    zh: "北山街(岳坟)道路泊位",
    en: "Beishan St (Yuefen) street berths",
    zone: "westlake",
    capacity: 30,
    anchor: { poi: "yue-fei-temple" },
    role: "scenic",
  },
];

/** The groups with their anchor's coordinates looked up in ../shared, so the provenance stays checkable. */
export function buildStreetBerthGroups() {
  const pois = new Map(readSharedJson("data/tourism/hangzhou-pois.json").pois.map((p) => [p.id, p]));
  const hospitals = new Map(
    readSharedJson("data/clinic/hangzhou-hospitals.json").hospitals.map((h) => [h.id, h]),
  );
  return GROUPS.map((group) => {
    const { anchor } = group;
    const record = anchor.poi
      ? pois.get(anchor.poi)
      : anchor.hospital
        ? hospitals.get(anchor.hospital)
        : null;
    if ((anchor.poi || anchor.hospital) && !record) throw new Error(`unknown anchor for ${group.slug}`);
    const point = record ? record.location : anchor;
    const anchorText = anchor.poi
      ? `tourism POI ${anchor.poi}`
      : anchor.hospital
        ? `hospital ${anchor.hospital}`
        : `bike dock/metro point '${anchor.dock}' quoted in ${anchor.note}`;
    return { ...group, lat: point.lat, lon: point.lon, anchorText };
  });
}
