import "server-only";
import { randomBytes } from "node:crypto";
import type { Db } from "@/lib/db/types";
import { env } from "@/lib/env";
import { getOrCreateSetting } from "@/lib/settings/app-settings";

/**
 * The key for HMACs of sign-in codes. Production sets AUTH_SECRET (env.ts refuses to start without it);
 * a sandbox generates one on first use and keeps it in the database so every app server shares it.
 */
export async function authSecret(db: Db): Promise<string> {
  const fromEnv = env().AUTH_SECRET;
  if (fromEnv) return fromEnv;
  return getOrCreateSetting(db, "sandbox.auth-secret", () => randomBytes(32).toString("base64url"));
}
