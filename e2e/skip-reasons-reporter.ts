// Prints, after a run, every journey that was skipped and why (a target without the sandbox, a secret it refuses,
// a deployment that does not take this runner's addresses…), so nothing is left out of a run without saying so.
import type { FullResult, Reporter, TestCase, TestResult } from "@playwright/test/reporter";

export default class SkipReasonsReporter implements Reporter {
  private readonly skipped = new Map<string, string>();

  onTestEnd(test: TestCase, result: TestResult): void {
    if (result.status !== "skipped") return;
    const reasons = new Set(
      [...test.annotations, ...result.annotations]
        .filter((a) => a.type === "skip" || a.type === "fixme")
        .map((a) => a.description ?? a.type),
    );
    const project = test.parent.project()?.name ?? "";
    this.skipped.set(
      `[${project}] ${test.titlePath().slice(2).join(" › ")}`,
      [...reasons].join("; ") || "no reason given",
    );
  }

  onEnd(_result: FullResult): void {
    if (this.skipped.size === 0) return;
    const lines = [...this.skipped].map(([title, reason]) => `  - ${title}\n      ${reason}`);
    process.stdout.write(
      `\nSkipped journeys (${this.skipped.size}), with the reason:\n${lines.join("\n")}\n`,
    );
  }

  printsToStdio(): boolean {
    return true;
  }
}
