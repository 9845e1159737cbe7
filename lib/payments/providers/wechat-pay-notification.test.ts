import { describe, expect, it } from "vitest";
import {
  verifyWechatPayNotification,
  WECHAT_PAY_NOTIFICATION_ACK,
  wechatPayNotificationAck,
  wechatPayNotificationNack,
} from "./wechat-pay-notification";
import {
  API_V3_KEY,
  APP_ID,
  MCH_ID,
  NOW,
  NOW_S,
  PLATFORM_SERIAL,
  platform,
  platformHeaders,
  sealResource,
  stranger,
} from "./wechat-pay-test-gateway";

// Decrypted resources as WeChat Pay documents them (values invented).
const PAID = {
  appid: APP_ID,
  mchid: MCH_ID,
  out_trade_no: "stay_0001",
  transaction_id: "4200002024060112345678901234",
  trade_type: "PAP",
  trade_state: "SUCCESS",
  trade_state_desc: "支付成功",
  bank_type: "CMB_DEBIT",
  attach: "",
  success_time: "2024-06-01T12:00:06+08:00",
  payer: { openid: "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o" },
  amount: { total: 1500, payer_total: 1500, currency: "CNY", payer_currency: "CNY" },
  contract_id: "Wx15463511252015071056489715",
};
const REFUNDED = {
  mchid: MCH_ID,
  transaction_id: "4200002024060112345678901234",
  out_trade_no: "stay_0001",
  refund_id: "50000000382024060212345678901",
  out_refund_no: "refund_0001",
  refund_status: "SUCCESS",
  success_time: "2024-06-02T09:30:02+08:00",
  user_received_account: "招商银行信用卡0403",
  amount: { total: 1500, refund: 500, payer_total: 1500, payer_refund: 500 },
};

const options = {
  platformPublicKeyPem: platform.publicKey,
  platformSerial: PLATFORM_SERIAL,
  apiV3Key: API_V3_KEY,
  mchId: MCH_ID,
  appId: APP_ID,
  now: () => NOW,
};

/** A notification as WeChat Pay POSTs it: the envelope as the body, signed headers beside it. */
function notification(
  resource: object,
  originalType: "transaction" | "refund",
  eventType: string,
  sign = {},
) {
  const body = JSON.stringify({
    id: "EV-2024060112000712345",
    create_time: "2024-06-01T12:00:07+08:00",
    resource_type: "encrypt-resource",
    event_type: eventType,
    summary: "支付成功",
    resource: sealResource(resource, originalType),
  });
  return { headers: platformHeaders(body, sign), body };
}

describe("verifyWechatPayNotification", () => {
  it("accepts a good transaction notification and maps it to the app's callback", () => {
    const { headers, body } = notification(PAID, "transaction", "TRANSACTION.SUCCESS");
    expect(verifyWechatPayNotification(headers, body, options)).toEqual({
      callbackId: "EV-2024060112000712345",
      kind: "debit",
      idempotencyKey: "stay_0001",
      status: "succeeded",
      amountFen: 1500,
      at: "2024-06-01T12:00:06+08:00",
    });
    // Headers as fetch gives them (a route's request.headers) work the same as Node's lower-case object.
    expect(verifyWechatPayNotification(new Headers(headers), body, options)).toMatchObject({
      status: "succeeded",
    });
  });

  it("maps failed debits to declined (at the notification's time) and leaves states that are not final", () => {
    const { success_time: _, ...unpaid } = PAID;
    for (const state of ["PAYERROR", "CLOSED", "REVOKED"]) {
      const { headers, body } = notification(
        { ...unpaid, trade_state: state },
        "transaction",
        "TRANSACTION.FAIL",
      );
      expect(verifyWechatPayNotification(headers, body, options)).toMatchObject({
        status: "declined",
        amountFen: 1500,
        at: "2024-06-01T12:00:07+08:00",
      });
    }
    const waiting = notification(
      { ...unpaid, trade_state: "USERPAYING" },
      "transaction",
      "TRANSACTION.SUCCESS",
    );
    expect(verifyWechatPayNotification(waiting.headers, waiting.body, options)).toBeNull();
  });

  it("maps refund notifications by refund_status, with out_refund_no and amount.refund", () => {
    const done = notification(REFUNDED, "refund", "REFUND.SUCCESS");
    expect(verifyWechatPayNotification(done.headers, done.body, options)).toEqual({
      callbackId: "EV-2024060112000712345",
      kind: "refund",
      idempotencyKey: "refund_0001",
      status: "succeeded",
      amountFen: 500,
      at: "2024-06-02T09:30:02+08:00",
    });
    const { success_time: _, ...unfinished } = REFUNDED;
    for (const [status, event] of [
      ["ABNORMAL", "REFUND.ABNORMAL"],
      ["CLOSED", "REFUND.CLOSED"],
    ]) {
      const failed = notification({ ...unfinished, refund_status: status }, "refund", event!);
      expect(verifyWechatPayNotification(failed.headers, failed.body, options)).toMatchObject({
        kind: "refund",
        status: "declined",
      });
    }
    const processing = notification(
      { ...unfinished, refund_status: "PROCESSING" },
      "refund",
      "REFUND.SUCCESS",
    );
    expect(verifyWechatPayNotification(processing.headers, processing.body, options)).toBeNull();
  });

  it("rejects a tampered amount, another key's signature and an unknown platform serial", () => {
    const good = notification(PAID, "transaction", "TRANSACTION.SUCCESS");
    const forged = notification(
      { ...PAID, amount: { ...PAID.amount, total: 1 } },
      "transaction",
      "TRANSACTION.SUCCESS",
    );
    expect(() => verifyWechatPayNotification(good.headers, forged.body, options)).toThrow(
      /signature does not verify/,
    );
    const byStranger = notification(PAID, "transaction", "TRANSACTION.SUCCESS", { key: stranger.privateKey });
    expect(() => verifyWechatPayNotification(byStranger.headers, byStranger.body, options)).toThrow(
      /signature does not verify/,
    );
    const otherSerial = notification(PAID, "transaction", "TRANSACTION.SUCCESS", {
      serial: "PUB_KEY_ID_OTHER",
    });
    expect(() => verifyWechatPayNotification(otherSerial.headers, otherSerial.body, options)).toThrow(
      /not the configured/,
    );
    const { "Wechatpay-Signature": _, ...unsigned } = good.headers;
    expect(() => verifyWechatPayNotification(unsigned, good.body, options)).toThrow(/not signed/);
  });

  it("rejects a notification for another merchant or app", () => {
    const otherMerchant = notification(
      { ...PAID, mchid: "1900009999" },
      "transaction",
      "TRANSACTION.SUCCESS",
    );
    expect(() => verifyWechatPayNotification(otherMerchant.headers, otherMerchant.body, options)).toThrow(
      /merchant 1900009999/,
    );
    const otherRefund = notification({ ...REFUNDED, mchid: "1900009999" }, "refund", "REFUND.SUCCESS");
    expect(() => verifyWechatPayNotification(otherRefund.headers, otherRefund.body, options)).toThrow(
      /merchant 1900009999/,
    );
    const otherApp = notification(
      { ...PAID, appid: "wx0000000000000000" },
      "transaction",
      "TRANSACTION.SUCCESS",
    );
    expect(() => verifyWechatPayNotification(otherApp.headers, otherApp.body, options)).toThrow(
      /app wx0000000000000000/,
    );
  });

  it("rejects timestamps more than 300 s from now, either way", () => {
    for (const [offset, ok] of [
      [-299, true],
      [-301, false],
      [299, true],
      [301, false],
    ] as const) {
      const { headers, body } = notification(PAID, "transaction", "TRANSACTION.SUCCESS", {
        timestamp: NOW_S + offset,
      });
      const verify = () => verifyWechatPayNotification(headers, body, options);
      if (ok) expect(verify()).toMatchObject({ status: "succeeded" });
      else expect(verify).toThrow(/more than 300 s/);
    }
  });

  it("rejects a resource whose GCM tag does not match (altered, or another APIv3 key)", () => {
    const sealed = sealResource(PAID, "transaction");
    const bytes = Buffer.from(sealed.ciphertext, "base64");
    bytes[bytes.length - 1]! ^= 0x01;
    const body = JSON.stringify({
      id: "EV-1",
      create_time: "2024-06-01T12:00:07+08:00",
      resource_type: "encrypt-resource",
      event_type: "TRANSACTION.SUCCESS",
      resource: { ...sealed, ciphertext: bytes.toString("base64") },
    });
    expect(() => verifyWechatPayNotification(platformHeaders(body), body, options)).toThrow(
      /does not decrypt/,
    );
    const { headers, body: good } = notification(PAID, "transaction", "TRANSACTION.SUCCESS");
    expect(() =>
      verifyWechatPayNotification(headers, good, { ...options, apiV3Key: "0".repeat(32) }),
    ).toThrow(/does not decrypt/);
    expect(() => verifyWechatPayNotification(headers, good, { ...options, apiV3Key: "short" })).toThrow(
      /32 bytes/,
    );
  });

  it("gives the documented answers: 204 without a body, or an error with code FAIL to be sent again", async () => {
    expect(WECHAT_PAY_NOTIFICATION_ACK.status).toBe(204);
    const ack = wechatPayNotificationAck();
    expect(ack.status).toBe(204);
    await expect(ack.text()).resolves.toBe("");
    const nack = wechatPayNotificationNack("验签失败");
    expect(nack.status).toBe(500);
    await expect(nack.json()).resolves.toEqual({ code: "FAIL", message: "验签失败" });
  });
});
