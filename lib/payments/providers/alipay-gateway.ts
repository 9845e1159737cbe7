import "server-only";
import { z } from "zod";
import { type AlipayParams, signAlipayParams, topLevelMemberText } from "./alipay-signing";
import { formatBeijingTime } from "./beijing-time";
import { verifySha256WithRsa } from "./rsa-sha256";

export interface AlipayGatewayOptions {
  /** https://openapi.alipay.com/gateway.do (sandbox: https://openapi-sandbox.dl.alipaydev.com/gateway.do) */
  gatewayUrl: string;
  appId: string;
  appPrivateKeyPem: string;
  alipayPublicKeyPem: string;
  fetch?: typeof fetch;
  now?: () => Date;
  timeoutMs?: number;
}

/** Alipay's "success" code; 10003 (waiting for the buyer) and 40004 (business failure) are answers too. */
export const ALIPAY_SUCCESS = "10000";

const AnswerHead = z.looseObject({
  code: z.string(),
  msg: z.string(),
  sub_code: z.string().optional(),
  sub_msg: z.string().optional(),
});

export interface AlipayAnswer {
  code: string;
  subCode: string | undefined;
  /** "40004 Business Failed ACQ.TRADE_NOT_EXIST 交易不存在", for error messages. */
  summary: string;
  /** The verified `*_response` node, for the method's own schema. */
  node: Record<string, unknown>;
}

/** The common request parameters of one OpenAPI call plus `biz_content`, signed with the app's key (RSA2). */
export function signedAlipayParams(
  options: AlipayGatewayOptions,
  method: string,
  bizContent: object,
  extra: AlipayParams = {},
): Record<string, string> {
  const params: AlipayParams = {
    app_id: options.appId,
    method,
    format: "JSON",
    charset: "utf-8",
    sign_type: "RSA2",
    timestamp: formatBeijingTime((options.now ?? (() => new Date()))()),
    version: "1.0",
    ...extra,
    biz_content: JSON.stringify(bizContent),
  };
  return signAlipayParams(params, options.appPrivateKeyPem);
}

/** The signed GET URL of a page method (wap pay, agreement signing): the person's browser opens it. */
export function alipayPageUrl(
  options: AlipayGatewayOptions,
  method: string,
  bizContent: object,
  extra: AlipayParams = {},
): string {
  const url = new URL(options.gatewayUrl);
  for (const [key, value] of Object.entries(signedAlipayParams(options, method, bizContent, extra))) {
    url.searchParams.set(key, value);
  }
  return url.toString();
}

/**
 * Calls an OpenAPI method as Alipay's SDKs do (common parameters in the query, `biz_content` in a form
 * body) and returns the answer once its signature verifies. Throws when the gateway cannot be reached,
 * answers an HTTP error, an unsigned or badly signed answer, or a gateway-level `error_response`.
 */
export async function callAlipay(
  options: AlipayGatewayOptions,
  method: string,
  bizContent: object,
  extra: AlipayParams = {},
): Promise<AlipayAnswer> {
  const { biz_content, ...common } = signedAlipayParams(options, method, bizContent, extra);
  const url = new URL(options.gatewayUrl);
  for (const [key, value] of Object.entries(common)) url.searchParams.set(key, value);
  const response = await (options.fetch ?? fetch)(url, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded;charset=utf-8" },
    body: new URLSearchParams({ biz_content: biz_content! }).toString(),
    signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
  });
  const raw = await response.text();
  if (!response.ok) throw new Error(`Alipay ${method}: HTTP ${response.status} ${raw.slice(0, 200)}`);
  let whole: unknown;
  try {
    whole = JSON.parse(raw);
  } catch {
    throw new Error(`Alipay ${method}: the answer is not JSON`);
  }
  const nodeName = `${method.replaceAll(".", "_")}_response`;
  const nodeText = topLevelMemberText(raw, nodeName);
  if (nodeText === undefined) {
    // A gateway-level refusal (bad signature, unknown app…) may come unsigned; it is only ever thrown.
    const refusal = AnswerHead.safeParse((whole as { error_response?: unknown })?.error_response);
    if (refusal.success) throw new Error(`Alipay ${method}: ${summarize(refusal.data)}`);
    throw new Error(`Alipay ${method}: the answer has no ${nodeName}`);
  }
  const sign = (whole as { sign?: unknown }).sign;
  if (typeof sign !== "string" || !verifySha256WithRsa(nodeText, sign, options.alipayPublicKeyPem)) {
    throw new Error(`Alipay ${method}: the answer's signature does not verify with the Alipay public key`);
  }
  const head = AnswerHead.safeParse(JSON.parse(nodeText));
  if (!head.success) throw new Error(`Alipay ${method}: the answer does not parse (${head.error.message})`);
  return {
    code: head.data.code,
    subCode: head.data.sub_code,
    summary: summarize(head.data),
    node: head.data,
  };
}

function summarize(head: { code: string; msg: string; sub_code?: string; sub_msg?: string }): string {
  return [head.code, head.msg, head.sub_code, head.sub_msg].filter(Boolean).join(" ");
}

/** Parses a verified node with a method's schema; an answer that does not parse throws a clear error. */
export function parseAlipayNode<T>(method: string, answer: AlipayAnswer, schema: z.ZodType<T>): T {
  const parsed = schema.safeParse(answer.node);
  if (!parsed.success)
    throw new Error(`Alipay ${method}: the answer does not parse (${parsed.error.message})`);
  return parsed.data;
}
