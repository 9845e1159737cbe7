import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, "..");
const TSX = path.join(ROOT, "node_modules/.bin/tsx");
const EXAMPLE = path.join(ROOT, "lib/calendar/examples/notice-2026.json");

const work = mkdtempSync(path.join(tmpdir(), "calendar-import-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs `npm run calendar:import -- <file>` on a fresh embedded database in a temporary directory. */
async function importFile(file: string) {
  const { DATABASE_URL: _postgres, ...inherited } = process.env;
  const env = { ...inherited, PGLITE_DIR: path.join(work, `db-${Math.random().toString(36).slice(2)}`) };
  try {
    const { stdout, stderr } = await run(
      TSX,
      ["--conditions=react-server", "scripts/calendar-import.ts", file],
      {
        cwd: ROOT,
        env,
      },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe("npm run calendar:import", () => {
  it("stores a valid notice and prints what it stored", async () => {
    const result = await importFile(EXAMPLE);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Stored 2026: 国务院办公厅关于2026年部分节假日安排的通知");
    expect(result.stdout).toContain("2026-10-01 … 2026-10-07  国庆节 / National Day  (golden week");
    expect(result.stdout).toContain("2026-09-20  调休上班");
  }, 60_000);

  it("refuses a wrong file with exit 2, naming each problem, and stores nothing", async () => {
    const notice = JSON.parse(readFileSync(EXAMPLE, "utf8"));
    notice.workdays[0].date = "2026-01-05";
    notice.holidays[2].nameEn = "";
    const bad = path.join(work, "bad.json");
    writeFileSync(bad, JSON.stringify(notice));
    const result = await importFile(bad);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("nothing was changed");
    expect(result.stderr).toContain("workdays[0].date: 2026-01-05 is not a Saturday or Sunday");
    expect(result.stderr).toContain("holidays[2].nameEn: an English name (nameEn) is required");
  }, 60_000);

  it("refuses a file that is not JSON, or no file, with exit 2", async () => {
    const broken = path.join(work, "broken.json");
    writeFileSync(broken, "{");
    expect(await importFile(broken)).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("not valid JSON"),
    });
    expect(await importFile(path.join(work, "missing.json"))).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("Cannot read"),
    });
  }, 60_000);
});
