import { DEFAULT_ORIGIN } from "../components/parking/lot-model";
import { AMAP_APPROVAL_NUMBER } from "../lib/maps/tile-provider";
import { expect, type Page, test, type Words, wordsPattern } from "./fixtures";
import { pixelsOff } from "./map-pixels";
import { waitForServiceWorkerControl } from "./offline-helpers";
import {
  expectNoSeriousViolations,
  HUBIN_3KM,
  type Lot,
  listed,
  lotMarker,
  openParkingAsElder,
  routeTiles,
  showList,
  showMap,
  zoomMapIn,
} from "./parking-helpers";

/** The credit under the map is the one the server's tile provider requires, in the page's language. */
async function expectTileCredit(page: Page, t: Words) {
  const provider = await page.getByTestId("parking-map").getAttribute("data-tile-provider");
  const credit = page.locator(".leaflet-control-attribution");
  if (provider === "amap") {
    await expect(credit).toContainText(t("maps.attribution.amap"));
    await expect(credit).toContainText(t("maps.attribution.amapApproval", { number: AMAP_APPROVAL_NUMBER }));
    await expect(credit.getByRole("link", { name: t("maps.attribution.amap") })).toBeVisible();
  } else if (provider === "osm") {
    await expect(credit).toContainText(`OpenStreetMap ${t("maps.attribution.osmContributors")}`);
  } else {
    await expect(credit).toBeVisible();
  }
}

test.describe("Parking map and list", { tag: ["@parking", "@tourist", "@resident"] }, () => {
  test("the map shows tiles, coloured markers with names, a legend, and a popup that links to the lot", {
    tag: "@smoke",
  }, async ({ page, t }) => {
    const tiles = await routeTiles(page);
    await page.goto("/parking");
    await showMap(page);
    await expect(page.locator(".leaflet-tile-loaded").first()).toBeAttached();
    expect(tiles.hits).toBeGreaterThan(0);
    await expectTileCredit(page, t);
    const zoomIn = page.getByRole("button", { name: t("parking.map.zoomIn"), exact: true });
    await expect(zoomIn).toBeVisible();
    await expect(page.getByTestId("map-legend")).toContainText(t("parking.availability.plenty"));

    const markers = page.locator(".parking-marker");
    await expect(markers.first()).toBeVisible();
    // Zoomed out, nearby lots are grouped; zooming in splits the groups into single lots.
    const lot = lotMarker(page);
    await zoomMapIn(zoomIn, 5, async () => (await lot.count()) > 0);
    await expect(lot).toBeVisible();
    const availability = ["plenty", "few", "almostFull", "full"] as const;
    await expect(lot).toHaveAccessibleName(
      wordsPattern(t, "parking.map.marker", {
        availability: `(${availability.map((a) => t(`parking.availability.${a}`)).join("|")})`,
        free: "[^，,]*\\d[^，,]*",
        price: `(${wordsPattern(t, "parking.lot.oneHour", { fee: ".*\\d" }).source}|${wordsPattern(t, "parking.lot.oneHourTypical", { fee: ".*\\d" }).source})`,
      }),
    );
    await expect(lot).toHaveClass(/parking-marker--(plenty|few|almostFull|full)/);
    // On it: free spaces, and under them the next hour's price ("~" for a typical tariff).
    await expect(lot.locator('[aria-hidden="true"]')).toHaveText(/^\d+~?¥\d+(\.\d+)?$/);

    await lot.click();
    const popup = page.getByTestId("lot-popup");
    await expect(popup).toContainText(/\d/);
    // A count from before midnight in Shanghai carries its date (just after midnight, the newest one does).
    await expect(popup).toContainText(
      wordsPattern(t, "parking.lot.counted", { time: "(.+ )?\\d{2}:\\d{2}" }),
    );
    await expect(page.locator(".leaflet-popup-close-button")).toHaveAccessibleName(
      t("parking.map.closePopup"),
    );
    await popup.getByRole("link", { name: t("parking.lot.details") }).click();
    await expect(page).toHaveURL(/\/parking\/[\w-]+$/);
    await expect(page.getByTestId("tariff-example")).toBeVisible();
  });

  test("markers sit on their places on the tiles: shifted to GCJ-02 once over AMap, not at all over WGS84 tiles", async ({
    page,
    request,
  }) => {
    await routeTiles(page);
    const api = (await (await request.get(HUBIN_3KM)).json()) as {
      lots: (Lot & { lat: number; lng: number })[];
    };
    await page.goto("/parking");
    await showMap(page);
    const crs = (await page.getByTestId("parking-map").getAttribute("data-tile-crs"))!;
    const origin = page.locator("path.parking-origin");
    await expect(page.locator(".leaflet-tile-loaded").first()).toBeAttached();
    // One GCJ-02 shift too many or too few is about 500 m: 60 px at this zoom, 240 px two zooms in.
    expect(await pixelsOff(page, origin, DEFAULT_ORIGIN, crs)).toBeLessThan(2);

    const single = lotMarker(page);
    await zoomMapIn(
      page.getByRole("button", { name: "放大", exact: true }),
      5,
      async () => (await single.count()) > 0,
    );
    await expect(page.locator(".leaflet-tile-loaded").first()).toBeAttached();
    await expect.poll(() => pixelsOff(page, origin, DEFAULT_ORIGIN, crs)).toBeLessThan(2);

    await expect(single).toBeVisible();
    const label = (await single.textContent())!;
    const lot = api.lots
      .filter((one) => label.startsWith(`${one.name}：`))
      .sort((a, b) => b.name.length - a.name.length)[0];
    expect(lot, label).toBeTruthy();
    expect(await pixelsOff(page, single, lot!, crs)).toBeLessThan(2);
  });

  test("tiles can come from this server: /tiles/{z}/{x}/{y}.png is a blank PNG, an address off the grid a 404", async ({
    request,
  }) => {
    const tile = await request.get("/tiles/17/109823/53694.png");
    expect(tile.status()).toBe(200);
    expect(tile.headers()["content-type"]).toBe("image/png");
    expect((await tile.body()).subarray(1, 4).toString()).toBe("PNG");
    for (const path of ["/tiles/3/8/0.png", "/tiles/23/0/0.png", "/tiles/3/1/1.jpg", "/tiles/a/1/1.png"]) {
      const missing = await request.get(path, { headers: { "accept-language": "en" } });
      expect(missing.status(), path).toBe(404);
      expect((await missing.json()).error).toEqual({
        code: "not_found",
        message: expect.stringContaining("There is no map tile"),
      });
    }
  });

  test.describe("with the service worker in control", () => {
    test.use({ serviceWorkers: "allow" });

    test("tiles still load: the worker leaves other sites' tiles to the page", async ({ page }) => {
      await page.goto("/parking");
      await waitForServiceWorkerControl(page);
      const tiles = await routeTiles(page);
      await page.reload();
      await showMap(page);
      await expect(page.locator(".leaflet-tile-loaded").first()).toBeAttached();
      expect(tiles.hits).toBeGreaterThan(0);
    });
  });

  test("a cluster zooms in when tapped", async ({ page }) => {
    await routeTiles(page);
    await page.goto("/parking");
    await showMap(page);
    const cluster = page.locator(".parking-cluster:not(.parking-cluster--together)").first();
    await expect(cluster).toBeVisible();
    await expect(cluster).toHaveAccessibleName(/此处有 \d+ 个停车点/);
    // It says how many car parks, not a bare number that would read like free spaces.
    await expect(cluster.locator('[aria-hidden="true"]')).toHaveText(/^\d+个停车点$/);
    const before = await page.locator(".parking-marker").count();
    await cluster.click();
    await expect.poll(() => lotMarker(page).count()).toBeGreaterThan(0);
    expect(before).toBeGreaterThan(0);
  });

  test("the list is nearest first, and sorting by free spaces or by price reorders it", async ({
    page,
    request,
  }) => {
    await routeTiles(page);
    const api = (await (await request.get(HUBIN_3KM)).json()) as { lots: Lot[] };
    await page.goto("/parking");
    await showList(page);
    await expect(page.getByTestId("lot-count")).toHaveText(`3 公里内共 ${api.lots.length} 个`);
    expect(await listed(page, "data-lot-id")).toEqual(api.lots.map((l) => l.id));
    const distances = (await listed(page, "data-distance")).map(Number);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    await expect(page.getByTestId("as-of")).toContainText(/数据截至 (\d{1,2}月\d{1,2}日 )?\d{2}:\d{2}/);
    await expect(page.getByTestId("lot-item").first()).toContainText(/距离 \d+(米|\.\d公里|公里)/);

    await page.getByLabel("排序").selectOption("free");
    await expect
      .poll(async () => {
        const free = (await listed(page, "data-available")).map(Number);
        return free.every((n, i) => i === 0 || n <= free[i - 1]!);
      })
      .toBe(true);

    await page.getByLabel("排序").selectOption("price");
    await expect(page.getByTestId("price-note")).toContainText("停 2 小时");
    const fees = (await listed(page, "data-fee")).map(Number);
    expect(fees).toEqual([...fees].sort((a, b) => a - b));
    await expect(page.getByTestId("lot-fee").first()).toContainText(/现在停 2 小时：(约 )?¥\d+\.\d{2}/);
  });

  test("filters and the radius change the list", async ({ page, request }) => {
    await routeTiles(page);
    const api = (await (await request.get(HUBIN_3KM)).json()) as { lots: Lot[] };
    const ids = (lots: Lot[]) => lots.map((l) => l.id).sort();
    await page.goto("/parking");
    await showList(page);
    await expect(page.getByTestId("lot-item")).toHaveCount(api.lots.length);

    await page.getByTestId("filters").getByText("筛选").click();
    await page.getByRole("radio", { name: "停车场" }).check();
    await expect(page.getByTestId("filters").locator("summary")).toHaveText("筛选（已选 1 项）");
    await expect(page.getByTestId("lot-item")).toHaveCount(
      api.lots.filter((l) => l.kind === "offstreet").length,
    );
    await page.getByRole("radio", { name: "路边泊位" }).check();
    await expect(page.getByTestId("lot-item")).toHaveCount(
      api.lots.filter((l) => l.kind === "onstreet").length,
    );
    await page.getByRole("radio", { name: "全部" }).check();

    for (const [label, category] of [
      ["充电桩", "forElectricalCharging"],
      ["无障碍车位", "forDisabled"],
      ["可预约", "reservable"],
    ] as const) {
      const box = page.getByRole("checkbox", { name: label });
      await box.check();
      const expected = api.lots.filter((l) => l.category.includes(category));
      await expect(page.getByTestId("lot-item")).toHaveCount(expected.length);
      expect((await listed(page, "data-lot-id")).sort()).toEqual(ids(expected));
      await box.uncheck();
    }

    // Estimated capacities are labelled as such.
    const typical = api.lots.find((l) => l.estimated.capacity);
    if (typical) {
      const item = page.locator(`[data-lot-id="${typical.id}"]`);
      await expect(item.getByTestId("lot-free")).toContainText("约");
      await expect(item).toContainText("估计值");
    }

    await page.getByRole("radio", { name: "1 公里" }).check();
    await expect(page.getByTestId("lot-count")).toContainText("1 公里内");
    await expect
      .poll(async () => (await listed(page, "data-distance")).map(Number).every((d) => d <= 1000))
      .toBe(true);
    expect(await page.getByTestId("lot-item").count()).toBeLessThan(api.lots.length);
  });

  test("navigation links: AMap gets GCJ-02, Apple and Google get WGS84", async ({ page }) => {
    await routeTiles(page);
    await page.goto("/parking");
    await showList(page);
    const first = page.getByTestId("lot-item").first();
    const amap = new URL((await first.getByTestId("nav-amap").getAttribute("href"))!);
    expect(amap.host).toBe("uri.amap.com");
    expect(amap.searchParams.get("coordinate")).toBe("gaode");
    const google = new URL((await first.getByTestId("nav-google").getAttribute("href"))!);
    const [lat, lng] = google.searchParams.get("destination")!.split(",").map(Number) as [number, number];
    const [gLng, gLat] = amap.searchParams.get("to")!.split(",").map(Number) as [number, number];
    // The GCJ-02 shift near Hangzhou is a few hundred metres east and slightly south.
    expect(gLng - lng).toBeGreaterThan(0.003);
    expect(Math.abs(gLat - lat)).toBeLessThan(0.005);
    expect(await first.getByTestId("nav-apple").getAttribute("href")).toContain(`daddr=${lat.toFixed(6)}`);
  });

  test("a lot's link leads to its page with its name and free spaces", async ({ page }) => {
    await routeTiles(page);
    await page.goto("/parking");
    await showList(page);
    const first = page.getByTestId("lot-item").first();
    const id = await first.getAttribute("data-lot-id");
    const name = await first.getByTestId("lot-name").textContent();
    await first.getByRole("link", { name: "详情" }).click();
    await expect(page).toHaveURL(`/parking/${id}`);
    await expect(page.getByRole("heading", { level: 1, name: name! })).toBeVisible();
    await expect(page.getByTestId("lot-free")).toContainText(/空余 \d+ /);
    await page.getByRole("link", { name: "返回停车" }).click();
    await expect(page).toHaveURL("/parking");
  });

  test.describe("in English", () => {
    test.use({ locale: "en-GB" });

    test("names, distances, labels and the map's credit are English; axe is clean on map and list", async ({
      page,
      request,
      t,
    }) => {
      await routeTiles(page);
      const api = (await (await request.get(HUBIN_3KM, { headers: { "accept-language": "en" } })).json()) as {
        lots: Lot[];
      };
      await page.goto("/parking");
      await expect(page.getByRole("heading", { level: 1, name: "Smart parking" })).toBeVisible();
      await showMap(page);
      await expect(page.locator(".parking-marker").first()).toBeVisible();
      await expect(page.getByRole("button", { name: "Zoom in", exact: true })).toBeVisible();
      await expectTileCredit(page, t);
      if ((await page.getByTestId("parking-map").getAttribute("data-tile-provider")) === "amap") {
        // AMap labels its tiles in English where it has English names.
        await expect(page.locator("img.leaflet-tile").first()).toHaveAttribute("src", /[?&]lang=en&/);
      }
      await expectNoSeriousViolations(page);

      await showList(page);
      expect(await page.getByTestId("lot-name").allTextContents()).toEqual(api.lots.map((l) => l.name));
      await expect(page.getByTestId("lot-item").first()).toContainText(/\d+ (m|km) away/);
      await expect(page.getByTestId("lot-count")).toHaveText(`${api.lots.length} lots within 3 km`);
      await expectNoSeriousViolations(page);
    });
  });

  test("location: shared → lots around me; refused → a kind note and West Lake stays the centre", async ({
    browser,
    baseURL,
  }) => {
    const allowed = await browser.newContext({
      baseURL,
      locale: "zh-CN",
      permissions: ["geolocation"],
      geolocation: { latitude: 30.2741, longitude: 120.1551 },
    });
    try {
      const page = await allowed.newPage();
      await routeTiles(page);
      const asked = page.waitForRequest((r) => r.url().includes("lat=30.2741&lng=120.1551"));
      await page.goto("/parking");
      await asked;
      await expect(page.getByTestId("locate-status")).toHaveText("显示你附近的停车点。");
    } finally {
      await allowed.close();
    }

    const refused = await browser.newContext({ baseURL, locale: "zh-CN" });
    try {
      const page = await refused.newPage();
      await routeTiles(page);
      await page.goto("/parking");
      await page.getByRole("button", { name: "使用我的位置" }).click();
      await expect(page.getByTestId("locate-status")).toContainText("没关系");
      await expect(page.getByTestId("locate-status")).toContainText("西湖（湖滨）");
    } finally {
      await refused.close();
    }
  });

  test("delayed data says so prominently, and a stored copy is shown offline with its time", async ({
    page,
  }) => {
    await routeTiles(page);
    // 25 minutes ago: in the first 25 minutes after midnight in Shanghai that is yesterday, shown with its date.
    const counted = new Date(Date.now() - 25 * 60_000).toISOString();
    await page.route("**/api/parking/lots?*", async (route) => {
      const response = await route.fetch();
      const body = await response.json();
      await route.fulfill({ response, json: { ...body, stale: true, asOf: counted } });
    });
    // The page brings the lots around its starting point with it; another radius is asked of the API.
    await page.goto("/parking");
    await page.getByRole("radio", { name: "1 公里" }).check();
    await expect(page.getByTestId("stale")).toContainText(
      /实时计数有延迟：以下数字统计于 (\d{1,2}月\d{1,2}日 )?\d{2}:\d{2}/,
    );
    await showList(page);
    const names = await page.getByTestId("lot-name").allTextContents();

    await page.unroute("**/api/parking/lots?*");
    await page.route("**/api/parking/lots?*", (route) => route.abort("internetdisconnected"));
    await page.reload();
    await page.getByRole("radio", { name: "1 公里" }).check();
    await showList(page);
    await expect(page.getByTestId("as-of")).toHaveAttribute("data-from-cache", "true");
    await expect(page.getByTestId("as-of")).toContainText(
      /离线 · 显示 (\d{1,2}月\d{1,2}日 )?\d{2}:\d{2} 的数据/,
    );
    expect(await page.getByTestId("lot-name").allTextContents()).toEqual(names);
  });

  test.describe("elder mode", () => {
    test("starts on the list with large touch targets and larger markers; axe is clean", async ({
      page,
      baseURL,
    }) => {
      await openParkingAsElder(page, baseURL!);
      await expect(page.getByTestId("lot-list")).toBeVisible();
      const heights = await page
        .locator(
          "main a:not(.leaflet-control-attribution a), main button, main select, main label:has(input)",
        )
        .evaluateAll((nodes) =>
          nodes.filter((n) => n.getClientRects().length > 0).map((n) => n.getBoundingClientRect().height),
        );
      expect(heights.length).toBeGreaterThan(10);
      for (const height of heights) expect(height).toBeGreaterThanOrEqual(48);
      await expectNoSeriousViolations(page);

      await showMap(page);
      const marker = page.locator(".parking-marker").first();
      await expect(marker).toBeVisible();
      expect((await marker.boundingBox())!.width).toBeGreaterThanOrEqual(48);
    });
  });

  test.describe("car parks that share one position", () => {
    // Qian Wang Ci: a surface car park and an underground garage at the same entrance.
    test.use({ permissions: ["geolocation"], geolocation: { latitude: 30.24476, longitude: 120.15433 } });

    test("are one marker that says how many, even at the deepest zoom, and its pop-up lists each", async ({
      page,
    }) => {
      await routeTiles(page);
      await page.goto("/parking");
      await expect(page.getByTestId("locate-status")).toHaveText("显示你附近的停车点。");
      await showMap(page);
      const zoomIn = page.getByRole("button", { name: "放大", exact: true });
      await zoomMapIn(zoomIn, 10, () => zoomIn.isDisabled());
      await expect(zoomIn).toBeDisabled();

      const here = page.locator(".parking-cluster--together").first();
      await expect(here).toHaveAccessibleName(/^此处同一位置有 2 个停车点，共 \d+ 个空位。/);
      await expect(here.locator('[aria-hidden="true"]')).toHaveText("2个停车点");
      await here.click();
      const listedHere = page.getByTestId("colocated-lots");
      await expect(listedHere.getByTestId("lot-popup")).toHaveCount(2);
      await expect(listedHere).toContainText("钱王祠停车场");
      await expect(listedHere).toContainText("钱王祠地下车库");

      // The zoom buttons sit under the map: no pop-up or marker can be hidden beneath them.
      const map = (await page.locator(".leaflet-container").boundingBox())!;
      const button = (await zoomIn.boundingBox())!;
      expect(button.y).toBeGreaterThanOrEqual(map.y + map.height);
    });
  });
});
