import "server-only";
import { randomBytes } from "node:crypto";
import { z } from "zod";
import {
  type MerchantCredentials,
  type PlatformKey,
  verifyWechatPaySignature,
  wechatPayAuthorization,
} from "./wechat-pay-signing";

export interface WechatPayGatewayOptions extends MerchantCredentials, PlatformKey {
  baseUrl: string;
  fetch?: typeof fetch;
  now?: () => Date;
  timeoutMs?: number;
}

/** A non-2xx answer of the APIv3, with WeChat Pay's error code (PARAM_ERROR, ORDER_NOT_EXIST, …). */
export class WechatPayHttpError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: string | undefined,
  ) {
    super(message);
    this.name = "WechatPayHttpError";
  }
}

const ErrorBody = z.looseObject({ code: z.string(), message: z.string().optional() });

/**
 * Calls an APIv3 endpoint with the merchant's signature and returns the answer once the platform's
 * signature on it verifies and it parses. Throws when the gateway cannot be reached, on a non-2xx answer
 * (WechatPayHttpError) and on an unsigned, badly signed or unparsable answer.
 */
export async function callWechatPay<T>(
  options: WechatPayGatewayOptions,
  method: "GET" | "POST",
  path: string,
  payload: object | undefined,
  schema: z.ZodType<T>,
): Promise<T> {
  const url = new URL(`${options.baseUrl.replace(/\/+$/, "")}${path}`);
  const body = payload === undefined ? "" : JSON.stringify(payload);
  const authorization = wechatPayAuthorization(options, {
    method,
    pathWithQuery: `${url.pathname}${url.search}`,
    body,
    timestamp: Math.floor((options.now ?? (() => new Date()))().getTime() / 1000),
    nonce: randomBytes(16).toString("hex").toUpperCase(),
  });
  const response = await (options.fetch ?? fetch)(url, {
    method,
    headers: {
      Authorization: authorization,
      Accept: "application/json",
      "Content-Type": "application/json",
      // APIv3 refuses requests without a User-Agent.
      "User-Agent": "hangzhou-city-brain/1.0 (+node)",
    },
    body: method === "GET" ? undefined : body,
    signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
  });
  const raw = await response.text();
  const what = `WeChat Pay ${method} ${path}`;
  if (!response.ok) {
    const error = ErrorBody.safeParse(safeJson(raw));
    const detail = error.success ? `${error.data.code} ${error.data.message ?? ""}` : raw.slice(0, 200);
    throw new WechatPayHttpError(
      `${what}: HTTP ${response.status} ${detail}`.trim(),
      response.status,
      error.data?.code,
    );
  }
  verifyWechatPaySignature(what, response.headers, raw, options);
  const parsed = schema.safeParse(safeJson(raw));
  if (!parsed.success) throw new Error(`${what}: the answer does not parse (${parsed.error.message})`);
  return parsed.data;
}

function safeJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}
