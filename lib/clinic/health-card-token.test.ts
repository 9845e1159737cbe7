import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { issueCardTokens, verifyCardToken } from "./health-card-token";

const SECRET = "health-card-test-secret-0123456789abcdefgh";
const CARD = "HC330106:2026.0001-ab_cd"; // 24 characters
// 2026-05-01 10:00:30 Shanghai: 30 s into the window that starts at 10:00:00.
const NOW = new Date("2026-05-01T02:00:30Z");
const WINDOW_START = new Date("2026-05-01T02:00:00Z").getTime();
const at = (msFromWindowStart: number) => new Date(WINDOW_START + msFromWindowStart);

function refusal(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected an AppError, nothing was thrown");
}

/** The token's bytes with one bit of byte `index` flipped (negative counts from the end). */
function flipBit(token: string, index: number): string {
  const bytes = Buffer.from(token, "base64url");
  const i = index < 0 ? bytes.length + index : index;
  bytes[i] = bytes[i]! ^ 0x01;
  return bytes.toString("base64url");
}

describe("issueCardTokens", () => {
  const issued = issueCardTokens(CARD, SECRET, NOW);

  it("gives the current window, aligned to the minute, and four upcoming ones back to back", () => {
    expect(issued.validFrom).toEqual(new Date("2026-05-01T02:00:00Z"));
    expect(issued.expiresAt).toEqual(new Date("2026-05-01T02:01:00Z"));
    expect(issued.upcoming).toHaveLength(4);
    let previousEnd = issued.expiresAt;
    for (const next of issued.upcoming) {
      expect(next.validFrom).toEqual(previousEnd);
      expect(next.expiresAt.getTime() - next.validFrom.getTime()).toBe(60_000);
      previousEnd = next.expiresAt;
    }
    expect(new Set([issued.token, ...issued.upcoming.map((u) => u.token)]).size).toBe(5);
  });

  it("is compact and carries at least 128 bits of MAC", () => {
    // 1 version + 4 window + 24 id + 16 MAC = 45 bytes = 60 base64url characters.
    expect(issued.token).toMatch(/^[A-Za-z0-9_-]{60}$/);
    const longest = issueCardTokens("f".repeat(64), SECRET, NOW).token;
    expect(longest).toHaveLength(114);
    expect(Buffer.from(longest, "base64url").length - 5 - 64).toBe(16);
  });

  it("gives the same tokens anywhere inside a window (no server state)", () => {
    expect(issueCardTokens(CARD, SECRET, at(59_999)).token).toBe(issued.token);
    expect(issueCardTokens(CARD, SECRET, at(60_000)).token).toBe(issued.upcoming[0]!.token);
    expect(issueCardTokens(CARD, SECRET, at(-1)).upcoming[0]!.token).toBe(issued.token);
  });

  it("follows windowSeconds and upcoming", () => {
    const custom = issueCardTokens(CARD, SECRET, NOW, { windowSeconds: 30, upcoming: 0 });
    expect(custom.validFrom).toEqual(new Date("2026-05-01T02:00:30Z"));
    expect(custom.expiresAt).toEqual(new Date("2026-05-01T02:01:00Z"));
    expect(custom.upcoming).toEqual([]);
  });

  it.each([
    ["an empty card id", () => issueCardTokens("", SECRET, NOW)],
    ["a card id with a slash", () => issueCardTokens("a/b", SECRET, NOW)],
    ["a card id of 65 characters", () => issueCardTokens("a".repeat(65), SECRET, NOW)],
    ["a short secret", () => issueCardTokens(CARD, "short", NOW)],
    ["windows of 1.5 s", () => issueCardTokens(CARD, SECRET, NOW, { windowSeconds: 1.5 })],
    ["windows of 5 s", () => issueCardTokens(CARD, SECRET, NOW, { windowSeconds: 5 })],
    ["61 upcoming windows", () => issueCardTokens(CARD, SECRET, NOW, { upcoming: 61 })],
  ])("refuses %s", (_why, run) => {
    expect(run).toThrow(RangeError);
  });
});

describe("verifyCardToken", () => {
  const { token, upcoming, expiresAt } = issueCardTokens(CARD, SECRET, NOW);

  it.each([
    ["at the window's start", 0],
    ["at its last millisecond", 59_999],
    ["5 s early (clock skew)", -5_000],
    ["5 s late less 1 ms (clock skew)", 64_999],
  ])("accepts a token %s", (_when, offset) => {
    // The card, and the end of the token's window (not of its skew allowance).
    expect(verifyCardToken(token, SECRET, at(offset))).toEqual({ healthCardId: CARD, expiresAt });
  });

  it.each([
    ["5 s and 1 ms early", -5_001, "errors.clinic.cardTokenNotYetValid"],
    ["a minute early", -60_000, "errors.clinic.cardTokenNotYetValid"],
    ["5 s late", 65_000, "errors.clinic.cardTokenExpired"],
    ["an hour late", 3_600_000, "errors.clinic.cardTokenExpired"],
  ])("refuses a token %s", (_when, offset, key) => {
    const error = refusal(() => verifyCardToken(token, SECRET, at(offset)));
    expect(error).toMatchObject({ code: "unprocessable", messageKey: key });
  });

  it("accepts each upcoming token in its own window only", () => {
    for (const next of upcoming) {
      expect(verifyCardToken(next.token, SECRET, next.validFrom)).toEqual({
        healthCardId: CARD,
        expiresAt: next.expiresAt,
      });
      expect(refusal(() => verifyCardToken(next.token, SECRET, NOW)).messageKey).toBe(
        "errors.clinic.cardTokenNotYetValid",
      );
    }
  });

  it("honours skewSeconds", () => {
    expect(verifyCardToken(token, SECRET, at(70_000), { skewSeconds: 15 })).toEqual({
      healthCardId: CARD,
      expiresAt,
    });
    expect(refusal(() => verifyCardToken(token, SECRET, at(60_000), { skewSeconds: 0 })).messageKey).toBe(
      "errors.clinic.cardTokenExpired",
    );
  });

  const forged: [why: string, forge: () => string, options?: { windowSeconds: number }][] = [
    ["a flipped MAC bit", () => flipBit(token, -1)],
    ["a flipped window bit (moved to another minute)", () => flipBit(token, 4)],
    ["a flipped card id bit", () => flipBit(token, 6)],
    ["another secret", () => issueCardTokens(CARD, `${SECRET}-other`, NOW).token],
    ["other window lengths", () => token, { windowSeconds: 30 }],
  ];
  it.each(forged)("refuses %s as a bad signature", (_why, forge, options) => {
    const error = refusal(() => verifyCardToken(forge(), SECRET, NOW, options));
    expect(error).toMatchObject({ code: "unprocessable", messageKey: "errors.clinic.cardTokenBadSignature" });
  });

  const lastCharacterPlusOne = (t: string) => {
    const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    return `${t.slice(0, -1)}${alphabet[alphabet.indexOf(t.at(-1)!) + 1]}`;
  };
  // 25 bytes: the last base64url character carries 4 unused bits, so a second spelling exists.
  const shortToken = issueCardTokens("HC12", SECRET, NOW).token;
  it("has the same bytes under the non-canonical spelling used below", () => {
    expect(lastCharacterPlusOne(shortToken)).not.toBe(shortToken);
    expect(Buffer.from(lastCharacterPlusOne(shortToken), "base64url")).toEqual(
      Buffer.from(shortToken, "base64url"),
    );
    expect(verifyCardToken(shortToken, SECRET, NOW)).toMatchObject({ healthCardId: "HC12" });
  });

  const malformed: [why: string, input: string][] = [
    ["empty", ""],
    ["not base64url", "abc+/def="],
    ["too short for a MAC", Buffer.alloc(21).toString("base64url")],
    ["too long", "A".repeat(115)],
    ["another version", flipBit(token, 0)],
    ["a non-canonical spelling", lastCharacterPlusOne(shortToken)],
    [
      "a card id with a space",
      Buffer.concat([Buffer.from([1, 0, 0, 0, 1]), Buffer.from("a b"), Buffer.alloc(16)]).toString(
        "base64url",
      ),
    ],
  ];
  it.each(malformed)("refuses %s as malformed", (_why, input) => {
    const error = refusal(() => verifyCardToken(input, SECRET, NOW));
    expect(error).toMatchObject({ code: "bad_request", messageKey: "errors.clinic.cardTokenMalformed" });
  });

  it("refuses a short secret and odd options", () => {
    expect(() => verifyCardToken(token, "short", NOW)).toThrow(RangeError);
    expect(() => verifyCardToken(token, SECRET, NOW, { skewSeconds: -1 })).toThrow(RangeError);
    expect(() => verifyCardToken(token, SECRET, NOW, { windowSeconds: 0 })).toThrow(RangeError);
  });
});
