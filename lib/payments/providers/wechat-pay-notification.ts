import "server-only";
import { createDecipheriv } from "node:crypto";
import { z } from "zod";
import type { PaymentCallback } from "../payment-callback";
import { type HeaderBag, type PlatformKey, verifyWechatPaySignature } from "./wechat-pay-signing";

export interface WechatPayNotificationOptions extends PlatformKey {
  apiV3Key: string;
  /** The merchant the notification must be for. */
  mchId: string;
  /** When set, a transaction notification must be for this app. */
  appId?: string;
  now?: () => Date;
}

/** Documented: a notification signed more than 5 minutes from now is refused (replay protection). */
export const WECHAT_PAY_MAX_CLOCK_SKEW_S = 300;

/** The documented success answer: HTTP 200 or 204 without a body (204 here). */
export const WECHAT_PAY_NOTIFICATION_ACK = { status: 204 } as const;

/** The answer that tells WeChat Pay the notification was taken in. */
export function wechatPayNotificationAck(): Response {
  return new Response(null, WECHAT_PAY_NOTIFICATION_ACK);
}

/** The answer that makes WeChat Pay send the notification again later (4xx/5xx with code FAIL). */
export function wechatPayNotificationNack(message: string): Response {
  return Response.json({ code: "FAIL", message }, { status: 500 });
}

const Notification = z.looseObject({
  id: z.string().min(1).max(100),
  create_time: z.iso.datetime({ offset: true }),
  event_type: z.string(),
  resource_type: z.literal("encrypt-resource"),
  resource: z.looseObject({
    algorithm: z.literal("AEAD_AES_256_GCM"),
    original_type: z.enum(["transaction", "refund"]),
    ciphertext: z.string(),
    associated_data: z.string().default(""),
    nonce: z.string(),
  }),
});
const Fen = z.number().int().min(0);
const Transaction = z.looseObject({
  mchid: z.string(),
  appid: z.string().optional(),
  out_trade_no: z.string().min(1).max(200),
  trade_state: z.string(),
  success_time: z.iso.datetime({ offset: true }).optional(),
  amount: z.looseObject({ total: Fen }),
});
const Refund = z.looseObject({
  mchid: z.string(),
  out_refund_no: z.string().min(1).max(200),
  refund_status: z.string(),
  success_time: z.iso.datetime({ offset: true }).optional(),
  amount: z.looseObject({ refund: Fen }),
});

const SUCCEEDED = new Set(["SUCCESS"]);
const TRADE_DECLINED = new Set(["CLOSED", "PAYERROR", "REVOKED"]);
const REFUND_DECLINED = new Set(["ABNORMAL", "CLOSED"]);

/** AEAD_AES_256_GCM with the APIv3 key: the ciphertext is base64 with the 16-byte tag at its end. */
export function decryptWechatPayResource(
  resource: { ciphertext: string; associated_data: string; nonce: string },
  apiV3Key: string,
): string {
  const key = Buffer.from(apiV3Key, "utf8");
  if (key.length !== 32) throw new Error("WeChat Pay APIv3 key must be 32 bytes");
  const sealed = Buffer.from(resource.ciphertext, "base64");
  if (sealed.length <= 16) throw new Error("WeChat Pay notification: the resource is too short to decrypt");
  const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(resource.nonce, "utf8"));
  decipher.setAuthTag(sealed.subarray(-16));
  decipher.setAAD(Buffer.from(resource.associated_data, "utf8"));
  try {
    return Buffer.concat([decipher.update(sealed.subarray(0, -16)), decipher.final()]).toString("utf8");
  } catch {
    throw new Error(
      "WeChat Pay notification: the resource does not decrypt (GCM tag: wrong APIv3 key or altered)",
    );
  }
}

function parse<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success)
    throw new Error(`WeChat Pay notification: ${what} does not parse (${parsed.error.message})`);
  return parsed.data;
}

/**
 * Verifies a WeChat Pay APIv3 notification (its headers and exact body text), decrypts its resource and
 * returns the outcome in the app's callback shape, or null when the state it reports is not final.
 * Throws on a bad or stale signature, an unknown platform key, a resource that does not decrypt, or a
 * notification for another merchant or app.
 */
export function verifyWechatPayNotification(
  headers: HeaderBag,
  rawBody: string,
  options: WechatPayNotificationOptions,
): PaymentCallback | null {
  const signedAt = verifyWechatPaySignature("WeChat Pay notification", headers, rawBody, options);
  const nowS = (options.now ?? (() => new Date()))().getTime() / 1000;
  if (Math.abs(nowS - signedAt) > WECHAT_PAY_MAX_CLOCK_SKEW_S) {
    throw new Error(`WeChat Pay notification: signed at ${signedAt}, more than 300 s from now (replayed?)`);
  }
  let body: unknown;
  try {
    body = JSON.parse(rawBody);
  } catch {
    throw new Error("WeChat Pay notification: the body is not JSON");
  }
  const notice = parse(Notification, body, "the body");
  let resource: unknown;
  try {
    resource = JSON.parse(decryptWechatPayResource(notice.resource, options.apiV3Key));
  } catch (error) {
    if (error instanceof SyntaxError) throw new Error("WeChat Pay notification: the resource is not JSON");
    throw error;
  }
  const base = { callbackId: notice.id };

  if (notice.resource.original_type === "refund") {
    const refund = parse(Refund, resource, "the refund");
    if (refund.mchid !== options.mchId)
      throw new Error(`WeChat Pay notification: for merchant ${refund.mchid}`);
    const succeeded = SUCCEEDED.has(refund.refund_status);
    if (!succeeded && !REFUND_DECLINED.has(refund.refund_status)) return null;
    return {
      ...base,
      kind: "refund",
      idempotencyKey: refund.out_refund_no,
      status: succeeded ? "succeeded" : "declined",
      amountFen: refund.amount.refund,
      at: refund.success_time ?? notice.create_time,
    };
  }
  const trade = parse(Transaction, resource, "the transaction");
  if (trade.mchid !== options.mchId) throw new Error(`WeChat Pay notification: for merchant ${trade.mchid}`);
  if (options.appId && trade.appid !== options.appId) {
    throw new Error(`WeChat Pay notification: for app ${trade.appid}`);
  }
  const succeeded = SUCCEEDED.has(trade.trade_state);
  if (!succeeded && !TRADE_DECLINED.has(trade.trade_state)) return null;
  return {
    ...base,
    kind: "debit",
    idempotencyKey: trade.out_trade_no,
    status: succeeded ? "succeeded" : "declined",
    amountFen: trade.amount.total,
    at: trade.success_time ?? notice.create_time,
  };
}
