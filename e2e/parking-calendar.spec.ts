import { expect, signInViaApi, test } from "./fixtures";
import { showList } from "./parking-helpers";
import { bindPlateViaApi, uniquePlate, visitViaApi, waitForBills } from "./resident-helpers";
import { keepSandboxClockAsFound } from "./sandbox-clock-as-found";
import { SANDBOX_HEADERS } from "./sandbox-token";
import { needs } from "./target";

test.describe("Holiday calendar", { tag: ["@parking", "@resident"] }, () => {
  test.beforeEach(({ request }) => needs(request, "sandbox"));
  // The holiday calendar on receipts and quotes, and one "free now". These journeys move the sandbox clock (the
  // server's now for everyone), so the config runs this file in the clock project, after all the others.

  const HOUR = 3_600_000;
  const SHANGHAI = 8 * HOUR;
  const DAY = 24 * HOUR;

  /** The instant of a Hangzhou wall-clock time. */
  const shanghai = (date: string, time: string) => new Date(`${date}T${time}:00+08:00`);

  /** The next Sunday in Hangzhou at least two days after this machine's now, as YYYY-MM-DD. */
  function nextSunday(): string {
    const local = new Date(Date.now() + SHANGHAI + 2 * DAY);
    local.setUTCDate(local.getUTCDate() + ((7 - local.getUTCDay()) % 7));
    return local.toISOString().slice(0, 10);
  }

  const clockAsFound = keepSandboxClockAsFound();

  async function setServerNow(request: import("@playwright/test").APIRequestContext, at: Date) {
    const moved = await request.put("/api/sandbox/clock", {
      headers: SANDBOX_HEADERS,
      data: { offsetMs: Math.max(0, at.getTime() - Date.now()) },
    });
    expect(moved.status(), await moved.text()).toBe(200);
    // Every server process follows the stored clock within a second.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
  }

  test.describe.configure({ mode: "serial" });

  test("a Sunday stay's receipt says 周末 (the calendar's day type that priced it), not 平日", async ({
    page,
  }) => {
    const sunday = nextSunday();
    await setServerNow(page.request, shanghai(sunday, "14:00"));
    await signInViaApi(page.request);
    const plate = uniquePlate();
    const entryAt = shanghai(sunday, "10:00");
    await bindPlateViaApi(page.request, plate, { since: new Date(entryAt.getTime() - HOUR) });
    await visitViaApi(page.request, plate, { entryAt, exitAt: shanghai(sunday, "12:00") });
    const [bill] = await waitForBills(page.request, plate, 1);

    await page.goto(`/me/bills/${bill!.id}`);
    const breakdown = page.getByTestId("breakdown");
    const [, month, day] = sunday.split("-").map(Number);
    await expect(breakdown.locator("li").first()).toContainText(`白天 ${month}月${day}日（周末`);
    await expect(breakdown).not.toContainText("平日");
    await expect(page.getByTestId("receipt-holiday-note")).toHaveCount(0);
  });

  test("past the imported holiday notices: the quote and the receipt say the schedule is not yet published", async ({
    page,
  }) => {
    // 2027 is not imported (its notice is not available here): Saturday 9 January 2027 in Hangzhou.
    await setServerNow(page.request, shanghai("2027-01-09", "14:00"));
    const health = (await (await page.request.get("/api/health")).json()) as {
      calendar: { coverageEnds: string; daysLeft: number; warning?: string };
    };
    expect(health.calendar).toMatchObject({
      coverageEnds: "2026-12-31",
      warning: expect.stringContaining("calendar:import"),
    });
    expect(health.calendar.daysLeft).toBeLessThan(0);

    await page.goto("/parking/wl-feilaifeng");
    const form = page.getByTestId("quote-form");
    await form.getByLabel("到达").fill("2027-01-11T10:00");
    await form.getByLabel("离开").fill("2027-01-11T12:00");
    await form.getByRole("button", { name: "计算费用" }).click();
    await expect(page.getByTestId("quote-result")).toContainText("¥");
    await expect(page.getByTestId("quote-holiday-note")).toHaveText("节假日安排尚未发布，按平日/周末计费");

    await signInViaApi(page.request);
    const plate = uniquePlate();
    const entryAt = shanghai("2027-01-09", "10:00");
    await bindPlateViaApi(page.request, plate, { since: new Date(entryAt.getTime() - HOUR) });
    await visitViaApi(page.request, plate, { entryAt, exitAt: shanghai("2027-01-09", "12:00") });
    const [bill] = await waitForBills(page.request, plate, 1);
    await page.goto(`/me/bills/${bill!.id}`);
    await expect(page.getByTestId("breakdown").locator("li").first()).toContainText("（周末");
    await expect(page.getByTestId("receipt-holiday-note")).toHaveText("节假日安排尚未发布，按平日/周末计费");
  });

  test("the list's free spaces now are the lot page's free spaces and the last point of its curve", async ({
    page,
  }) => {
    // Half a minute into a 5-minute reading of the feed, so the list and the page read the same one.
    const slot = 5 * 60_000;
    const target = Math.ceil((Date.now() + clockAsFound.offsetMs() + 60_000) / slot) * slot + 30_000;
    await setServerNow(page.request, new Date(target));

    await page.goto("/parking");
    await showList(page);
    const first = page.getByTestId("lot-item").first();
    await expect(first).toBeVisible();
    const id = await first.getAttribute("data-lot-id");
    const available = await first.getAttribute("data-available");
    expect(available).toMatch(/^\d+$/);

    await page.goto(`/parking/${id}`);
    await expect(page.getByTestId("lot-free")).toHaveText(new RegExp(`空余 ${available} /`));
    await expect(page.getByTestId("todays-curve")).toHaveAttribute(
      "aria-label",
      new RegExp(`现在空余 ${available} 个`),
    );
  });
});
