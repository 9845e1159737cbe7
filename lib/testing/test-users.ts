import { users } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";

let sequence = 0;

/** Inserts a user with a unique phone number; returns its id. */
export async function createTestUser(db: Db, locale: "zh-CN" | "en" = "zh-CN"): Promise<string> {
  sequence += 1;
  const phone = `+86137${String((Date.now() % 100_000) * 1000 + sequence)
    .padStart(8, "0")
    .slice(-8)}`;
  const [user] = await db.insert(users).values({ phone, locale }).returning({ id: users.id });
  return user!.id;
}
