import { isIP } from "node:net";
import { nonPublicReason } from "./public-address";

/**
 * Push endpoints come from the browser, so a caller could name any URL and make our server POST to it.
 * In production only the public push services of the major browsers are accepted; a sandbox accepts any
 * https endpoint so local push services (tests, a developer's own) work, but not a private address written
 * out. This is the early, friendly check: where a host name really leads is checked again at every send
 * (pinned-endpoint.ts), because DNS can change its answer after we said yes.
 */
const PUSH_SERVICE_HOSTS = [
  "fcm.googleapis.com", // Chrome, Samsung Internet, Opera
  "android.googleapis.com", // older Chrome subscriptions
  "updates.push.services.mozilla.com", // Firefox
  "push.apple.com", // Safari (web.push.apple.com)
  "notify.windows.com", // Edge (wns2-*.notify.windows.com)
];

export function isAllowedPushEndpoint(endpoint: string, mode: "sandbox" | "production"): boolean {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    return false;
  }
  if (url.protocol !== "https:" || url.username || url.password) return false;
  const host = url.hostname.toLowerCase();
  if (mode === "sandbox") {
    // WHATWG URL has already written any IPv4 form ("2130706433", "0x7f.1") as dotted decimal.
    const literal = host.replace(/^\[(.*)\]$/, "$1");
    return isIP(literal) === 0 || nonPublicReason(literal, { allowLoopback: true }) === null;
  }
  return PUSH_SERVICE_HOSTS.some((allowed) => host === allowed || host.endsWith(`.${allowed}`));
}
