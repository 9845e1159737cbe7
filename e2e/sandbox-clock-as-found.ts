import { expect, test } from "./fixtures";
import { SANDBOX_HEADERS } from "./sandbox-token";

/**
 * For a describe block that moves the sandbox clock: reads the clock's offset before its tests and puts it back as
 * found after them (a deployment's clock left moved would date the next run's plate bindings in the future).
 * Call it inside the `test.describe`; `offsetMs()` is the offset as found.
 */
export function keepSandboxClockAsFound(): { offsetMs: () => number } {
  let found: number | null = null;
  test.beforeAll(async ({ request }) => {
    const clock = await request.get("/api/sandbox/clock", { headers: SANDBOX_HEADERS });
    if (clock.ok()) found = ((await clock.json()) as { offsetMs: number }).offsetMs;
  });
  test.afterAll(async ({ request }) => {
    if (found === null) return;
    const reset = await request.put("/api/sandbox/clock", {
      headers: SANDBOX_HEADERS,
      data: { offsetMs: found },
    });
    expect(reset.status(), await reset.text()).toBe(200);
  });
  return { offsetMs: () => found ?? 0 };
}
