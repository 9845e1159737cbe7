import "server-only";
import { z } from "zod";
import type { PaymentCallback } from "../payment-callback";
import type { DebitAccepted, PaymentProvider } from "../provider";
import {
  ALIPAY_SUCCESS,
  type AlipayAnswer,
  type AlipayGatewayOptions,
  alipayPageUrl,
  callAlipay,
  parseAlipayNode,
} from "./alipay-gateway";
import { beijingTimeToIso } from "./beijing-time";
import { fenToYuan, yuanToFen } from "./yuan-amount";

export interface AlipayProviderOptions extends AlipayGatewayOptions {
  /** Where Alipay sends trade notifications (the app's route that calls verifyAlipayNotification). */
  notifyUrl: string;
  /** Alipay's agreement_no for the app's agreement id; by default the id is taken to be it. */
  agreementNo?: (agreementId: string) => string | Promise<string>;
  /**
   * Receives outcomes Alipay decides within the call (商家扣款 and refunds answer at once; a declined debit
   * or refund is never notified). Without it, such a decline throws.
   */
  onSynchronousOutcome?: (callback: PaymentCallback) => void | Promise<void>;
  /** Shown on receipts; defaults to the gateway's host. */
  name?: string;
  /** The 代扣 agreement's products and scene, as in the merchant's contract with Alipay. */
  personalProductCode?: string;
  signScene?: string;
}

/** What alipay.user.agreement.page.sign needs to show the person the 代扣 agreement. */
export interface AlipayAgreementSignRequest {
  /** 商户签约号: the app's own number for this agreement (letters and digits, at most 32). */
  externalAgreementNo: string;
  /** The person's login in this app, shown masked on the signing page. */
  externalLogonId?: string;
  returnUrl: string;
  /** Where Alipay reports the signing (notify_type dut_user_sign); not a trade notification. */
  notifyUrl?: string;
}

export interface AlipayPaymentStatus {
  tradeNo: string;
  tradeStatus: "WAIT_BUYER_PAY" | "TRADE_CLOSED" | "TRADE_SUCCESS" | "TRADE_FINISHED";
  amountFen: number;
}

export interface AlipayProvider extends PaymentProvider {
  /** The URL the person opens to sign the 代扣 agreement (alipay.user.agreement.page.sign). */
  signAgreementUrl(request: AlipayAgreementSignRequest): string;
  /** The trade of an idempotency key (alipay.trade.query); null when Alipay has none. */
  queryPayment(idempotencyKey: string): Promise<AlipayPaymentStatus | null>;
}

// Documented: out_trade_no is at most 64 letters, digits and underscores; out_request_no at most 64 characters.
const OUT_TRADE_NO = /^\w{1,64}$/;
// Alipay's own errors: the same request may succeed later, so the caller should retry.
const RETRY_LATER = new Set(["ACQ.SYSTEM_ERROR", "aop.ACQ.SYSTEM_ERROR", "ACQ.SELLER_BALANCE_NOT_ENOUGH"]);
const BUSINESS_FAILURE = "40004";
const WAITING_FOR_BUYER = "10003";

const PaidNode = z.looseObject({
  trade_no: z.string(),
  out_trade_no: z.string(),
  total_amount: z.string(),
  gmt_payment: z.string().optional(),
});
const RefundNode = z.looseObject({
  trade_no: z.string(),
  fund_change: z.enum(["Y", "N"]),
  gmt_refund_pay: z.string().optional(),
});
const QueryNode = z.looseObject({
  trade_no: z.string(),
  trade_status: z.enum(["WAIT_BUYER_PAY", "TRADE_CLOSED", "TRADE_SUCCESS", "TRADE_FINISHED"]),
  total_amount: z.string(),
});

function outTradeNo(key: string): string {
  if (!OUT_TRADE_NO.test(key)) {
    throw new Error(
      `Alipay out_trade_no must be 1–64 letters, digits or underscores: ${JSON.stringify(key)}`,
    );
  }
  return key;
}

function outRequestNo(key: string): string {
  if (key.length === 0 || key.length > 64) throw new Error(`Alipay out_request_no must be 1–64 characters`);
  return key;
}

const subject = (description: string) => Array.from(description).slice(0, 256).join("");
const accepted = (providerRef: string): DebitAccepted => ({ status: "accepted", providerRef });

/** A PaymentProvider over the Alipay OpenAPI (public-key mode, RSA2): 商家扣款, 手机网站支付 and refunds. */
export function createAlipayProvider(options: AlipayProviderOptions): AlipayProvider {
  const now = options.now ?? (() => new Date());
  const report = async (method: string, answer: AlipayAnswer, callback: PaymentCallback) => {
    if (options.onSynchronousOutcome) return options.onSynchronousOutcome(callback);
    // Success is notified as well (to notify_url); a decline is only ever said here.
    if (callback.status === "declined") {
      throw new Error(`Alipay ${method} declined (${answer.summary}) and no onSynchronousOutcome reports it`);
    }
  };
  const isDecline = (answer: AlipayAnswer) =>
    answer.code === BUSINESS_FAILURE && !RETRY_LATER.has(answer.subCode ?? "");
  const failure = (method: string, answer: AlipayAnswer) => new Error(`Alipay ${method}: ${answer.summary}`);

  return {
    name: options.name ?? new URL(options.gatewayUrl).host,

    async requestDebit(request) {
      const method = "alipay.trade.pay";
      const key = outTradeNo(request.idempotencyKey);
      const agreementNo = await (options.agreementNo ?? ((id: string) => id))(request.agreementId);
      const answer = await callAlipay(
        options,
        method,
        {
          out_trade_no: key,
          total_amount: fenToYuan(request.amountFen),
          subject: subject(request.description),
          product_code: "GENERAL_WITHHOLDING",
          agreement_params: { agreement_no: agreementNo },
        },
        { notify_url: options.notifyUrl },
      );
      const callbackId = `alipay-pay:${key}`;
      if (answer.code === ALIPAY_SUCCESS) {
        const paid = parseAlipayNode(method, answer, PaidNode);
        if (paid.out_trade_no !== key) throw new Error(`Alipay ${method}: the answer is for another trade`);
        await report(method, answer, {
          callbackId,
          kind: "debit",
          idempotencyKey: key,
          status: "succeeded",
          amountFen: yuanToFen(paid.total_amount),
          at: paid.gmt_payment ? beijingTimeToIso(paid.gmt_payment) : now().toISOString(),
        });
        return accepted(paid.trade_no);
      }
      // Waiting for the buyer, or paid by an earlier attempt: the trade notification brings the outcome.
      if (answer.code === WAITING_FOR_BUYER || answer.subCode === "ACQ.TRADE_HAS_SUCCESS") {
        return accepted(typeof answer.node.trade_no === "string" ? answer.node.trade_no : key);
      }
      if (!isDecline(answer)) throw failure(method, answer);
      await report(method, answer, {
        callbackId,
        kind: "debit",
        idempotencyKey: key,
        status: "declined",
        amountFen: request.amountFen,
        at: now().toISOString(),
      });
      return accepted(key);
    },

    async requestPayment(request) {
      const key = outTradeNo(request.idempotencyKey);
      const checkoutUrl = alipayPageUrl(
        options,
        "alipay.trade.wap.pay",
        {
          out_trade_no: key,
          total_amount: fenToYuan(request.amountFen),
          subject: subject(request.description),
          product_code: "QUICK_WAP_WAY",
          quit_url: request.returnUrl,
        },
        { notify_url: options.notifyUrl, return_url: request.returnUrl },
      );
      return { status: "accepted", providerRef: key, checkoutUrl };
    },

    async requestRefund(request) {
      const method = "alipay.trade.refund";
      const key = outRequestNo(request.idempotencyKey);
      const answer = await callAlipay(options, method, {
        out_trade_no: outTradeNo(request.paymentKey),
        refund_amount: fenToYuan(request.amountFen),
        refund_reason: subject(request.description),
        out_request_no: key,
      });
      const callbackId = `alipay-refund:${key}`;
      if (answer.code === ALIPAY_SUCCESS) {
        const refund = parseAlipayNode(method, answer, RefundNode);
        // fund_change N: nothing moved now, as when this refund was already paid out by an earlier attempt.
        if (refund.fund_change === "Y") {
          await report(method, answer, {
            callbackId,
            kind: "refund",
            idempotencyKey: key,
            status: "succeeded",
            amountFen: request.amountFen,
            at: refund.gmt_refund_pay ? beijingTimeToIso(refund.gmt_refund_pay) : now().toISOString(),
          });
        }
        return accepted(refund.trade_no);
      }
      if (!isDecline(answer)) throw failure(method, answer);
      await report(method, answer, {
        callbackId,
        kind: "refund",
        idempotencyKey: key,
        status: "declined",
        amountFen: request.amountFen,
        at: now().toISOString(),
      });
      return accepted(key);
    },

    signAgreementUrl(request) {
      return alipayPageUrl(
        options,
        "alipay.user.agreement.page.sign",
        {
          personal_product_code: options.personalProductCode ?? "GENERAL_WITHHOLDING_P1",
          product_code: "GENERAL_WITHHOLDING",
          sign_scene: options.signScene ?? "DEFAULT|DEFAULT",
          external_agreement_no: request.externalAgreementNo,
          external_logon_id: request.externalLogonId,
          access_params: { channel: "ALIPAYAPP" },
        },
        { return_url: request.returnUrl, notify_url: request.notifyUrl },
      );
    },

    async queryPayment(idempotencyKey) {
      const method = "alipay.trade.query";
      const answer = await callAlipay(options, method, { out_trade_no: outTradeNo(idempotencyKey) });
      if (answer.subCode === "ACQ.TRADE_NOT_EXIST") return null;
      if (answer.code !== ALIPAY_SUCCESS) throw failure(method, answer);
      const trade = parseAlipayNode(method, answer, QueryNode);
      return {
        tradeNo: trade.trade_no,
        tradeStatus: trade.trade_status,
        amountFen: yuanToFen(trade.total_amount),
      };
    },
  };
}
