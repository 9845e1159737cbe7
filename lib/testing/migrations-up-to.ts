import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/** The project's migrations folder. */
export const MIGRATIONS = path.join(process.cwd(), "drizzle");

/** Copies of the migrations folder cut at one migration, for tests of what a migration does to older data. */
export function migrationCopies(): { upTo(lastTag: string): string; remove(): void } {
  const work = mkdtempSync(path.join(tmpdir(), "migrations-"));
  return {
    /** A copy holding only the migrations before `firstNewTag` (by journal tag). */
    upTo(firstNewTag: string): string {
      const dir = path.join(work, `before-${firstNewTag}`);
      cpSync(MIGRATIONS, dir, { recursive: true });
      const journalPath = path.join(dir, "meta", "_journal.json");
      const journal = JSON.parse(readFileSync(journalPath, "utf8")) as {
        entries: { idx: number; tag: string }[];
      };
      const cut = journal.entries.findIndex((entry) => entry.tag === firstNewTag);
      if (cut < 0) throw new Error(`No migration ${firstNewTag} in the journal`);
      journal.entries = journal.entries.slice(0, cut);
      writeFileSync(journalPath, JSON.stringify(journal));
      return dir;
    },
    remove: () => rmSync(work, { recursive: true, force: true }),
  };
}
