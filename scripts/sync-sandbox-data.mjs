// Copies what the running app needs from ../shared into the repository (the app never reads ../shared).
//   node scripts/sync-sandbox-data.mjs          write the files
//   node scripts/sync-sandbox-data.mjs --check  regenerate in memory; fail if any file would change
import { writeFileSync } from "node:fs";
import path from "node:path";
import { buildAir } from "./sandbox-data/air.mjs";
import { buildCalendar } from "./sandbox-data/calendar.mjs";
import { buildHospitals } from "./sandbox-data/hospitals.mjs";
import { biomeFormattedJson, compactJson, readIfExists, repoRoot } from "./sandbox-data/io.mjs";
import { buildParking } from "./sandbox-data/parking.mjs";
import { buildStations } from "./sandbox-data/stations.mjs";
import { buildPois } from "./sandbox-data/tourism.mjs";

const DATA = "lib/citybrain/sandbox/data";
const STATIONS = "lib/places/data/stations.json";
const check = process.argv.includes("--check");

const files = {
  ...buildCalendar(),
  [`${DATA}/parking.json`]: compactJson(buildParking()),
  [`${DATA}/air.json`]: compactJson(buildAir()),
  [`${DATA}/pois.json`]: compactJson(buildPois()),
  [`${DATA}/hospitals.json`]: compactJson(buildHospitals()),
  // Not a feed of the sandbox city: the destination search's station list, the same in every deployment.
  [STATIONS]: biomeFormattedJson(buildStations(), STATIONS),
};

let stale = 0;
for (const [relative, content] of Object.entries(files)) {
  const target = path.join(repoRoot, relative);
  const current = readIfExists(target);
  const kb = (Buffer.byteLength(content) / 1024).toFixed(1);
  if (current === content) {
    console.info(`unchanged ${relative} (${kb} KB)`);
  } else if (check) {
    stale++;
    console.error(`differs   ${relative}: run npm run sandbox:data`);
  } else {
    writeFileSync(target, content);
    console.info(`wrote     ${relative} (${kb} KB)`);
  }
}
if (stale > 0) process.exit(1);
