import "server-only";
import { z } from "zod";
import type {
  DebitAccepted,
  OneOffPaymentAccepted,
  OneOffPaymentRequest,
  PaymentProvider,
  RefundRequest,
} from "../provider";
import { callWechatPay, WechatPayHttpError } from "./wechat-pay-gateway";
import type { PlatformKey } from "./wechat-pay-signing";

export interface WechatPayProviderOptions extends PlatformKey {
  /** https://api.mch.weixin.qq.com (or api2.mch.weixin.qq.com, the stand-by entry point) */
  baseUrl: string;
  mchId: string;
  appId: string;
  /** The merchant API certificate's serial number. */
  serialNo: string;
  merchantPrivateKeyPem: string;
  /** The APIv3 key (32 bytes), for the notifications' resource; see verifyWechatPayNotification. */
  apiV3Key: string;
  /** Where WeChat Pay sends notifications (the app's route that calls verifyWechatPayNotification). */
  notifyUrl: string;
  /** WeChat Pay's contract_id for the app's agreement id; by default the id is taken to be it. */
  contractId?: (agreementId: string) => string | Promise<string>;
  fetch?: typeof fetch;
  now?: () => Date;
  timeoutMs?: number;
  /** Shown on receipts; defaults to the gateway's host. */
  name?: string;
}

/** H5 payments need the payer's own IP (scene_info.payer_client_ip): WeChat Pay checks it at the checkout. */
export interface WechatOneOffPaymentRequest extends OneOffPaymentRequest {
  payerClientIp?: string;
}

/** A refund names the paid order's total (amount.total); without it, it is looked up. */
export interface WechatRefundRequest extends RefundRequest {
  paymentAmountFen?: number;
}

export interface WechatPaymentStatus {
  transactionId: string | undefined;
  /** SUCCESS, REFUND, NOTPAY, CLOSED, REVOKED, USERPAYING or PAYERROR. */
  tradeState: string;
  amountFen: number;
}

export interface WechatPayProvider extends PaymentProvider {
  requestPayment(request: WechatOneOffPaymentRequest): Promise<OneOffPaymentAccepted>;
  requestRefund(request: WechatRefundRequest): Promise<DebitAccepted>;
  /** The order of an idempotency key (GET /v3/pay/transactions/out-trade-no/…); null when there is none. */
  queryPayment(idempotencyKey: string): Promise<WechatPaymentStatus | null>;
}

// Documented: out_trade_no is 6–32 of [0-9A-Za-z_-*]; out_refund_no 1–64 of [0-9A-Za-z_-|*@].
const OUT_TRADE_NO = /^[0-9A-Za-z_*-]{6,32}$/;
const OUT_REFUND_NO = /^[0-9A-Za-z_|*@-]{1,64}$/;

const Fen = z.number().int().min(0);
const Applied = z.looseObject({ out_trade_no: z.string(), amount: z.looseObject({ total: Fen }) });
const H5Opened = z.looseObject({ h5_url: z.url() });
const RefundAccepted = z.looseObject({
  refund_id: z.string(),
  out_refund_no: z.string(),
  status: z.string(),
});
const Order = z.looseObject({
  transaction_id: z.string().optional(),
  trade_state: z.string(),
  amount: z.looseObject({ total: Fen }),
});

function checked(pattern: RegExp, field: string, key: string): string {
  if (!pattern.test(key))
    throw new Error(`WeChat Pay ${field} does not allow ${JSON.stringify(key)} (${pattern.source})`);
  return key;
}
const clip = (text: string, max: number) => Array.from(text).slice(0, max).join("");
const positiveFen = (fen: number) => {
  if (!Number.isSafeInteger(fen) || fen <= 0) throw new Error(`not an amount in fen: ${fen}`);
  return fen;
};
const amount = (fen: number) => ({ total: positiveFen(fen), currency: "CNY" });

/** A PaymentProvider over WeChat Pay APIv3 (direct merchant): 委托代扣, H5 payments and refunds. */
export function createWechatPayProvider(options: WechatPayProviderOptions): WechatPayProvider {
  const base = options.baseUrl.replace(/\/+$/, "");

  const queryPayment = async (idempotencyKey: string): Promise<WechatPaymentStatus | null> => {
    const key = encodeURIComponent(idempotencyKey);
    try {
      const order = await callWechatPay(
        options,
        "GET",
        `/v3/pay/transactions/out-trade-no/${key}?mchid=${options.mchId}`,
        undefined,
        Order,
      );
      return {
        transactionId: order.transaction_id,
        tradeState: order.trade_state,
        amountFen: order.amount.total,
      };
    } catch (error) {
      if (error instanceof WechatPayHttpError && error.status === 404) return null;
      throw error;
    }
  };

  return {
    name: options.name ?? new URL(base).host,

    async requestDebit(request) {
      const key = checked(OUT_TRADE_NO, "out_trade_no", request.idempotencyKey);
      const contractId = await (options.contractId ?? ((id: string) => id))(request.agreementId);
      const applied = await callWechatPay(
        options,
        "POST",
        "/v3/papay/pay/transactions/apply",
        {
          appid: options.appId,
          out_trade_no: key,
          description: clip(request.description, 127),
          transaction_notify_url: options.notifyUrl,
          contract_id: contractId,
          amount: amount(request.amountFen),
        },
        Applied,
      );
      if (applied.out_trade_no !== key)
        throw new Error("WeChat Pay papay apply: the answer is for another order");
      return { status: "accepted", providerRef: applied.out_trade_no };
    },

    async requestPayment(request) {
      const key = checked(OUT_TRADE_NO, "out_trade_no", request.idempotencyKey);
      if (!request.payerClientIp) {
        throw new Error(
          "WeChat Pay H5 payments need the payer's IP (payerClientIp → scene_info.payer_client_ip)",
        );
      }
      const { h5_url } = await callWechatPay(
        options,
        "POST",
        "/v3/pay/transactions/h5",
        {
          appid: options.appId,
          mchid: options.mchId,
          description: clip(request.description, 127),
          out_trade_no: key,
          notify_url: options.notifyUrl,
          amount: amount(request.amountFen),
          scene_info: { payer_client_ip: request.payerClientIp, h5_info: { type: "Wap" } },
        },
        H5Opened,
      );
      // Documented: redirect_url, appended to h5_url, is where the checkout sends the person back.
      const checkoutUrl = `${h5_url}${h5_url.includes("?") ? "&" : "?"}redirect_url=${encodeURIComponent(request.returnUrl)}`;
      const prepayId = new URL(h5_url).searchParams.get("prepay_id");
      return { status: "accepted", providerRef: prepayId ?? key, checkoutUrl };
    },

    async requestRefund(request) {
      const key = checked(OUT_REFUND_NO, "out_refund_no", request.idempotencyKey);
      const paymentKey = checked(OUT_TRADE_NO, "out_trade_no", request.paymentKey);
      const total = request.paymentAmountFen ?? (await queryPayment(paymentKey))?.amountFen;
      if (total === undefined) throw new Error(`WeChat Pay has no order ${paymentKey} to refund`);
      const refund = await callWechatPay(
        options,
        "POST",
        "/v3/refund/domestic/refunds",
        {
          out_trade_no: paymentKey,
          out_refund_no: key,
          reason: clip(request.description, 80),
          notify_url: options.notifyUrl,
          amount: { refund: positiveFen(request.amountFen), total: positiveFen(total), currency: "CNY" },
        },
        RefundAccepted,
      );
      return { status: "accepted", providerRef: refund.refund_id };
    },

    queryPayment,
  };
}
