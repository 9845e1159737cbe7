// The crowd model's inputs per sight. Golden-week daily visitors are sourced where tourism/README.md
// gives a figure and estimated from popularity otherwise; the other day types are shares of it.
const WEEK = 7;

/** Sourced golden-week figures (tourism/README.md "Crowd patterns"), per day. */
export const SOURCED_DAILY = {
  "west-lake": { daily: 3_630_000 / WEEK, basis: "3.63 M West Lake park visits, Golden Week 2019 (7 days)" },
  "leifeng-pagoda": { daily: 225_700 / WEEK, basis: "225,700 visitors, Golden Week 2019 (7 days)" },
  "city-balcony": { daily: 252_800 / WEEK, basis: "252,800 visitors, Golden Week 2019 (7 days)" },
  "liangzhu-ruins": { daily: 35_800 / WEEK, basis: "35,800 visitors, Golden Week 2019 (7 days)" },
  "liangzhu-museum": { daily: 76_700 / WEEK, basis: "76,700 visitors, Golden Week 2019 (7 days)" },
  "xixi-wetland": {
    daily: 24_000,
    basis: "daily cap of 24,000 visitors with reservation (2020), binding on peak days",
  },
};
/** Broken Bridge: ~130 people/min ≈ 8,000/h crossing at ~13:00 on 1 Oct 2014; deck limit 1,400 people. */
export const BROKEN_BRIDGE = { peakHourly: 8000, capacity: 1400, dwellMinutes: Math.round(1400 / 130) };

/** Estimates: golden-week visitors per day by popularity (1–5) where nothing is sourced. */
export const DAILY_BY_POPULARITY = { 1: 800, 2: 2000, 3: 5000, 4: 12000, 5: 30000 };
/** Estimates: each day type's visitors as a share of a golden-week day. */
export const DAY_TYPE_SHARE = { weekday: 0.2, weekend: 0.45, holiday: 0.7, goldenWeek: 1 };

/** Hourly arrival weights, 00:00…23:00 (estimates shaped by the README's qualitative notes). */
export const CURVES = {
  // Tour groups mid-morning, a second wave after lunch.
  daytime: [
    0, 0, 0, 0, 0, 0, 0.2, 0.5, 1, 1.6, 1.9, 1.7, 1.2, 1.4, 1.5, 1.2, 0.8, 0.5, 0.3, 0.2, 0.15, 0.1, 0.05, 0,
  ],
  // Open lakeside: locals exercising before 08:00, busiest early afternoon (Broken Bridge peaked ~13:00).
  lakeside: [
    0.02, 0.01, 0.01, 0.01, 0.02, 0.1, 0.3, 0.4, 0.6, 1, 1.5, 1.6, 1.5, 1.7, 1.6, 1.4, 1.2, 1, 0.9, 0.9, 0.7,
    0.4, 0.2, 0.1,
  ],
  // Hubin, Hefang Street, the fountain and the riverside peak in the evening.
  evening: [
    0.05, 0.02, 0, 0, 0, 0, 0.05, 0.1, 0.2, 0.4, 0.6, 0.7, 0.8, 0.8, 0.8, 0.8, 0.9, 1.1, 1.5, 2, 2.1, 1.6, 1,
    0.4,
  ],
  museum: [0, 0, 0, 0, 0, 0, 0, 0, 0.3, 1.2, 1.6, 1.3, 0.8, 1.2, 1.5, 1.2, 0.5, 0.1, 0, 0, 0, 0, 0, 0],
  meal: [0, 0, 0, 0, 0, 0, 0, 0.3, 0.3, 0.2, 0.3, 1.5, 2, 1, 0.2, 0.1, 0.2, 1.2, 2, 1.5, 0.5, 0.1, 0, 0],
};

const EVENING = new Set([
  "hubin-pedestrian-street",
  "hefang-street",
  "west-lake-musical-fountain",
  "wushan-night-market",
  "city-balcony",
]);

function curveOf(poi, allDay) {
  if (EVENING.has(poi.id)) return "evening";
  if (poi.ticket_cny === null && poi.categories.includes("food")) return "meal";
  if (poi.categories.includes("museum") && !allDay) return "museum";
  return allDay ? "lakeside" : "daytime";
}

/** Crowd inputs for one POI: curve, golden-week daily visitors (and why), cap, dwell, capacity. */
export function crowdCalibration(poi, schedule) {
  const allDay = schedule.rules.some((r) => r.periods.some(([open, close]) => open === 0 && close === 1440));
  const curve = curveOf(poi, allDay);
  const base = { curve, dwellMinutes: poi.visit_duration_min, capacity: null, dailyCap: null };
  if (poi.id === "broken-bridge") {
    const weights = CURVES[curve];
    const peakShare = Math.max(...weights) / weights.reduce((a, b) => a + b, 0);
    return {
      ...base,
      goldenWeekDaily: Math.round(BROKEN_BRIDGE.peakHourly / peakShare),
      basis: "sourced: ~8,000 people/h at ~13:00 on 1 Oct 2014; daily = peak hour / the curve's peak share",
      dwellMinutes: BROKEN_BRIDGE.dwellMinutes,
      capacity: BROKEN_BRIDGE.capacity,
    };
  }
  const sourced = SOURCED_DAILY[poi.id];
  if (sourced) {
    return {
      ...base,
      goldenWeekDaily: Math.round(sourced.daily),
      basis: `sourced: ${sourced.basis}`,
      dailyCap: poi.id === "xixi-wetland" ? 24_000 : null,
    };
  }
  return {
    ...base,
    goldenWeekDaily: DAILY_BY_POPULARITY[poi.popularity],
    basis: `estimate: popularity ${poi.popularity}`,
  };
}
