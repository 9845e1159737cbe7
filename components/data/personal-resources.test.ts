import { describe, expect, it } from "vitest";
import type {
  ClinicAccountResponse,
  ClinicInvoice,
  ClinicVisit,
  HealthCardResponse,
} from "@/components/clinic/types";
import {
  isClinicAccountResponse,
  isClinicInvoicesResponse,
  isClinicVisitsResponse,
  isHealthCardResponse,
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

  it("accepts the clinic's answers as the server builds them and refuses other shapes", () => {
    const account: ClinicAccountResponse = {
      status: "active",
      healthCardId: "HC-1234",
      creditLineFen: 100_000,
      usedFen: 2_500,
      availableFen: 97_500,
      tier: 2,
    };
    expect(isClinicAccountResponse(account)).toBe(true);
    expect(isClinicAccountResponse({ ...account, status: "none", healthCardId: null, tier: null })).toBe(
      true,
    );
    expect(isClinicAccountResponse({ ...account, status: "frozen" })).toBe(false);
    expect(isClinicAccountResponse({ ...account, availableFen: "975" })).toBe(false);

    const item = {
      code: "LAB17",
      display: "血常规",
      quantity: 1,
      unitPriceFen: 2_500,
      insuranceFen: 1_500,
      selfPayFen: 1_000,
    };
    const charge: ClinicVisit["charges"][number] = {
      chargeId: "c1",
      occurredAt: "2026-12-01T01:00:00.000Z",
      status: "authorized",
      selfPayFen: 1_000,
      insuranceFen: 1_500,
      items: [item],
    };
    const visit: ClinicVisit = {
      id: "v-row",
      hospitalId: "hz-first",
      visitId: "v1",
      status: "open",
      openedAt: "2026-12-01T01:00:00.000Z",
      closedAt: null,
      selfPayFen: 1_000,
      insuranceFen: 1_500,
      charges: [charge],
    };
    expect(isClinicVisitsResponse({ visits: [visit] })).toBe(true);
    expect(
      isClinicVisitsResponse({ visits: [{ ...visit, charges: [{ ...charge, status: "pending" }] }] }),
    ).toBe(false);
    expect(
      isClinicVisitsResponse({ visits: [{ ...visit, charges: [{ ...charge, items: [{ code: "x" }] }] }] }),
    ).toBe(false);

    const invoice: ClinicInvoice = {
      id: "i1",
      hospitalId: "hz-first",
      visitId: "v1",
      issuedAt: "2026-12-01T02:00:00.000Z",
      dueAt: "2026-12-03T02:00:00.000Z",
      paidAt: null,
      totalSelfPayFen: 1_000,
      totalInsuranceFen: 1_500,
      state: "due",
      payment: null,
    };
    expect(isClinicInvoicesResponse({ invoices: [invoice] })).toBe(true);
    const paid: ClinicInvoice["payment"] = { method: "one_off", kind: "manual", providerRef: "sbx_1" };
    expect(isClinicInvoicesResponse({ invoices: [{ ...invoice, state: "paid", payment: paid }] })).toBe(true);
    expect(isClinicInvoicesResponse({ invoices: [{ ...invoice, state: "lost" }] })).toBe(false);
    expect(
      isClinicInvoicesResponse({ invoices: [{ ...invoice, payment: { ...paid, method: "cash" } }] }),
    ).toBe(false);

    const card: HealthCardResponse = {
      healthCardId: "HC-1234",
      token: "t0",
      expiresAt: "2026-12-01T02:01:00.000Z",
      upcoming: [
        { token: "t1", validFrom: "2026-12-01T02:01:00.000Z", expiresAt: "2026-12-01T02:02:00.000Z" },
      ],
    };
    expect(isHealthCardResponse(card)).toBe(true);
    expect(isHealthCardResponse({ ...card, upcoming: [{ token: "t1" }] })).toBe(false);
    expect(isHealthCardResponse({ kind: "city-data", data: card })).toBe(false);
  });
});
