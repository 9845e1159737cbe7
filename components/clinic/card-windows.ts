// Which stored health-card token to show when: pure, so the rotation is tested without a page.
import type { CardTokenWindow, HealthCardResponse } from "./types";

const DEFAULT_WINDOW_MS = 60_000;

/** Every stored window, the first one's start taken from the next one's length (windows are all one length). */
export function cardWindows(card: HealthCardResponse): CardTokenWindow[] {
  const next = card.upcoming[0];
  const length = next ? Date.parse(next.expiresAt) - Date.parse(next.validFrom) : DEFAULT_WINDOW_MS;
  const validFrom = new Date(Date.parse(card.expiresAt) - length).toISOString();
  return [{ token: card.token, validFrom, expiresAt: card.expiresAt }, ...card.upcoming];
}

/** The window shown at `now`: the token whose minute it is, or none when the stored ones ran out. */
export function currentWindow(windows: CardTokenWindow[], now: number): CardTokenWindow | undefined {
  return windows.find((window) => Date.parse(window.validFrom) <= now && now < Date.parse(window.expiresAt));
}

// The hospital's check accepts a token this far outside its window (lib/clinic/health-card-token.ts skewSeconds).
const ACCEPTED_SKEW_MS = 5_000;

/**
 * How far the server's clock is from this device's. The server answered from inside its first window, so a device
 * time of the answer well outside that window means the clocks disagree (the sandbox clock, or a phone set wrong):
 * codes are then shown on the server's minutes, taking the answer as from the middle of its window (off by at most
 * half a window). An answer just past the window's edge is network delay, not skew.
 */
export function skewMs(first: CardTokenWindow | undefined, answeredAt: number | undefined): number {
  if (first === undefined || answeredAt === undefined) return 0;
  const from = Date.parse(first.validFrom);
  const to = Date.parse(first.expiresAt);
  if (answeredAt >= from - ACCEPTED_SKEW_MS && answeredAt < to + ACCEPTED_SKEW_MS) return 0;
  return Math.round((from + to) / 2) - answeredAt;
}
