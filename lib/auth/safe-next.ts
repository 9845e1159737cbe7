// The app's own origin for resolving `next`; any other origin after resolving means another site.
const OWN_ORIGIN = "https://same-site.invalid";

/**
 * The first segment of every page of app/ (`""` is the home page) except /login, where `next` may lead.
 * safe-next.test.ts checks this list against the folders of app/, so a new page cannot be forgotten.
 */
export const NEXT_PAGE_SEGMENTS = [
  "",
  "air",
  "clinic",
  "me",
  "parking",
  "pay",
  "privacy",
  "tour",
  "~offline",
] as const;

/**
 * Where to go after signing in: only a path to one of this app's pages ("/me", "/parking?lot=3"), never
 * another site ("//evil.example", "/.//evil.example", "https://…") and never back to /login. Anything else →
 * fallback. `next` is resolved against the app's origin and kept only when the origin is unchanged, the
 * resolved path does not start with "//" and its first segment is a page of the app.
 */
export function safeNextPath(value: string | string[] | undefined | null, fallback = "/me"): string {
  const raw = Array.isArray(value) ? value[0] : value;
  if (typeof raw !== "string" || raw.length === 0 || raw.length > 512 || !raw.startsWith("/"))
    return fallback;
  // Browsers read "\" as "/" and drop tabs and newlines, so "/\evil" and "/\t/evil" mean "//evil".
  if ([...raw].some((char) => char === "\\" || char.charCodeAt(0) <= 0x20 || char.charCodeAt(0) === 0x7f)) {
    return fallback;
  }
  let url: URL;
  try {
    url = new URL(raw, OWN_ORIGIN);
  } catch {
    return fallback;
  }
  if (url.origin !== OWN_ORIGIN || url.pathname.startsWith("//")) return fallback;
  const segment = url.pathname.split("/")[1] ?? "";
  if (!(NEXT_PAGE_SEGMENTS as readonly string[]).includes(segment)) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
