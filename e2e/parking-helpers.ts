// Page helpers for the parking journeys: tiles without internet, the phone's Map/List switch, axe, signed machine requests.

import AxeBuilder from "@axe-core/playwright";
import { type APIRequestContext, type Locator, test } from "@playwright/test";
import { expect, type Page } from "./fixtures";
import { GATE_SECRET, machineHeaders, OPERATOR_SECRET } from "./machine-secrets";
import { answerOffSite, offSite } from "./off-site";
import { needs } from "./target";

export interface Lot {
  id: string;
  name: string;
  kind: string;
  zone: string;
  distanceM: number;
  available: number;
  category: string[];
  estimated: { capacity: boolean };
}

export const HUBIN_3KM = "/api/parking/lots?lat=30.2590&lng=120.1650&radius=3000";

/**
 * Counts the map tiles this page asks for. Tiles from another site (AMap, OpenStreetMap, a custom host) are answered
 * with a blank image here, as for every journey (fixtures.ts); tiles from the app itself (/tiles/…) are counted too.
 */
export async function routeTiles(page: Page): Promise<{ hits: number }> {
  const counter = { hits: 0 };
  const baseURL = test.info().project.use.baseURL!;
  await page.route(offSite(baseURL), (route) =>
    answerOffSite(route, () => {
      counter.hits += 1;
    }),
  );
  page.on("request", (request) => {
    if (new URL(request.url()).pathname.startsWith("/tiles/") && !offSite(baseURL)(new URL(request.url())))
      counter.hits += 1;
  });
  return counter;
}

/** On phones the list is behind the Map/List switch; on desktop both are shown. */
export async function showList(page: Page) {
  const toggle = page.getByTestId("view-list");
  if (await toggle.isVisible()) await toggle.click();
  await expect(page.getByTestId("lot-list")).toBeVisible();
}

/**
 * Shows the live map: on phones behind the Map/List switch, and until someone reaches for it a picture of the map
 * (StaticMap) that the pointer over it replaces with Leaflet's.
 */
export async function showMap(page: Page) {
  const toggle = page.getByTestId("view-map");
  if (await toggle.isVisible()) await toggle.click();
  const picture = page.getByTestId("static-map");
  await expect(picture.or(page.locator(".leaflet-container")).first()).toBeVisible();
  // The pointer comes again until the page has hydrated (before that, nothing listens for it). A plain move: the
  // live map covers the picture as it arrives, which a locator's hover would wait out.
  await expect(async () => {
    if (await picture.isVisible()) {
      await picture.evaluate((element) => element.scrollIntoView({ block: "center" }));
      const box = (await picture.boundingBox())!;
      await page.mouse.move(0, 0);
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    }
    await expect(page.locator(".leaflet-container")).toBeVisible({ timeout: 2_000 });
  }).toPass();
  await expect(picture).toHaveCount(0);
}

/** Opens /parking in elder mode, with the map's tiles served locally. */
export async function openParkingAsElder(page: Page, baseURL: string) {
  await page.context().addCookies([{ name: "elder_mode", value: "1", url: baseURL }]);
  await routeTiles(page);
  await page.goto("/parking");
}

/** The first marker on the map that stands for one lot (not a group of lots). */
export const lotMarker = (page: Page) => page.locator(".parking-marker:not(.parking-cluster)").first();

/**
 * Zooms the map in with its zoom-in button, at most `steps` times or until `enough` holds, letting each zoom finish:
 * markers are regrouped when it ends, so a marker found afterwards is the one that stays.
 */
export async function zoomMapIn(
  zoomIn: Locator,
  steps: number,
  enough: () => Promise<boolean> = async () => false,
) {
  for (let step = 0; step < steps && !(await enough()); step++) {
    await zoomIn.click();
    await expect(zoomIn.page().locator(".leaflet-zoom-anim")).toHaveCount(0);
  }
}

export const listed = (page: Page, attribute: string) =>
  page
    .getByTestId("lot-item")
    .evaluateAll((nodes, name) => nodes.map((n) => n.getAttribute(name)!), attribute);

export async function expectNoSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

/** The operator's back office resolving a dispute through the signed API (the body names the dispute). */
export async function resolveAsOperator(
  request: APIRequestContext,
  disputeId: string,
  resolution: Record<string, unknown>,
  options: { headers?: Record<string, string>; language?: string } = {},
) {
  await needs(request, "operator");
  const body = JSON.stringify({ disputeId, ...resolution });
  return request.post(`/api/operator/parking/disputes/${disputeId}/resolution`, {
    data: body,
    headers: {
      ...(options.headers ?? machineHeaders(OPERATOR_SECRET, body)),
      "accept-language": options.language ?? "zh-CN",
    },
  });
}

let eventSequence = 0;

/** A gate event `minutesAgo` minutes before now, with an id no other test or earlier run uses. */
export function gateEvent(
  plate: string,
  direction: "entry" | "exit",
  minutesAgo: number,
  lotId = "wl-feilaifeng",
) {
  eventSequence += 1;
  return {
    eventId: `e2e-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}-${eventSequence}`,
    lotId,
    plate,
    direction,
    at: new Date(Date.now() - minutesAgo * 60_000).toISOString().replace("Z", "+00:00"),
  };
}

/** Posts gate events as a camera would: signed with the sandbox gate secret unless other headers are given. */
export async function postGate(
  request: APIRequestContext,
  events: unknown[],
  headers?: Record<string, string>,
) {
  await needs(request, "gate");
  const body = JSON.stringify({ events });
  return request.post("/api/parking/gate-events", {
    data: body,
    headers: headers ?? machineHeaders(GATE_SECRET, body),
  });
}
