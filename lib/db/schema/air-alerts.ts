import { sql } from "drizzle-orm";
import {
  boolean,
  doublePrecision,
  index,
  integer,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { users } from "./auth";

const at = (name: string) => timestamp(name, { withTimezone: true });

export const AIR_ALERT_PLACE_KINDS = ["home", "school", "office", "other"] as const;
export type AirAlertPlaceKind = (typeof AIR_ALERT_PLACE_KINDS)[number];

/**
 * A place a resident wants air-quality alerts for. `clientKey` is chosen by the device that saved it, so a
 * double tap or a retried request saves it once. Quiet hours are minutes after midnight, Asia/Shanghai; both
 * null means none.
 */
export const airAlertPlaces = pgTable(
  "air_alert_places",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    clientKey: text("client_key").notNull(),
    kind: text("kind", { enum: AIR_ALERT_PLACE_KINDS }).notNull(),
    name: text("name").notNull(),
    lat: doublePrecision("lat").notNull(),
    lng: doublePrecision("lng").notNull(),
    /** The HJ 633 level (2–6) from which an alert is sent. */
    level: smallint("level").notNull().default(3),
    quietFrom: smallint("quiet_from"),
    quietTo: smallint("quiet_to"),
    alertsOn: boolean("alerts_on").notNull().default(true),
    createdAt: at("created_at").notNull().defaultNow(),
    updatedAt: at("updated_at").notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("air_alert_places_client_key_idx").on(t.userId, t.clientKey),
    index("air_alert_places_alerts_on_idx").on(t.alertsOn),
  ],
);

/**
 * A stretch of time in which a place's forecast reaches its level. At most one is open per place (whatever two
 * job runs race); its person is told once, by a notification keyed on the episode's id.
 */
export const airAlertEpisodes = pgTable(
  "air_alert_episodes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    placeId: uuid("place_id")
      .notNull()
      .references(() => airAlertPlaces.id, { onDelete: "cascade" }),
    /** The place's level when the episode opened. */
    level: smallint("level").notNull(),
    openedAt: at("opened_at").notNull(),
    /** The worst hour seen so far (AQI, its level and time). */
    worstAqi: integer("worst_aqi").notNull(),
    worstLevel: smallint("worst_level").notNull(),
    worstAt: at("worst_at").notNull(),
    notifiedAt: at("notified_at"),
    endedAt: at("ended_at"),
  },
  (t) => [
    uniqueIndex("air_alert_episodes_open_idx").on(t.placeId).where(sql`${t.endedAt} is null`),
    index("air_alert_episodes_place_idx").on(t.placeId, t.openedAt),
  ],
);
