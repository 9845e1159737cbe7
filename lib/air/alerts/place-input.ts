import { z } from "zod";
import { AIR_ALERT_PLACE_KINDS } from "@/lib/db/schema/air-alerts";
import { DEFAULT_QUIET_HOURS, minutesOf } from "./quiet-hours";

/** A person saves at most this many places: enough for home, work, school and family, cheap to forecast. */
export const MAX_ALERT_PLACES = 10;
export const MAX_PLACE_NAME = 40;
/** The levels a person may choose: 1 (excellent) would alert almost every day. */
export const ALERT_LEVELS = [2, 3, 4, 5, 6] as const;
export const DEFAULT_ALERT_LEVEL = 3;

const POSITION = "airAlertsServer.errors.position";
// Hangzhou's municipal area (29°11′–30°33′ N, 118°21′–120°30′ E) with a margin: the city's stations cover it.
const Latitude = z.number().min(29, POSITION).max(30.8, POSITION);
const Longitude = z.number().min(118.2, POSITION).max(120.9, POSITION);

const PlaceName = z
  .string()
  .trim()
  .min(1, "airAlertsServer.errors.name")
  .refine((name) => Array.from(name).length <= MAX_PLACE_NAME, "airAlertsServer.errors.name");

const ClockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "airAlertsServer.errors.quietHours");

export const QuietHoursInput = z
  .object({ from: ClockTime, to: ClockTime })
  .strict()
  .refine((quiet) => quiet.from !== quiet.to, "airAlertsServer.errors.quietHours")
  .transform((quiet) => ({ from: minutesOf(quiet.from), to: minutesOf(quiet.to) }));

const Level = z
  .number()
  .int()
  .refine((level) => (ALERT_LEVELS as readonly number[]).includes(level), "airAlertsServer.errors.level");

/** A place to save: where it is (WGS84), what it is called, and when to alert. */
export const CreateAlertPlaceInput = z
  .object({
    /** Chosen by the device once per form, so a double tap or a retry saves one place. */
    clientKey: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, "airAlertsServer.errors.clientKey"),
    kind: z.enum(AIR_ALERT_PLACE_KINDS),
    name: PlaceName,
    lat: Latitude,
    lng: Longitude,
    level: Level.default(DEFAULT_ALERT_LEVEL),
    /** `null` for none; left out, 22:00–07:00. */
    quietHours: QuietHoursInput.nullable().default(DEFAULT_QUIET_HOURS),
    alertsOn: z.boolean().default(true),
  })
  .strict();
export type CreateAlertPlaceInput = z.infer<typeof CreateAlertPlaceInput>;

/** A change to a saved place: any of its fields. */
export const UpdateAlertPlaceInput = z
  .object({
    kind: z.enum(AIR_ALERT_PLACE_KINDS),
    name: PlaceName,
    lat: Latitude,
    lng: Longitude,
    level: Level,
    quietHours: QuietHoursInput.nullable(),
    alertsOn: z.boolean(),
  })
  .partial()
  .strict();
export type UpdateAlertPlaceInput = z.infer<typeof UpdateAlertPlaceInput>;

export const AlertPlaceId = z.uuid();
