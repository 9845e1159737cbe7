import { describe, expect, it } from "vitest";
import { notificationTarget, pushDisplay } from "./push-display";

describe("pushDisplay", () => {
  it("shows the payload's title, body, url and tag", () => {
    const text = JSON.stringify({ id: "n1", title: "测试通知", body: "正文", url: "/me", tag: "n1" });
    expect(pushDisplay(text, "zh-CN")).toEqual({
      title: "测试通知",
      body: "正文",
      url: "/me",
      tag: "n1",
      actions: [],
    });
  });

  it("keeps up to two well-formed buttons, each opening a path in this app", () => {
    const actions = [
      { action: "stop", title: "停止此提醒", url: "/air/alerts?stop=p1" },
      { action: "evil", title: "Go", url: "https://evil.example/" },
      { action: "", title: "No name", url: "/" },
      { action: "third", title: "Third", url: "/me" },
    ];
    expect(pushDisplay(JSON.stringify({ title: "t", actions }), "en").actions).toEqual([actions[0]]);
    expect(pushDisplay(JSON.stringify({ title: "t", actions: "x" }), "en").actions).toEqual([]);
  });

  it.each([
    ["no payload", null, "en-US", "Hangzhou City Brain"],
    ["not JSON", "hello", "en", "Hangzhou City Brain"],
    ["JSON without a title", JSON.stringify({ body: 3 }), "zh-CN", "杭州城市大脑"],
    ["a JSON string", JSON.stringify("x"), "zh-TW", "杭州城市大脑"],
  ])("falls back to a general message for %s, in the device language", (_name, text, language, title) => {
    const shown = pushDisplay(text, language);
    expect(shown.title).toBe(title);
    expect(shown.body.length).toBeGreaterThan(0);
    expect(shown.url).toBe("/");
    expect(shown.tag).toBeUndefined();
  });

  it.each(["https://evil.example/", "//evil.example", "/\\evil.example", "javascript:alert(1)", 42])(
    "never opens %s, only Home",
    (url) => {
      expect(pushDisplay(JSON.stringify({ title: "t", url }), "en").url).toBe("/");
      expect(notificationTarget(url, "https://app.example")).toBe("https://app.example/");
    },
  );

  it("resolves a safe path against the app's origin", () => {
    expect(notificationTarget("/parking/bills/7?x=1", "https://app.example")).toBe(
      "https://app.example/parking/bills/7?x=1",
    );
  });
});
