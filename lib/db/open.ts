import path from "node:path";
import * as schema from "./schema";
import type { Db, DbKind } from "./types";

export interface OpenDb {
  db: Db;
  kind: DbKind;
  close: () => Promise<void>;
}

const MIGRATIONS = path.join(process.cwd(), "drizzle");
// Any fixed number: serialises migrations when several app servers start at once.
const MIGRATION_LOCK_KEY = 727_001;

/** Opens node-postgres on `url` and applies the migrations under an advisory lock. */
export async function openPostgres(url: string, options: { migrate?: boolean } = {}): Promise<OpenDb> {
  const [{ Pool }, { drizzle }, { migrate }] = await Promise.all([
    import("pg"),
    import("drizzle-orm/node-postgres"),
    import("drizzle-orm/node-postgres/migrator"),
  ]);
  const pool = new Pool({ connectionString: url, max: 10 });
  pool.on("error", (error) => console.error("[db] idle client error", error));
  if (options.migrate !== false) {
    const client = await pool.connect();
    try {
      await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
      await migrate(drizzle({ client, schema }), { migrationsFolder: MIGRATIONS });
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]).catch(() => {});
      client.release();
    }
  }
  return { db: drizzle({ client: pool, schema }), kind: "postgres", close: () => pool.end() };
}

/** Opens PGlite in `dataDir` ("memory://" or a folder, locked to this process) and applies the migrations. */
export async function openPglite(
  dataDir: string,
  options: { migrate?: boolean; loadDataDir?: Blob } = {},
): Promise<OpenDb> {
  const [{ PGlite }, { drizzle }, { migrate }, { acquirePgliteLock }] = await Promise.all([
    import("@electric-sql/pglite"),
    import("drizzle-orm/pglite"),
    import("drizzle-orm/pglite/migrator"),
    import("./pglite-lock"),
  ]);
  const inMemory = dataDir.startsWith("memory://");
  const release = inMemory ? () => {} : acquirePgliteLock(dataDir);
  try {
    const client = await PGlite.create(inMemory ? dataDir : path.resolve(dataDir), {
      loadDataDir: options.loadDataDir,
    });
    const db = drizzle({ client, schema });
    if (options.migrate !== false) await migrate(db, { migrationsFolder: MIGRATIONS });
    return {
      db,
      kind: "pglite",
      close: async () => {
        await client.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}
