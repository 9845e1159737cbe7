import { createHash } from "node:crypto";

/** How long browsers and shared caches may keep a public answer, and serve it stale while they refetch. */
export interface PublicCaching {
  maxAgeS: number;
  staleWhileRevalidateS: number;
}

/** One public answer: its cache key (null: render every time), how long it may be kept, and how to build it. */
export interface PublicRead {
  key: string | null;
  caching: PublicCaching;
  build: () => Promise<unknown>;
}

interface Rendered {
  json: string;
  etag: string;
  expiresAt: number;
}

// Rendered answers by key (feed version + URL + language …): the hundredth reader of the same answer costs a
// lookup. Bounded, oldest first out; entries also expire with their max-age.
const MAX_RENDERED = 2_000;
const rendered = new Map<string, Rendered>();
// One render in flight per key, however many readers ask at once.
const rendering = new Map<string, Promise<Rendered>>();

function remember(key: string, value: Rendered): void {
  rendered.delete(key);
  rendered.set(key, value);
  if (rendered.size > MAX_RENDERED) rendered.delete(rendered.keys().next().value as string);
}

async function render(build: () => Promise<unknown>, caching: PublicCaching): Promise<Rendered> {
  const json = JSON.stringify(await build());
  // Strong: the same bytes always have the same tag, whichever app server rendered them.
  const etag = `"${createHash("sha256").update(json).digest("base64url").slice(0, 32)}"`;
  return { json, etag, expiresAt: Date.now() + caching.maxAgeS * 1000 };
}

async function renderOnce({ key, build, caching }: PublicRead) {
  if (key === null) return render(build, caching);
  const hit = rendered.get(key);
  if (hit && hit.expiresAt > Date.now()) return hit;
  let pending = rendering.get(key);
  if (!pending) {
    pending = render(build, caching)
      .then((value) => {
        remember(key, value);
        return value;
      })
      .finally(() => rendering.delete(key));
    rendering.set(key, pending);
  }
  return pending;
}

/**
 * The JSON of a public answer, from the same in-process cache the API serves it from: a page that puts the
 * answer into its HTML shows exactly what the API would say.
 */
export async function publicJson(read: PublicRead): Promise<string> {
  return (await renderOnce(read)).json;
}

/** True when If-None-Match names this tag (or `*`); weak comparison, as RFC 9110 asks for it. */
export function matchesEtag(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === "*") return true;
  const bare = (tag: string) => tag.trim().replace(/^W\//, "");
  return ifNoneMatch.split(",").some((tag) => bare(tag) === bare(etag));
}

/**
 * A public JSON answer: the same for every reader of the URL (and of the `vary` headers), so `Cache-Control:
 * public` with max-age and stale-while-revalidate, a strong ETag, and 304 without a body when the reader has it.
 * `key` names the answer for the in-process cache (null: render every time).
 */
export async function publicAnswer(
  request: Request,
  read: PublicRead & { vary?: string[] },
): Promise<Response> {
  const { caching, vary = [] } = read;
  const answer = await renderOnce(read);
  const headers = new Headers({
    "Cache-Control": `public, max-age=${caching.maxAgeS}, stale-while-revalidate=${caching.staleWhileRevalidateS}`,
    ETag: answer.etag,
  });
  if (vary.length > 0) headers.set("Vary", vary.join(", "));
  if (matchesEtag(request.headers.get("if-none-match"), answer.etag)) {
    return new Response(null, { status: 304, headers });
  }
  headers.set("Content-Type", "application/json");
  return new Response(answer.json, { status: 200, headers });
}
