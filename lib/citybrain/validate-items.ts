import type { z } from "zod";
import {
  AirQualityObserved,
  CrowdFlowObserved,
  type FeedItems,
  type ObservationFeed,
  ParkingFacility,
} from "./types";
import { UpstreamError } from "./upstream-error";

export const FEED_SCHEMAS: { [F in ObservationFeed]: z.ZodType<FeedItems[F]> } = {
  parking: ParkingFacility,
  air: AirQualityObserved,
  crowd: CrowdFlowObserved,
};

export interface ValidatedItems<T> {
  items: T[];
  dropped: number;
}

/**
 * Checks a feed's items where they enter the app. One bad item is dropped (with a warning that says how
 * many) so the rest still reach people; an answer in which nothing is usable is a malformed upstream.
 */
export function validateItems<T>(
  label: string,
  schema: z.ZodType<T>,
  payload: unknown,
  warn: (message: string) => void = console.warn,
): ValidatedItems<T> {
  if (!Array.isArray(payload)) {
    throw new UpstreamError("malformed", `${label}: expected a list of items, got ${describeValue(payload)}`);
  }
  const items: T[] = [];
  let firstProblem = "";
  for (const candidate of payload) {
    const result = schema.safeParse(candidate);
    if (result.success) {
      items.push(result.data);
    } else if (!firstProblem) {
      const issue = result.error.issues[0];
      firstProblem = issue ? `${issue.path.join(".") || "item"}: ${issue.message}` : "invalid";
    }
  }
  const dropped = payload.length - items.length;
  if (dropped > 0 && items.length === 0) {
    throw new UpstreamError(
      "malformed",
      `${label}: none of ${payload.length} items is valid (first: ${firstProblem})`,
    );
  }
  if (dropped > 0) {
    warn(
      `[citybrain] ${label}: dropped ${dropped} of ${payload.length} invalid items (first: ${firstProblem})`,
    );
  }
  return { items, dropped };
}

function describeValue(value: unknown): string {
  if (value === null) return "null";
  return typeof value === "object" ? "an object" : typeof value;
}
