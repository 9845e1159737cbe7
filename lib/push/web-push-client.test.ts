import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import webpush from "web-push";
import { createBrowserPushKeys } from "@/lib/testing/browser-push-keys";
import { type LocalPushService, startLocalPushService } from "@/lib/testing/local-push-service";
import type { ResolvedAddress } from "./pinned-endpoint";
import { createWebPushClient, type PushSendOptions } from "./web-push-client";

let service: LocalPushService;
beforeAll(async () => {
  service = await startLocalPushService();
});
afterAll(() => service.close());
beforeEach(() => {
  service.received.length = 0;
});

const OPTIONS: PushSendOptions = {
  vapid: { ...webpush.generateVAPIDKeys(), subject: "mailto:push-test@example.com" },
  ttlSeconds: 60,
  urgency: "normal",
};

function target(endpoint: string) {
  const { p256dh, auth } = createBrowserPushKeys();
  return { endpoint, keys: { p256dh, auth } };
}

/** A DNS that answers from a script, one answer per call, and remembers every question. */
function scriptedResolver(...answers: string[][]) {
  const asked: string[] = [];
  const resolve = async (hostname: string): Promise<ResolvedAddress[]> => {
    asked.push(hostname);
    const addresses = answers[Math.min(asked.length, answers.length) - 1]!;
    return addresses.map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));
  };
  return { asked, resolve };
}

describe("web-push client: where a push may go", () => {
  it("resolves the host once and connects to exactly that address (a rebinding DNS gets no second say)", async () => {
    // First answer loopback (allowed in the sandbox), then the cloud metadata service, as a rebinding
    // attacker's DNS would. The host is not in any real DNS either, so a second lookup anywhere would fail.
    const dns = scriptedResolver(["127.0.0.1"], ["169.254.169.254"]);
    const client = createWebPushClient({ ca: service.ca, resolve: dns.resolve, allowLoopback: true });
    const endpoint = `https://${service.hostname}:${service.port}/push/pinned`;

    const result = await client.send(target(endpoint), "hello", OPTIONS);

    expect(result).toEqual({ ok: true, statusCode: 201 });
    expect(dns.asked).toEqual([service.hostname]);
    expect(service.received).toHaveLength(1);
    // TLS and HTTP still speak to the host by its name: SNI, certificate check and Host header.
    expect(service.received[0]).toMatchObject({
      path: "/push/pinned",
      servername: service.hostname,
      headers: expect.objectContaining({ host: `${service.hostname}:${service.port}` }),
    });
  });

  it("checks every address the host resolves to, before connecting", async () => {
    const dns = scriptedResolver(["142.250.72.10", "10.0.0.5"]);
    const client = createWebPushClient({ ca: service.ca, resolve: dns.resolve, allowLoopback: true });
    const result = await client.send(target("https://fcm.googleapis.com/fcm/send/x"), "hello", OPTIONS);
    expect(result).toMatchObject({ ok: false, gone: true, refused: true, statusCode: null });
    expect(result.ok === false && result.reason).toContain("10.0.0.5 (private)");
    expect(dns.asked).toEqual(["fcm.googleapis.com"]);
  });

  it.each([
    ["a host resolving to loopback", "https://push-service.test:PORT/p", ["127.0.0.1"], "loopback"],
    ["a host resolving to the metadata service", "https://push.example/p", ["169.254.169.254"], "metadata"],
    ["a host resolving to AWS IPv6 metadata", "https://push.example/p", ["fd00:ec2::254"], "metadata"],
    ["a host resolving to mapped loopback", "https://push.example/p", ["::ffff:127.0.0.1"], "loopback"],
    ["a loopback literal", "https://127.0.0.1:PORT/p", [], "loopback"],
    ["a mapped loopback literal", "https://[::ffff:127.0.0.1]:PORT/p", [], "loopback"],
    ["a decimal loopback literal", "https://2130706433:PORT/p", [], "loopback"],
    ["a private literal", "https://10.1.2.3/p", [], "private"],
  ])("in production refuses %s and never connects", async (_name, url, answer, reason) => {
    const dns = scriptedResolver(answer);
    const client = createWebPushClient({ ca: service.ca, resolve: dns.resolve, allowLoopback: false });
    const result = await client.send(target(url.replace("PORT", String(service.port))), "hi", OPTIONS);
    expect(result).toMatchObject({ ok: false, gone: true, refused: true });
    expect(result.ok === false && result.reason).toContain(reason);
    expect(service.received).toHaveLength(0);
    // An IP literal needs no lookup at all.
    expect(dns.asked).toHaveLength(answer.length > 0 ? 1 : 0);
  });

  it("in the sandbox allows loopback only, not the private network", async () => {
    const client = createWebPushClient({
      ca: service.ca,
      resolve: scriptedResolver(["192.168.1.20"]).resolve,
      allowLoopback: true,
    });
    expect(await client.send(target(`${service.origin}/push/local`), "hi", OPTIONS)).toEqual({
      ok: true,
      statusCode: 201,
    });
    expect(service.received[0]?.servername).toBe(false); // no SNI for an IP address
    const refused = await client.send(target("https://push.example/p"), "hi", OPTIONS);
    expect(refused).toMatchObject({ ok: false, refused: true, gone: true });
  });

  it("a host that does not resolve is an ordinary failure (tried again next time), not a refusal", async () => {
    const client = createWebPushClient({
      ca: service.ca,
      resolve: async () => {
        throw Object.assign(new Error("getaddrinfo ENOTFOUND push.example"), { code: "ENOTFOUND" });
      },
      allowLoopback: false,
    });
    const result = await client.send(target("https://push.example/p"), "hi", OPTIONS);
    expect(result).toMatchObject({ ok: false, gone: false, statusCode: null });
    expect(result.ok === false && result.reason).toContain("ENOTFOUND");
    expect(result).not.toHaveProperty("refused", true);
  });
});
