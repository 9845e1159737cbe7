import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import webpush from "web-push";
import type { OpenDb } from "@/lib/db/open";
import { appSettings } from "@/lib/db/schema";
import { createTestDb } from "@/lib/testing/test-db";
import { getVapidKeys, loadVapidKeys, SANDBOX_VAPID_SETTING } from "./vapid";

let opened: OpenDb;
beforeAll(async () => {
  opened = await createTestDb();
});
afterAll(() => opened.close());

const SANDBOX = { VAPID_SUBJECT: "mailto:ops@example.invalid" } as const;

describe("VAPID keys", () => {
  it("are generated once in a sandbox and shared by every caller (every app server)", async () => {
    // Several servers starting at once each call loadVapidKeys without any in-process cache.
    const all = await Promise.all(Array.from({ length: 8 }, () => loadVapidKeys(opened.db, SANDBOX)));
    expect(new Set(all.map((k) => k.publicKey)).size).toBe(1);
    expect(new Set(all.map((k) => k.privateKey)).size).toBe(1);
    const later = await loadVapidKeys(opened.db, SANDBOX);
    expect(later.publicKey).toBe(all[0]!.publicKey);
    const stored = await opened.db
      .select()
      .from(appSettings)
      .where(eq(appSettings.key, SANDBOX_VAPID_SETTING));
    expect(stored).toHaveLength(1);
    expect((stored[0]!.value as { publicKey: string }).publicKey).toBe(later.publicKey);
    // An uncompressed P-256 point, as applicationServerKey needs.
    const raw = Buffer.from(later.publicKey, "base64url");
    expect(raw.length).toBe(65);
    expect(raw[0]).toBe(4);
    expect(later.subject).toBe("mailto:ops@example.invalid");
  });

  it("come from the environment when it sets them, ignoring the sandbox pair", async () => {
    const pair = webpush.generateVAPIDKeys();
    const keys = await loadVapidKeys(opened.db, {
      ...SANDBOX,
      VAPID_PUBLIC_KEY: pair.publicKey,
      VAPID_PRIVATE_KEY: pair.privateKey,
    });
    expect(keys.publicKey).toBe(pair.publicKey);
    expect(keys.privateKey).toBe(pair.privateKey);
  });

  it("refuses a malformed key from the environment with web-push's reason", async () => {
    await expect(
      loadVapidKeys(opened.db, { ...SANDBOX, VAPID_PUBLIC_KEY: "short", VAPID_PRIVATE_KEY: "short" }),
    ).rejects.toThrow(/public key/i);
  });

  it("getVapidKeys caches per database and matches the stored pair", async () => {
    const first = getVapidKeys(opened.db);
    expect(getVapidKeys(opened.db)).toBe(first);
    expect((await first).publicKey).toBe((await loadVapidKeys(opened.db, SANDBOX)).publicKey);
  });
});
