/**
 * Push endpoints come from the browser, so a caller could name any URL and make our server POST to it.
 * In production only the public push services of the major browsers are accepted; a sandbox accepts any
 * https endpoint so local push services (tests, a developer's own) work.
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
  if (mode === "sandbox") return true;
  const host = url.hostname.toLowerCase();
  return PUSH_SERVICE_HOSTS.some((allowed) => host === allowed || host.endsWith(`.${allowed}`));
}
