// parking.json: Birmingham daily shapes + Hangzhou car parks and street-berth groups that use them.
import { buildBirminghamProfiles, FIRST_SLOT } from "./birmingham-profiles.mjs";
import { readSharedJson, round } from "./io.mjs";
import { estimatedCategories, LOT_ESTIMATES } from "./parking-estimates.mjs";
import { assignProfile } from "./parking-roles.mjs";
import { buildStreetBerthGroups } from "./street-berths.mjs";

const LOTS_SOURCE = "data/parking/hangzhou-lots.json";
const ESTIMATED_LOCATION = new Set(["low", "estimate"]);

const SUBTYPE_CATEGORIES = {
  underground: ["underground"],
  "underground mechanical": ["underground", "parkingGarage"],
  "multi-storey": ["parkingGarage"],
  "automated multi-storey": ["parkingGarage"],
};

function offStreetCategories(lot, role) {
  const categories = ["public", "feeCharged", ...(SUBTYPE_CATEGORIES[lot.subtype] ?? [])];
  // Two West Lake garages say "地下车库" (underground garage) only in their name.
  if (!lot.subtype) categories.push(lot.name_zh.includes("地下") ? "underground" : "parkingLot");
  if (lot.id === "huanglong-pr") categories.push("urbanDeterrentParking"); // DATEX II's park-and-ride
  if (role === "hospital") categories.push("forVisitors");
  return categories;
}

export function buildParking() {
  const profiles = buildBirminghamProfiles();
  const lots = readSharedJson(LOTS_SOURCE).lots;
  const facilities = lots.map((lot) => {
    const estimate = LOT_ESTIMATES[lot.id];
    if (!estimate) throw new Error(`no parking estimate entry for ${lot.id}`);
    const capacityEstimated = lot.capacity === null;
    const capacity = lot.capacity ?? estimate.capacity;
    if (!capacity) throw new Error(`no capacity for ${lot.id}`);
    const onStreet = lot.kind === "onstreet";
    const categories = onStreet
      ? ["public", "feeCharged", "shortTerm"]
      : offStreetCategories(lot, estimate.role);
    return {
      slug: lot.id,
      type: onStreet ? "OnStreetParking" : "OffStreetParking",
      name: { zh: lot.name_zh.replace(/\s+停车场$/, "停车场"), en: lot.name_en },
      lat: round(lot.location.lat, 6),
      lng: round(lot.location.lon, 6),
      zone: lot.tariff_zone?.class === "west_lake_scenic" ? "westlake" : "offstreet",
      total: capacity,
      category: [...categories, ...estimatedCategories(lot, estimate.role, capacity)],
      estimated: { capacity: capacityEstimated, location: ESTIMATED_LOCATION.has(lot.location.confidence) },
      profile: assignProfile(lot.id, estimate.role, profiles),
      role: estimate.role,
      evening: estimate.evening === true,
    };
  });
  for (const group of buildStreetBerthGroups()) {
    facilities.push({
      slug: group.slug,
      type: "OnStreetParking",
      name: { zh: group.zh, en: group.en },
      lat: round(group.lat, 6),
      lng: round(group.lon, 6),
      zone: group.zone,
      total: group.capacity,
      category: ["public", "feeCharged", "shortTerm", ...(group.zone === "core" ? ["forDisabled"] : [])],
      estimated: { capacity: true, location: true },
      profile: assignProfile(group.slug, group.role, profiles),
      role: group.role,
      evening: group.zone === "core",
      anchor: group.anchorText,
    });
  }
  return {
    source: {
      profiles:
        "../shared/data/parking/birmingham_occupancy_14lots_augmented.csv (UCI Parking Birmingham, Stolfi et al. 2017; OGL v3 / CC BY 4.0)",
      facilities: "../shared/data/parking/hangzhou-lots.json + scripts/sandbox-data/street-berths.mjs",
    },
    firstSlot: FIRST_SLOT,
    profiles,
    facilities,
  };
}
