/** The methods a route handler file can answer (Next.js answers any other with its own 405). */
export const HTTP_METHODS = ["GET", "HEAD", "OPTIONS", "POST", "PUT", "PATCH", "DELETE"] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

/** The Allow header of a route handling `handled`: those, HEAD with GET, and OPTIONS, in a stable order. */
export function allowedMethods(handled: Iterable<string>): string {
  const allowed = new Set<string>(handled);
  if (allowed.has("GET")) allowed.add("HEAD");
  allowed.add("OPTIONS");
  return [...allowed].sort().join(", ");
}
