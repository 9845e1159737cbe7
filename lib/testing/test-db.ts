import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { type OpenDb, openPglite, openPostgres } from "@/lib/db/open";
import { TEMPLATE_DB_ENV, TEMPLATE_DUMP_ENV } from "./test-db-setup";

/**
 * A fresh, migrated database for one test file: a PGlite copy of the migrated template, or — when
 * DATABASE_URL is set — a new Postgres database cloned from the migrated template database.
 */
export async function createTestDb(): Promise<OpenDb> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const template = process.env[TEMPLATE_DB_ENV];
    if (!template) throw new Error("The db test project's globalSetup did not run (no template database).");
    const name = `${template}_${randomBytes(4).toString("hex")}`;
    const { Client } = await import("pg");
    const admin = new Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
    await admin.end();
    const opened = await openPostgres(withDatabase(url, name), { migrate: false });
    return {
      ...opened,
      close: async () => {
        await opened.close();
        const cleanup = new Client({ connectionString: url });
        await cleanup.connect();
        await cleanup.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await cleanup.end();
      },
    };
  }
  const dump = process.env[TEMPLATE_DUMP_ENV];
  if (!dump) return openPglite("memory://");
  return openPglite("memory://", { migrate: false, loadDataDir: new Blob([readFileSync(dump)]) });
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
