import AxeBuilder from "@axe-core/playwright";
import type { APIRequestContext } from "@playwright/test";
import { expect, type Page, signInViaApi, test } from "./fixtures";
import { postGate } from "./parking-helpers";
import { bindPlateViaApi, hoursAgo, uniquePlate } from "./resident-helpers";
import { SANDBOX_HEADERS } from "./sandbox-token";

test.describe("Reservations", { tag: ["@parking", "@resident"] }, () => {
  async function resident(request: APIRequestContext) {
    const { phone } = await signInViaApi(request);
    const plate = uniquePlate();
    await bindPlateViaApi(request, plate, { since: hoursAgo(4) });
    expect((await request.post("/api/me/payment-agreement", { data: {} })).status()).toBe(201);
    return { phone, plate };
  }

  /** Axe on this feature's part of the page (the whole page is covered by a11y.spec.ts). */
  async function expectNoSeriousViolations(page: Page, selector: string) {
    const results = await new AxeBuilder({ page })
      .include(selector)
      .withTags(["wcag2a", "wcag2aa"])
      .analyze();
    const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  }

  // The machine is shared and slow: page journeys with axe get more time than the default.
  test.describe.configure({ timeout: 120_000 });

  test.describe("reservations", () => {
    test("book on the car park page, see it in my reservations, cancel with a refund", async ({ page }) => {
      const { plate } = await resident(page.request);
      await page.goto("/parking/hubin-in77");
      const panel = page.getByTestId("reservation-panel");
      await expect(panel.getByRole("heading", { name: "预约车位" })).toBeVisible();
      await expect(panel.getByLabel("车牌")).toHaveValue(plate);
      await expect(panel.getByTestId("reservation-fee")).toContainText("¥5.00");
      await panel.getByRole("button", { name: "预约", exact: true }).click();
      await panel.getByRole("button", { name: "确认预约" }).click();
      await expect(panel.getByTestId("reservation-booked")).toContainText("已预约");
      const item = panel.getByTestId("my-reservation").filter({ hasText: plate });
      await expect(item.getByTestId("my-reservation-state")).toHaveText("已预约");
      await expect(panel.getByRole("link", { name: "查看我在所有停车场的预约" })).toHaveAttribute(
        "href",
        "/me/reservations",
      );
      await expectNoSeriousViolations(page, '[data-testid="reservation-panel"]');
      await item.getByRole("button", { name: "取消" }).click();
      await expect(item.getByTestId("cancel-outcome")).toContainText("已退还¥5.00");
      await expect(item.getByTestId("my-reservation-state")).toHaveText("已取消");
    });
  });

  test.describe("reservations API", () => {
    test("50 parallel requests never book more than the lot's reservable spaces", async ({ request }) => {
      const { plate } = await resident(request);
      const lotId = "fengjiahe-ug";
      const { spaces, estimated } = (await (
        await request.get(`/api/parking/lots/${lotId}/reservable`)
      ).json()) as {
        spaces: number;
        estimated: boolean;
      };
      expect(estimated).toBe(true);
      // A random slot, so earlier runs' reservations (held in the same database) rarely overlap it.
      const minutes = 60 + Math.floor(Math.random() * 1300);
      const arrivalAt = new Date(Date.now() + minutes * 60_000).toISOString();
      const responses = await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          request.post("/api/parking/reservations", {
            data: { lotId, plate, arrivalAt },
            headers: { "Idempotency-Key": `race-${minutes}-${i}-${Math.random()}`, "accept-language": "en" },
          }),
        ),
      );
      const statuses = responses.map((r) => r.status());
      // 202: the space is held while the provider confirms the fee.
      const won = statuses.filter((s) => s === 201 || s === 202).length;
      expect(won).toBeGreaterThan(0);
      expect(won).toBeLessThanOrEqual(spaces);
      expect(statuses.filter((s) => s !== 201 && s !== 202 && s !== 409)).toEqual([]);
      const full = responses.find((r) => r.status() === 409);
      expect(((await full!.json()) as { error: { message: string } }).error.message).toMatch(
        /^No spaces left to reserve at Fengjiahe underground automated garage — try .+/,
      );
    });

    test("the same Idempotency-Key returns the same reservation; a declined fee books nothing", async ({
      request,
    }) => {
      const { phone, plate } = await resident(request);
      const data = {
        lotId: "kerry-centre",
        plate,
        arrivalAt: new Date(Date.now() + 3 * 3_600_000).toISOString(),
      };
      const headers = { "Idempotency-Key": `replay-${Date.now()}-${Math.random()}` };
      const first = await request.post("/api/parking/reservations", { data, headers });
      expect(first.status(), await first.text()).toBe(201);
      const again = await request.post("/api/parking/reservations", { data, headers });
      expect(again.status()).toBe(200);
      const id = ((await first.json()) as { reservation: { id: string } }).reservation.id;
      expect(((await again.json()) as { reservation: { id: string } }).reservation.id).toBe(id);

      await request.put("/api/sandbox/payments/declines", {
        headers: SANDBOX_HEADERS,
        data: { phone, decline: true },
      });
      const declined = await request.post("/api/parking/reservations", {
        data,
        headers: { "accept-language": "en" },
      });
      // 422 once the provider's decline arrives; on a busy machine it may still be on its way (202).
      expect([422, 202]).toContain(declined.status());
      if (declined.status() === 422) expect(await declined.text()).toContain("declined");
      await expect
        .poll(async () => {
          const mine = (await (await request.get("/api/parking/reservations")).json()) as {
            reservations: unknown[];
          };
          return mine.reservations.length;
        })
        .toBe(1);
    });
  });

  test("where is my car after a signed gate entry", async ({ page }) => {
    const { plate } = await resident(page.request);
    await page.goto("/parking/car");
    await expect(page.getByTestId("car-none")).toBeVisible();
    const entry = {
      eventId: `e2e-car-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
      lotId: "kerry-centre",
      plate,
      direction: "entry",
      at: new Date(Date.now() - 95 * 60_000).toISOString().replace("Z", "+00:00"),
    };
    expect((await postGate(page.request, [entry])).status()).toBe(202);
    const api = (await (await page.request.get("/api/parking/where-is-my-car")).json()) as {
      cars: { plate: string; elapsedMinutes: number; feeSoFarFen: number }[];
    };
    expect(api.cars).toHaveLength(1);
    expect(api.cars[0]).toMatchObject({ plate });
    expect(api.cars[0]!.elapsedMinutes).toBeGreaterThanOrEqual(95);
    await page.reload();
    const car = page.getByTestId("parked-car");
    await expect(car).toContainText(plate);
    await expect(car).toContainText("杭州嘉里中心停车场");
    await expect(car.getByTestId("fee-so-far")).toContainText("¥");
    // Exact: the map's credit line is a link too ("高德地图 AutoNavi").
    await expect(car.getByRole("link", { name: "高德地图", exact: true })).toHaveAttribute(
      "href",
      /mode=walk/,
    );
    await expect(car.getByRole("link", { name: "Apple 地图" })).toHaveAttribute("href", /dirflg=w/);
    await expectNoSeriousViolations(page, "main");
  });
});
