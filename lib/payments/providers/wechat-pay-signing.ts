import "server-only";
import { signSha256WithRsa, verifySha256WithRsa } from "./rsa-sha256";

export const WECHATPAY_SCHEMA = "WECHATPAY2-SHA256-RSA2048";

export type HeaderBag = Headers | Record<string, string | string[] | undefined>;

/** One header by name, case-insensitively, from fetch's Headers or a plain (Node) header object. */
export function headerOf(headers: HeaderBag, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const wanted = name.toLowerCase();
  const found = Object.entries(headers).find(([key]) => key.toLowerCase() === wanted)?.[1];
  return Array.isArray(found) ? found[0] : found;
}

export interface MerchantCredentials {
  mchId: string;
  /** The merchant API certificate's serial number. */
  serialNo: string;
  merchantPrivateKeyPem: string;
}

/**
 * The Authorization header of an APIv3 request: SHA256withRSA by the merchant's key over
 * "{METHOD}\n{path and query}\n{timestamp}\n{nonce}\n{body}\n" (an empty body for GET).
 */
export function wechatPayAuthorization(
  merchant: MerchantCredentials,
  request: { method: string; pathWithQuery: string; body: string; timestamp: number; nonce: string },
): string {
  const message = `${request.method}\n${request.pathWithQuery}\n${request.timestamp}\n${request.nonce}\n${request.body}\n`;
  const signature = signSha256WithRsa(message, merchant.merchantPrivateKeyPem);
  return `${WECHATPAY_SCHEMA} mchid="${merchant.mchId}",nonce_str="${request.nonce}",signature="${signature}",timestamp="${request.timestamp}",serial_no="${merchant.serialNo}"`;
}

export interface PlatformKey {
  platformPublicKeyPem: string;
  /** The serial of that key (platform certificate serial, or PUB_KEY_ID_… for a WeChat Pay public key). */
  platformSerial: string;
}

/**
 * Checks that WeChat Pay signed this message: Wechatpay-Serial names the configured platform key, and
 * Wechatpay-Signature is SHA256withRSA over "{Wechatpay-Timestamp}\n{Wechatpay-Nonce}\n{body}\n".
 * Throws with `what` in the message otherwise; returns the signed timestamp (Unix seconds).
 */
export function verifyWechatPaySignature(
  what: string,
  headers: HeaderBag,
  body: string,
  platform: PlatformKey,
): number {
  const serial = headerOf(headers, "Wechatpay-Serial");
  const timestamp = headerOf(headers, "Wechatpay-Timestamp");
  const nonce = headerOf(headers, "Wechatpay-Nonce");
  const signature = headerOf(headers, "Wechatpay-Signature");
  const type = headerOf(headers, "Wechatpay-Signature-Type");
  if (!serial || !timestamp || !nonce || !signature)
    throw new Error(`${what}: not signed (Wechatpay-* headers missing)`);
  if (serial !== platform.platformSerial) {
    throw new Error(
      `${what}: signed with platform key ${serial}, not the configured ${platform.platformSerial}`,
    );
  }
  if (type !== undefined && type !== WECHATPAY_SCHEMA)
    throw new Error(`${what}: unknown signature type ${type}`);
  if (!/^\d{1,12}$/.test(timestamp)) throw new Error(`${what}: Wechatpay-Timestamp is not Unix seconds`);
  if (!verifySha256WithRsa(`${timestamp}\n${nonce}\n${body}\n`, signature, platform.platformPublicKeyPem)) {
    throw new Error(`${what}: the signature does not verify with the platform public key`);
  }
  return Number(timestamp);
}
