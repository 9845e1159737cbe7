import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { checkSignature, signedHeaders, signPayload } from "./machine-signature";

const SECRET = "test-secret";
const NOW = new Date("2026-11-23T08:00:00Z");
const TS = String(NOW.getTime() / 1000);
const BODY = '{"events":[]}';

describe("gate signature", () => {
  it("is the hex HMAC-SHA256 of timestamp.body", () => {
    const expected = createHmac("sha256", SECRET).update(`${TS}.${BODY}`).digest("hex");
    expect(signPayload(SECRET, TS, BODY)).toBe(expected);
    expect(signedHeaders(SECRET, BODY, NOW)["X-Signature"]).toBe(expected);
  });

  const good = signPayload(SECRET, TS, BODY);
  const cases: [string, { timestamp: string | null; signature: string | null }, string, string][] = [
    ["valid", { timestamp: TS, signature: good }, BODY, "ok"],
    ["upper-case hex", { timestamp: TS, signature: good.toUpperCase() }, BODY, "ok"],
    [
      "299 s old",
      { timestamp: String(Number(TS) - 299), signature: signPayload(SECRET, Number(TS) - 299, BODY) },
      BODY,
      "ok",
    ],
    [
      "301 s old (replayed later)",
      { timestamp: String(Number(TS) - 301), signature: signPayload(SECRET, Number(TS) - 301, BODY) },
      BODY,
      "stale_timestamp",
    ],
    [
      "301 s ahead",
      { timestamp: String(Number(TS) + 301), signature: signPayload(SECRET, Number(TS) + 301, BODY) },
      BODY,
      "stale_timestamp",
    ],
    ["no timestamp", { timestamp: null, signature: good }, BODY, "stale_timestamp"],
    ["timestamp in ms", { timestamp: `${TS}000`, signature: good }, BODY, "stale_timestamp"],
    ["no signature", { timestamp: TS, signature: null }, BODY, "bad_signature"],
    ["short signature", { timestamp: TS, signature: good.slice(2) }, BODY, "bad_signature"],
    ["body changed", { timestamp: TS, signature: good }, '{"events":[1]}', "bad_signature"],
    ["other secret", { timestamp: TS, signature: signPayload("other", TS, BODY) }, BODY, "bad_signature"],
    ["timestamp changed", { timestamp: String(Number(TS) + 1), signature: good }, BODY, "bad_signature"],
  ];
  it.each(cases)("%s", (_name, headers, body, result) => {
    expect(checkSignature(SECRET, headers, body, NOW)).toBe(result);
  });
});
