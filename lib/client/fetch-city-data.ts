import { cachedFetchTime, isPublicAnswer } from "@/lib/pwa/sw-protocol";
import { ApiError, apiFetch, type FetchLike } from "./api";
import type { CityDataEnvelope } from "./city-data-store";

/**
 * GETs a JSON API and wraps the answer with its fetch time: now for a network answer, or the time the
 * service worker stored it when the worker answered from its cache (offline or slow network).
 */
export async function fetchCityData<T>(
  url: string,
  fetchImpl?: FetchLike,
  now: () => number = Date.now,
): Promise<CityDataEnvelope<T>> {
  const answer = await apiFetch<T>(url, { method: "GET", fetchImpl });
  if (answer.data === undefined) {
    throw new ApiError({ kind: "invalid", status: answer.status, code: "not_json" });
  }
  const storedAt = cachedFetchTime(answer.headers);
  // The worker answers public data from its store even online (stale-while-revalidate): shown with its time, but
  // labelled as this device's copy (the offline label) only when the browser is offline.
  const online = typeof navigator === "undefined" || navigator.onLine !== false;
  const fromStore = storedAt !== null && !(online && isPublicAnswer(answer.headers));
  return {
    kind: "city-data",
    data: answer.data,
    at: storedAt ?? now(),
    source: fromStore ? "worker" : "network",
  };
}
