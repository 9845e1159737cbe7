import { describe, expect, it } from "vitest";
import { appSigned, GATEWAY_URL, provider } from "./alipay-test-gateway";

const REFUNDED = {
  code: "10000",
  msg: "Success",
  buyer_logon_id: "159****5620",
  buyer_user_id: "2088102177846880",
  fund_change: "Y",
  gmt_refund_pay: "2024-06-02 09:30:00",
  out_trade_no: "stay_0001",
  refund_fee: "5.00",
  send_back_fee: "5.00",
  trade_no: "2024060122001446880500012345",
};
const QUERIED = {
  code: "10000",
  msg: "Success",
  buyer_logon_id: "159****5620",
  out_trade_no: "stay_0001",
  send_pay_date: "2024-06-01 12:00:06",
  total_amount: "15.00",
  trade_no: "2024060122001446880500012345",
  trade_status: "TRADE_SUCCESS",
};

const refund = {
  idempotencyKey: "refund_0001",
  paymentKey: "stay_0001",
  amountFen: 500,
  description: "预约取消退款",
};

const notCalled = (): never => {
  throw new Error("page methods are opened by the browser, not called by the server");
};

describe("createAlipayProvider: checkout, refunds, queries and agreements", () => {
  it("opens a one-off payment as a signed alipay.trade.wap.pay GET URL, without calling the gateway", async () => {
    const { alipay, sent } = provider(notCalled);
    const returnUrl = "https://citybrain.example/api/payments/return?next=%2Fme%2Fbills%2F1";
    const opened = await alipay.requestPayment({
      idempotencyKey: "stay_0001_manual_1",
      amountFen: 1,
      description: "停车费",
      payee: "杭州城市大脑停车",
      returnUrl,
    });
    expect(sent).toEqual([]);
    const url = new URL(opened.checkoutUrl);
    expect(`${url.origin}${url.pathname}`).toBe(GATEWAY_URL);
    const params = Object.fromEntries(url.searchParams);
    expect(appSigned(params)).toBe(true);
    expect(params).toMatchObject({
      method: "alipay.trade.wap.pay",
      return_url: returnUrl,
      sign_type: "RSA2",
    });
    expect(JSON.parse(params.biz_content!)).toEqual({
      out_trade_no: "stay_0001_manual_1",
      total_amount: "0.01",
      subject: "停车费",
      product_code: "QUICK_WAP_WAY",
      quit_url: returnUrl,
    });
    expect(opened.providerRef).toBe("stay_0001_manual_1");
  });

  it("refunds with alipay.trade.refund, the refund's key as out_request_no, and reports fund_change Y", async () => {
    const { alipay, sent, outcomes } = provider(() => ({ node: REFUNDED }));
    await expect(alipay.requestRefund(refund)).resolves.toEqual({
      status: "accepted",
      providerRef: REFUNDED.trade_no,
    });
    expect(appSigned(sent[0]!.params)).toBe(true);
    expect(sent[0]!.biz).toEqual({
      out_trade_no: "stay_0001",
      refund_amount: "5.00",
      refund_reason: "预约取消退款",
      out_request_no: "refund_0001",
    });
    expect(outcomes).toEqual([
      {
        callbackId: "alipay-refund:refund_0001",
        kind: "refund",
        idempotencyKey: "refund_0001",
        status: "succeeded",
        amountFen: 500,
        at: "2024-06-02T09:30:00+08:00",
      },
    ]);
    const again = provider(() => ({ node: { ...REFUNDED, fund_change: "N" } }));
    await expect(again.alipay.requestRefund(refund)).resolves.toMatchObject({ status: "accepted" });
    expect(again.outcomes).toEqual([]);
    const refused = provider(() => ({
      node: {
        code: "40004",
        msg: "Business Failed",
        sub_code: "ACQ.TRADE_NOT_ALLOW_REFUND",
        sub_msg: "当前交易不允许退款",
      },
    }));
    await refused.alipay.requestRefund(refund);
    expect(refused.outcomes).toEqual([
      expect.objectContaining({ kind: "refund", status: "declined", amountFen: 500 }),
    ]);
  });

  it("queries a trade by its key, and says null when Alipay has none", async () => {
    const { alipay, sent } = provider(() => ({ node: QUERIED }));
    await expect(alipay.queryPayment("stay_0001")).resolves.toEqual({
      tradeNo: QUERIED.trade_no,
      tradeStatus: "TRADE_SUCCESS",
      amountFen: 1500,
    });
    expect(sent[0]).toMatchObject({ method: "alipay.trade.query", biz: { out_trade_no: "stay_0001" } });
    const none = provider(() => ({
      node: { code: "40004", msg: "Business Failed", sub_code: "ACQ.TRADE_NOT_EXIST", sub_msg: "交易不存在" },
    }));
    await expect(none.alipay.queryPayment("stay_0002")).resolves.toBeNull();
  });

  it("builds the signed agreement-signing URL (alipay.user.agreement.page.sign) for 商家扣款", () => {
    const { alipay } = provider(notCalled);
    const url = new URL(
      alipay.signAgreementUrl({
        externalAgreementNo: "agr0001",
        externalLogonId: "13800138000",
        returnUrl: "https://citybrain.example/me/agreement",
      }),
    );
    const params = Object.fromEntries(url.searchParams);
    expect(appSigned(params)).toBe(true);
    expect(params).toMatchObject({
      method: "alipay.user.agreement.page.sign",
      return_url: "https://citybrain.example/me/agreement",
    });
    expect(params.notify_url).toBeUndefined();
    expect(JSON.parse(params.biz_content!)).toEqual({
      personal_product_code: "GENERAL_WITHHOLDING_P1",
      product_code: "GENERAL_WITHHOLDING",
      sign_scene: "DEFAULT|DEFAULT",
      external_agreement_no: "agr0001",
      external_logon_id: "13800138000",
      access_params: { channel: "ALIPAYAPP" },
    });
  });
});
