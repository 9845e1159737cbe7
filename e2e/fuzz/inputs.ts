// Hostile inputs as fast-check arbitraries: JSON bodies, raw bodies, query strings, path segments, cookies.
import fc from "fast-check";

/** A JSON token written as is, for numbers JSON.stringify cannot write (1e309 would become null). */
export class RawJson {
  constructor(readonly text: string) {}
}
export type JsonLike = RawJson | string | number | boolean | null | JsonLike[] | { [key: string]: JsonLike };

/** JSON text of a value; lone surrogates come out escaped (\ud800), exactly as an attacker sends them. */
export function toJsonText(value: JsonLike): string {
  if (value instanceof RawJson) return value.text;
  if (Array.isArray(value)) return `[${value.map(toJsonText).join(",")}]`;
  if (value !== null && typeof value === "object") {
    return `{${Object.entries(value)
      .map(([key, item]) => `${JSON.stringify(key)}:${toJsonText(item)}`)
      .join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

export const HUGE = 200_000;
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code));

/** Strings an attacker tries: NUL, lone surrogates, SQL, traversal, markup, control and direction marks, 200 kB. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    "\u0000",
    "a\u0000b",
    "\ud800",
    "\udfff",
    "x\ud800y",
    "\udc00\ud800",
    "'; drop table users; --",
    "' OR '1'='1",
    "1; select pg_sleep(10)--",
    "../../../../etc/passwd",
    "..%2F..%2Fetc%2Fpasswd",
    "<script>alert(1)</script>",
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the log4shell probe is this literal text.
    "${jndi:ldap://x/a}",
    "{{7*7}}",
    "%00",
    "%E0%A4%A",
    "\r\nSet-Cookie: x=1",
    "\ufeff",
    "\u202e",
    "\u001b[31m",
    "💩",
    "NaN",
    "Infinity",
    "-0",
    "1e309",
    "",
    "   ",
    "null",
    "__proto__",
    "浙A12345\u0000",
  ),
  fc
    .array(
      fc.oneof(
        fc.string({ maxLength: 8 }),
        fc.string({ unit: "binary", maxLength: 4 }),
        loneSurrogate,
        fc.constant("\u0000"),
      ),
      {
        minLength: 1,
        maxLength: 6,
      },
    )
    .map((parts) => parts.join("")),
  fc.constantFrom("A", "\u0000", "界", "\ud800").map((unit) => unit.repeat(HUGE)),
);

/** Numbers outside what a field expects, several of them only writable as raw JSON. */
export const hostileNumber: fc.Arbitrary<JsonLike> = fc.oneof(
  fc.constantFrom<JsonLike>(
    new RawJson("1e309"),
    new RawJson("-1e309"),
    new RawJson("-0"),
    new RawJson("1e-400"),
    new RawJson("9007199254740993"),
    new RawJson("123456789012345678901234567890"),
    -1,
    0.5,
    2 ** 31,
    -(2 ** 63),
    Number.MAX_SAFE_INTEGER,
    "NaN",
    "Infinity",
    "-0",
    "1e309",
  ),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

/** Any hostile JSON value: hostile scalars, and arrays and objects of them with hostile keys. */
export const hostileValue: fc.Arbitrary<JsonLike> = fc.letrec<{ value: JsonLike }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    hostileString,
    hostileNumber,
    fc.constantFrom<JsonLike>(null, true, false),
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(fc.oneof(hostileString, fc.string({ maxLength: 10 })), tie("value"), { maxKeys: 4 }),
  ),
})).value;

/** A value of another type than `original` (so a mutated field is never valid by accident), or a hostile one. */
export function replacementFor(original: JsonLike): fc.Arbitrary<JsonLike> {
  const objects = fc.oneof(
    fc.constant<JsonLike>([]),
    fc.constant<JsonLike>({}),
    fc.array(hostileValue, { maxLength: 3 }),
  );
  if (typeof original === "string")
    return fc.oneof(hostileString, hostileNumber, objects, fc.constantFrom(null, true));
  if (typeof original === "number") return fc.oneof(hostileNumber, hostileString, objects, fc.constant(null));
  if (typeof original === "boolean")
    return fc.oneof(hostileString, hostileNumber, objects, fc.constant(null));
  return fc.oneof(hostileString, hostileNumber, fc.constant(null), fc.array(hostileValue, { maxLength: 3 }));
}

type Leaf = { path: (string | number)[]; value: JsonLike };
function leavesOf(value: JsonLike, path: (string | number)[] = []): Leaf[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => leavesOf(item, [...path, index]));
  if (value !== null && typeof value === "object" && !(value instanceof RawJson)) {
    const entries = Object.entries(value);
    return entries.length === 0
      ? [{ path, value }]
      : entries.flatMap(([key, item]) => leavesOf(item, [...path, key]));
  }
  return [{ path, value }];
}

function withLeaf(value: JsonLike, path: (string | number)[], replacement: JsonLike): JsonLike {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path;
  if (Array.isArray(value))
    return value.map((item, index) => (index === head ? withLeaf(item, rest, replacement) : item));
  const record = value as Record<string, JsonLike>;
  return { ...record, [head as string]: withLeaf(record[head as string] as JsonLike, rest, replacement) };
}

/** A valid example body with one or more fields replaced by hostile values, or a hostile key added. */
export function mutatedSeed(seed: JsonLike): fc.Arbitrary<JsonLike> {
  const leaves = leavesOf(seed).filter((leaf) => leaf.path.length > 0);
  const replaceFields =
    leaves.length === 0
      ? null
      : fc
          .uniqueArray(fc.integer({ min: 0, max: leaves.length - 1 }), {
            minLength: 1,
            maxLength: leaves.length,
          })
          .chain((indexes) =>
            fc.tuple(
              ...indexes.map((index) => replacementFor(leaves[index]!.value).map((v) => [index, v] as const)),
            ),
          )
          .map((changes) =>
            changes.reduce((body, [index, v]) => withLeaf(body, leaves[index]!.path, v), seed),
          );
  const addKey =
    seed !== null && typeof seed === "object" && !Array.isArray(seed) && !(seed instanceof RawJson)
      ? fc
          .tuple(
            fc.oneof(
              hostileString.filter((key) => key.length < 100 && !(key in seed)),
              fc.constant("__proto__"),
            ),
            hostileValue,
          )
          .map(([key, v]) => ({ ...seed, [key]: v }))
      : null;
  const options = [replaceFields, addKey].filter((a): a is fc.Arbitrary<JsonLike> => a !== null);
  return options.length === 0 ? hostileValue : fc.oneof(...options);
}

export interface Body {
  /** What the case is, for the report. */
  kind: string;
  data: Buffer;
  contentType: string | null;
  /** False when no API reading a body may accept it (garbage, not JSON, not an object). */
  maybeValid: boolean;
}

const DEPTH = 5_000;
const CONTENT_TYPES = [
  "application/json",
  "application/json; charset=utf-8",
  "application/json; charset=utf-16",
  "text/plain",
  "application/x-www-form-urlencoded",
  "multipart/form-data; boundary=x",
  "application/xml",
  "",
];

/** Bodies no route may accept: not JSON, not an object, nested 5,000 deep, invalid UTF-8, prototype keys. */
export const garbageBody: fc.Arbitrary<Body> = fc.oneof(
  fc
    .constantFrom(
      "{oops",
      "{",
      "[",
      '{"a":}',
      "\u0000",
      "undefined",
      "NaN",
      "'single'",
      "<xml>&lt;</xml>",
      "a=1&b=%00",
      '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--x--',
      "[".repeat(DEPTH) + "]".repeat(DEPTH),
      `${'{"a":'.repeat(DEPTH)}1${"}".repeat(DEPTH)}`,
      "[".repeat(DEPTH),
      '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}',
      '{"a":1,"a":2,"a":"\\u0000"}',
      "\ufeff{}",
      "1e309",
      "-0",
      "null",
      "true",
      '"\\ud800"',
    )
    .map((text) => ({
      kind: "not an object",
      data: Buffer.from(text),
      contentType: "application/json",
      maybeValid: false,
    })),
  fc
    .constantFrom(
      [0xff, 0xfe, 0xfd],
      [0xed, 0xa0, 0x80],
      [0xc0, 0xaf],
      [0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xe0, 0xa4, 0x22, 0x7d],
    )
    .map((bytes) => ({
      kind: "invalid UTF-8",
      data: Buffer.from(bytes),
      contentType: "application/json",
      maybeValid: false,
    })),
  fc.oneof(fc.array(hostileValue, { maxLength: 4 }), hostileString, hostileNumber).map((value) => ({
    kind: "JSON, not an object",
    data: Buffer.from(toJsonText(value)),
    contentType: "application/json",
    maybeValid: false,
  })),
);

/** Objects of hostile keys and values (at least one key: `{}` is a valid "no options" body for some routes). */
export const hostileObjectBody: fc.Arbitrary<Body> = fc
  .dictionary(
    fc.oneof(
      hostileString.filter((k) => k.length < 1000),
      fc.string({ minLength: 1 }),
    ),
    hostileValue,
    {
      minKeys: 1,
      maxKeys: 5,
    },
  )
  .map((value) => ({
    kind: "hostile object",
    data: Buffer.from(toJsonText(value)),
    contentType: "application/json",
    maybeValid: false,
  }));

/** The same body under a content type that is not JSON (the API reads JSON whatever the header says). */
export function withContentType(body: fc.Arbitrary<Body>): fc.Arbitrary<Body> {
  return fc.tuple(body, fc.constantFrom(...CONTENT_TYPES)).map(([b, contentType]) => ({
    ...b,
    kind: `${b.kind} as ${contentType || "no content type"}`,
    contentType: contentType || null,
  }));
}

/** Every string field of every example body gets each of these, so the database never sees them unchecked. */
export const CORE_STRINGS = ["a\u0000b", "x\ud800y", "\udc00", "'; drop table users; --"];
