import { cachedFetchTime } from "@/lib/pwa/sw-protocol";
import type { CityDataEnvelope } from "./city-data-store";

/** A non-2xx API answer: the HTTP status and the API's own (already translated) error message and code. */
export class ApiError extends Error {
  readonly status: number;
  readonly code?: string;

  constructor(status: number, message: string, code?: string) {
    super(message);
    this.name = "ApiError";
    this.status = status;
    this.code = code;
  }
}

export function isApiError(error: unknown, status?: number): error is ApiError {
  return error instanceof ApiError && (status === undefined || error.status === status);
}

type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

/**
 * GETs a JSON API and wraps the answer with its fetch time: now for a network answer, or the time the
 * service worker stored it when the worker answered from its cache (offline or slow network).
 */
export async function fetchCityData<T>(
  url: string,
  fetchImpl: FetchLike = (input, init) => fetch(input, init),
  now: () => number = Date.now,
): Promise<CityDataEnvelope<T>> {
  const response = await fetchImpl(url, {
    method: "GET",
    headers: { Accept: "application/json" },
    credentials: "same-origin",
  });
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const error = (body as { error?: { message?: unknown; code?: unknown } } | undefined)?.error;
    throw new ApiError(
      response.status,
      typeof error?.message === "string" ? error.message : `HTTP ${response.status}`,
      typeof error?.code === "string" ? error.code : undefined,
    );
  }
  if (body === undefined) throw new ApiError(response.status, `Expected JSON from ${url}`, "not_json");
  const storedAt = cachedFetchTime(response.headers);
  return {
    kind: "city-data",
    data: body as T,
    at: storedAt ?? now(),
    source: storedAt === null ? "network" : "worker",
  };
}
