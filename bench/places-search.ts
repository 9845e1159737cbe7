// Measures the destination search (lib/places) on the sandbox city's data: building the index (pinyin of every
// name) and answering typical queries, in process, after a warm-up. Prints one JSON line.
// Run: npx tsx --conditions=react-server bench/places-search.ts [--rounds 200]
import { createSandboxCity } from "@/lib/citybrain/sandbox";
import { hospitalPlaces, sightPlaces } from "@/lib/places/city-places";
import { createPlaceIndex, searchPlaces } from "@/lib/places/search-places";
import { stationPlaces } from "@/lib/places/stations";
import { streetPlaces } from "@/lib/places/streets";

const rounds = Number(process.argv[process.argv.indexOf("--rounds") + 1] || 200) || 200;
// What people type: characters, pinyin whole and as initials, English, typos, and text that matches nothing.
const QUERIES = [
  "西湖",
  "雷峰塔",
  "浙一",
  "杭州东站",
  "平海路",
  "lft",
  "leifengta",
  "lei feng ta",
  "xh",
  "hzdz",
  "West Lake",
  "leifeng pagdoa",
  "hangzhou",
  "road",
  "a",
  "l",
  "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz",
  "xihuxihuxihuxihuxihuxihuxihuxihuxihuxihu",
  "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
];

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;

async function main() {
  const city = createSandboxCity({ seed: "bench" });
  const [pois, hospitals, parking] = await Promise.all([
    city.pointsOfInterest(),
    city.hospitals(),
    city.parking(),
  ]);
  const places = [
    ...sightPlaces(pois),
    ...stationPlaces(),
    ...hospitalPlaces(hospitals),
    ...streetPlaces(parking),
  ];

  const builds: number[] = [];
  for (let i = 0; i < 20; i++) {
    const start = performance.now();
    createPlaceIndex(places);
    builds.push(performance.now() - start);
  }
  const index = createPlaceIndex(places);
  for (const query of QUERIES) searchPlaces(index, query);

  const times: number[] = [];
  let worst = { query: "", ms: 0 };
  for (let round = 0; round < rounds; round++) {
    for (const query of QUERIES) {
      const start = performance.now();
      searchPlaces(index, query);
      const ms = performance.now() - start;
      times.push(ms);
      if (ms > worst.ms) worst = { query, ms };
    }
  }
  times.sort((a, b) => a - b);
  builds.sort((a, b) => a - b);
  const round3 = (value: number) => Math.round(value * 1000) / 1000;
  console.info(
    JSON.stringify({
      places: places.length,
      indexBuildMs: {
        min: round3(builds[0]!),
        median: round3(percentile(builds, 0.5)),
        max: round3(builds.at(-1)!),
      },
      queries: times.length,
      searchMs: {
        p50: round3(percentile(times, 0.5)),
        p99: round3(percentile(times, 0.99)),
        max: round3(times.at(-1)!),
      },
      slowestQuery: worst.query.slice(0, 20),
    }),
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
