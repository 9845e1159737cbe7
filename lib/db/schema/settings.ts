import { jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/** Values the deployment generates once and every app server must share (sandbox VAPID keys, secrets). */
export const appSettings = pgTable("app_settings", {
  key: text("key").primaryKey(),
  value: jsonb("value").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});
