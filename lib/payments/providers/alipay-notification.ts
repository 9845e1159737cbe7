import "server-only";
import { z } from "zod";
import type { PaymentCallback } from "../payment-callback";
import { alipaySignContent } from "./alipay-signing";
import { beijingTimeToIso } from "./beijing-time";
import { verifySha256WithRsa } from "./rsa-sha256";
import { yuanToFen } from "./yuan-amount";

/** What the notification route must answer, as plain text, once it has taken the notification in. */
export const ALIPAY_NOTIFICATION_ACK = "success";

/** The answer that stops Alipay's retries: `success` as text/plain (anything else is retried, up to 25 h). */
export function alipayNotificationAck(): Response {
  return new Response(ALIPAY_NOTIFICATION_ACK, { headers: { "Content-Type": "text/plain; charset=utf-8" } });
}

const present = z.string().min(1).optional();
const TradeNotification = z.looseObject({
  notify_id: z.string().min(1).max(100),
  notify_type: z.string(),
  notify_time: z.string(),
  app_id: z.string(),
  sign_type: z.literal("RSA2"),
  out_trade_no: z.string().min(1).max(200),
  trade_status: z.enum(["WAIT_BUYER_PAY", "TRADE_CLOSED", "TRADE_SUCCESS", "TRADE_FINISHED"]),
  total_amount: z.string(),
  gmt_payment: present,
  gmt_close: present,
  out_biz_no: present,
  refund_fee: present,
  gmt_refund: present,
});

function formEntries(form: URLSearchParams | Record<string, string>): Record<string, string> {
  return form instanceof URLSearchParams ? Object.fromEntries(form) : { ...form };
}

/**
 * Verifies an Alipay asynchronous trade notification (the form parameters of its POST) and returns the
 * outcome in the app's callback shape, or null when it reports nothing final (WAIT_BUYER_PAY). Throws on
 * a bad signature, another app's notification, or one that is not a trade notification.
 *
 * A refund is notified with the trade's status (TRADE_SUCCESS after a partial refund, TRADE_CLOSED after a
 * full one) plus out_biz_no (the refund's out_request_no), refund_fee and gmt_refund; refund_fee is the
 * trade's refunded total, so it equals this refund only for a trade's first refund.
 */
export function verifyAlipayNotification(
  formParams: URLSearchParams | Record<string, string>,
  alipayPublicKeyPem: string,
  appId: string,
): PaymentCallback | null {
  const params = formEntries(formParams);
  const sign = params.sign;
  const content = alipaySignContent(params, ["sign", "sign_type"]);
  if (!sign || !verifySha256WithRsa(content, sign, alipayPublicKeyPem)) {
    throw new Error("Alipay notification: the signature does not verify with the Alipay public key");
  }
  if (params.app_id !== appId) {
    throw new Error(`Alipay notification: for app ${JSON.stringify(params.app_id)}, not this app`);
  }
  if (params.notify_type !== "trade_status_sync") {
    throw new Error(`Alipay notification: not a trade notification (${params.notify_type})`);
  }
  const parsed = TradeNotification.safeParse(params);
  if (!parsed.success) throw new Error(`Alipay notification: does not parse (${parsed.error.message})`);
  const notice = parsed.data;
  const base = { callbackId: notice.notify_id };

  if (notice.out_biz_no && notice.refund_fee) {
    return {
      ...base,
      kind: "refund",
      idempotencyKey: notice.out_biz_no,
      status: "succeeded",
      amountFen: yuanToFen(notice.refund_fee),
      at: beijingTimeToIso(notice.gmt_refund ?? notice.notify_time),
    };
  }
  if (notice.trade_status === "WAIT_BUYER_PAY") return null;
  const closed = notice.trade_status === "TRADE_CLOSED";
  return {
    ...base,
    kind: "debit",
    idempotencyKey: notice.out_trade_no,
    status: closed ? "declined" : "succeeded",
    amountFen: yuanToFen(notice.total_amount),
    at: beijingTimeToIso((closed ? notice.gmt_close : notice.gmt_payment) ?? notice.notify_time),
  };
}
