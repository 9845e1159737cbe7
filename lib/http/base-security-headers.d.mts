/** Headers every response carries; HSTS only where the deployment is real and served over HTTPS. */
export function baseSecurityHeaders(options: { production: boolean }): Record<string, string>;
