import type { Locator } from "@playwright/test";
import { DEFAULT_ORIGIN } from "../components/parking/lot-model";
import { expect, test } from "./fixtures";
import { pixelsOff, tileAddress } from "./map-pixels";
import { routeTiles } from "./parking-helpers";

// The parking map arrives as a picture in the page (tiles, markers, the search circle; no script), and the live
// map (Leaflet) loads when someone reaches for it and takes its place.

const STATIC_TILES = "img.static-map__tile";

test.describe("The parking map before its script", { tag: ["@parking", "@tourist", "@resident"] }, () => {
  test.describe("with scripts off", () => {
    test.use({ javaScriptEnabled: false });

    test("shows tiles, the starting point on its pixel and markers with their names", async ({ page }) => {
      await routeTiles(page);
      await page.goto("/parking");
      const picture = page.getByTestId("static-map");
      await expect(picture).toBeVisible();
      await expect(picture.locator(STATIC_TILES).first()).toBeVisible();
      const crs = (await page.getByTestId("parking-map").getAttribute("data-tile-crs"))!;
      // One GCJ-02 shift too many or too few is about 500 m: tens of pixels at this zoom.
      expect(
        await pixelsOff(page, picture.locator(".parking-static-origin"), DEFAULT_ORIGIN, crs, STATIC_TILES),
      ).toBeLessThan(2);
      const markers = picture.locator(".parking-marker");
      expect(await markers.count()).toBeGreaterThan(1);
      for (const marker of await markers.all()) await expect(marker).toHaveAccessibleName(/\S{4,}/);
      await expect(page.locator(".leaflet-container")).toHaveCount(0);
    });
  });

  test("tapping a marker on the picture brings the live map at the same place, with what the marker stands for", async ({
    page,
  }) => {
    // A finger where the project has one: a touch reaches for the map as it lands (before its click), and the
    // click must still reach the marker under it.
    const press = (target: Locator) => (test.info().project.use.hasTouch ? target.tap() : target.click());
    await routeTiles(page);
    await page.goto("/parking");
    // Hydrated: the search box is enabled once the page's script runs.
    await expect(page.getByRole("combobox").first()).toBeEnabled();
    const picture = page.getByTestId("static-map");
    const single = picture.locator(".parking-marker:not(.parking-cluster)");
    const group = picture.locator(".parking-cluster:not(.parking-cluster--together)");
    await expect(page.locator(".leaflet-container")).toHaveCount(0);

    if ((await single.count()) > 0) {
      const name = (await single.first().textContent())!;
      await press(single.first());
      await expect(page.getByTestId("lot-popup")).toBeVisible();
      await expect(page.getByTestId("lot-popup")).toContainText(name.split(/[：:]/)[0]!);
    } else {
      const zoomOf = async (tiles: string) =>
        Math.max(
          ...(
            await page.locator(tiles).evaluateAll((all) => all.map((tile) => (tile as HTMLImageElement).src))
          ).map((src) => tileAddress(src).z),
        );
      const before = await zoomOf(STATIC_TILES);
      await press(group.first());
      // Zoomed into the group: the live map's tiles are from a deeper zoom than the picture's.
      await expect.poll(() => zoomOf("img.leaflet-tile-loaded")).toBeGreaterThan(before);
    }
    await expect(page.locator(".leaflet-container")).toBeVisible();
    await expect(picture).toHaveCount(0);
    await expect(page.locator("img.leaflet-tile-loaded").first()).toBeAttached();
  });

  test("from the keyboard: Enter on a marker of the picture leaves focus on that marker of the live map, pop-up open", async ({
    page,
  }) => {
    await routeTiles(page);
    await page.goto("/parking");
    await expect(page.getByRole("combobox").first()).toBeEnabled();
    // Around Hubin at the starting zoom some car parks stand alone.
    const marker = page.getByTestId("static-map").locator(".parking-marker:not(.parking-cluster)").first();
    const name = (await marker.textContent())!.split(/[：:]/)[0]!;
    await marker.focus();
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("static-map")).toHaveCount(0);
    await expect(page.getByTestId("lot-popup")).toContainText(name);
    await expect(page.locator(":focus")).toHaveClass(/leaflet-marker-icon/);
  });
});
