// Accessibility checks shared by the service pages' journeys: axe, and elder mode as a person meets it.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "./fixtures";

// The elder size the app promises (app/globals.css: 125 %), and the target size asked of the service pages.
export const ELDER_TEXT_PX = 20;
export const MIN_TARGET_PX = 48;

export async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .options({ rules: { "label-content-name-mismatch": { enabled: true } } })
    .analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/** Text below the elder size, tappable things under 48 × 48 px, and sideways scrolling, as a person meets them. */
export async function elderProblems(page: Page) {
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
        // A checkbox's or radio button's label is its target (app/globals.css).
        const target =
          input.type === "checkbox" || input.type === "radio"
            ? (control.closest("label") ?? control)
            : control;
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

/** Axe-clean (soft, so every page and mode is reported), and in elder mode large text, large targets, no sideways scroll. */
export async function expectAccessible(page: Page, where: string, elder: boolean) {
  expect.soft(await seriousViolations(page), `axe ${where}`).toEqual([]);
  if (!elder) return;
  const problems = await elderProblems(page);
  expect.soft(problems.small, `${where}: text below ${ELDER_TEXT_PX} px`).toEqual([]);
  expect.soft(problems.targets, `${where}: targets below ${MIN_TARGET_PX} px`).toEqual([]);
  expect.soft(problems.sideways, `${where} scrolls sideways`).toBe(false);
}
