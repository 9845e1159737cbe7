import "server-only";
import webpush, { WebPushError } from "web-push";
import { env } from "@/lib/env";
import {
  EndpointRefusedError,
  pinEndpoint,
  pinnedAgent,
  type Resolver,
  systemResolver,
} from "./pinned-endpoint";
import type { VapidKeys } from "./vapid";

export interface PushTarget {
  endpoint: string;
  keys: { p256dh: string; auth: string };
}

export interface PushSendOptions {
  vapid: VapidKeys;
  ttlSeconds: number;
  urgency: "normal" | "high";
}

export type PushSendResult =
  | { ok: true; statusCode: number }
  /**
   * `gone`: forget this subscription — the push service says it no longer exists (404/410), or `refused`:
   * its endpoint leads somewhere we never send to (this machine, a private network, cloud metadata).
   */
  | { ok: false; statusCode: number | null; gone: boolean; refused?: true; reason: string };

/** Sends one encrypted Web Push message; never throws. */
export interface PushClient {
  send(target: PushTarget, payload: string, options: PushSendOptions): Promise<PushSendResult>;
}

/**
 * Real web-push (aes128gcm encryption, VAPID JWT). Each send resolves the endpoint's host once, refuses
 * non-public addresses and connects to exactly the address it checked. `ca` lets a test trust its own
 * local push service, `resolve` stand in for DNS; `allowLoopback` defaults to the sandbox (APP_ENV), where
 * that local service runs. `timeoutMs` bounds the whole send, so a slow push service cannot hold a caller.
 */
export function createWebPushClient(
  options: { ca?: Buffer | string; resolve?: Resolver; allowLoopback?: boolean; timeoutMs?: number } = {},
): PushClient {
  const timeoutMs = options.timeoutMs ?? 5_000;
  const resolve = options.resolve ?? systemResolver;
  return {
    async send(target, payload, { vapid, ttlSeconds, urgency }) {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`push service did not answer in ${timeoutMs} ms`)),
          timeoutMs,
        );
      });
      let agent: ReturnType<typeof pinnedAgent> | undefined;
      try {
        const allowLoopback = options.allowLoopback ?? env().APP_ENV === "sandbox";
        const pinned = await Promise.race([
          pinEndpoint(target.endpoint, { resolve, allowLoopback }),
          timeout,
        ]);
        agent = pinnedAgent(pinned, options.ca ? { ca: options.ca } : {});
        const sent = webpush.sendNotification(target, payload, {
          vapidDetails: vapid,
          TTL: ttlSeconds,
          urgency,
          timeout: timeoutMs,
          contentEncoding: "aes128gcm",
          agent,
        });
        sent.catch(() => {}); // a late rejection after the timeout must not go unhandled
        const result = await Promise.race([sent, timeout]);
        return { ok: true, statusCode: result.statusCode };
      } catch (error) {
        if (error instanceof EndpointRefusedError) {
          return {
            ok: false,
            statusCode: null,
            gone: true,
            refused: true,
            reason: `refused: ${error.message}`,
          };
        }
        if (error instanceof WebPushError) {
          const gone = error.statusCode === 404 || error.statusCode === 410;
          return {
            ok: false,
            statusCode: error.statusCode,
            gone,
            reason: `HTTP ${error.statusCode} ${error.body}`.slice(0, 300),
          };
        }
        return {
          ok: false,
          statusCode: null,
          gone: false,
          reason: String((error as Error)?.message ?? error),
        };
      } finally {
        clearTimeout(timer);
        agent?.destroy();
      }
    },
  };
}

/** The process-wide client the app uses. */
export const defaultPushClient: PushClient = createWebPushClient();
