import { z } from "zod";
import { parseOrThrow } from "@/lib/errors";

/** A query-string number: present, not blank, and a finite number ("" would otherwise coerce to 0). */
export const queryNumber = z
  .string()
  .trim()
  .min(1)
  .transform(Number)
  .pipe(z.number().refine(Number.isFinite));

/** Validates a request's query string (repeated keys keep the last value). */
export function parseQuery<S extends z.ZodType>(request: Request, schema: S): z.infer<S> {
  return parseOrThrow(schema, Object.fromEntries(new URL(request.url).searchParams));
}

/** For routes that take no parameters: an unknown one is a mistake worth telling the caller about. */
export const NoQuery = z.object({}).strict();
