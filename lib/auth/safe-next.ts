const BASE = "http://same-site.invalid";

/**
 * Where to go after signing in: only a same-site path ("/me", "/parking?lot=3"), never another site
 * ("//evil.example", "/\\evil.example", "https://…") and never back to /login. Anything else → fallback.
 */
export function safeNextPath(value: string | string[] | undefined | null, fallback = "/me"): string {
  const raw = Array.isArray(value) ? value[0] : value;
  if (!raw || raw.length > 512 || !raw.startsWith("/") || raw.startsWith("//")) return fallback;
  // Browsers treat "\" as "/" and drop tabs and newlines, so "/\evil" and "/\t/evil" mean "//evil".
  if ([...raw].some((char) => char === "\\" || char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f)) {
    return fallback;
  }
  let url: URL;
  try {
    url = new URL(raw, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE || url.pathname === "/login" || url.pathname.startsWith("/login/")) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
