import type { ProblemDetails } from "../upstream-error";

/** The NGSI-LD error types the broker answers with, and their HTTP status. */
export const NGSI_LD_ERRORS = {
  BadRequestData: 400,
  InvalidRequest: 400,
  ResourceNotFound: 404,
  NotAcceptable: 406,
  OperationNotSupported: 422,
  InternalError: 500,
  NotImplemented: 501,
} as const;
export type NgsiLdErrorName = keyof typeof NGSI_LD_ERRORS;

export const ERROR_TYPE_BASE = "https://uri.etsi.org/ngsi-ld/errors/";

/** A request the broker refuses; becomes an `application/problem+json` answer. */
export class BrokerProblem extends Error {
  readonly errorName: NgsiLdErrorName;
  readonly status: number;
  readonly title: string;

  constructor(errorName: NgsiLdErrorName, title: string, detail: string, status?: number) {
    super(detail);
    this.errorName = errorName;
    this.title = title;
    this.status = status ?? NGSI_LD_ERRORS[errorName];
  }

  toJSON(): ProblemDetails & { status: number } {
    const type = this.errorName === "NotImplemented" ? "OperationNotSupported" : this.errorName;
    return {
      type: `${ERROR_TYPE_BASE}${type}`,
      title: this.title,
      status: this.status,
      detail: this.message,
    };
  }
}

export const badRequest = (detail: string) => new BrokerProblem("BadRequestData", "Bad request data", detail);
export const notSupported = (detail: string) =>
  new BrokerProblem("OperationNotSupported", "Operation not supported", detail);

/** The ProblemDetails in an error body, if the body is one. */
export function parseProblemDetails(text: string): ProblemDetails | undefined {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof body !== "object" || body === null) return undefined;
  const { type, title, detail } = body as Record<string, unknown>;
  const problem: ProblemDetails = {};
  if (typeof type === "string") problem.type = type;
  if (typeof title === "string") problem.title = title;
  if (typeof detail === "string") problem.detail = detail;
  return Object.keys(problem).length > 0 ? problem : undefined;
}
