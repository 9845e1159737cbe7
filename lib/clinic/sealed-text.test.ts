import { describe, expect, it } from "vitest";
import {
  blindIndex,
  blindIndexKeyFromSecret,
  keyFromSecret,
  openSealedText,
  SealedTextError,
  type SealingKey,
  sealText,
} from "./sealed-text";

const SECRET = "clinic-test-secret-0123456789abcdefghijklmnop";
const OTHER_SECRET = "clinic-other-secret-0123456789abcdefghijklmno";
const key = keyFromSecret(SECRET);
const ID = "330106199003071236";

/** Flips one bit of the byte at `index` of a base64url part. */
function flipByte(part: string, index: number): string {
  const bytes = Buffer.from(part, "base64url");
  bytes[index] = bytes[index]! ^ 0x01;
  return bytes.toString("base64url");
}

describe("keyFromSecret and blindIndexKeyFromSecret", () => {
  it("derive 32-byte keys, the same for the same secret and different per purpose and secret", () => {
    expect(key).toHaveLength(32);
    expect(keyFromSecret(SECRET).equals(key)).toBe(true);
    expect(blindIndexKeyFromSecret(SECRET).equals(key)).toBe(false);
    expect(keyFromSecret(OTHER_SECRET).equals(key)).toBe(false);
  });

  it("refuse a short secret", () => {
    expect(() => keyFromSecret("too-short")).toThrow(/at least 32/);
    expect(() => blindIndexKeyFromSecret("")).toThrow(/at least 32/);
  });
});

describe("sealText and openSealedText", () => {
  it.each([ID, "", "张三 · 阿卜杜拉", "x".repeat(10_000), "😀\u0000"])("round-trip %#", (plain) => {
    expect(openSealedText(sealText(plain, key), key)).toBe(plain);
  });

  it("write v1.<12-byte nonce>.<ciphertext + 16-byte tag>, base64url", () => {
    const sealed = sealText(ID, key);
    const [version, nonce, body] = sealed.split(".");
    expect(version).toBe("v1");
    expect(Buffer.from(nonce!, "base64url")).toHaveLength(12);
    expect(Buffer.from(body!, "base64url")).toHaveLength(ID.length + 16);
    expect(sealed).toMatch(/^v1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    expect(sealed).not.toContain(ID);
  });

  it("use a fresh nonce every time", () => {
    const sealed = new Set(Array.from({ length: 50 }, () => sealText(ID, key)));
    const nonces = new Set([...sealed].map((s) => s.split(".")[1]));
    expect(sealed.size).toBe(50);
    expect(nonces.size).toBe(50);
  });

  it("open only under the same context", () => {
    const sealed = sealText(ID, key, "user:42");
    expect(openSealedText(sealed, key, "user:42")).toBe(ID);
    expect(() => openSealedText(sealed, key, "user:43")).toThrow(SealedTextError);
    expect(() => openSealedText(sealed, key)).toThrow(SealedTextError);
  });

  const sealed = sealText(ID, key);
  const [, nonce = "", body = ""] = sealed.split(".");
  const refused: [why: string, input: string, reason: RegExp][] = [
    ["a flipped ciphertext bit", `v1.${nonce}.${flipByte(body, 0)}`, /tampered/],
    ["a flipped tag bit", `v1.${nonce}.${flipByte(body, ID.length + 3)}`, /tampered/],
    ["a flipped nonce bit", `v1.${flipByte(nonce, 5)}.${body}`, /tampered/],
    ["a truncated body", `v1.${nonce}.${body.slice(0, -4)}`, /tampered/],
    ["a body shorter than the tag", `v1.${nonce}.${Buffer.alloc(15).toString("base64url")}`, /too short/],
    ["a short nonce", `v1.${Buffer.alloc(8).toString("base64url")}.${body}`, /nonce/],
    ["another version", `v2.${nonce}.${body}`, /version/],
    ["two parts", `v1.${body}`, /version/],
    ["four parts", `${sealed}.x`, /version/],
    ["standard base64", `v1.${nonce}.${body}+/=`, /base64url/],
    ["empty text", "", /version/],
  ];
  it.each(refused)("throw on %s", (_why, input, reason) => {
    expect(() => openSealedText(input, key)).toThrow(SealedTextError);
    expect(() => openSealedText(input, key)).toThrow(reason);
  });

  it("throw under another key", () => {
    expect(() => openSealedText(sealed, keyFromSecret(OTHER_SECRET))).toThrow(/another key/);
  });

  it("refuse a key that is not 32 bytes", () => {
    expect(() => sealText(ID, Buffer.alloc(16) as SealingKey)).toThrow(RangeError);
    expect(() => openSealedText(sealed, Buffer.alloc(31) as SealingKey)).toThrow(RangeError);
  });
});

describe("blindIndex", () => {
  const indexKey = blindIndexKeyFromSecret(SECRET);

  it("is stable hex HMAC-SHA256 per key", () => {
    const index = blindIndex(ID, indexKey);
    expect(index).toMatch(/^[0-9a-f]{64}$/);
    expect(blindIndex(ID, indexKey)).toBe(index);
    expect(blindIndex("330106199003071244", indexKey)).not.toBe(index);
    expect(blindIndex(ID, blindIndexKeyFromSecret(OTHER_SECRET))).not.toBe(index);
  });

  it("has a key type of its own (checked by tsc)", () => {
    // @ts-expect-error a blind-index key is not a sealing key
    const sealedWithWrongType = sealText(ID, indexKey);
    // @ts-expect-error a sealing key is not a blind-index key
    const indexWithWrongType = blindIndex(ID, key);
    expect(sealedWithWrongType).toMatch(/^v1\./);
    expect(indexWithWrongType).not.toBe(blindIndex(ID, indexKey));
  });

  it("does not equal an HMAC under the sealing key", async () => {
    const { createHmac } = await import("node:crypto");
    expect(blindIndex(ID, indexKey)).not.toBe(createHmac("sha256", key).update(ID).digest("hex"));
    expect(blindIndex(ID, indexKey)).not.toBe(createHmac("sha256", SECRET).update(ID).digest("hex"));
  });
});
