export { baseSecurityHeaders } from "./base-security-headers.mjs";

/** The Content-Security-Policy for pages: scripts only from us or with this request's nonce. */
export function contentSecurityPolicy(nonce: string, options: { tileUrl: string; dev: boolean }): string {
  const tileOrigin = originOf(options.tileUrl);
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ""}`,
    // Leaflet and React set inline style attributes; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob:${tileOrigin ? ` ${tileOrigin}` : ""}`,
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

function originOf(template: string): string | null {
  try {
    const url = new URL(template.replace(/\{[a-z]\}/g, "a"));
    // Tile templates often use {s} subdomains: allow the whole parent domain's subdomains then.
    return template.includes("{s}")
      ? `${url.protocol}//*.${url.host.split(".").slice(1).join(".")}`
      : url.origin;
  } catch {
    return null;
  }
}
