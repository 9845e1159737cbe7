import type { z } from "zod";
import { AppError, type ErrorIssue, isZodError, validationError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/config";
import { hasMessage, translatorFor } from "@/lib/i18n/translator";

export interface ErrorBody {
  error: { code: string; message: string; issues?: ErrorIssue[] } & Record<string, unknown>;
}

/** Turns any thrown value into the one error shape, written in the caller's language. */
export function errorResponse(error: unknown, locale: Locale): Response {
  const appError = toAppError(error);
  const t = translatorFor(locale);
  const issues = appError.issues?.map((issue) => localiseIssue(issue, locale));
  let message: string;
  if (appError.messageKey === "validation") {
    message = issues?.length
      ? t("errors.validation", { detail: issues.map((i) => i.message).join(locale === "en" ? "; " : "；") })
      : t("errors.validationGeneric");
  } else {
    message = translate(locale, appError.messageKey, appError.values);
  }
  const body: ErrorBody = {
    error: { code: appError.code, message, ...(issues ? { issues } : {}), ...appError.extra },
  };
  const headers: Record<string, string> = { "Cache-Control": "no-store" };
  const retryAfter = appError.extra?.retryAfterSeconds;
  if (typeof retryAfter === "number") headers["Retry-After"] = String(retryAfter);
  if (appError.closeConnection) headers.Connection = "close";
  return Response.json(body, { status: appError.status, headers });
}

function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (isZodError(error)) return validationError(error);
  console.error("[unhandled]", error);
  return new AppError("internal", "errors.internal");
}

function translate(locale: Locale, key: string, values: Record<string, string | number>): string {
  const fullKey = hasMessage(locale, key) ? key : "errors.internal";
  // Keys are checked at runtime, so the typed translator cannot see them.
  return (translatorFor(locale) as unknown as (k: string, v?: object) => string)(fullKey, values);
}

function localiseIssue(issue: ErrorIssue | z.core.$ZodIssue, locale: Locale): ErrorIssue {
  const path = Array.isArray(issue.path) ? issue.path.join(".") : String(issue.path);
  if (hasMessage(locale, issue.message)) return { path, message: translate(locale, issue.message, {}) };
  const last = path.split(".").filter(Boolean).at(-1) ?? "body";
  const field = hasMessage(locale, `errors.fields.${last}`)
    ? translate(locale, `errors.fields.${last}`, {})
    : last;
  const zodIssue = issue as z.core.$ZodIssue;
  let kind: string = "code" in zodIssue ? zodIssue.code : "other";
  if (kind === "invalid_type" && "input" in zodIssue && zodIssue.input === undefined) kind = "required";
  if (!hasMessage(locale, `errors.issue.${kind}`)) kind = "other";
  const keys = "keys" in zodIssue && Array.isArray(zodIssue.keys) ? zodIssue.keys.join(", ") : "";
  return { path, message: translate(locale, `errors.issue.${kind}`, { field, keys }) };
}
