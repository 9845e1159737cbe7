// Plain JavaScript so that the production server (scripts/serve.mjs) can answer with the same headers as the app
// when a request never reaches Next (a request line Node cannot parse).

/**
 * Headers every response carries; HSTS only where the deployment is real and served over HTTPS.
 * @param {{ production: boolean }} options
 * @returns {Record<string, string>}
 */
export function baseSecurityHeaders(options) {
  return {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy":
      "geolocation=(self), camera=(), microphone=(), payment=(), usb=(), interest-cohort=()",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    ...(options.production
      ? { "Strict-Transport-Security": "max-age=63072000; includeSubDomains; preload" }
      : {}),
  };
}
