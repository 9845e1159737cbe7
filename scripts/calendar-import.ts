// Imports one year's State Council holiday notice into the database (operator section of README.md).
// Run: npm run calendar:import -- <file.json>   (DATABASE_URL for Postgres, otherwise the PGlite at PGLITE_DIR)
// Exit 0: stored; 2: the file is wrong (nothing stored); 1: the database could not be opened or written.
import { readFileSync } from "node:fs";
import { listCalendarYears, storeCalendarNotice } from "@/lib/calendar/calendar-store";
import { readNoticeFile } from "@/lib/calendar/read-notice-file";
import { serverNow } from "@/lib/clock/server-now";
import { openPglite, openPostgres } from "@/lib/db/open";
import { env } from "@/lib/env";

const USAGE =
  "usage: npm run calendar:import -- <notice.json>   (format: lib/calendar/examples/notice-2026.json)";

function fail(code: number, lines: string[]): never {
  for (const line of lines) console.error(line);
  process.exit(code);
}

// No top-level await: package.json has no "type": "module", so tsx runs this file as CommonJS.
async function main(): Promise<void> {
  const file = process.argv[2];
  if (!file || process.argv.length > 3) fail(2, [USAGE]);
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    fail(2, [`Cannot read ${file}: ${error instanceof Error ? error.message : error}`, USAGE]);
  }
  const result = readNoticeFile(text);
  if (!result.ok) {
    fail(2, [
      `${file} was not imported; nothing was changed. Fix these and run the command again:`,
      ...result.problems.map((p) => `  - ${p}`),
    ]);
  }
  const { notice } = result;
  const { DATABASE_URL, PGLITE_DIR } = env();
  const opened = DATABASE_URL ? await openPostgres(DATABASE_URL) : await openPglite(PGLITE_DIR);
  try {
    const stored = await storeCalendarNotice(opened.db, notice, serverNow());
    if (!stored) throw new Error("nothing was stored");
    console.info(
      `${stored.replaced ? "Replaced" : "Stored"} ${notice.year}: ${notice.source.title}` +
        ` (published ${notice.source.published}, ${notice.source.url})`,
    );
    for (const h of notice.holidays) {
      const golden = notice.goldenWeeks.find((g) => h.from <= g.from && g.to <= h.to);
      console.info(
        `  ${h.from} … ${h.to}  ${h.nameZh} / ${h.nameEn}${golden ? `  (golden week ${golden.from} … ${golden.to})` : ""}`,
      );
    }
    for (const w of notice.workdays) console.info(`  ${w.date}  调休上班 (working day, for ${w.forHoliday})`);
    const years = await listCalendarYears(opened.db);
    console.info(
      `The calendar now covers ${years.map((y) => y.year).join(", ")}; app servers pick it up within a minute.`,
    );
  } finally {
    await opened.close();
  }
}

main().catch((error: unknown) => {
  fail(1, [`The notice was not imported: ${error instanceof Error ? error.message : String(error)}`]);
});
