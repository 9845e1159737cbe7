import "server-only";
import type { Agent } from "node:https";
import webpush, { WebPushError } from "web-push";
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
  /** `gone`: the push service says this subscription no longer exists (404/410) — forget it. */
  | { ok: false; statusCode: number | null; gone: boolean; reason: string };

/** Sends one encrypted Web Push message; never throws. */
export interface PushClient {
  send(target: PushTarget, payload: string, options: PushSendOptions): Promise<PushSendResult>;
}

/**
 * Real web-push (aes128gcm encryption, VAPID JWT). `agent` lets a test trust its own local push service;
 * `timeoutMs` bounds the whole request, so a slow push service cannot hold a caller for long.
 */
export function createWebPushClient(options: { agent?: Agent; timeoutMs?: number } = {}): PushClient {
  const timeoutMs = options.timeoutMs ?? 5_000;
  return {
    async send(target, payload, { vapid, ttlSeconds, urgency }) {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`push service did not answer in ${timeoutMs} ms`)),
          timeoutMs,
        );
      });
      try {
        const sent = webpush.sendNotification(target, payload, {
          vapidDetails: vapid,
          TTL: ttlSeconds,
          urgency,
          timeout: timeoutMs,
          contentEncoding: "aes128gcm",
          ...(options.agent ? { agent: options.agent } : {}),
        });
        sent.catch(() => {}); // a late rejection after the timeout must not go unhandled
        const result = await Promise.race([sent, timeout]);
        return { ok: true, statusCode: result.statusCode };
      } catch (error) {
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
      }
    },
  };
}

/** The process-wide client the app uses. */
export const defaultPushClient: PushClient = createWebPushClient();
