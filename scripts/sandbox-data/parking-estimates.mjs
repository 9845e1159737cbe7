// Compiler estimates for the Hangzhou car parks where ../shared has no value. Every number here is an
// estimate (order of magnitude by kind of site: scenic surface lot 50–300, mall garage 500–2,000, station
// group 3,000); the feed flags them `estimated.capacity: true`.
//
// role: which Birmingham profiles fit the site (see parking-roles.mjs); evening: open-late retail or
// nightlife, whose cars stay into the evening.
export const LOT_ESTIMATES = {
  "wl-feilaifeng": { role: "scenic", capacity: 300 },
  "wl-liuhe-park": { role: "scenic", capacity: 150 },
  "wl-zoo": { role: "scenic", capacity: 200 },
  "wl-botanical": { role: "scenic", capacity: 200 },
  "wl-qianwangci": { role: "scenic", capacity: 60 },
  "wl-qianwangci-ug": { role: "scenic", capacity: 200 },
  "wl-liulang": { role: "scenic", capacity: 120, evening: true },
  "wl-huagang-west": { role: "scenic", capacity: 150 },
  "wl-huagang-west-road": { role: "scenic", capacity: 40 },
  "wl-pinghu": { role: "scenic", capacity: 60 },
  "wl-quyuan-gate3": { role: "scenic", capacity: 100 },
  "wl-shangtianzhu": { role: "scenic", capacity: 80 },
  "wl-shangtianzhu-ug": { role: "scenic", capacity: 200 },
  "wl-shangtianzhu-road": { role: "scenic", capacity: 30 },
  "wl-jiuxi": { role: "scenic", capacity: 150 },
  "wl-teamuseum-shuangfeng": { role: "scenic", capacity: 80 },
  "wl-teamuseum-shuangfeng-road": { role: "scenic", capacity: 30 },
  "wl-huanglongdong": { role: "scenic", capacity: 60 },
  "wl-meijiawu": { role: "scenic", capacity: 150 },
  "wl-longjing-village": { role: "scenic", capacity: 100 },
  "wl-taiziwan-north": { role: "scenic", capacity: 100 },
  "wl-guozhuang": { role: "scenic", capacity: 60 },
  "wl-yuhuangshan": { role: "scenic", capacity: 80 },
  // The 2007 report gives "about 30-40 cars"; the midpoint.
  "wl-xueshi-park": { role: "scenic", capacity: 35 },
  "wulin-square-ug": { role: "retail", capacity: 500, evening: true },
  "hubin-in77": { role: "retail", capacity: 1000, evening: true },
  "xihu-intime": { role: "retail", capacity: 800, evening: true },
  "wulin-intime": { role: "retail", capacity: 600, evening: true },
  "hangzhou-tower": { role: "retail", capacity: 500, evening: true },
  "kerry-centre": { role: "retail", capacity: 1000, evening: true },
  "hz-citizen-centre": { role: "office", capacity: 1500 },
  "raffles-city": { role: "retail", capacity: 1500, evening: true },
  "mixc-hangzhou": { role: "retail", capacity: 2000, evening: true },
  "hangzhou-station": { role: "transport", capacity: 600 },
  "hangzhou-east": { role: "transport", capacity: 3000 },
  "huanglong-pr": { role: "scenic" },
  "renmin-dahuitang-ug": { role: "scenic" },
  "zhongshan-s-77": { role: "scenic", evening: true },
  "donghe-eco-park-ug": { role: "hospital" },
  "fengjiahe-ug": { role: "hospital" },
  "srrsh-robot-garage": { role: "hospital" },
  "keyun-centre-garage": { role: "transport" },
  "xixi-zhoujiacun": { role: "scenic", capacity: 500 },
  "xixi-north": { role: "scenic", capacity: 300 },
  "fahzu-qingchun": { role: "hospital", capacity: 300 },
  "sahzu-jiefang": { role: "hospital", capacity: 300 },
  "zjpph-zhaohui": { role: "hospital", capacity: 250 },
  "hz-first-hospital": { role: "hospital", capacity: 250 },
};

/**
 * Categories beyond what the data states (all estimates): accessible bays in every public car park of
 * 50+ spaces (national accessibility design code asks for them); chargers in malls, stations, the civic
 * centre and the garages opened since 2015; reservable where the list's notes suggest enabling pay-later
 * and booking — the large commercial and the new municipal "smart" garages — plus the P+R and stations.
 */
export function estimatedCategories(lot, role, capacity) {
  const categories = [];
  if (lot.kind === "offstreet" && capacity >= 50) categories.push("forDisabled");
  const modernGarage = lot.capacity_source !== null && lot.kind === "offstreet" && role !== "scenic";
  if (role === "retail" || role === "transport" || role === "office" || modernGarage) {
    categories.push("forElectricalCharging");
  }
  const reservable =
    (role === "retail" && capacity >= 800) ||
    role === "transport" ||
    modernGarage ||
    lot.id === "huanglong-pr" ||
    lot.id === "renmin-dahuitang-ug";
  if (reservable) categories.push("reservable");
  return categories;
}
