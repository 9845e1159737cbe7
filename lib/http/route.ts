import type { NextRequest } from "next/server";
import type { z } from "zod";
import { AppError, parseOrThrow } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/config";
import { errorResponse } from "./error-response";
import { requestLocale } from "./request-locale";

export interface RouteContext<P> {
  params: P;
  locale: Locale;
}

type NextContext<P> = { params: Promise<P> };

/** Wraps a route handler: resolves params and locale, and turns every error into the one error shape. */
export function route<P extends Record<string, string | string[]> = Record<string, never>>(
  handler: (request: NextRequest, context: RouteContext<P>) => Promise<Response>,
) {
  return async (request: NextRequest, context: NextContext<P>): Promise<Response> => {
    const locale = requestLocale(request);
    try {
      return await handler(request, { params: await context.params, locale });
    } catch (error) {
      return errorResponse(error, locale);
    }
  };
}

const MAX_JSON_BYTES = 1_000_000;

/** Reads a JSON body and validates it; malformed JSON and bad fields become readable 400s. */
export async function readJson<S extends z.ZodType>(
  request: Request,
  schema: S,
  code: "validation_failed" | "unprocessable" = "validation_failed",
): Promise<z.infer<S>> {
  const text = await request.text();
  if (text.length > MAX_JSON_BYTES) throw new AppError("bad_request", "errors.validationGeneric");
  let data: unknown;
  try {
    data = text.trim() === "" ? {} : JSON.parse(text);
  } catch {
    throw new AppError("bad_request", "errors.invalidJson");
  }
  return parseOrThrow(schema, data, code);
}

/** 204 with no body. */
export function noContent(headers?: HeadersInit): Response {
  return new Response(null, { status: 204, headers });
}
