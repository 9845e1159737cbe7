import "server-only";
import { createHmac, hkdfSync, timingSafeEqual } from "node:crypto";
import { AppError } from "@/lib/errors";

// Token bytes: version (1) · window number (4, big-endian) · card id (1–64, ASCII) · MAC (16), then base64url.
// A 20-character card id makes a 55-character token (QR version 4 at level M holds 62 bytes); the longest,
// 114 characters, fits version 7 at level M (122 bytes).
const VERSION = 1;
const HEADER_BYTES = 5;
const MAC_BYTES = 16;
const MAX_CARD_ID_LENGTH = 64;
const CARD_ID = /^[A-Za-z0-9._:-]{1,64}$/;
const KEY_INFO = "hangzhou-city-brain/clinic/health-card-token/hmac-sha256/v1";
const MIN_SECRET_LENGTH = 32;

export interface CardTokenWindow {
  token: string;
  validFrom: Date;
  expiresAt: Date;
}

export interface IssuedCardTokens extends CardTokenWindow {
  /** The next windows' tokens, so the app can keep rotating the QR code while offline. */
  upcoming: CardTokenWindow[];
}

function macKey(secret: string): Buffer {
  if (secret.length < MIN_SECRET_LENGTH) {
    throw new RangeError(`the health-card secret must be at least ${MIN_SECRET_LENGTH} characters`);
  }
  return Buffer.from(hkdfSync("sha256", secret, Buffer.alloc(0), KEY_INFO, 32));
}

function checkWholeSeconds(name: string, value: number, min: number, max: number): void {
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw new RangeError(`${name} must be an integer from ${min} to ${max}, got ${value}`);
  }
}

// The window length is signed but not carried: a token made for 60-second windows fails under any other.
function mac(key: Buffer, header: Buffer, cardId: Buffer, windowSeconds: number): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(windowSeconds);
  return createHmac("sha256", key)
    .update(header)
    .update(length)
    .update(cardId)
    .digest()
    .subarray(0, MAC_BYTES);
}

function tokenFor(key: Buffer, cardId: string, window: number, windowSeconds: number): CardTokenWindow {
  const header = Buffer.alloc(HEADER_BYTES);
  header.writeUInt8(VERSION, 0);
  header.writeUInt32BE(window, 1);
  const id = Buffer.from(cardId, "ascii");
  const token = Buffer.concat([header, id, mac(key, header, id, windowSeconds)]).toString("base64url");
  return {
    token,
    validFrom: new Date(window * windowSeconds * 1000),
    expiresAt: new Date((window + 1) * windowSeconds * 1000),
  };
}

/**
 * The QR token of a health card for the current window and the next `upcoming` ones. Windows are aligned to
 * the Unix epoch, so the app can show precomputed tokens on time without asking the server.
 */
export function issueCardTokens(
  healthCardId: string,
  secret: string,
  now: Date,
  { windowSeconds = 60, upcoming = 4 }: { windowSeconds?: number; upcoming?: number } = {},
): IssuedCardTokens {
  if (!CARD_ID.test(healthCardId)) {
    throw new RangeError("a health card id is 1–64 characters of letters, digits and . _ : -");
  }
  checkWholeSeconds("windowSeconds", windowSeconds, 10, 3600);
  checkWholeSeconds("upcoming", upcoming, 0, 60);
  const key = macKey(secret);
  const window = Math.floor(now.getTime() / 1000 / windowSeconds);
  const current = tokenFor(key, healthCardId, window, windowSeconds);
  const next = Array.from({ length: upcoming }, (_, i) =>
    tokenFor(key, healthCardId, window + 1 + i, windowSeconds),
  );
  return { ...current, upcoming: next };
}

function refuse(code: "bad_request" | "unprocessable", problem: string): AppError {
  return new AppError(code, `errors.clinic.${problem}`);
}

/**
 * The health card a QR token names, if its signature holds and `now` is inside its window (± skewSeconds
 * for clocks that disagree). Throws AppError: cardTokenMalformed, cardTokenBadSignature, cardTokenNotYetValid
 * or cardTokenExpired.
 */
export function verifyCardToken(
  token: string,
  secret: string,
  now: Date,
  { windowSeconds = 60, skewSeconds = 5 }: { windowSeconds?: number; skewSeconds?: number } = {},
): { healthCardId: string; expiresAt: Date } {
  checkWholeSeconds("windowSeconds", windowSeconds, 10, 3600);
  checkWholeSeconds("skewSeconds", skewSeconds, 0, 300);
  const key = macKey(secret);
  const maxLength = Math.ceil(((HEADER_BYTES + MAX_CARD_ID_LENGTH + MAC_BYTES) * 4) / 3);
  if (typeof token !== "string" || token.length > maxLength || !/^[A-Za-z0-9_-]+$/.test(token)) {
    throw refuse("bad_request", "cardTokenMalformed");
  }
  const bytes = Buffer.from(token, "base64url");
  // Only the canonical spelling: one token, one string (a replay check keyed on it cannot be sidestepped).
  if (bytes.toString("base64url") !== token || bytes.length < HEADER_BYTES + 1 + MAC_BYTES) {
    throw refuse("bad_request", "cardTokenMalformed");
  }
  const header = bytes.subarray(0, HEADER_BYTES);
  const id = bytes.subarray(HEADER_BYTES, bytes.length - MAC_BYTES);
  const healthCardId = id.toString("latin1");
  if (header.readUInt8(0) !== VERSION || !CARD_ID.test(healthCardId)) {
    throw refuse("bad_request", "cardTokenMalformed");
  }
  const given = bytes.subarray(bytes.length - MAC_BYTES);
  if (!timingSafeEqual(given, mac(key, header, id, windowSeconds))) {
    throw refuse("unprocessable", "cardTokenBadSignature");
  }
  const window = header.readUInt32BE(1);
  const nowMs = now.getTime();
  if (nowMs < (window * windowSeconds - skewSeconds) * 1000)
    throw refuse("unprocessable", "cardTokenNotYetValid");
  if (nowMs >= ((window + 1) * windowSeconds + skewSeconds) * 1000) {
    throw refuse("unprocessable", "cardTokenExpired");
  }
  return { healthCardId, expiresAt: new Date((window + 1) * windowSeconds * 1000) };
}
