import { describe, expect, it } from "vitest";
import { isAllowedPushEndpoint } from "./endpoint-policy";

describe("isAllowedPushEndpoint", () => {
  it.each([
    ["https://fcm.googleapis.com/fcm/send/abc", "production", true],
    ["https://updates.push.services.mozilla.com/wpush/v2/abc", "production", true],
    ["https://web.push.apple.com/QG9", "production", true],
    ["https://wns2-sg2p.notify.windows.com/w/?token=x", "production", true],
    ["https://127.0.0.1:4443/push/1", "production", false],
    ["https://evil.example/fcm.googleapis.com", "production", false],
    ["https://fcm.googleapis.com.evil.example/x", "production", false],
    ["https://notfcm.googleapis.com/x", "production", false],
    ["http://fcm.googleapis.com/fcm/send/abc", "production", false],
    ["https://127.0.0.1:4443/push/1", "sandbox", true],
    ["https://[::1]:4443/push/1", "sandbox", true],
    ["https://push.example.test/push/1", "sandbox", true],
    ["https://169.254.169.254/latest/meta-data", "sandbox", false],
    ["https://10.0.0.5/internal", "sandbox", false],
    ["https://[::ffff:a9fe:a9fe]/x", "sandbox", false],
    ["https://2852039166/x", "sandbox", false], // 169.254.169.254 as one number
    ["http://127.0.0.1:4443/push/1", "sandbox", false],
    ["https://user:pw@fcm.googleapis.com/x", "sandbox", false],
    ["not a url", "sandbox", false],
  ] as const)("%s in %s → %s", (endpoint, mode, expected) => {
    expect(isAllowedPushEndpoint(endpoint, mode)).toBe(expected);
  });
});
