import "server-only";
import webpush from "web-push";
import type { Db } from "@/lib/db/types";
import { type Env, env } from "@/lib/env";
import { getOrCreateSetting } from "@/lib/settings/app-settings";

export interface VapidKeys {
  /** base64url, uncompressed P-256 point: the browser's `applicationServerKey`. */
  publicKey: string;
  privateKey: string;
  /** mailto: or https: contact the push services can reach us on. */
  subject: string;
}

export type VapidConfig = Pick<Env, "VAPID_PUBLIC_KEY" | "VAPID_PRIVATE_KEY" | "VAPID_SUBJECT">;

export const SANDBOX_VAPID_SETTING = "sandbox.vapid";

/**
 * The VAPID keys from the environment, or — in a sandbox without them — a pair generated once and kept
 * in app_settings so every app server signs with the same key the browsers subscribed with.
 */
export async function loadVapidKeys(db: Db, config: VapidConfig = env()): Promise<VapidKeys> {
  const pair =
    config.VAPID_PUBLIC_KEY && config.VAPID_PRIVATE_KEY
      ? { publicKey: config.VAPID_PUBLIC_KEY, privateKey: config.VAPID_PRIVATE_KEY }
      : await getOrCreateSetting(db, SANDBOX_VAPID_SETTING, () => webpush.generateVAPIDKeys());
  const keys = { publicKey: pair.publicKey, privateKey: pair.privateKey, subject: config.VAPID_SUBJECT };
  // Fails now, with web-push's own message, rather than at the first notification.
  webpush.getVapidHeaders(
    "https://push.example.invalid",
    keys.subject,
    keys.publicKey,
    keys.privateKey,
    "aes128gcm",
  );
  return keys;
}

const cache = new WeakMap<Db, Promise<VapidKeys>>();

/** The VAPID keys of this deployment, read once per process and database handle. */
export function getVapidKeys(db: Db): Promise<VapidKeys> {
  let keys = cache.get(db);
  if (!keys) {
    keys = loadVapidKeys(db);
    keys.catch(() => cache.delete(db));
    cache.set(db, keys);
  }
  return keys;
}
