import { describe, expect, it } from "vitest";
import { createAlipayProvider } from "./alipay";
import {
  type Answer,
  APP_ID,
  app,
  appSigned,
  GATEWAY_URL,
  gateway,
  NOW,
  provider,
  stranger,
} from "./alipay-test-gateway";

// Written as Alipay's documentation shows them (values invented), Chinese text included.
const PAID = {
  code: "10000",
  msg: "Success",
  buyer_logon_id: "159****5620",
  buyer_pay_amount: "15.00",
  buyer_user_id: "2088102177846880",
  fund_bill_list: [{ amount: "15.00", fund_channel: "ALIPAYACCOUNT" }],
  gmt_payment: "2024-06-01 12:00:06",
  invoice_amount: "15.00",
  out_trade_no: "stay_0001",
  point_amount: "0.00",
  receipt_amount: "15.00",
  store_name: "杭州城市大脑停车",
  total_amount: "15.00",
  trade_no: "2024060122001446880500012345",
};
const BALANCE_LOW = {
  code: "40004",
  msg: "Business Failed",
  sub_code: "ACQ.BUYER_BALANCE_NOT_ENOUGH",
  sub_msg: "买家余额不足",
};
const SYSTEM_ERROR = {
  code: "40004",
  msg: "Business Failed",
  sub_code: "ACQ.SYSTEM_ERROR",
  sub_msg: "系统错误",
};
const debit = {
  idempotencyKey: "stay_0001",
  agreementId: "agr-1",
  amountFen: 1500,
  description: "停车费 浙A12345 @ 飞来峰",
};

describe("createAlipayProvider: debits under the agreement", () => {
  it("debits under the agreement with alipay.trade.pay, signed RSA2 with the documented common parameters", async () => {
    const { alipay, sent, outcomes } = provider(() => ({ node: PAID }), {
      agreementNo: (id) => (id === "agr-1" ? "20245601000012345678" : "unknown"),
    });
    await expect(alipay.requestDebit(debit)).resolves.toEqual({
      status: "accepted",
      providerRef: PAID.trade_no,
    });
    const [call] = sent;
    expect(appSigned(call!.params)).toBe(true);
    expect(call!.params).toMatchObject({
      app_id: APP_ID,
      method: "alipay.trade.pay",
      format: "JSON",
      charset: "utf-8",
      sign_type: "RSA2",
      timestamp: "2024-06-01 12:00:05",
      version: "1.0",
      notify_url: "https://citybrain.example/api/payments/alipay/notify",
    });
    expect(call!.biz).toEqual({
      out_trade_no: "stay_0001",
      total_amount: "15.00",
      subject: debit.description,
      product_code: "GENERAL_WITHHOLDING",
      agreement_params: { agreement_no: "20245601000012345678" },
    });
    // Paid at once: reported now, in the app's callback shape, at Alipay's gmt_payment (Beijing time).
    expect(outcomes).toEqual([
      {
        callbackId: "alipay-pay:stay_0001",
        kind: "debit",
        idempotencyKey: "stay_0001",
        status: "succeeded",
        amountFen: 1500,
        at: "2024-06-01T12:00:06+08:00",
      },
    ]);
  });

  it("reports a business failure (40004) as a declined debit, and throws if nothing can report it", async () => {
    const { alipay, outcomes } = provider(() => ({ node: { ...BALANCE_LOW, out_trade_no: "stay_0001" } }));
    await expect(alipay.requestDebit(debit)).resolves.toEqual({
      status: "accepted",
      providerRef: "stay_0001",
    });
    expect(outcomes).toEqual([
      expect.objectContaining({
        idempotencyKey: "stay_0001",
        status: "declined",
        amountFen: 1500,
        at: NOW.toISOString(),
      }),
    ]);
    const silent = provider(() => ({ node: BALANCE_LOW }), { onSynchronousOutcome: undefined });
    await expect(silent.alipay.requestDebit(debit)).rejects.toThrow(
      /declined .*ACQ.BUYER_BALANCE_NOT_ENOUGH/,
    );
  });

  it("throws — so the debit is sent again later — on Alipay's own errors and unusable answers", async () => {
    const answers: [Answer, RegExp][] = [
      [{ node: SYSTEM_ERROR }, /ACQ.SYSTEM_ERROR/],
      [
        { node: { code: "20000", msg: "Service Currently Unavailable", sub_code: "isp.unknow-error" } },
        /20000/,
      ],
      [
        {
          status: 200,
          text: '{"error_response":{"code":"40002","msg":"Invalid Arguments","sub_code":"isv.invalid-signature","sub_msg":"验签出错"}}',
        },
        /isv.invalid-signature/,
      ],
      [{ node: PAID, signWith: stranger.privateKey }, /signature does not verify/],
      [{ node: PAID, tamper: true }, /signature does not verify/],
      [{ status: 502, text: "Bad Gateway" }, /HTTP 502/],
      [{ status: 200, text: "<html>busy</html>" }, /not JSON/],
      [{ node: { code: "10000", msg: "Success", out_trade_no: "stay_0001" } }, /does not parse/],
    ];
    for (const [answer, error] of answers) {
      const { alipay, outcomes } = provider(() => answer);
      await expect(alipay.requestDebit(debit)).rejects.toThrow(error);
      expect(outcomes).toEqual([]);
    }
    const unreachable = createAlipayProvider({
      gatewayUrl: GATEWAY_URL,
      appId: APP_ID,
      appPrivateKeyPem: app.privateKey,
      alipayPublicKeyPem: gateway.publicKey,
      notifyUrl: "https://citybrain.example/notify",
      fetch: async () => {
        throw new TypeError("fetch failed");
      },
    });
    await expect(unreachable.requestDebit(debit)).rejects.toThrow(/fetch failed/);
  });

  it("accepts a debit Alipay already took (ACQ.TRADE_HAS_SUCCESS) without reporting it twice", async () => {
    const { alipay, outcomes } = provider(() => ({
      node: { code: "40004", msg: "Business Failed", sub_code: "ACQ.TRADE_HAS_SUCCESS" },
    }));
    await expect(alipay.requestDebit(debit)).resolves.toMatchObject({ status: "accepted" });
    expect(outcomes).toEqual([]);
  });

  it("refuses keys Alipay would not take as out_trade_no, before calling it", async () => {
    const { alipay, sent } = provider(() => ({ node: PAID }));
    await expect(alipay.requestDebit({ ...debit, idempotencyKey: "reservation:0f8e" })).rejects.toThrow(
      /out_trade_no/,
    );
    expect(sent).toEqual([]);
  });

  it("takes keys as the bare base64 the Alipay console shows", async () => {
    const bare = (key: string) => key.replace(/-----[^-]+-----/g, "").replace(/\s+/g, "");
    const { alipay, sent } = provider(() => ({ node: PAID }), {
      appPrivateKeyPem: bare(app.privateKey),
      alipayPublicKeyPem: bare(gateway.publicKey),
    });
    await expect(alipay.requestDebit(debit)).resolves.toMatchObject({ status: "accepted" });
    expect(appSigned(sent[0]!.params)).toBe(true);
  });
});
