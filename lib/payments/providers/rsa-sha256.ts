import "server-only";
import { createPrivateKey, createPublicKey, createSign, createVerify, type KeyObject } from "node:crypto";

/**
 * A key from PEM, or from the bare base64 the Alipay console shows (PKCS#8 private key, SPKI public key),
 * so either can be pasted into the deployment's settings.
 */
function keyFrom(text: string, kind: "private" | "public"): KeyObject {
  const trimmed = text.trim();
  if (trimmed.startsWith("-----BEGIN")) {
    return kind === "private" ? createPrivateKey(trimmed) : createPublicKey(trimmed);
  }
  const der = Buffer.from(trimmed.replace(/\s+/g, ""), "base64");
  return kind === "private"
    ? createPrivateKey({ key: der, format: "der", type: "pkcs8" })
    : createPublicKey({ key: der, format: "der", type: "spki" });
}

/** SHA256withRSA (PKCS#1 v1.5) over the UTF-8 text, base64: Alipay's RSA2 and WeChat Pay's APIv3 signature. */
export function signSha256WithRsa(text: string, privateKey: string): string {
  return createSign("RSA-SHA256").update(text, "utf8").sign(keyFrom(privateKey, "private"), "base64");
}

/** True when the base64 signature is SHA256withRSA over the UTF-8 text by the key's owner. */
export function verifySha256WithRsa(text: string, signature: string, publicKey: string): boolean {
  try {
    return createVerify("RSA-SHA256")
      .update(text, "utf8")
      .verify(keyFrom(publicKey, "public"), Buffer.from(signature, "base64"));
  } catch {
    return false;
  }
}
