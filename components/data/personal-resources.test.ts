import { describe, expect, it } from "vitest";
import {
  isMeResponse,
  isPlatesResponse,
  isReservationsResponse,
  isSessionsResponse,
  isWhereIsMyCarResponse,
} from "./personal-resources";

const plates = { plates: [{ plate: "浙A12345", vehicleClass: "small", payLater: "active" }] };
const reservation = {
  id: "r1",
  lotId: "hubin-in77",
  plate: "浙A12345",
  arrivalAt: "2026-05-01T08:00:00.000Z",
  holdUntil: "2026-05-01T08:30:00.000Z",
  feeFen: 500,
  state: "confirmed",
  freeCancelUntil: "2026-05-01T07:00:00.000Z",
  refund: null,
  createdAt: "2026-05-01T06:00:00.000Z",
};

describe("personal resource shapes", () => {
  it("accepts the plates answer and refuses what v1 could store under its key", () => {
    expect(isPlatesResponse(plates)).toBe(true);
    expect(isPlatesResponse({ plates: [] })).toBe(true);
    // The bug: the booking panel read My vehicles' stored envelope as if it were the answer.
    expect(isPlatesResponse({ kind: "city-data", data: plates, at: 1, source: "device" })).toBe(false);
    expect(isPlatesResponse({ plates: [{ plate: "浙A12345" }] })).toBe(false);
    expect(isPlatesResponse(null)).toBe(false);
  });

  it("accepts reservations and refuses an unknown state", () => {
    expect(isReservationsResponse({ reservations: [reservation] })).toBe(true);
    expect(isReservationsResponse({ reservations: [{ ...reservation, state: "lost" }] })).toBe(false);
    expect(isReservationsResponse({ reservation })).toBe(false);
  });

  it("accepts a signed-in and a signed-out /api/me", () => {
    expect(isMeResponse({ user: { id: "u", phone: "138****8000", locale: "zh-CN" } })).toBe(true);
    expect(isMeResponse({})).toBe(true);
    expect(isMeResponse({ user: "x" })).toBe(false);
  });

  it("refuses sessions and parked cars of another shape", () => {
    expect(isSessionsResponse({ sessions: [{ id: "s" }] })).toBe(false);
    expect(isSessionsResponse({ sessions: [] })).toBe(true);
    expect(isWhereIsMyCarResponse({ cars: [{ plate: "浙A12345" }] })).toBe(false);
    expect(isWhereIsMyCarResponse({ cars: [] })).toBe(true);
  });
});
