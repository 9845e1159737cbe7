// The official AQI of one report's concentrations, as one line of JSON (contract: README "Air quality index").
// Run: npm run --silent aqi -- [--standard 2026|2012|epa] [--kind daily|hourly] '{"PM25_24h":80,…}'
import { runAqiCli } from "@/lib/air/aqi-cli";

const { code, stdout, stderr } = runAqiCli(process.argv.slice(2));
process.stdout.write(stdout);
process.stderr.write(stderr);
process.exitCode = code;
