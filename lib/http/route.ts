import type { NextRequest } from "next/server";
import type { z } from "zod";
import { AppError, parseOrThrow } from "@/lib/errors";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/config";
import { refuseForeignMutation, withSecurityHeaders } from "./api-guard";
import { readCappedText } from "./body-reader";
import { isCleanText, rejectUncleanText, uncleanTextError } from "./clean-text";
import { errorResponse } from "./error-response";
import { requestLocale } from "./request-locale";

export interface RouteContext<P> {
  params: P;
  locale: Locale;
}

type NextContext<P> = { params: Promise<P> };

/**
 * Wraps a route handler: refuses a mutation from another site (403), resolves the locale and params, refuses a
 * param or query value that is not clean text (NUL, lone surrogate) with a 400, turns every error into the one
 * error shape, and puts the security headers on every answer.
 */
export function route<P extends Record<string, string | string[]> = Record<string, never>>(
  handler: (request: NextRequest, context: RouteContext<P>) => Promise<Response>,
) {
  return async (request: NextRequest, context: NextContext<P>): Promise<Response> => {
    let locale: Locale = DEFAULT_LOCALE;
    try {
      locale = requestLocale(request);
      refuseForeignMutation(request);
      const params = (await context?.params) ?? ({} as P);
      rejectUncleanAddress(request, params);
      return withSecurityHeaders(await handler(request, { params, locale }));
    } catch (error) {
      return withSecurityHeaders(errorResponse(error, locale));
    }
  };
}

function rejectUncleanAddress(request: NextRequest, params: Record<string, string | string[]>): void {
  for (const [name, value] of Object.entries(params)) {
    for (const part of Array.isArray(value) ? value : [value]) {
      if (!isCleanText(part)) throw uncleanTextError(name);
    }
  }
  for (const [name, value] of request.nextUrl.searchParams) {
    if (!isCleanText(name) || !isCleanText(value)) throw uncleanTextError(isCleanText(name) ? name : "query");
  }
}

export const MAX_JSON_BYTES = 1_000_000;

/**
 * Reads a JSON body and validates it: a body over 1 MB is a 413 (refused before it is read whole),
 * malformed JSON and any string holding a NUL or a lone surrogate are 400s, bad fields readable 400s.
 */
export async function readJson<S extends z.ZodType>(
  request: Request,
  schema: S,
  code: "validation_failed" | "unprocessable" = "validation_failed",
): Promise<z.infer<S>> {
  const text = await readCappedText(request, MAX_JSON_BYTES);
  let data: unknown;
  try {
    data = text.trim() === "" ? {} : JSON.parse(text);
  } catch {
    throw new AppError("bad_request", "errors.invalidJson");
  }
  rejectUncleanText(data);
  return parseOrThrow(schema, data, code);
}

/** 204 with no body. */
export function noContent(headers?: HeadersInit): Response {
  return new Response(null, { status: 204, headers });
}
