// air.json: one year (2016-03-01 … 2017-02-28, the newest in the file) of hourly readings per Beijing
// multi-site station, stored in calendar order (1 Jan … 31 Dec) so the app can look up a day of year and
// an hour; Hangzhou's national stations each replay one of these sites.
import { fillShortGaps } from "./air-gaps.mjs";
import { readSharedJson, readSharedText } from "./io.mjs";
import { encodeSeries, MAX_VALUE } from "./series-codec.mjs";

const STATIONS_SOURCE = "data/air/hangzhou-stations.json";
const siteFile = (site) => `data/air/beijing-multisite/PRSA_Data_${site}_20130301-20170228.csv.gz`;

/** Hangzhou station → Beijing site of a similar kind (see the data README for the reasoning). */
export const STATION_SITE = {
  "1223A": "Nongzhanguan",
  "1224A": "Wanliu",
  "1225A": "Dingling",
  "1226A": "Gucheng",
  "1227A": "Guanyuan",
  "1228A": "Dongsi",
  "1229A": "Wanshouxigong",
  "1230A": "Aotizhongxin",
  "1231A": "Shunyi",
  "1232A": "Tiantan",
  "1233A": "Huairou",
  "3557A": "Changping",
  "3558A": "Huairou",
  "3656A": "Wanshouxigong",
};
const WEATHER_SITE = "Dongsi";

// Stored integer = round(source value × scale) + offset, within 0…4094.
const POLLUTANTS = {
  pm25: { column: "PM2.5", scale: 1, offset: 0 },
  pm10: { column: "PM10", scale: 1, offset: 0 },
  so2: { column: "SO2", scale: 10, offset: 0 },
  no2: { column: "NO2", scale: 1, offset: 0 },
  co: { column: "CO", scale: 0.01, offset: 0 }, // µg/m³ in steps of 100 → tenths of mg/m³
  o3: { column: "O3", scale: 1, offset: 0 },
};
const WEATHER = {
  temperature: { column: "TEMP", scale: 10, offset: 500 },
  pressure: { column: "PRES", scale: 10, offset: -9000 },
  dewPoint: { column: "DEWP", scale: 10, offset: 500 },
  rain: { column: "RAIN", scale: 10, offset: 0 },
  windSpeed: { column: "WSPM", scale: 10, offset: 0 },
};
const COMPASS = [
  "N",
  "NNE",
  "NE",
  "ENE",
  "E",
  "ESE",
  "SE",
  "SSE",
  "S",
  "SSW",
  "SW",
  "WSW",
  "W",
  "WNW",
  "NW",
  "NNW",
];

/** Hangzhou annual means the concentrations are rescaled toward (runtime factor = target / source mean). */
export const RESCALE_TARGETS = {
  pm25: {
    target: 30,
    basis: "sourced: Hangzhou 2024 环境状况公报, 市区 PM2.5 30 µg/m³ (Tide News, 2025-06-05)",
  },
  pm10: { target: 55, basis: "estimate (compiler): recent Hangzhou annual PM10 in the mid-50s µg/m³" },
  so2: { target: 6, basis: "estimate (compiler): recent Hangzhou annual SO2 about 6 µg/m³" },
  no2: { target: 30, basis: "estimate (compiler): recent Hangzhou annual NO2 about 30 µg/m³" },
  co: { target: 0.6, basis: "estimate (compiler): Hangzhou annual mean CO about 0.6 mg/m³" },
  o3: { target: null, basis: "not rescaled: Beijing's 1-h O3 mean is of the same order as Hangzhou's" },
};

function readSite(site) {
  const lines = readSharedText(siteFile(site)).trim().split(/\r?\n/);
  const header = lines[0].split(",").map((h) => h.replaceAll('"', ""));
  const rows = [];
  for (const line of lines.slice(1)) {
    const cells = line.split(",").map((c) => c.replaceAll('"', ""));
    const row = Object.fromEntries(header.map((h, i) => [h, cells[i]]));
    const year = Number(row.year);
    const month = Number(row.month);
    if ((year === 2016 && month >= 3) || (year === 2017 && month <= 2)) rows.push(row);
  }
  if (rows.length !== 365 * 24) throw new Error(`${site}: expected 8760 hours, got ${rows.length}`);
  return rows; // chronological: 2016-03-01 00:00 … 2017-02-28 23:00
}

/** Chronological (Mar…Feb) → calendar order (Jan…Dec). */
const toCalendarOrder = (values) => {
  const marchToDecember = 306 * 24;
  return [...values.slice(marchToDecember), ...values.slice(0, marchToDecember)];
};

function encodeColumn(rows, { column, scale, offset }) {
  const raw = rows.map((r) => (r[column] === "NA" ? null : Number(r[column])));
  const missing = raw.filter((v) => v === null).length;
  const { values, filled } = fillShortGaps(raw);
  let clipped = 0;
  const ints = values.map((v) => {
    if (v === null) return null;
    const stored = Math.round(v * scale) + offset;
    if (stored < 0 || stored > MAX_VALUE) clipped++;
    return Math.min(MAX_VALUE, Math.max(0, stored));
  });
  const real = raw.filter((v) => v !== null);
  const mean = real.reduce((a, b) => a + b, 0) / real.length;
  return {
    series: encodeSeries(toCalendarOrder(ints)),
    stats: {
      missing,
      interpolated: filled,
      leftNull: missing - filled,
      clipped,
      mean: Math.round(mean * 100) / 100,
    },
  };
}

function encodeWindDirection(rows) {
  const ints = rows.map((r) => (r.wd === "NA" ? null : COMPASS.indexOf(r.wd)));
  if (ints.includes(-1)) throw new Error("unknown wind direction label");
  return encodeSeries(toCalendarOrder(ints));
}

export function buildAir() {
  const stations = readSharedJson(STATIONS_SOURCE).stations.map((s) => {
    const site = STATION_SITE[s.code];
    if (!site) throw new Error(`no source site for station ${s.code}`);
    return {
      code: s.code,
      name: { zh: s.name_zh, en: s.name_en },
      lat: s.lat,
      lng: s.lon,
      controlPoint: s.control_point,
      site,
    };
  });
  const sites = {};
  const stats = {};
  for (const site of [...new Set(Object.values(STATION_SITE))].sort()) {
    const rows = readSite(site);
    sites[site] = {};
    stats[site] = {};
    for (const [key, spec] of Object.entries(POLLUTANTS)) {
      const { series, stats: s } = encodeColumn(rows, spec);
      sites[site][key] = series;
      stats[site][key] = s;
    }
  }
  const weatherRows = readSite(WEATHER_SITE);
  const weather = { windDirection: encodeWindDirection(weatherRows) };
  const weatherStats = {};
  for (const [key, spec] of Object.entries(WEATHER)) {
    const { series, stats: s } = encodeColumn(weatherRows, spec);
    weather[key] = series;
    weatherStats[key] = s;
  }
  const sourceMean = (key) => {
    const means = Object.values(stats).map((s) => s[key].mean);
    return Math.round((means.reduce((a, b) => a + b, 0) / means.length) * 100) / 100;
  };
  const rescale = Object.fromEntries(
    Object.entries(RESCALE_TARGETS).map(([key, t]) => {
      // CO is stored in mg/m³ (tenths) but its source mean is in µg/m³.
      const mean = key === "co" ? Math.round(sourceMean(key) / 10) / 100 : sourceMean(key);
      return [
        key,
        {
          ...t,
          sourceMean: mean,
          factor: t.target === null ? 1 : Math.round((t.target / mean) * 10000) / 10000,
        },
      ];
    }),
  );
  return {
    source:
      "../shared/data/air/beijing-multisite (UCI no. 501, Song Xi Chen, PKU; CC BY 4.0), 2016-03-01 to 2017-02-28",
    calendarOrder: "index = (day of a 365-day year - 1) * 24 + hour; Jan-Feb from 2017, Mar-Dec from 2016",
    encoding: {
      alphabet: "base64url, two characters per hour, 4095 = null",
      pollutants: POLLUTANTS,
      weather: { ...WEATHER, windDirection: { column: "wd", index: COMPASS } },
    },
    weatherSite: WEATHER_SITE,
    rescale,
    stations,
    sites,
    weather,
    stats: { sites: stats, weather: weatherStats },
  };
}
