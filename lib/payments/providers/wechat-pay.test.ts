import { describe, expect, it } from "vitest";
import { createWechatPayProvider } from "./wechat-pay";
import {
  APP_ID,
  BASE_URL,
  MCH_ID,
  merchant,
  NOW_S,
  PLATFORM_SERIAL,
  platform,
  provider,
  SERIAL_NO,
  stranger,
} from "./wechat-pay-test-gateway";

// Answers as WeChat Pay documents them (values invented).
const APPLIED = { out_trade_no: "stay_0001", amount: { total: 1500, currency: "CNY" } };
const H5 = {
  h5_url:
    "https://wx.tenpay.com/cgi-bin/mmpayweb-bin/checkmweb?prepay_id=wx01120005123456789012345678901234&package=2150917749",
};
const REFUND = {
  refund_id: "50000000382024060212345678901",
  out_refund_no: "refund_0001",
  transaction_id: "4200002024060112345678901234",
  out_trade_no: "stay_0001",
  channel: "ORIGINAL",
  user_received_account: "招商银行信用卡0403",
  create_time: "2024-06-02T09:30:00+08:00",
  status: "PROCESSING",
  funds_account: "AVAILABLE",
  amount: { total: 1500, refund: 500, payer_total: 1500, payer_refund: 500, currency: "CNY" },
};
const ORDER = {
  appid: APP_ID,
  mchid: MCH_ID,
  out_trade_no: "stay_0001",
  transaction_id: "4200002024060112345678901234",
  trade_type: "PAP",
  trade_state: "SUCCESS",
  trade_state_desc: "支付成功",
  success_time: "2024-06-01T12:00:06+08:00",
  amount: { total: 1500, payer_total: 1500, currency: "CNY", payer_currency: "CNY" },
};

const debit = {
  idempotencyKey: "stay_0001",
  agreementId: "agr-1",
  amountFen: 1500,
  description: "停车费 浙A12345 @ 飞来峰",
};
const payment = {
  idempotencyKey: "stay_0001_manual_1",
  amountFen: 1,
  description: "停车费",
  payee: "杭州城市大脑停车",
  returnUrl: "https://citybrain.example/api/payments/return?next=%2Fme%2Fbills%2F1",
  payerClientIp: "203.0.113.7",
};
const refund = {
  idempotencyKey: "refund_0001",
  paymentKey: "stay_0001",
  amountFen: 500,
  description: "预约取消退款",
};

describe("createWechatPayProvider", () => {
  it("debits under the contract (POST /v3/papay/pay/transactions/apply) with the documented Authorization", async () => {
    const { wechat, sent } = provider(() => ({ json: APPLIED }), {
      contractId: (id) => (id === "agr-1" ? "Wx15463511252015071056489715" : "unknown"),
    });
    await expect(wechat.requestDebit(debit)).resolves.toEqual({
      status: "accepted",
      providerRef: "stay_0001",
    });
    const [call] = sent;
    expect(call).toMatchObject({
      method: "POST",
      pathWithQuery: "/v3/papay/pay/transactions/apply",
      merchantSigned: true,
    });
    expect(call!.auth).toMatchObject({ mchid: MCH_ID, serial_no: SERIAL_NO, timestamp: String(NOW_S) });
    expect(call!.auth.nonce_str).toMatch(/^[0-9A-F]{32}$/);
    expect(call!.headers.get("Accept")).toBe("application/json");
    expect(call!.headers.get("User-Agent")).toBeTruthy();
    expect(JSON.parse(call!.body)).toEqual({
      appid: APP_ID,
      out_trade_no: "stay_0001",
      description: debit.description,
      transaction_notify_url: "https://citybrain.example/api/payments/wechat/notify",
      contract_id: "Wx15463511252015071056489715",
      amount: { total: 1500, currency: "CNY" },
    });
  });

  it("opens an H5 payment (POST /v3/pay/transactions/h5) and sends the person back by redirect_url", async () => {
    const { wechat, sent } = provider(() => ({ json: H5 }));
    const opened = await wechat.requestPayment(payment);
    expect(opened).toEqual({
      status: "accepted",
      providerRef: "wx01120005123456789012345678901234",
      checkoutUrl: `${H5.h5_url}&redirect_url=${encodeURIComponent(payment.returnUrl)}`,
    });
    expect(sent[0]).toMatchObject({ pathWithQuery: "/v3/pay/transactions/h5", merchantSigned: true });
    expect(JSON.parse(sent[0]!.body)).toEqual({
      appid: APP_ID,
      mchid: MCH_ID,
      description: "停车费",
      out_trade_no: "stay_0001_manual_1",
      notify_url: "https://citybrain.example/api/payments/wechat/notify",
      amount: { total: 1, currency: "CNY" },
      scene_info: { payer_client_ip: "203.0.113.7", h5_info: { type: "Wap" } },
    });
    const { payerClientIp: _, ...withoutIp } = payment;
    await expect(wechat.requestPayment(withoutIp)).rejects.toThrow(/payer's IP/);
    expect(sent).toHaveLength(1);
  });

  it("refunds (POST /v3/refund/domestic/refunds) with the refund's key as out_refund_no", async () => {
    const { wechat, sent } = provider(() => ({ json: REFUND }));
    await expect(wechat.requestRefund({ ...refund, paymentAmountFen: 1500 })).resolves.toEqual({
      status: "accepted",
      providerRef: REFUND.refund_id,
    });
    expect(sent[0]).toMatchObject({ pathWithQuery: "/v3/refund/domestic/refunds", merchantSigned: true });
    expect(JSON.parse(sent[0]!.body)).toEqual({
      out_trade_no: "stay_0001",
      out_refund_no: "refund_0001",
      reason: "预约取消退款",
      notify_url: "https://citybrain.example/api/payments/wechat/notify",
      amount: { refund: 500, total: 1500, currency: "CNY" },
    });
  });

  it("looks the paid order's total up (a signed GET with an empty body) when the refund does not carry it", async () => {
    const { wechat, sent } = provider((request) => ({ json: request.method === "GET" ? ORDER : REFUND }));
    await wechat.requestRefund(refund);
    expect(sent.map((s) => [s.method, s.pathWithQuery, s.body, s.merchantSigned])).toEqual([
      ["GET", `/v3/pay/transactions/out-trade-no/stay_0001?mchid=${MCH_ID}`, "", true],
      ["POST", "/v3/refund/domestic/refunds", sent[1]!.body, true],
    ]);
    expect(JSON.parse(sent[1]!.body).amount).toEqual({ refund: 500, total: 1500, currency: "CNY" });

    const missing = provider(() => ({
      json: { code: "ORDER_NOT_EXIST", message: "订单不存在" },
      status: 404,
    }));
    await expect(missing.wechat.queryPayment("stay_0002")).resolves.toBeNull();
    await expect(missing.wechat.requestRefund(refund)).rejects.toThrow(/no order stay_0001/);
  });

  it("throws — so the request is sent again later — on errors, unreachable gateways and answers it cannot trust", async () => {
    const replies = [
      [{ json: { code: "SYSTEM_ERROR", message: "系统错误" }, status: 500 }, /HTTP 500 SYSTEM_ERROR/],
      [{ status: 502, text: "<html>Bad Gateway</html>", unsigned: true }, /HTTP 502/],
      [{ json: APPLIED, key: stranger.privateKey }, /signature does not verify/],
      [{ json: APPLIED, tamper: true }, /signature does not verify/],
      [{ json: APPLIED, serial: "PUB_KEY_ID_OTHER" }, /not the configured/],
      [{ status: 200, text: JSON.stringify(APPLIED), unsigned: true }, /not signed/],
      [{ json: { out_trade_no: "stay_0001" } }, /does not parse/],
    ] as const;
    for (const [reply, error] of replies) {
      const { wechat } = provider(() => reply);
      await expect(wechat.requestDebit(debit)).rejects.toThrow(error);
    }
    const unreachable = createWechatPayProvider({
      baseUrl: BASE_URL,
      mchId: MCH_ID,
      appId: APP_ID,
      serialNo: SERIAL_NO,
      merchantPrivateKeyPem: merchant.privateKey,
      platformPublicKeyPem: platform.publicKey,
      platformSerial: PLATFORM_SERIAL,
      apiV3Key: "a7cde1ZJB1kG2e7VfTs3jQzaWizur8Gb",
      notifyUrl: "https://citybrain.example/notify",
      fetch: async () => {
        throw new TypeError("fetch failed");
      },
    });
    await expect(unreachable.requestDebit(debit)).rejects.toThrow(/fetch failed/);
  });

  it("refuses keys WeChat Pay would not take as out_trade_no / out_refund_no, before calling it", async () => {
    const { wechat, sent } = provider(() => ({ json: APPLIED }));
    await expect(wechat.requestDebit({ ...debit, idempotencyKey: "reservation:0f8e4c1a" })).rejects.toThrow(
      /out_trade_no/,
    );
    await expect(wechat.requestDebit({ ...debit, idempotencyKey: "x".repeat(33) })).rejects.toThrow(
      /out_trade_no/,
    );
    await expect(wechat.requestRefund({ ...refund, idempotencyKey: "refund 1" })).rejects.toThrow(
      /out_refund_no/,
    );
    expect(sent).toEqual([]);
  });
});
