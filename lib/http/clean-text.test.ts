import { describe, expect, it } from "vitest";
import { findUncleanText, isCleanText } from "./clean-text";

describe("isCleanText", () => {
  it.each([
    ["浙A12345", true],
    ["emoji 🚗", true],
    ["", true],
    ["a\u0000b", false],
    ["\ud800", false],
    ["x\udc00", false],
    ["\udc00\ud800", false],
    ["\ud83d\ude97", true],
  ])("%j → %s", (value, expected) => {
    expect(isCleanText(value)).toBe(expected);
  });
});

describe("findUncleanText", () => {
  it.each([
    [JSON.parse('{"plate":"浙A12345","n":1,"ok":true,"x":null}'), null],
    [JSON.parse('{"endpoint":"https://x/\\u0000"}'), "endpoint"],
    [JSON.parse('{"events":[{"plate":"ok"},{"plate":"\\ud800"}]}'), "events.1.plate"],
    [JSON.parse('{"\\udc00":1}'), "<key>"],
    [JSON.parse('{"a":{"b\\u0000":1}}'), "a.<key>"],
    [JSON.parse('"\\u0000"'), "body"],
    [JSON.parse('[["\\ud800"]]'), "0.0"],
  ])("%j → %j", (value, expected) => {
    expect(findUncleanText(value)).toBe(expected);
  });

  it("walks a very deep body without exhausting the stack", () => {
    const deep = JSON.parse(`${"[".repeat(100_000)}"\\u0000"${"]".repeat(100_000)}`);
    expect(findUncleanText(deep)).toMatch(/^0(\.0)+$/);
  });
});
