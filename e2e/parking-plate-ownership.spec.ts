// Security issue H, finding 5: binding a plate proved nothing, so a new holder saw the previous holder's car.
import { expect, signInViaApi, test, uniquePhone } from "./fixtures";
import { postGate } from "./parking-helpers";
import {
  bindPlateViaApi,
  listBills,
  listedPlates,
  OWNER_NAME,
  sandboxVinLast6,
  uniquePlate,
  visitViaApi,
} from "./resident-helpers";

test.describe("Plate ownership", { tag: ["@parking", "@resident"] }, () => {
  interface Car {
    stayId: string;
    plate: string;
  }

  test.describe("plate ownership", () => {
    test("A's car enters, A unbinds, B binds with a passing licence check: B never sees where A's car is or its stay", async ({
      page,
      playwright,
      baseURL,
    }) => {
      test.setTimeout(90_000);
      const plate = uniquePlate();
      const a = await playwright.request.newContext({
        baseURL,
        extraHTTPHeaders: { "x-forwarded-for": `203.0.113.${Math.floor(Math.random() * 250) + 1}` },
      });
      try {
        await signInViaApi(a);
        await bindPlateViaApi(a, plate);
        // A's car enters a car park now and stays there.
        const enteredAt = new Date();
        await visitViaApi(a, plate, { entryAt: enteredAt });
        await expect
          .poll(
            async () =>
              ((await (await a.get("/api/parking/where-is-my-car")).json()) as { cars: Car[] }).cars,
          )
          .toMatchObject([{ plate }]);
        expect((await a.delete(`/api/me/plates/${encodeURIComponent(plate)}`)).status()).toBe(204);

        // B binds the now-free plate on screen, passing the (sandbox) licence check.
        await signInViaApi(page.request, uniquePhone());
        await page.goto("/me/vehicles");
        await page.getByLabel("车牌号").fill(plate);
        await page.getByLabel("所有人姓名").fill(OWNER_NAME);
        await page.getByLabel("车架号后 6 位").fill(sandboxVinLast6(plate));
        await page.getByRole("button", { name: "添加车牌" }).click();
        await expect(page.locator(`[data-testid=plate-item][data-plate="${plate}"]`)).toBeVisible();

        // "Where is my car" shows B nothing: the car entered before B's binding, so its position is not B's.
        const cars = (await (await page.request.get("/api/parking/where-is-my-car")).json()) as {
          cars: Car[];
        };
        expect(cars.cars).toEqual([]);
        await page.goto("/parking/car");
        await expect(page.getByTestId("car-none")).toBeVisible();
        await expect(page.getByTestId("parked-car")).toHaveCount(0);
        expect(await listBills(page.request)).toEqual([]);

        // When the car leaves, the stay and its bill are A's (holder at entry), never B's.
        const exit = await postGate(page.request, [
          {
            eventId: `e2e-own-${Date.now().toString(36)}-exit`,
            lotId: "wl-feilaifeng",
            plate,
            direction: "exit",
            at: new Date(enteredAt.getTime() + 2 * 60_000).toISOString(),
          },
        ]);
        expect(exit.status(), await exit.text()).toBe(202);
        await expect
          .poll(async () => (await listBills(a)).filter((b) => b.plate === plate).length, { timeout: 15_000 })
          .toBe(1);
        expect(await listBills(page.request)).toEqual([]);

        // A claims the plate back through the same check: B loses it and is told (inbox; push where subscribed).
        await bindPlateViaApi(a, plate);
        expect(await listedPlates(page.request)).toEqual([]);
        const inbox = (await (await page.request.get("/api/notifications")).json()) as {
          notifications: { topic: string; title: string }[];
        };
        expect(inbox.notifications).toMatchObject([
          { topic: "parking.plate-claimed", title: `${plate} 已被其他账户绑定` },
        ]);
      } finally {
        await a.dispose();
      }
    });
  });
});
