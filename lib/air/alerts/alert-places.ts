import "server-only";
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import { airAlertEpisodes, airAlertPlaces } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import { AppError } from "@/lib/errors";
import { type CreateAlertPlaceInput, MAX_ALERT_PLACES, type UpdateAlertPlaceInput } from "./place-input";
import { clockText } from "./quiet-hours";

type PlaceRow = typeof airAlertPlaces.$inferSelect;

/** A saved place as the API answers it (quiet hours as "HH:MM", Asia/Shanghai). */
export interface AlertPlaceView {
  id: string;
  kind: PlaceRow["kind"];
  name: string;
  lat: number;
  lng: number;
  level: number;
  quietHours: { from: string; to: string } | null;
  alertsOn: boolean;
}

export function alertPlaceView(row: PlaceRow): AlertPlaceView {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    lat: row.lat,
    lng: row.lng,
    level: row.level,
    quietHours:
      row.quietFrom === null || row.quietTo === null
        ? null
        : { from: clockText(row.quietFrom), to: clockText(row.quietTo) },
    alertsOn: row.alertsOn,
  };
}

/** The person's saved places, oldest first. */
export async function listAlertPlaces(db: Db, userId: string): Promise<AlertPlaceView[]> {
  const rows = await db
    .select()
    .from(airAlertPlaces)
    .where(eq(airAlertPlaces.userId, userId))
    .orderBy(asc(airAlertPlaces.createdAt), asc(airAlertPlaces.id));
  return rows.map(alertPlaceView);
}

/**
 * Saves a place once per client key: the same key again answers the place already saved (`created` false),
 * whatever two requests race. A person keeps at most MAX_ALERT_PLACES.
 */
export async function createAlertPlace(
  db: Db,
  userId: string,
  input: CreateAlertPlaceInput,
  now: Date,
): Promise<{ place: AlertPlaceView; created: boolean }> {
  return db.transaction(async (tx) => {
    // Serialises one person's saves, so two requests cannot both take the last slot.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`air-alerts:user:${userId}`}, 0))`);
    const mine = await tx.select().from(airAlertPlaces).where(eq(airAlertPlaces.userId, userId));
    const same = mine.find((row) => row.clientKey === input.clientKey);
    if (same) return { place: alertPlaceView(same), created: false };
    if (mine.length >= MAX_ALERT_PLACES) {
      throw new AppError("conflict", "airAlertsServer.errors.tooMany", { values: { max: MAX_ALERT_PLACES } });
    }
    const [row] = await tx
      .insert(airAlertPlaces)
      .values({
        userId,
        clientKey: input.clientKey,
        kind: input.kind,
        name: input.name,
        lat: input.lat,
        lng: input.lng,
        level: input.level,
        quietFrom: input.quietHours?.from ?? null,
        quietTo: input.quietHours?.to ?? null,
        alertsOn: input.alertsOn,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    return { place: alertPlaceView(row!), created: true };
  });
}

/**
 * Changes one of the person's places; another person's (or no) place is a 404. A new level or alerts turned off
 * ends the place's open episode: the next sweep judges the place afresh by what the person now asked for.
 */
export async function updateAlertPlace(
  db: Db,
  userId: string,
  placeId: string,
  input: UpdateAlertPlaceInput,
  now: Date,
): Promise<AlertPlaceView> {
  const { quietHours, ...fields } = input;
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select({ level: airAlertPlaces.level, alertsOn: airAlertPlaces.alertsOn })
      .from(airAlertPlaces)
      .where(and(eq(airAlertPlaces.id, placeId), eq(airAlertPlaces.userId, userId)))
      .for("update");
    if (!before) throw new AppError("not_found", "airAlertsServer.errors.notFound");
    const [row] = await tx
      .update(airAlertPlaces)
      .set({
        ...fields,
        ...(quietHours === undefined
          ? {}
          : { quietFrom: quietHours?.from ?? null, quietTo: quietHours?.to ?? null }),
        updatedAt: now,
      })
      .where(eq(airAlertPlaces.id, placeId))
      .returning();
    if (row!.level !== before.level || (before.alertsOn && !row!.alertsOn)) {
      await tx
        .update(airAlertEpisodes)
        .set({ endedAt: now })
        .where(and(eq(airAlertEpisodes.placeId, placeId), isNull(airAlertEpisodes.endedAt)));
    }
    return alertPlaceView(row!);
  });
}

/** Deletes one of the person's places (and its episodes); another person's (or no) place is a 404. */
export async function deleteAlertPlace(db: Db, userId: string, placeId: string): Promise<void> {
  const deleted = await db
    .delete(airAlertPlaces)
    .where(and(eq(airAlertPlaces.id, placeId), eq(airAlertPlaces.userId, userId)))
    .returning({ id: airAlertPlaces.id });
  if (deleted.length === 0) throw new AppError("not_found", "airAlertsServer.errors.notFound");
}
