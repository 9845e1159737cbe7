/**
 * True when an SWR error or response body means "not signed in". Covers a fetcher that returns the
 * error body as data ({ error: { code: "unauthorized" } }) and one that throws with `status: 401` or
 * with the body attached (`info` / `body`).
 */
export function isUnauthorized(value: unknown): boolean {
  if (typeof value !== "object" || value === null) return false;
  const record = value as Record<string, unknown>;
  if (record.status === 401 || record.code === "unauthorized") return true;
  for (const nested of [record.error, record.info, record.body]) {
    if (typeof nested === "object" && nested !== null && isUnauthorized(nested)) return true;
  }
  return false;
}
