import { z } from "zod";
import { LangParam } from "@/lib/http/public-locale";
import { MAX_QUERY_LENGTH, PLACE_ID, PLACE_KINDS } from "./place";

// Control characters, lone surrogates and private-use code points are never part of a place's name.
const NOT_TEXT = /[\p{Cc}\p{Cs}\p{Co}]/u;

/** `?q=` (what a person typed, 1–40 characters of text once trimmed) and `?lang=`. */
export const PlaceSearchQuery = z
  .object({
    q: z
      .string({ error: "errors.places.queryRequired" })
      .trim()
      .min(1, "errors.places.queryEmpty")
      .max(MAX_QUERY_LENGTH, "errors.places.queryTooLong")
      .refine((text) => !NOT_TEXT.test(text), "errors.places.queryNotText"),
    ...LangParam,
  })
  .strict();
export type PlaceSearchQuery = z.infer<typeof PlaceSearchQuery>;

/** The place named in `/api/places/<kind>/<id>` (and `/parking?to=<kind>:<id>`). */
export const PlaceParams = z.object({ kind: z.enum(PLACE_KINDS), id: z.string().regex(PLACE_ID) });
export type PlaceParams = z.infer<typeof PlaceParams>;
