// Test support: a stand-in Alipay gateway that checks what the adapter signs and answers like Alipay.
import { createSign, createVerify, generateKeyPairSync } from "node:crypto";
import { expect } from "vitest";
import type { PaymentCallback } from "../payment-callback";
import { type AlipayProviderOptions, createAlipayProvider } from "./alipay";

const rsaPair = () =>
  generateKeyPairSync("rsa", {
    modulusLength: 2048,
    publicKeyEncoding: { type: "spki", format: "pem" },
    privateKeyEncoding: { type: "pkcs8", format: "pem" },
  });
export const app = rsaPair();
export const gateway = rsaPair();
export const stranger = rsaPair();

export const GATEWAY_URL = "https://openapi.alipay.com/gateway.do";
export const APP_ID = "2021004100000001";
export const NOW = new Date("2024-06-01T04:00:05Z"); // 12:00:05 in Beijing

/** The gateway's side, written here independently of the adapter: sorted k=v, no sign, no empty values. */
function signContent(params: Record<string, string>): string {
  return Object.keys(params)
    .filter((k) => k !== "sign" && params[k] !== "")
    .sort()
    .map((k) => `${k}=${params[k]}`)
    .join("&");
}
/** True when the parameters carry a valid RSA2 signature by the app's key. */
export const appSigned = (params: Record<string, string>) =>
  createVerify("RSA-SHA256")
    .update(signContent(params))
    .verify(app.publicKey, params.sign ?? "", "base64");
const gatewaySign = (text: string, key = gateway.privateKey) =>
  createSign("RSA-SHA256").update(text).sign(key, "base64");

export interface Sent {
  method: string;
  params: Record<string, string>;
  biz: Record<string, unknown>;
}
export type Answer = { node: object; signWith?: string; tamper?: boolean } | { status: number; text: string };

/** A stand-in gateway: records what was sent and answers the node for the method, signed like Alipay. */
function fakeAlipay(answer: (sent: Sent) => Answer) {
  const sent: Sent[] = [];
  const fetchLike: typeof fetch = async (input, init) => {
    const url = new URL(String(input));
    expect(init?.method).toBe("POST");
    const params = {
      ...Object.fromEntries(url.searchParams),
      ...Object.fromEntries(new URLSearchParams(String(init?.body))),
    };
    const request = { method: params.method!, params, biz: JSON.parse(params.biz_content ?? "{}") };
    sent.push(request);
    const reply = answer(request);
    if ("status" in reply) return new Response(reply.text, { status: reply.status });
    const nodeName = `${request.method.replaceAll(".", "_")}_response`;
    const nodeText = JSON.stringify(reply.node);
    const sign = gatewaySign(nodeText, reply.signWith);
    const text = reply.tamper ? nodeText.replace("15.00", "1500.00") : nodeText;
    return new Response(`{"${nodeName}":${text},"sign":"${sign}"}`, {
      headers: { "Content-Type": "text/html;charset=utf-8" },
    });
  };
  return { fetch: fetchLike, sent };
}

/** The adapter wired to a stand-in gateway; outcomes it reports at once are collected. */
export function provider(answer: (sent: Sent) => Answer, extra: Partial<AlipayProviderOptions> = {}) {
  const gatewayStub = fakeAlipay(answer);
  const outcomes: PaymentCallback[] = [];
  const alipay = createAlipayProvider({
    gatewayUrl: GATEWAY_URL,
    appId: APP_ID,
    appPrivateKeyPem: app.privateKey,
    alipayPublicKeyPem: gateway.publicKey,
    notifyUrl: "https://citybrain.example/api/payments/alipay/notify",
    fetch: gatewayStub.fetch,
    now: () => NOW,
    onSynchronousOutcome: (callback) => void outcomes.push(callback),
    ...extra,
  });
  return { alipay, sent: gatewayStub.sent, outcomes };
}
