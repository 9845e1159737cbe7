// Test support: a stand-in WeChat Pay APIv3 gateway that checks the merchant's signature and answers
// signed with the "platform" key, plus the notification side (AEAD_AES_256_GCM resources, signed headers).
import { createCipheriv, createSign, createVerify, generateKeyPairSync, randomBytes } from "node:crypto";
import { expect } from "vitest";
import { createWechatPayProvider, type WechatPayProviderOptions } from "./wechat-pay";

const rsaPair = () =>
  generateKeyPairSync("rsa", {
    modulusLength: 2048,
    publicKeyEncoding: { type: "spki", format: "pem" },
    privateKeyEncoding: { type: "pkcs8", format: "pem" },
  });
export const merchant = rsaPair();
export const platform = rsaPair();
export const stranger = rsaPair();

export const BASE_URL = "https://api.mch.weixin.qq.com";
export const MCH_ID = "1900000001";
export const APP_ID = "wxd678efh567hg6787";
export const SERIAL_NO = "5157F09EFDC096DE15EBE81A47057A7232F1B8E1";
export const PLATFORM_SERIAL = "PUB_KEY_ID_0119000000012024060100000000000001";
export const API_V3_KEY = "a7cde1ZJB1kG2e7VfTs3jQzaWizur8Gb";
export const NOW = new Date("2024-06-01T04:00:05Z");
export const NOW_S = Math.floor(NOW.getTime() / 1000);

/** The fields of a WECHATPAY2-SHA256-RSA2048 Authorization header. */
export function authorizationFields(header: string): Record<string, string> {
  expect(header.startsWith("WECHATPAY2-SHA256-RSA2048 ")).toBe(true);
  return Object.fromEntries([...header.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]));
}

export interface Sent {
  method: string;
  pathWithQuery: string;
  body: string;
  headers: Headers;
  /** The Authorization's signature verifies with the merchant's public key over the documented message. */
  merchantSigned: boolean;
  auth: Record<string, string>;
}

/** Headers WeChat Pay puts on what it signs: "{timestamp}\n{nonce}\n{body}\n" by the platform key. */
export function platformHeaders(
  body: string,
  { timestamp = NOW_S, key = platform.privateKey, serial = PLATFORM_SERIAL } = {},
): Record<string, string> {
  const nonce = randomBytes(16).toString("hex");
  const signature = createSign("RSA-SHA256").update(`${timestamp}\n${nonce}\n${body}\n`).sign(key, "base64");
  return {
    "Wechatpay-Serial": serial,
    "Wechatpay-Timestamp": String(timestamp),
    "Wechatpay-Nonce": nonce,
    "Wechatpay-Signature": signature,
    "Wechatpay-Signature-Type": "WECHATPAY2-SHA256-RSA2048",
  };
}

export type Reply =
  | { json: object; status?: number; key?: string; serial?: string; tamper?: boolean }
  | { status: number; text: string; unsigned: true };

/** The adapter wired to a stand-in gateway that records each request and answers `answer(request)`. */
export function provider(answer: (sent: Sent) => Reply, extra: Partial<WechatPayProviderOptions> = {}) {
  const sent: Sent[] = [];
  const fetchLike: typeof fetch = async (input, init) => {
    const url = new URL(String(input));
    const headers = new Headers(init?.headers);
    const body = typeof init?.body === "string" ? init.body : "";
    const auth = authorizationFields(headers.get("Authorization") ?? "");
    const pathWithQuery = `${url.pathname}${url.search}`;
    const message = `${init?.method}\n${pathWithQuery}\n${auth.timestamp}\n${auth.nonce_str}\n${body}\n`;
    const merchantSigned = createVerify("RSA-SHA256")
      .update(message)
      .verify(merchant.publicKey, auth.signature ?? "", "base64");
    const request = { method: init?.method ?? "GET", pathWithQuery, body, headers, merchantSigned, auth };
    sent.push(request);
    const reply = answer(request);
    if ("unsigned" in reply) return new Response(reply.text, { status: reply.status });
    const text = JSON.stringify(reply.json);
    const signed = platformHeaders(text, { key: reply.key, serial: reply.serial });
    return new Response(reply.tamper ? text.replace("1500", "15") : text, {
      status: reply.status ?? 200,
      headers: { "Content-Type": "application/json", ...signed },
    });
  };
  const wechat = createWechatPayProvider({
    baseUrl: BASE_URL,
    mchId: MCH_ID,
    appId: APP_ID,
    serialNo: SERIAL_NO,
    merchantPrivateKeyPem: merchant.privateKey,
    platformPublicKeyPem: platform.publicKey,
    platformSerial: PLATFORM_SERIAL,
    apiV3Key: API_V3_KEY,
    notifyUrl: "https://citybrain.example/api/payments/wechat/notify",
    fetch: fetchLike,
    now: () => NOW,
    ...extra,
  });
  return { wechat, sent };
}

/** A resource sealed as WeChat Pay seals it: AES-256-GCM under the APIv3 key, tag appended, base64. */
export function sealResource(plain: object, originalType: string, key = API_V3_KEY) {
  const nonce = randomBytes(6).toString("hex");
  const cipher = createCipheriv("aes-256-gcm", Buffer.from(key), Buffer.from(nonce));
  cipher.setAAD(Buffer.from(originalType));
  const sealed = Buffer.concat([cipher.update(JSON.stringify(plain)), cipher.final(), cipher.getAuthTag()]);
  return {
    original_type: originalType,
    algorithm: "AEAD_AES_256_GCM",
    ciphertext: sealed.toString("base64"),
    associated_data: originalType,
    nonce,
  };
}
