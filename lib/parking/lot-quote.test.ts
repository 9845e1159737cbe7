import { describe, expect, it } from "vitest";
import { parseOrThrow } from "@/lib/errors";
import { errorResponse } from "@/lib/http/error-response";
import { QuoteQuery } from "./lot-quote";

async function messageFor(query: Record<string, string>): Promise<{ status: number; message: string }> {
  try {
    parseOrThrow(QuoteQuery, query);
  } catch (error) {
    const response = errorResponse(error, "en");
    return {
      status: response.status,
      message: ((await response.json()) as { error: { message: string } }).error.message,
    };
  }
  return { status: 200, message: "" };
}

const entry = "2026-03-11T09:00:00+08:00";
const exit = "2026-03-11T12:00:00+08:00";

describe("QuoteQuery", () => {
  it("reads ISO times with a zone; the vehicle class defaults to small", () => {
    expect(parseOrThrow(QuoteQuery, { entry, exit })).toEqual({
      entry: new Date("2026-03-11T01:00:00Z"),
      exit: new Date("2026-03-11T04:00:00Z"),
      vehicleClass: "small",
    });
  });

  it.each([
    ["entry missing", { exit }, /give the time you park/],
    ["exit missing", { entry }, /give the time you leave/],
    ["entry not ISO", { entry: "yesterday", exit }, /entry time must be an ISO time/],
    ["exit without a zone", { entry, exit: "2026-03-11T12:00:00" }, /exit time must be an ISO time/],
    ["a day that does not exist", { entry: "2026-02-30T09:00:00Z", exit }, /entry time must be an ISO time/],
    ["vehicle class unknown", { entry, exit, vehicleClass: "truck" }, /small, large or motorcycle/],
    ["unknown parameter", { entry, exit, plate: "浙A12345" }, /Unrecognised fields: plate/],
  ])("%s → 400, readable", async (_why, query, message) => {
    const answer = await messageFor(query as Record<string, string>);
    expect(answer.status).toBe(400);
    expect(answer.message).toMatch(message);
  });
});
