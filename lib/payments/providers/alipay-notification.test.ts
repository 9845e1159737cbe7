import { createSign, generateKeyPairSync } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  ALIPAY_NOTIFICATION_ACK,
  alipayNotificationAck,
  verifyAlipayNotification,
} from "./alipay-notification";

const rsaPair = () =>
  generateKeyPairSync("rsa", {
    modulusLength: 2048,
    publicKeyEncoding: { type: "spki", format: "pem" },
    privateKeyEncoding: { type: "pkcs8", format: "pem" },
  });
const alipay = rsaPair();
const stranger = rsaPair();
const APP_ID = "2021004100000001";

// A trade notification as Alipay documents it (values invented).
const PAID = {
  gmt_create: "2024-06-01 11:59:40",
  charset: "utf-8",
  seller_email: "parking@citybrain.example",
  subject: "停车费 浙A12345 @ 飞来峰",
  buyer_id: "2088102177846880",
  invoice_amount: "15.00",
  notify_id: "2024060100222120006046881234567890",
  fund_bill_list: '[{"amount":"15.00","fundChannel":"ALIPAYACCOUNT"}]',
  notify_type: "trade_status_sync",
  trade_status: "TRADE_SUCCESS",
  receipt_amount: "15.00",
  app_id: APP_ID,
  buyer_pay_amount: "15.00",
  seller_id: "2088101122136241",
  gmt_payment: "2024-06-01 12:00:06",
  notify_time: "2024-06-01 12:00:07",
  version: "1.0",
  out_trade_no: "stay_0001",
  total_amount: "15.00",
  trade_no: "2024060122001446880500012345",
  auth_app_id: APP_ID,
  buyer_logon_id: "159****5620",
  point_amount: "0.00",
};
// After a full refund: the trade closes, and the notification names the refund (gmt_refund with milliseconds).
const REFUNDED = {
  ...PAID,
  notify_id: "2024060200222093000046881234567891",
  notify_time: "2024-06-02 09:30:01",
  trade_status: "TRADE_CLOSED",
  out_biz_no: "refund_0001",
  refund_fee: "15.00",
  gmt_refund: "2024-06-02 09:30:00.123",
  gmt_close: "2024-06-02 09:30:00",
};

/** Signed as Alipay signs notifications (sorted, without sign and sign_type), then sent as a form body. */
function formBody(params: Record<string, string>, key = alipay.privateKey): URLSearchParams {
  const content = Object.keys(params)
    .filter((k) => k !== "sign" && k !== "sign_type" && params[k] !== "")
    .sort()
    .map((k) => `${k}=${params[k]}`)
    .join("&");
  const sign = createSign("RSA-SHA256").update(content).sign(key, "base64");
  // Through the wire format and back, as a route reading request.text() would see it.
  return new URLSearchParams(new URLSearchParams({ ...params, sign_type: "RSA2", sign }).toString());
}

describe("verifyAlipayNotification", () => {
  it("accepts a good trade notification and maps it to the app's callback", () => {
    expect(verifyAlipayNotification(formBody(PAID), alipay.publicKey, APP_ID)).toEqual({
      callbackId: PAID.notify_id,
      kind: "debit",
      idempotencyKey: "stay_0001",
      status: "succeeded",
      amountFen: 1500,
      at: "2024-06-01T12:00:06+08:00",
    });
    const finished = formBody({ ...PAID, trade_status: "TRADE_FINISHED" });
    expect(verifyAlipayNotification(Object.fromEntries(finished), alipay.publicKey, APP_ID)).toMatchObject({
      status: "succeeded",
    });
  });

  it("maps a closed unpaid trade to declined, and a waiting one to nothing", () => {
    const { gmt_payment: _, ...unpaid } = PAID;
    const closed = { ...unpaid, trade_status: "TRADE_CLOSED", gmt_close: "2024-06-01 12:15:00" };
    expect(verifyAlipayNotification(formBody(closed), alipay.publicKey, APP_ID)).toMatchObject({
      kind: "debit",
      status: "declined",
      at: "2024-06-01T12:15:00+08:00",
    });
    expect(
      verifyAlipayNotification(
        formBody({ ...unpaid, trade_status: "WAIT_BUYER_PAY" }),
        alipay.publicKey,
        APP_ID,
      ),
    ).toBeNull();
  });

  it("maps a refund notification (out_biz_no, refund_fee, gmt_refund) to a succeeded refund", () => {
    expect(verifyAlipayNotification(formBody(REFUNDED), alipay.publicKey, APP_ID)).toEqual({
      callbackId: REFUNDED.notify_id,
      kind: "refund",
      idempotencyKey: "refund_0001",
      status: "succeeded",
      amountFen: 1500,
      at: "2024-06-02T09:30:00.123+08:00",
    });
  });

  it("rejects a tampered amount, another key's signature, a missing signature and another app's notification", () => {
    const tampered = formBody(PAID);
    tampered.set("total_amount", "0.01");
    expect(() => verifyAlipayNotification(tampered, alipay.publicKey, APP_ID)).toThrow(
      /signature does not verify/,
    );
    expect(() =>
      verifyAlipayNotification(formBody(PAID, stranger.privateKey), alipay.publicKey, APP_ID),
    ).toThrow(/signature does not verify/);
    const unsigned = formBody(PAID);
    unsigned.delete("sign");
    expect(() => verifyAlipayNotification(unsigned, alipay.publicKey, APP_ID)).toThrow(/signature/);
    const otherApp = formBody({ ...PAID, app_id: "2021009999999999" });
    expect(() => verifyAlipayNotification(otherApp, alipay.publicKey, APP_ID)).toThrow(/not this app/);
  });

  it("refuses notifications that are not about a trade, and amounts it cannot read", () => {
    const signed = formBody({
      notify_type: "dut_user_sign",
      notify_id: "n1",
      notify_time: "2024-06-01 12:00:00",
      app_id: APP_ID,
      agreement_no: "20245601000012345678",
      status: "NORMAL",
    });
    expect(() => verifyAlipayNotification(signed, alipay.publicKey, APP_ID)).toThrow(
      /not a trade notification/,
    );
    expect(() =>
      verifyAlipayNotification(formBody({ ...PAID, total_amount: "15.001" }), alipay.publicKey, APP_ID),
    ).toThrow(/not an amount/);
  });

  it("tells the route to answer plain-text success", async () => {
    expect(ALIPAY_NOTIFICATION_ACK).toBe("success");
    const ack = alipayNotificationAck();
    expect(ack.status).toBe(200);
    expect(ack.headers.get("Content-Type")).toMatch(/^text\/plain/);
    await expect(ack.text()).resolves.toBe("success");
  });
});
