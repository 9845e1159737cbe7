import { z } from "zod";
import { LOCALES } from "@/lib/i18n/config";

export const PreferencesInput = z
  .object({
    locale: z.enum(LOCALES).optional(),
    elder: z.boolean().optional(),
  })
  .strict()
  .refine((value) => value.locale !== undefined || value.elder !== undefined, {
    error: "errors.validationGeneric",
  });
export type PreferencesInput = z.infer<typeof PreferencesInput>;

/** Preferences live in plain cookies for a year: the server renders the right language and size at once. */
export const PREFERENCE_COOKIE_MAX_AGE = 60 * 60 * 24 * 365;
