export { baseSecurityHeaders } from "./base-security-headers.mjs";

/**
 * The Content-Security-Policy for pages: scripts only from us or with this request's nonce; images from us and from
 * exactly the map tile origins given (each subdomain spelt out, no wildcard).
 */
export function contentSecurityPolicy(
  nonce: string,
  options: { tileOrigins: string[]; dev: boolean },
): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ""}`,
    // Leaflet and React set inline style attributes; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    ["img-src 'self' data: blob:", ...options.tileOrigins].join(" "),
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
