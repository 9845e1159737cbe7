// Hostile request targets and cookies as fast-check arbitraries: raw path segments, query strings, NEXT_LOCALE.
import fc from "fast-check";

/** Raw path segments, sent without any normalisation: bad escapes, NUL, overlong UTF-8, traversal, very long. */
export const hostileSegment: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.constantFrom(
      "%00",
      "a%00b",
      "%",
      "%%",
      "%zz",
      "%E0%A4%A",
      "%ED%A0%80",
      "%ED%B0%80",
      "%C0%AF",
      "%C0%80",
      "%FF%FE",
      "%F0%9F%92%A9",
      "..%2F",
      "..%2F..%2F..%2Fetc%2Fpasswd",
      "%2e%2e",
      "..",
      "%2F",
      "%5C..%5C",
      "%252e%252e%252f",
      "%0D%0ASet-Cookie:%20x=1",
      "%27%3B%20drop%20table%20users%3B%20--",
      "%uD800",
      "%E6%B5%99A12345",
      "%E6%B5%99A12345%00",
      "-1",
      "0",
      "1e309",
      "NaN",
      "null",
      "undefined",
      "__proto__",
      "constructor",
      "00000000-0000-0000-0000-000000000000",
    ),
  },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom("a", "%41", "%00", "%E0%A4%A")
      .map((unit) => unit.repeat(Math.floor(6_000 / unit.length))),
  },
);

/** Every path segment an attacker certainly tries, sent for every dynamic segment of every route. */
export const CORE_SEGMENTS = ["%00", "%", "%E0%A4%A", "%ED%A0%80", "%C0%AF", "..%2F"];

/** Raw query values: the hostile path escapes plus numbers and shapes a parser might trip over. */
const hostileQueryValue: fc.Arbitrary<string> = fc.oneof(
  hostileSegment,
  fc.constantFrom(
    "",
    "1e309",
    "-0",
    "0x10",
    "Infinity",
    " 30.2 ",
    "30,2",
    "[]",
    "{}",
    "%5B%5D",
    "2025-13-45T25:61:61Z",
  ),
);

/** A raw query string built from the route's own keys (to reach its parser) and hostile ones. */
export function hostileQuery(knownKeys: readonly string[]): fc.Arbitrary<string> {
  const key = fc.oneof(
    ...(knownKeys.length > 0 ? [fc.constantFrom(...knownKeys)] : []),
    fc.constantFrom("a[b]", "__proto__", "%00", "%E0%A4%A", "", "x".repeat(3_000)),
  );
  return fc
    .array(fc.tuple(key, hostileQueryValue, fc.boolean()), { minLength: 1, maxLength: 4 })
    .map((pairs) => pairs.map(([k, v, bare]) => (bare && k ? k : `${k}=${v}`)).join("&"));
}

/** NEXT_LOCALE values a browser can be made to send. */
export const MALFORMED_LOCALE_COOKIES = [
  "%E0%A4%A",
  "%",
  "%ED%A0%80",
  "%C0%AF",
  "zz-ZZ",
  "en%00",
  '"en"',
  "en; en",
];
