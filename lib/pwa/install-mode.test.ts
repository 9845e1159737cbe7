import { describe, expect, it } from "vitest";
import { type InstallEnvironment, installMode, isIos } from "./install-mode";

const ANDROID =
  "Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 Chrome/156.0 Mobile Safari/537.36";
const IPHONE =
  "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 Version/18.0 Mobile/15E148 Safari/604.1";
const IPAD_DESKTOP_UA =
  "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 Version/18.0 Safari/605.1.15";
const FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0";

const base: InstallEnvironment = {
  known: true,
  standalone: false,
  installedEvent: false,
  canPrompt: false,
  userAgent: ANDROID,
  maxTouchPoints: 5,
};

describe("installMode", () => {
  it.each<[string, Partial<InstallEnvironment>, ReturnType<typeof installMode>]>([
    ["nothing known yet (server render)", { known: false, canPrompt: true }, "unknown"],
    ["running as the installed app", { standalone: true, canPrompt: true }, "installed"],
    ["just installed from this page", { installedEvent: true }, "installed"],
    ["Chrome offered installation", { canPrompt: true }, "prompt"],
    ["Chrome has not offered it (yet)", {}, "unsupported"],
    ["iPhone Safari", { userAgent: IPHONE }, "ios"],
    ["iPad that says it is a Mac", { userAgent: IPAD_DESKTOP_UA, maxTouchPoints: 5 }, "ios"],
    ["a real Mac", { userAgent: IPAD_DESKTOP_UA, maxTouchPoints: 0 }, "unsupported"],
    ["Firefox desktop", { userAgent: FIREFOX, maxTouchPoints: 0 }, "unsupported"],
  ])("%s → %s", (_name, env, expected) => {
    expect(installMode({ ...base, ...env })).toBe(expected);
  });

  it("recognises iOS by its user agent", () => {
    expect(isIos(IPHONE, 5)).toBe(true);
    expect(isIos(ANDROID, 5)).toBe(false);
  });
});
