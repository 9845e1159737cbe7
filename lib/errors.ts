import { ZodError, type z } from "zod";

export const ERROR_STATUS = {
  bad_request: 400,
  malformed_request: 400,
  validation_failed: 400,
  unauthorized: 401,
  // A credit line would be exceeded (the clinic's hospital API): payment, not permission, is missing.
  credit_exceeded: 402,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  payload_too_large: 413,
  unprocessable: 422,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export interface ErrorIssue {
  path: string;
  message: string;
}

/**
 * An error a person can act on. `messageKey` names a message in the `errors` namespace of the
 * message catalogue, so the response is written in the caller's language.
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly messageKey: string;
  readonly values: Record<string, string | number>;
  readonly issues?: ErrorIssue[] | z.core.$ZodIssue[];
  readonly extra?: Record<string, unknown>;
  /** The request's body is still arriving and unwanted: answer, then close the connection. */
  readonly closeConnection: boolean;

  constructor(
    code: ErrorCode,
    messageKey: string,
    options: {
      values?: Record<string, string | number>;
      issues?: ErrorIssue[] | z.core.$ZodIssue[];
      extra?: Record<string, unknown>;
      closeConnection?: boolean;
    } = {},
  ) {
    super(`${code}: ${messageKey}`);
    this.code = code;
    this.messageKey = messageKey;
    this.values = options.values ?? {};
    this.issues = options.issues;
    this.extra = options.extra;
    this.closeConnection = options.closeConnection ?? false;
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

/** Parses with zod and turns failure into a 400 (or the given code) with readable issues. */
export function parseOrThrow<S extends z.ZodType>(
  schema: S,
  input: unknown,
  code: "validation_failed" | "unprocessable" = "validation_failed",
): z.infer<S> {
  const result = schema.safeParse(input, { reportInput: true });
  if (!result.success) throw validationError(result.error, code);
  return result.data;
}

export function validationError(
  error: ZodError,
  code: "validation_failed" | "unprocessable" = "validation_failed",
): AppError {
  return new AppError(code, "validation", { issues: error.issues });
}

export function isZodError(error: unknown): error is ZodError {
  return error instanceof ZodError;
}
