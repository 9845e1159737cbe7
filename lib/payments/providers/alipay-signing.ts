import "server-only";
import { signSha256WithRsa } from "./rsa-sha256";

export type AlipayParams = Record<string, string | undefined>;

/**
 * The text Alipay's RSA2 signs: the parameters sorted by key, `k=v` joined with `&`, without empty values
 * and without the excluded keys (`sign` for requests; `sign` and `sign_type` for notifications).
 */
export function alipaySignContent(params: AlipayParams, exclude: readonly string[] = ["sign"]): string {
  return Object.keys(params)
    .filter((key) => !exclude.includes(key) && params[key] !== undefined && params[key] !== "")
    .sort()
    .map((key) => `${key}=${params[key]}`)
    .join("&");
}

/** The parameters without empty values, with their RSA2 `sign` (SHA256withRSA, base64) added. */
export function signAlipayParams(params: AlipayParams, appPrivateKeyPem: string): Record<string, string> {
  const present: Record<string, string> = {};
  for (const [key, value] of Object.entries(params))
    if (value !== undefined && value !== "") present[key] = value;
  return { ...present, sign: signSha256WithRsa(alipaySignContent(present), appPrivateKeyPem) };
}

const SPACE = /\s/;

function endOfString(raw: string, start: number): number {
  for (let i = start + 1; i < raw.length; i++) {
    if (raw[i] === "\\") i++;
    else if (raw[i] === '"') return i + 1;
  }
  throw new Error("unterminated JSON string");
}

function endOfValue(raw: string, start: number): number {
  if (raw[start] === '"') return endOfString(raw, start);
  if (raw[start] === "{" || raw[start] === "[") {
    let depth = 0;
    for (let i = start; i < raw.length; i++) {
      const c = raw[i];
      if (c === '"') i = endOfString(raw, i) - 1;
      else if (c === "{" || c === "[") depth++;
      else if ((c === "}" || c === "]") && --depth === 0) return i + 1;
    }
    throw new Error("unterminated JSON value");
  }
  let i = start;
  while (i < raw.length && !SPACE.test(raw[i]!) && !",}]".includes(raw[i]!)) i++;
  return i;
}

const skipSpace = (raw: string, i: number) => {
  let at = i;
  while (at < raw.length && SPACE.test(raw[at]!)) at++;
  return at;
};

/**
 * The exact text of one member of a JSON object, as it came over the wire. Alipay signs the text of its
 * `*_response` node, so the answer must be verified before parsing: re-serialising would change it.
 * Expects valid JSON (parse the whole answer first).
 */
export function topLevelMemberText(raw: string, key: string): string | undefined {
  let i = skipSpace(raw, 0);
  if (raw[i] !== "{") return undefined;
  i = skipSpace(raw, i + 1);
  while (raw[i] === '"') {
    const nameEnd = endOfString(raw, i);
    const name: unknown = JSON.parse(raw.slice(i, nameEnd));
    const valueStart = skipSpace(raw, skipSpace(raw, nameEnd) + 1);
    const valueEnd = endOfValue(raw, valueStart);
    if (name === key) return raw.slice(valueStart, valueEnd);
    i = skipSpace(raw, valueEnd);
    if (raw[i] === ",") i = skipSpace(raw, i + 1);
  }
  return undefined;
}
