import { UpstreamError } from "../upstream-error";
import { readJsonList } from "./read-json";

export interface PagedRequest {
  fetch: typeof fetch;
  url: URL;
  headers: Record<string, string>;
  signal?: AbortSignal;
  pageSize: number;
  /** Give up on a broker that never stops paging. */
  maxPages: number;
  label: string;
}

/**
 * Follows `limit`/`offset` pages (asking `count=true`) until the broker's `NGSILD-Results-Count` is
 * reached, or — without a count — until a short page. A broker that keeps answering with entities
 * already seen (it ignores `offset`) or pages past `maxPages` is malformed rather than looped on forever.
 */
export async function readAllPages(request: PagedRequest): Promise<unknown[]> {
  const all: unknown[] = [];
  const seen = new Set<string>();
  let offset = 0;
  for (let page = 0; ; page++) {
    if (page >= request.maxPages) {
      throw new UpstreamError(
        "malformed",
        `${request.label}: paging did not end after ${request.maxPages} pages`,
      );
    }
    const url = new URL(request.url);
    url.searchParams.set("limit", String(request.pageSize));
    url.searchParams.set("offset", String(offset));
    url.searchParams.set("count", "true");
    const { items, total } = await readJsonList(
      request.fetch,
      url,
      request.headers,
      request.signal,
      request.label,
    );
    let fresh = 0;
    for (const item of items) {
      const id = entityId(item);
      if (id !== undefined && seen.has(id)) continue;
      if (id !== undefined) seen.add(id);
      all.push(item);
      fresh++;
    }
    if (items.length > 0 && fresh === 0) {
      throw new UpstreamError(
        "malformed",
        `${request.label}: page at offset ${offset} repeats earlier entities`,
      );
    }
    offset += items.length;
    const done = total === undefined ? items.length < request.pageSize : offset >= total;
    if (done || items.length === 0) return all;
  }
}

function entityId(item: unknown): string | undefined {
  const id = typeof item === "object" && item !== null ? (item as { id?: unknown }).id : undefined;
  return typeof id === "string" ? id : undefined;
}
