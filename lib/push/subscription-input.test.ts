import { describe, expect, it } from "vitest";
import { createBrowserPushKeys } from "@/lib/testing/browser-push-keys";
import { SubscriptionInput } from "./subscriptions";

const { p256dh, auth } = createBrowserPushKeys();
const valid = {
  endpoint: "https://fcm.googleapis.com/fcm/send/abc",
  expirationTime: null,
  keys: { p256dh, auth },
};

describe("SubscriptionInput", () => {
  it("accepts what PushSubscription.toJSON() gives", () => {
    expect(SubscriptionInput.safeParse(valid).success).toBe(true);
    expect(SubscriptionInput.safeParse({ endpoint: valid.endpoint, keys: valid.keys }).success).toBe(true);
  });

  it.each([
    ["no endpoint", { keys: valid.keys }, "push.errors.endpointInvalid"],
    ["http endpoint", { ...valid, endpoint: "http://fcm.googleapis.com/x" }, "push.errors.endpointInvalid"],
    ["not a URL", { ...valid, endpoint: "push me" }, "push.errors.endpointInvalid"],
    [
      "huge endpoint",
      { ...valid, endpoint: `https://a.test/${"x".repeat(2100)}` },
      "push.errors.endpointInvalid",
    ],
    ["no keys", { endpoint: valid.endpoint }, "push.errors.keysInvalid"],
    ["short p256dh", { ...valid, keys: { p256dh: "AAAA", auth } }, "push.errors.keysInvalid"],
    [
      "auth not base64url",
      { ...valid, keys: { p256dh, auth: "!!!!!!!!!!!!!!!!!!!!!!" } },
      "push.errors.keysInvalid",
    ],
    [
      "auth 8 bytes",
      { ...valid, keys: { p256dh, auth: Buffer.alloc(8).toString("base64url") } },
      "push.errors.keysInvalid",
    ],
  ])("refuses %s with a readable message", (_name, input, message) => {
    const result = SubscriptionInput.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toContain(message);
  });
});
