import AxeBuilder from "@axe-core/playwright";
import {
  cardToken,
  closeVisit,
  enrolledResident,
  items,
  postCharge,
  signAgreementViaApi,
  uniqueId,
} from "./clinic-helpers";
import { expect, type Page, signInViaApi, test } from "./fixtures";

// The elder size the app promises (app/globals.css: 125 %), and the target size asked of the clinic pages.
const ELDER_TEXT_PX = 20;
const MIN_TARGET_PX = 48;

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .options({ rules: { "label-content-name-mismatch": { enabled: true } } })
    .analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/** Text below the elder size, tappable things under 48 × 48 px, and sideways scrolling, as a person meets them. */
async function elderProblems(page: Page) {
  return page.evaluate(
    ({ textPx, targetPx }) => {
      const visible = (el: Element) => {
        const r = el.getBoundingClientRect();
        const style = getComputedStyle(el);
        return r.width > 0 && r.height > 0 && style.visibility !== "hidden" && style.display !== "none";
      };
      const main = document.querySelector("main")!;
      const small: string[] = [];
      const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        const text = node.textContent?.trim() ?? "";
        if (!parent || text === "" || parent.closest("svg, .sr-only") || !visible(parent)) continue;
        const px = Number.parseFloat(getComputedStyle(parent).fontSize);
        if (px < textPx) small.push(`${text.slice(0, 30)} ${px}px`);
      }
      const targets: string[] = [];
      for (const control of main.querySelectorAll("a, button, input, select, textarea")) {
        if (!visible(control)) continue;
        const input = control as HTMLInputElement;
        const target = input.type === "checkbox" ? (control.closest("label") ?? control) : control;
        const r = target.getBoundingClientRect();
        if (r.width < targetPx || r.height < targetPx) {
          targets.push(
            `${control.tagName} ${(control.textContent ?? "").trim().slice(0, 20)} ${Math.round(r.width)}×${Math.round(r.height)}`,
          );
        }
      }
      const sideways = document.documentElement.scrollWidth > document.documentElement.clientWidth;
      return { small, targets, sideways };
    },
    { textPx: ELDER_TEXT_PX, targetPx: MIN_TARGET_PX },
  );
}

test.describe("Clinic pages for everyone", { tag: ["@clinic", "@resident", "@elder"] }, () => {
  test("axe-clean and usable in elder mode at 320 px, in Chinese and English: enrolment, account, visits, bills, card", async ({
    page,
    context,
    baseURL,
  }) => {
    test.setTimeout(180_000);
    await page.setViewportSize({ width: 320, height: 700 });
    // Someone about to enrol (the form), then someone with an open visit and a bill.
    await signInViaApi(page.request);
    await signAgreementViaApi(page.request);
    const checks: { where: string; path: string; ready: string }[] = [];
    const run = async (path: string, ready: string) => {
      for (const locale of ["zh-CN", "en"]) {
        for (const elder of ["0", "1"]) {
          await context.addCookies([
            { name: "NEXT_LOCALE", value: locale, url: baseURL! },
            { name: "elder_mode", value: elder, url: baseURL! },
          ]);
          await page.goto(path);
          await expect(page.getByTestId(ready).first()).toBeVisible();
          await page.waitForLoadState("networkidle");
          const where = `${path} (${locale}, elder ${elder})`;
          checks.push({ where, path, ready });
          expect.soft(await seriousViolations(page), `axe ${where}`).toEqual([]);
          if (elder === "1") {
            const problems = await elderProblems(page);
            expect.soft(problems.small, `${where}: text below ${ELDER_TEXT_PX} px`).toEqual([]);
            expect.soft(problems.targets, `${where}: targets below ${MIN_TARGET_PX} px`).toEqual([]);
            expect.soft(problems.sideways, `${where} scrolls sideways`).toBe(false);
          }
        }
      }
    };
    await run("/clinic", "enrol-form");

    await enrolledResident(page.request);
    const paidVisit = uniqueId("v");
    const first = await postCharge(page.request, {
      visitId: paidVisit,
      patientToken: await cardToken(page.request),
      items: items({
        code: "REG01",
        display: "普通门诊挂号",
        quantity: 1,
        unitPriceFen: 1_000,
        insuranceFen: 0,
      }),
    });
    expect(first.response.status()).toBe(201);
    expect((await closeVisit(page.request, paidVisit)).status()).toBe(200);
    const open = await postCharge(page.request, {
      visitId: uniqueId("v"),
      patientToken: await cardToken(page.request),
      items: items({
        code: "LAB17",
        display: "血常规",
        quantity: 1,
        unitPriceFen: 2_500,
        insuranceFen: 1_500,
      }),
    });
    expect(open.response.status()).toBe(201);
    await run("/clinic", "invoice");
    await run("/clinic/card", "health-card-qr");
    expect(checks).toHaveLength(12);
  });
});
