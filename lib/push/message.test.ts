import { describe, expect, it } from "vitest";
import { renderMessage } from "./message";

describe("renderMessage", () => {
  it("renders a catalogue entry in the requested language", () => {
    expect(renderMessage({ key: "push.messages.test" }, "zh-CN").title).toBe("测试通知");
    expect(renderMessage({ key: "push.messages.test" }, "en").title).toBe("Test notification");
  });

  it("throws for a key without both title and body (a programming error, caught in tests)", () => {
    expect(() => renderMessage({ key: "push.messages" }, "en")).toThrow(/push\.messages\.title/);
  });

  it("picks the language from literal texts and clips overlong ones by characters", () => {
    const long = "空".repeat(200);
    const shown = renderMessage(
      { title: { "zh-CN": long, en: "t" }, body: { "zh-CN": " 正文 ", en: "b" } },
      "zh-CN",
    );
    expect(Array.from(shown.title)).toHaveLength(120);
    expect(shown.title.endsWith("…")).toBe(true);
    expect(shown.body).toBe("正文");
    expect(
      renderMessage({ title: { "zh-CN": "中", en: "t" }, body: { "zh-CN": "中", en: "b" } }, "en"),
    ).toEqual({
      title: "t",
      body: "b",
    });
  });
});
