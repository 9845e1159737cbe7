import { worstFirst } from "../components/air/station-order";
import type { AirForecastAnswer, AirStationsAnswer } from "../components/air/types";
import { airAdvice } from "../lib/air/advice";
import { formatDistance } from "../lib/format/display";
import { expectAccessible } from "./a11y-helpers";
import { expect, type Page, test, wordsPattern } from "./fixtures";
import { isPageStored, storedApiPaths, waitForServiceWorkerControl } from "./offline-helpers";

const lang = (locale: string) => (locale === "en" ? "en" : "zh") as "en" | "zh";

async function stationsOf(page: Page, locale: string) {
  const answer = await page.request.get(`/api/air/stations?lang=${locale}`);
  expect(answer.status()).toBe(200);
  return (await answer.json()) as AirStationsAnswer;
}

async function forecastOf(page: Page, query: string) {
  const answer = await page.request.get(`/api/air/forecast?${query}`);
  expect(answer.status(), await answer.text()).toBe(200);
  return (await answer.json()) as AirForecastAnswer;
}

/** Scrolls to the forecast, which is asked for as the reader nears it, and waits for its chart. */
async function showForecast(page: Page) {
  await page.getByTestId("air-forecast-area").scrollIntoViewIfNeeded();
  await expect(page.locator("[data-testid=air-chart] canvas").first()).toBeVisible();
}

/** "rgb(255, 126, 0)" for "#FF7E00". */
const rgb = (hex: string) =>
  `rgb(${[1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)).join(", ")})`;

test.describe("Air quality", { tag: ["@air"] }, () => {
  test("every station is on the map in its category's colour and listed worst first with its hour", async ({
    page,
    appLocale,
    t,
  }) => {
    const { stations } = await stationsOf(page, appLocale);
    expect(stations.length).toBeGreaterThanOrEqual(14);
    await page.goto("/air");
    // Every station is on the map: on a marker of its own, or counted in a group where markers would overlap.
    const markers = page.getByTestId("air-marker");
    await expect(markers.first()).toBeVisible();
    const groups = page.getByTestId("air-group");
    const grouped = await groups.evaluateAll((nodes) =>
      nodes.map((n) => Number(n.getAttribute("data-count"))),
    );
    expect((await markers.count()) + grouped.reduce((a, b) => a + b, 0)).toBe(stations.length);
    for (const id of await markers.evaluateAll((nodes) =>
      nodes.map((n) => n.getAttribute("data-station-id")),
    )) {
      const station = stations.find((s) => s.id === id)!;
      const marker = page.locator(`[data-testid=air-marker][data-station-id="${id}"]`);
      await expect(marker).toHaveCSS("background-color", rgb(station.aqi.colour ?? "#9ca3af"));
      await expect(marker).toHaveText(station.aqi.value === null ? "—" : String(station.aqi.value));
    }
    // A group shows the worst AQI among its stations, in that category's colour; tapping it zooms in.
    if (grouped.length > 0) {
      const worst = Number((await groups.first().locator("span").first().textContent()) ?? "");
      const station = stations.find((s) => s.aqi.value === worst)!;
      await expect(groups.first()).toHaveCSS("background-color", rgb(station.aqi.colour!));
      const before = await markers.count();
      await groups.first().click();
      await expect.poll(() => markers.count()).toBeGreaterThan(before);
    }
    await expect(page.getByTestId("air-alerts-link")).toHaveAttribute("href", "/air/alerts");
    const legend = page.getByTestId("air-legend");
    await expect(legend).toContainText(t("airUi.legend.noAqi"));
    await expect(legend.locator("li")).toHaveCount(7);

    const list = page.getByTestId("air-station");
    const shown = await list.evaluateAll((nodes) => nodes.map((n) => n.getAttribute("data-station-id")));
    expect(shown).toEqual(worstFirst(stations, appLocale).map((s) => s.id));
    const aqis = await list.evaluateAll((nodes) =>
      nodes.map((n) => Number(n.getAttribute("data-aqi") || -1)),
    );
    expect(aqis).toEqual([...aqis].sort((a, b) => b - a));
    const worst = worstFirst(stations, appLocale)[0]!;
    await expect(list.first()).toContainText(worst.name);
    // The hour of the reading, in Shanghai time.
    await expect(list.first()).toContainText(wordsPattern(t, "airUi.reading", { time: "(\\S+ )?\\d{2}:00" }));
  });

  test("choosing a station shows its now, advice, forecast chart, periods, days and the model's state", {
    tag: "@smoke",
  }, async ({ page, appLocale, t }) => {
    const { stations } = await stationsOf(page, appLocale);
    const station = worstFirst(stations, appLocale)[0]!;
    const forecast = await forecastOf(page, `station=${station.id}`);
    await page.goto("/air");
    await page.locator(`[data-testid=air-station][data-station-id="${station.id}"] button`).click();
    await expect(page.getByTestId("air-place-name")).toHaveText(
      t("airUi.place.station", { name: station.name }),
    );
    await expect(page.getByTestId("air-now")).toHaveAttribute("data-aqi", String(station.aqi.value ?? ""));

    // Advice for now, in the page's language, as lib/air/advice.ts words it.
    const advice = airAdvice(station.aqi.level!);
    await expect(page.getByTestId("air-advice-study")).toContainText(advice.topics.study[lang(appLocale)]);
    await expect(page.getByTestId("air-advice-living")).toContainText(advice.topics.living[lang(appLocale)]);

    const panel = page.getByTestId("air-forecast");
    await expect(panel.locator("[data-testid=air-chart] canvas").first()).toBeVisible();
    await expect(page.getByTestId("air-forecast-summary")).not.toBeEmpty();
    const periods = panel.getByTestId("air-period");
    await expect(periods).toHaveCount(3);
    for (const [i, period] of forecast.periods.entries()) {
      const row = periods.nth(i);
      await expect(row).toContainText(t(`airUi.forecast.periods.${period.key}`));
      if (period.aqi !== null) await expect(row).toContainText(String(period.aqi));
      if (period.level) await expect(row).toContainText(airAdvice(period.level).brief[lang(appLocale)]);
    }
    const days = panel.getByTestId("air-day");
    await expect(days).toHaveCount(forecast.days.length);
    await expect(days.first()).toContainText(t("airUi.forecast.day.0"));
    if (Object.values(forecast.methods).includes("climatology")) {
      await expect(page.getByTestId("air-climatology")).toBeVisible();
    }
    await expect(page.getByTestId("air-skill")).toHaveText(
      forecast.model === null ? t("airUi.forecast.untrained") : /\d+%/,
    );

    // Another measure redraws the chart.
    await panel.getByRole("radio", { name: t("airUi.forecast.measures.pm25") }).check();
    await expect(panel.locator("[data-testid=air-chart] canvas").first()).toBeVisible();
  });

  test("delayed readings say so, with their hour", async ({ page, t }) => {
    const readAt = new Date(Date.now() - 3 * 3_600_000).toISOString();
    await page.route("**/api/air/stations?*", async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, json: { ...(await response.json()), stale: true, asOf: readAt } });
    });
    // Some minutes after the page was rendered, it asks for the stations again and gets the delayed answer.
    await page.clock.install({ time: Date.now() + 5 * 60_000 });
    await page.goto("/air");
    // Asked for again when the page mounts, or at the latest when the reader comes back to it (focus).
    const stale = page.getByTestId("air-stale");
    await expect(async () => {
      await page.evaluate(() => window.dispatchEvent(new Event("focus")));
      await expect(stale).toBeVisible({ timeout: 1_000 });
    }).toPass();
    await expect(stale).toHaveText(wordsPattern(t, "airUi.stale", { time: "(\\S+ )?\\d{2}:\\d{2}" }));
  });

  test.describe("near me", () => {
    test("with a location: the estimate names its stations and how far each is", async ({
      page,
      context,
      appLocale,
    }) => {
      await page.goto("/air");
      await context.grantPermissions(["geolocation"]);
      await context.setGeolocation({ latitude: 30.250_12, longitude: 120.160_34 });
      // The position is sent rounded to about 100 m.
      const asked = page.waitForRequest((r) => r.url().includes("/api/air/forecast?lat="));
      await page.getByTestId("air-near-me").getByRole("button").click();
      expect(new URL((await asked).url()).search).toBe("?lat=30.250&lng=120.160");
      const forecast = await forecastOf(page, "lat=30.250&lng=120.160");
      if (forecast.place.kind !== "point") throw new Error("not a point");
      const names = page.getByTestId("air-near-me-stations");
      for (const s of forecast.place.stations) {
        await expect(names).toContainText(
          `${s.name[lang(appLocale)]} ${formatDistance(s.distanceM, appLocale)}`,
        );
      }
      await expect(page.getByTestId("air-place")).toHaveAttribute("data-place", "point");
      await expect(page.getByTestId("air-now")).toHaveAttribute(
        "data-aqi",
        String(forecast.past.at(-1)?.aqi ?? ""),
      );
    });

    test("refused: a kind word, and a station can still be chosen", async ({ page, t }) => {
      await page.goto("/air");
      await page.getByTestId("air-near-me").getByRole("button").click();
      await expect(page.getByTestId("air-near-me-status")).toHaveText(
        new RegExp(`${t("airUi.nearMe.denied")}|${t("airUi.nearMe.unavailable")}`.replace(/[()]/g, "\\$&")),
      );
      const second = page.getByTestId("air-station").nth(1);
      await second.getByRole("button").click();
      await expect(page.getByTestId("air-place")).toHaveAttribute("data-place", "station");
      await expect(page.getByTestId("air-place-name")).toContainText(
        (await second.getByTestId("air-station-name").textContent())!,
      );
    });
  });

  test.describe("offline", () => {
    test.use({ serviceWorkers: "allow" });

    test("after one visit online, the stations and the forecast are shown offline with their time", async ({
      page,
      context,
      t,
    }) => {
      test.setTimeout(90_000);
      await page.goto("/");
      await waitForServiceWorkerControl(page);
      await page.goto("/air");
      await showForecast(page);
      await expect.poll(() => isPageStored(page, "/air"), { timeout: 15_000 }).toBe(true);
      await expect.poll(() => storedApiPaths(page)).toContain("/api/air/forecast");
      const names = await page.getByTestId("air-station-name").allTextContents();

      // Some minutes later, without a connection.
      await page.clock.install({ time: Date.now() + 5 * 60_000 });
      await context.setOffline(true);
      try {
        await page.reload();
        const asOf = page.getByTestId("as-of");
        await expect(asOf).toHaveAttribute("data-from-cache", "true");
        await expect(asOf).toHaveText(
          wordsPattern(t, "common.offlineAsOf", {
            time: "(\\d{1,2}月\\d{1,2}日 |\\d{1,2} [A-Z][a-z]{2} )?\\d{2}:\\d{2}",
          }),
        );
        expect(await page.getByTestId("air-station-name").allTextContents()).toEqual(names);
        await showForecast(page);
        await expect(page.getByTestId("air-period")).toHaveCount(3);
      } finally {
        await context.setOffline(false);
      }
    });
  });

  test("axe-clean and usable in elder mode at 320 px, in Chinese and English", async ({
    page,
    context,
    baseURL,
  }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 320, height: 700 });
    for (const locale of ["zh-CN", "en"]) {
      for (const elder of ["0", "1"]) {
        await context.addCookies([
          { name: "NEXT_LOCALE", value: locale, url: baseURL! },
          { name: "elder_mode", value: elder, url: baseURL! },
        ]);
        await page.goto("/air");
        await showForecast(page);
        const where = `/air (${locale}, elder ${elder})`;
        await expectAccessible(page, where, elder === "1");
      }
    }
  });
});
