import { describe, expect, it } from "vitest";
import { forecastAnswer } from "@/lib/testing/air-forecast-fixture";
import { alertWindow } from "./alert-window";
import { decideEpisode, END_MARGIN_AQI, firstAqiOfLevel, worstHour } from "./episode-rule";

const NOW = new Date("2026-12-08T02:10:00Z"); // 10:10 in Hangzhou
const windowOf = (observed: number | null, ahead: (number | null)[], rest = 40) =>
  alertWindow(forecastAnswer(NOW, observed, ahead, rest), NOW);

describe("alertWindow", () => {
  it("holds the observed hour and the forecast hours up to 24 h ahead, no further", () => {
    const window = windowOf(60, []);
    expect(window).toHaveLength(1 + 24);
    expect(window[0]!.observed).toBe(true);
    expect(window.at(-1)!.at.getTime()).toBeLessThanOrEqual(NOW.getTime() + 24 * 3_600_000);
  });

  it("leaves out hours the standard withholds", () => {
    expect(windowOf(null, [null, null], 40)).toHaveLength(22);
  });
});

describe("decideEpisode (level 3: lightly polluted, AQI 101+)", () => {
  const cases: [string, number | null, (number | null)[], boolean, string][] = [
    ["clean air opens nothing", 40, [60, 80, 100], false, "none"],
    ["a forecast hour at 101 opens", 40, [60, 101], false, "open"],
    ["the observed hour at 120 opens", 120, [], false, "open"],
    ["a forecast hour 25 h ahead does not open", 40, [...Array(24).fill(40), 180], false, "none"],
    ["an open episode continues while an hour reaches the level", 130, [], true, "continue"],
    ["an open episode continues inside the margin (AQI 95)", 95, [90, 80], true, "continue"],
    ["an open episode ends once every hour is clearly below", 85, [80, 70], true, "end"],
    ["no data keeps an open episode open", null, Array(72).fill(null), true, "continue"],
    ["no data opens nothing", null, Array(72).fill(null), false, "none"],
  ];
  it.each(cases)("%s", (_name, observed, ahead, open, expected) => {
    expect(decideEpisode(windowOf(observed, ahead), 3, open, "HJ633-2026")).toBe(expected);
  });

  it("a value hovering at the boundary (99, 101, 99, 101 …) opens one episode, not one an hour", () => {
    let open = false;
    let opened = 0;
    for (const aqi of [99, 101, 99, 101, 98, 102, 99]) {
      const decision = decideEpisode(windowOf(aqi, [], 40), 3, open, "HJ633-2026");
      if (decision === "open") opened += 1;
      open = decision === "open" || decision === "continue" ? true : decision === "end" ? false : open;
    }
    expect(opened).toBe(1);
    expect(open).toBe(true);
  });

  it("the margin is counted from the level's first AQI", () => {
    expect(firstAqiOfLevel("HJ633-2026", 3)).toBe(101);
    expect(firstAqiOfLevel("HJ633-2026", 6)).toBe(301);
    const justBelow = 101 - END_MARGIN_AQI;
    expect(decideEpisode(windowOf(justBelow, []), 3, true, "HJ633-2026")).toBe("continue");
    expect(decideEpisode(windowOf(justBelow - 1, []), 3, true, "HJ633-2026")).toBe("end");
  });
});

describe("worstHour", () => {
  it("is the highest AQI at the level, the earliest of equals", () => {
    const window = windowOf(60, [120, 160, 160, 90]);
    expect(worstHour(window, 3)!.aqi).toBe(160);
    expect(worstHour(window, 3)!.at.toISOString()).toBe("2026-12-08T04:00:00.000Z");
    expect(worstHour(window, 5)).toBeNull();
  });
});
