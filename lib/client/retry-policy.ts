import type { SWRConfiguration } from "swr";
import { isApiError } from "./api";

/** Tries after the first failure, for errors that may fix themselves (no connection, timeout, 5xx). */
export const MAX_RETRIES = 3;
export const FIRST_RETRY_MS = 2_000;

/**
 * Whether asking again may help: a refusal (any 4xx: 401, 403, 404, 409, 422, 429…) or an answer of the
 * wrong shape will come back the same, so only no-answer, timeouts and server errors are retried.
 */
export function isRetryable(error: unknown): boolean {
  if (!isApiError(error)) return true;
  if (error.kind === "network" || error.kind === "timeout") return true;
  return error.kind === "http" && error.status >= 500;
}

/** Milliseconds before retry number `retryCount` (1-based): 2 s, 4 s, 8 s. */
export function retryDelay(retryCount: number): number {
  return FIRST_RETRY_MS * 2 ** (retryCount - 1);
}

/** SWR's global error retry: never for refusals, a few times with backoff for everything else. */
export const onErrorRetry: NonNullable<SWRConfiguration["onErrorRetry"]> = (
  error,
  _key,
  _config,
  revalidate,
  { retryCount },
) => {
  if (!isRetryable(error) || retryCount > MAX_RETRIES) return;
  setTimeout(() => void revalidate({ retryCount }), retryDelay(retryCount));
};
