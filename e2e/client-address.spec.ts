import { expect, test } from "@playwright/test";
import { otpBody } from "./fixtures";
import { postFrom, startAppendingProxy, startOwnServer } from "./own-server";
import { REMOTE_TARGET } from "./target";

test.describe("Client address through the production start path", { tag: ["@account"] }, () => {
  // Per-address limits hold through the production start path (scripts/serve.mjs): the address is the socket's,
  // whatever X-Forwarded-For a client writes, unless a trusted proxy in front vouches for the client.
  const BASE_PORT = Number(process.env.E2E_PORT ?? 3100) + 20;
  const OTP_PER_ADDRESS = 30; // lib/auth/limits.ts: otpPerIp (beyond it, a proof of work is asked for)

  test.skip(
    REMOTE_TARGET,
    "starts its own production servers on this machine: not something to run against a deployment",
  );

  // Each test starts its own server on its own ports (about 10 s, longer on a busy machine), so they can run side by side.
  test.describe.configure({ timeout: 180_000 });

  function phone(n: number): string {
    return `13${String(700_000_000 + n).padStart(9, "0")}`;
  }

  test("100 sign-in code requests, each with a forged X-Forwarded-For, are limited like 100 from one address", async () => {
    const server = await startOwnServer(BASE_PORT, { TRUST_PROXY: "0" });
    try {
      const statuses: number[] = [];
      for (let n = 0; n < 100; n++) {
        const answer = await postFrom(`${server.origin}/api/auth/otp`, otpBody(phone(n)), {
          headers: { "x-forwarded-for": `198.51.100.${n + 1}`, "x-real-ip": `203.0.113.${n + 1}` },
        });
        statuses.push(answer.status);
      }
      expect(
        statuses.filter((status) => status === 200),
        statuses.join(" "),
      ).toHaveLength(OTP_PER_ADDRESS);
      expect(
        statuses.filter((status) => status === 429),
        statuses.join(" "),
      ).toHaveLength(100 - OTP_PER_ADDRESS);
    } finally {
      await server.stop();
    }
  });

  test("behind one trusted proxy (TRUST_PROXY=1) the proxy's view of the client counts, not the client's claim", async () => {
    const server = await startOwnServer(BASE_PORT + 1, { TRUST_PROXY: "1" });
    const proxy = await startAppendingProxy(BASE_PORT + 2, server.origin);
    const viaProxy = `http://127.0.0.1:${BASE_PORT + 2}/api/auth/otp`;
    try {
      // Two clients on different addresses (127.0.0.2 and 127.0.0.3), each forging a new address every time.
      const first: number[] = [];
      for (let n = 0; n < OTP_PER_ADDRESS + 5; n++) {
        const answer = await postFrom(viaProxy, otpBody(phone(200 + n)), {
          localAddress: "127.0.0.2",
          headers: { "x-forwarded-for": `198.51.100.${n + 1}` },
        });
        first.push(answer.status);
      }
      expect(first.filter((status) => status === 200)).toHaveLength(OTP_PER_ADDRESS);
      const second = await postFrom(viaProxy, otpBody(phone(300)), {
        localAddress: "127.0.0.3",
        headers: { "x-forwarded-for": "198.51.100.1" },
      });
      expect(second.status, second.text).toBe(200);
    } finally {
      await proxy.stop();
      await server.stop();
    }
  });
});
