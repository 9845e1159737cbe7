export type UpstreamErrorKind = "timeout" | "http" | "network" | "malformed" | "circuit-open";

/** The parts of an RFC 7807 ProblemDetails body that NGSI-LD brokers send with an error. */
export interface ProblemDetails {
  type?: string;
  title?: string;
  detail?: string;
}

/** Why a call to the city's data feeds failed, in a form the resilience layer can act on. */
export class UpstreamError extends Error {
  readonly kind: UpstreamErrorKind;
  readonly status?: number;
  readonly type?: string;
  readonly title?: string;
  readonly detail?: string;

  constructor(
    kind: UpstreamErrorKind,
    message: string,
    options: { status?: number; problem?: ProblemDetails; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "UpstreamError";
    this.kind = kind;
    this.status = options.status;
    this.type = options.problem?.type;
    this.title = options.problem?.title;
    this.detail = options.problem?.detail;
  }

  /** Worth another attempt: the broker may answer next time. A 4xx or a bad payload will not change. */
  isRetryable(): boolean {
    switch (this.kind) {
      case "network":
      case "timeout":
        return true;
      case "http":
        return this.status === 429 || (this.status !== undefined && this.status >= 500);
      default:
        return false;
    }
  }

  /** Says the upstream itself is unwell (counts towards opening the circuit); a 4xx is our own mistake. */
  isUpstreamFault(): boolean {
    return this.isRetryable() || this.kind === "malformed";
  }
}

export function isUpstreamError(error: unknown): error is UpstreamError {
  return error instanceof UpstreamError;
}
