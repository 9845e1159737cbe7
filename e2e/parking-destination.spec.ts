import type { APIRequestContext } from "@playwright/test";
import { lotsUrl, type ParkingLot, sortLots } from "../components/parking/lot-model";
import { translatorFor } from "../lib/i18n/translator";
import type { PlaceView } from "../lib/places/place";
import { walkingMinutes } from "../lib/places/walking-time";
import { expect, test, wordsPattern } from "./fixtures";
import {
  expectNoSeriousViolations,
  listed,
  lotMarker,
  openParkingAsElder,
  routeTiles,
  showList,
  showMap,
  zoomMapIn,
} from "./parking-helpers";

const en = translatorFor("en");

async function firstPlace(request: APIRequestContext, q: string, lang: string): Promise<PlaceView> {
  const response = await request.get(`/api/places/search?q=${encodeURIComponent(q)}&lang=${lang}`);
  expect(response.status()).toBe(200);
  const { places } = (await response.json()) as { places: PlaceView[] };
  expect(places.length).toBeGreaterThan(0);
  return places[0]!;
}

/** The lots the app asks for around a place (3 km, the default radius), nearest first as the list shows them. */
async function lotsAround(request: APIRequestContext, place: PlaceView, lang: string) {
  const response = await request.get(lotsUrl({ lat: place.lat, lng: place.lng }, 3, lang));
  const { lots } = (await response.json()) as { lots: ParkingLot[] };
  return sortLots(lots, "distance");
}

test.describe("Parking by destination", { tag: ["@parking", "@tourist"] }, () => {
  test("a visitor types a sight's pinyin initials, picks it and sees the nearest car parks with walking minutes; a reload keeps it; in English too; axe is clean", async ({
    page,
    request,
    t,
    appLocale,
  }) => {
    // Two languages, a reload and two axe scans in one journey: ~45 s on a loaded two-core machine.
    test.slow();
    await routeTiles(page);
    const sight = await firstPlace(request, "lft", appLocale);
    expect(sight).toMatchObject({ kind: "sight", id: "leifeng-pagoda" });
    const expected = await lotsAround(request, sight, appLocale);
    expect(expected.length).toBeGreaterThan(3);

    await page.goto("/parking");
    // The list's data is in the page itself; the search box is disabled until the script runs (fill waits for it).
    await expect(page.getByTestId("as-of")).toBeVisible();
    const where = page.getByRole("combobox", { name: t("parking.destination.label") });
    await where.fill("lft");
    const option = page.getByRole("option", { name: new RegExp(sight.name) });
    await expect(option).toBeVisible();
    await expect(option).toHaveAccessibleName(
      t("parking.destination.option", { name: sight.name, kind: t("parking.destination.kind.sight") }),
    );
    await expect(where).toHaveAttribute("aria-expanded", "true");
    await expect(page.getByTestId("destination-status")).toHaveText(
      t("parking.destination.results", { count: await page.getByRole("option").count() }),
    );
    // Keyboard: the arrow makes the option active (focus stays in the box), Enter chooses it.
    await where.press("ArrowDown");
    await expect(option).toHaveAttribute("aria-selected", "true");
    await expect(where).toHaveAttribute("aria-activedescendant", (await option.getAttribute("id"))!);
    await where.press("Enter");
    await expect(page).toHaveURL("/parking?to=sight:leifeng-pagoda");
    await expect(where).toHaveValue(sight.name);
    await expect(where).toHaveAttribute("aria-expanded", "false");
    await expect(page.getByTestId("destination-shown")).toHaveText(
      t("parking.destination.showing", { name: sight.name }),
    );

    const expectNearest = async (words: typeof t, name: string) => {
      await showList(page);
      await expect(
        page.getByRole("heading", { name: words("parking.list.headingTo", { name }) }),
      ).toBeVisible();
      await expect(page.getByTestId("lot-walk")).toHaveCount(expected.length);
      expect(await listed(page, "data-lot-id")).toEqual(expected.map((lot) => lot.id));
      const minutes = (await page
        .getByTestId("lot-walk")
        .evaluateAll((nodes) => nodes.map((node) => Number(node.getAttribute("data-minutes"))))) as number[];
      expect(minutes).toEqual(expected.map((lot) => walkingMinutes(lot.distanceM)));
      await expect(page.getByTestId("lot-walk").first()).toHaveText(
        words("parking.lot.walk", { minutes: minutes[0]! }),
      );
    };
    await expectNearest(t, sight.name);
    await expectNoSeriousViolations(page);

    // On the map, each lot's marker says its free spaces, the next hour's price and the walk, also in words.
    await showMap(page);
    await expect(page.locator(".parking-marker").first()).toBeVisible();
    const marker = lotMarker(page);
    const zoomIn = page.getByRole("button", { name: t("parking.map.zoomIn"), exact: true });
    await zoomMapIn(zoomIn, 4, async () => (await marker.count()) > 0);
    await expect(marker).toBeVisible();
    await expect(marker).toHaveAccessibleName(
      wordsPattern(t, "parking.map.markerWalk", {
        price: `(${wordsPattern(t, "parking.lot.oneHour").source}|${wordsPattern(t, "parking.lot.oneHourTypical").source})`,
        walk: wordsPattern(t, "parking.lot.walk", { minutes: "\\d+" }).source,
      }),
    );
    await expect(marker.locator('[aria-hidden="true"]')).toHaveText(/^\d+~?¥\d+(\.\d+)?$/);
    await expect(page.getByTestId("map-legend")).toContainText(t("parking.legend.destination"));
    await expect(page.getByTestId("coverage")).toHaveText(
      wordsPattern(t, "parking.data.coverage", { carParks: "\\d+", streetGroups: "\\d+" }),
    );
    await expectNoSeriousViolations(page);

    // A reload (or a shared link) opens the same destination.
    await page.reload();
    await expect(where).toHaveValue(sight.name);
    await expectNearest(t, sight.name);

    // In English, the destination and the walks are English.
    const english = await firstPlace(request, "lft", "en");
    await page.getByTestId("language-button").click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page).toHaveURL("/parking?to=sight:leifeng-pagoda");
    await expect(page.getByRole("combobox", { name: en("parking.destination.label") })).toHaveValue(
      english.name,
    );
    await expectNearest(en, english.name);
    await expectNoSeriousViolations(page);
  });

  test("back to near me, then back and forward through the history", async ({ page, t }) => {
    await routeTiles(page);
    await page.goto("/parking?to=street:pinghai-rd");
    await expect(page.getByTestId("destination-shown")).toHaveAttribute("data-status", "found");
    await showList(page);
    await expect(page.getByTestId("lot-walk").first()).toBeVisible();

    await page.getByRole("button", { name: t("parking.destination.nearMe") }).click();
    await expect(page).toHaveURL("/parking");
    await expect(page.getByRole("heading", { name: t("parking.list.heading") })).toBeVisible();
    await expect(page.getByTestId("lot-walk")).toHaveCount(0);
    await expect(page.getByRole("combobox", { name: t("parking.destination.label") })).toHaveValue("");

    await page.goBack();
    await expect(page).toHaveURL("/parking?to=street:pinghai-rd");
    await expect(page.getByTestId("lot-walk").first()).toBeVisible();
    await page.goForward();
    await expect(page).toHaveURL("/parking");
    await expect(page.getByTestId("lot-walk")).toHaveCount(0);
  });

  test("Escape closes the suggestions, then clears the box; a place the data lacks says so and offers near me", async ({
    page,
    t,
  }) => {
    await routeTiles(page);
    await page.goto("/parking");
    await expect(page.getByTestId("as-of")).toBeVisible();
    const where = page.getByRole("combobox", { name: t("parking.destination.label") });
    await where.fill("hangzhou");
    await expect(page.getByRole("option").first()).toBeVisible();
    await where.press("Escape");
    await expect(page.getByRole("listbox")).toBeHidden();
    await expect(where).toHaveValue("hangzhou");
    await where.press("Escape");
    await expect(where).toHaveValue("");

    await where.fill("zzzzzz");
    await expect(page.getByTestId("destination-status")).toHaveText(
      t("parking.destination.results", { count: 0 }),
    );

    await page.goto("/parking?to=sight:no-such-sight");
    await expect(
      page.getByRole("alert").filter({ hasText: t("parking.destination.notFound") }),
    ).toBeVisible();
    await page.getByRole("button", { name: t("parking.destination.nearMe") }).click();
    await expect(page).toHaveURL("/parking");
    await expect(page.getByTestId("locate-status")).toBeVisible();
  });

  test.describe("elder mode at 320 px", () => {
    test.use({ viewport: { width: 320, height: 720 } });

    test("the search, its suggestions and the way back are large and fit; axe is clean", async ({
      page,
      baseURL,
      t,
    }) => {
      await openParkingAsElder(page, baseURL!);
      await expect(page.getByTestId("as-of")).toBeVisible();
      const where = page.getByRole("combobox", { name: t("parking.destination.label") });
      expect((await where.boundingBox())!.height).toBeGreaterThanOrEqual(48);
      await where.fill("xihu");
      const option = page.getByRole("option").first();
      await expect(option).toBeVisible();
      expect((await option.boundingBox())!.height).toBeGreaterThanOrEqual(48);
      await option.click();
      await expect(page).toHaveURL(/\/parking\?to=sight:west-lake$/);
      await expect(page.getByTestId("lot-walk").first()).toBeVisible();
      const nearMe = page.getByRole("button", { name: t("parking.destination.nearMe") });
      expect((await nearMe.boundingBox())!.height).toBeGreaterThanOrEqual(48);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      await expectNoSeriousViolations(page);
    });
  });

  test("the search API: at most ten places, and a readable 400 in the asked language", async ({
    request,
  }) => {
    const many = (await (await request.get("/api/places/search?q=a&lang=en")).json()) as {
      places: unknown[];
    };
    expect(many.places).toHaveLength(10);
    for (const [query, key] of [
      ["q=%20%20&lang=en", "errors.places.queryEmpty"],
      [`q=${"x".repeat(41)}&lang=en`, "errors.places.queryTooLong"],
      ["q=lei%07feng&lang=en", "errors.places.queryNotText"],
    ] as const) {
      const response = await request.get(`/api/places/search?${query}`);
      expect(response.status(), query).toBe(400);
      const body = (await response.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe("validation_failed");
      expect(body.error.message).toContain(en(key));
    }
    const missing = await request.get("/api/places/sight/no-such-sight?lang=en");
    expect(missing.status()).toBe(404);
    expect(((await missing.json()) as { error: { message: string } }).error.message).toBe(
      en("errors.places.notFound"),
    );
  });
});
