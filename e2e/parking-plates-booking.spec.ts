import type { APIRequestContext } from "@playwright/test";
import { expect, type Page, signInViaApi, test } from "./fixtures";
import { isPageStored, waitForServiceWorkerControl } from "./offline-helpers";
import { bindPlateViaApi, licensedPlate, uniquePlate } from "./resident-helpers";

test.describe("Plates and booking", { tag: ["@parking", "@resident"] }, () => {
  // The error screen (app/error.tsx) a crashing client component ends on.
  const CRASHED = "出了点问题";

  interface ListedLot {
    id: string;
    kind: "offstreet" | "onstreet";
    category: string[];
  }

  /** An ordinary car park (no reservations) and one that takes reservations, both near West Lake. */
  async function twoCarParks(request: APIRequestContext) {
    const response = await request.get("/api/parking/lots?lat=30.2590&lng=120.1650&radius=5000");
    expect(response.status()).toBe(200);
    const { lots } = (await response.json()) as { lots: ListedLot[] };
    const offstreet = lots.filter((lot) => lot.kind === "offstreet");
    const reservable = offstreet.find((lot) => lot.category.includes("reservable"));
    const ordinary = offstreet.find((lot) => !lot.category.includes("reservable"));
    expect(reservable, "the sandbox city has a car park that takes reservations").toBeDefined();
    expect(ordinary, "the sandbox city has an ordinary car park").toBeDefined();
    return { ordinary: ordinary!.id, reservable: reservable!.id };
  }

  async function expectRendered(page: Page) {
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByText(CRASHED)).toHaveCount(0);
  }

  /** The reservable car park's booking card offers the bound plate. */
  async function expectBookingOffers(page: Page, plate: string) {
    const panel = page.getByTestId("reservation-panel");
    await expect(panel.getByLabel("车牌")).toHaveValue(plate);
    await expect(page.getByText(CRASHED)).toHaveCount(0);
  }

  test.describe("plates and booking share one answer", () => {
    test.use({ serviceWorkers: "allow" });
    test.describe.configure({ timeout: 120_000 });

    test("bind on My vehicles, open an ordinary and a reservable car park, reload, go offline: nothing crashes", async ({
      page,
      context,
    }) => {
      await signInViaApi(page.request);
      const { ordinary, reservable } = await twoCarParks(page.request);
      await page.goto("/");
      await waitForServiceWorkerControl(page);

      // My vehicles: bind a plate on screen through the (sandbox) licence check.
      await page.goto("/me/vehicles");
      const plate = uniquePlate();
      const licence = licensedPlate(plate);
      await page.getByLabel("车牌号").fill(plate);
      await page.getByLabel("所有人姓名").fill(licence.ownerName);
      await page.getByLabel("车架号后 6 位").fill(licence.vinLast6);
      await page.getByRole("button", { name: "添加车牌" }).click();
      await expect(page.locator(`[data-testid=plate-item][data-plate="${plate}"]`)).toBeVisible();
      await expect(page.getByText("已绑定 1/3 个车牌")).toBeVisible();

      // An ordinary car park, then one that takes reservations: its booking card reads the same plates.
      await page.goto(`/parking/${ordinary}`);
      await expectRendered(page);
      await expect(page.getByTestId("reservation-panel")).toHaveCount(0);
      await page.goto(`/parking/${reservable}`);
      await expectRendered(page);
      await expectBookingOffers(page, plate);

      // A reload starts from what this device stored: still the same shape.
      await page.reload();
      await expectRendered(page);
      await expectBookingOffers(page, plate);

      // Back and forth between the two screens that share the plates, in one page session.
      await page.goto("/me/vehicles");
      await expect(page.locator(`[data-testid=plate-item][data-plate="${plate}"]`)).toBeVisible();
      await page.goto(`/parking/${reservable}`);
      await expectBookingOffers(page, plate);

      await expect.poll(() => isPageStored(page, `/parking/${reservable}`), { timeout: 15_000 }).toBe(true);
      await expect.poll(() => isPageStored(page, "/me/vehicles"), { timeout: 15_000 }).toBe(true);

      // Offline: the pages still render from what was kept, never the error screen.
      await context.setOffline(true);
      try {
        await page.reload();
        await expectRendered(page);
        await expectBookingOffers(page, plate);
        await page.goto("/me/vehicles");
        await expectRendered(page);
        await expect(page.locator(`[data-testid=plate-item][data-plate="${plate}"]`)).toBeVisible();
      } finally {
        await context.setOffline(false);
      }
    });
  });

  test("a stored answer of an older or foreign shape is never read as the plates", async ({
    page,
    context,
  }) => {
    await signInViaApi(page.request);
    const plate = uniquePlate();
    await bindPlateViaApi(page.request, plate);
    const { reservable } = await twoCarParks(page.request);
    // What an older version left on this device: My vehicles' wrapped answer under the key the booking card
    // reads, in the old store and (as if written by a foreign reader) in the current one; and a malformed list.
    await context.addInitScript(() => {
      const at = Date.now();
      const wrapped = { kind: "city-data", data: { plates: [] }, at, source: "network" };
      const store = (v: number, entries: object) => JSON.stringify({ v, entries });
      localStorage.setItem("hzcb.city-data.v1", store(1, { "/api/me/plates": { data: wrapped, at } }));
      localStorage.setItem(
        "hzcb.city-data.v2",
        store(2, {
          "/api/me/plates": { data: wrapped, at },
          "/api/parking/reservations": { data: { reservations: "none" }, at },
        }),
      );
    });
    await page.goto(`/parking/${reservable}`);
    await expectRendered(page);
    await expectBookingOffers(page, plate);
    expect(await page.evaluate(() => localStorage.getItem("hzcb.city-data.v1"))).toBeNull();
    await page.goto("/me/vehicles");
    await expectRendered(page);
    await expect(page.locator(`[data-testid=plate-item][data-plate="${plate}"]`)).toBeVisible();
  });
});
