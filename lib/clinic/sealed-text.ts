import "server-only";
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from "node:crypto";

declare const sealingKeyBrand: unique symbol;
declare const blindIndexKeyBrand: unique symbol;
/** 32 bytes for AES-256-GCM; a distinct type so a blind-index key cannot be passed by mistake. */
export type SealingKey = Buffer & { readonly [sealingKeyBrand]: true };
/** 32 bytes for HMAC-SHA256 blind indexes; never the sealing key, so one leaking does not give the other. */
export type BlindIndexKey = Buffer & { readonly [blindIndexKeyBrand]: true };

const VERSION = "v1";
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
const KEY_BYTES = 32;
// HKDF info strings name the purpose, so one secret yields unrelated keys for unrelated jobs.
const SEALING_INFO = "hangzhou-city-brain/clinic/sealed-text/aes-256-gcm/v1";
const BLIND_INDEX_INFO = "hangzhou-city-brain/clinic/blind-index/hmac-sha256/v1";
const MIN_SECRET_LENGTH = 32;

/** Sealed text that cannot be opened: malformed, tampered with, or sealed under another key. */
export class SealedTextError extends Error {
  constructor(reason: string) {
    super(`sealed text cannot be opened: ${reason}`);
    this.name = "SealedTextError";
  }
}

function derive(secret: string, info: string): Buffer {
  if (secret.length < MIN_SECRET_LENGTH) {
    throw new RangeError(`the clinic secret must be at least ${MIN_SECRET_LENGTH} characters`);
  }
  // No salt: the secret is already high-entropy (RFC 5869 §3.1), and a salt would have to be stored too.
  return Buffer.from(hkdfSync("sha256", secret, Buffer.alloc(0), info, KEY_BYTES));
}

/** The AES-256-GCM key for sealing text, derived from a secret (≥ 32 characters) with HKDF-SHA256. */
export function keyFromSecret(secret: string): SealingKey {
  return derive(secret, SEALING_INFO) as SealingKey;
}

/** The HMAC key for blind indexes, derived from the same secret with another HKDF purpose. */
export function blindIndexKeyFromSecret(secret: string): BlindIndexKey {
  return derive(secret, BLIND_INDEX_INFO) as BlindIndexKey;
}

function checkKey(key: Buffer): void {
  if (key.length !== KEY_BYTES) throw new RangeError(`the key must be ${KEY_BYTES} bytes, got ${key.length}`);
}

/**
 * Encrypts text as "v1.<nonce>.<ciphertext+tag>" (base64url). `context` (e.g. the user's id) is
 * authenticated, not stored: sealed text copied onto another row will not open there.
 */
export function sealText(plain: string, key: SealingKey, context = ""): string {
  checkKey(key);
  const nonce = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key, nonce, { authTagLength: TAG_BYTES });
  cipher.setAAD(Buffer.from(context, "utf8"));
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final(), cipher.getAuthTag()]);
  return `${VERSION}.${nonce.toString("base64url")}.${body.toString("base64url")}`;
}

const BASE64URL = /^[A-Za-z0-9_-]*$/;

/** Decrypts what sealText made with the same key and context; throws SealedTextError otherwise. */
export function openSealedText(sealed: string, key: SealingKey, context = ""): string {
  checkKey(key);
  const parts = sealed.split(".");
  if (parts.length !== 3 || parts[0] !== VERSION) throw new SealedTextError("unknown format or version");
  const [, nonceText = "", bodyText = ""] = parts;
  if (!BASE64URL.test(nonceText) || !BASE64URL.test(bodyText)) throw new SealedTextError("not base64url");
  const nonce = Buffer.from(nonceText, "base64url");
  const body = Buffer.from(bodyText, "base64url");
  if (nonce.length !== NONCE_BYTES) throw new SealedTextError("nonce is not 12 bytes");
  if (body.length < TAG_BYTES) throw new SealedTextError("too short to hold the tag");
  const decipher = createDecipheriv("aes-256-gcm", key, nonce, { authTagLength: TAG_BYTES });
  decipher.setAAD(Buffer.from(context, "utf8"));
  decipher.setAuthTag(body.subarray(body.length - TAG_BYTES));
  try {
    const plain = Buffer.concat([
      decipher.update(body.subarray(0, body.length - TAG_BYTES)),
      decipher.final(),
    ]);
    return plain.toString("utf8");
  } catch {
    throw new SealedTextError("tampered with, or sealed with another key or context");
  }
}

/**
 * A stable HMAC-SHA256 (hex) of text, for a unique index: "is this ID already enrolled" without the ID in
 * clear. Pass the normalised form (ResidentIdNumber's output), or equal values will index differently.
 */
export function blindIndex(plain: string, key: BlindIndexKey): string {
  checkKey(key);
  return createHmac("sha256", key).update(plain, "utf8").digest("hex");
}
