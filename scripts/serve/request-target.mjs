// Next's router decodes every path segment with decodeURIComponent and answers a bare text 500 when that throws
// (%ED%A0%80, %E0%A4%A, a lone %, the overlong %C0%AF). Such targets never reach it: they are sent to one route
// that answers the error shape with the security headers.

/** Where undecodable request targets go (app/api/malformed-request/route.ts). */
export const MALFORMED_TARGET = "/api/malformed-request";

/**
 * True when every path segment and query part percent-decodes to well-formed text without NUL.
 * @param {string | undefined} target the request line's target, e.g. "/api/me/plates/%E6%B5%99A?x=1"
 * @returns {boolean}
 */
export function isDecodableTarget(target) {
  if (!target) return false;
  const queryStart = target.indexOf("?");
  const path = queryStart === -1 ? target : target.slice(0, queryStart);
  const query = queryStart === -1 ? "" : target.slice(queryStart + 1);
  const parts = [...path.split("/"), ...query.split(/[&=]/).map((part) => part.replaceAll("+", " "))];
  return parts.every(isCleanComponent);
}

/** @param {string} part */
function isCleanComponent(part) {
  let decoded;
  try {
    decoded = decodeURIComponent(part);
  } catch {
    return false;
  }
  return !decoded.includes("\u0000") && decoded.isWellFormed();
}
