// The server's idea of "now". In the sandbox city a journey may move it forward (PUT /api/sandbox/clock) so that
// 48 hours can pass in a test; in production the offset is always zero. Every server-side rule that asks for
// the current time (rate limits, jobs, bills, reservations, sessions) calls serverNow(), never `new Date()`.

// Kept on globalThis: Next may load this module once per bundle, and all of them must agree on one offset.
const OFFSET_KEY = Symbol.for("citybrain.clockOffsetMs");
type ClockGlobal = typeof globalThis & { [OFFSET_KEY]?: number };

/** The current instant, moved by the sandbox clock's offset (zero outside the sandbox). */
export function serverNow(): Date {
  return new Date(Date.now() + clockOffsetMs());
}

/** Milliseconds the sandbox clock runs ahead of the machine's clock. */
export function clockOffsetMs(): number {
  return (globalThis as ClockGlobal)[OFFSET_KEY] ?? 0;
}

/** Sets this process's offset; lib/clock/sandbox-clock.ts keeps it in step with the database. */
export function setClockOffsetMs(offsetMs: number): void {
  (globalThis as ClockGlobal)[OFFSET_KEY] = offsetMs;
}
