import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { openPglite, openPostgres } from "@/lib/db/open";

export const TEMPLATE_DB_ENV = "CITYBRAIN_TEST_TEMPLATE_DB";
export const TEMPLATE_DUMP_ENV = "CITYBRAIN_TEST_TEMPLATE_DUMP";

/**
 * vitest globalSetup: migrate once, so each test file gets a migrated copy in well under a second
 * instead of running every migration again.
 */
export default async function setup(): Promise<() => Promise<void>> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const { withDatabase } = await import("./test-db");
    const { Client } = await import("pg");
    const name = `citybrain_tpl_${randomBytes(4).toString("hex")}`;
    const admin = new Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    const migrated = await openPostgres(withDatabase(url, name));
    await migrated.close();
    process.env[TEMPLATE_DB_ENV] = name;
    return async () => {
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    };
  }
  const dir = mkdtempSync(path.join(tmpdir(), "citybrain-db-"));
  const opened = await openPglite("memory://");
  // The PGlite client is behind the Drizzle handle; dumpDataDir gives a tarball of the migrated state.
  const client = (opened.db as unknown as { $client: { dumpDataDir: (c: "none") => Promise<Blob> } }).$client;
  const dump = await client.dumpDataDir("none");
  const file = path.join(dir, "template.tar");
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  await opened.close();
  process.env[TEMPLATE_DUMP_ENV] = file;
  return async () => rmSync(dir, { recursive: true, force: true });
}
