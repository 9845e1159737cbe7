"use client";

// One typed hook per personal resource: every screen that reads one of these answers reads it through here,
// so each SWR key holds one shape (see personal-resources.ts).
import type {
  ClinicAccountResponse,
  ClinicInvoicesResponse,
  ClinicVisitsResponse,
  HealthCardResponse,
} from "@/components/clinic/types";
import type { AgreementResponse, PlatesResponse } from "@/components/vehicles/types";
import {
  AGREEMENT_KEY,
  CLINIC_ACCOUNT_KEY,
  CLINIC_INVOICES_KEY,
  CLINIC_VISITS_KEY,
  HEALTH_CARD_KEY,
  INBOX_KEY,
  type InboxResponse,
  isAgreementResponse,
  isClinicAccountResponse,
  isClinicInvoicesResponse,
  isClinicVisitsResponse,
  isHealthCardResponse,
  isInboxResponse,
  isMeResponse,
  isPlatesResponse,
  isReservableResponse,
  isReservationsResponse,
  isSessionsResponse,
  isWhereIsMyCarResponse,
  ME_KEY,
  type MeResponse,
  PLATES_KEY,
  RESERVATIONS_KEY,
  type ReservationsResponse,
  reservableKey,
  SESSIONS_KEY,
  type SessionsResponse,
  WHERE_IS_MY_CAR_KEY,
  type WhereIsMyCarResponse,
} from "./personal-resources";
import { useCityData } from "./use-city-data";

export const useMe = () => useCityData<MeResponse>(ME_KEY, { validate: isMeResponse });

export const usePlates = () => useCityData<PlatesResponse>(PLATES_KEY, { validate: isPlatesResponse });

/** My payment agreement; `enabled` false asks nothing (signed out). */
export const usePaymentAgreement = (enabled = true) =>
  useCityData<AgreementResponse>(enabled ? AGREEMENT_KEY : null, { validate: isAgreementResponse });

export const useSessions = () =>
  useCityData<SessionsResponse>(SESSIONS_KEY, { validate: isSessionsResponse });

export const useWhereIsMyCar = () =>
  useCityData<WhereIsMyCarResponse>(WHERE_IS_MY_CAR_KEY, { validate: isWhereIsMyCarResponse });

export const useInbox = () => useCityData<InboxResponse>(INBOX_KEY, { validate: isInboxResponse });

const awaitingProvider = (r: ReservationsResponse["reservations"][number]) =>
  r.state === "pending_payment" || (r.refund !== null && r.refund.refundedAt === null);

// Follow a fee or a refund the provider has not confirmed yet; otherwise no polling.
const followProvider = (data: ReservationsResponse | undefined) =>
  data?.reservations.some(awaitingProvider) ? 2_000 : 0;

/** My reservations (all car parks); `enabled` false asks nothing (e.g. before sign-in is known). */
export const useReservations = (enabled = true) =>
  useCityData<ReservationsResponse>(enabled ? RESERVATIONS_KEY : null, {
    validate: isReservationsResponse,
    refreshInterval: followProvider,
  });

export const useReservableSpaces = (lotId: string) =>
  useCityData<{ spaces: number }>(reservableKey(lotId), { validate: isReservableResponse });

/** My clinic credit account (status "none" before enrolling); `enabled` false asks nothing (signed out). */
export const useClinicAccount = (enabled = true) =>
  useCityData<ClinicAccountResponse>(enabled ? CLINIC_ACCOUNT_KEY : null, {
    validate: isClinicAccountResponse,
  });

// While a visit is open the hospital may post charges at any moment: follow them live. Otherwise look now and
// then, so a visit that starts (its first charge, after the card is scanned) shows up by itself too.
const followOpenVisit = (data: ClinicVisitsResponse | undefined) =>
  data?.visits.some((visit) => visit.status === "open") ? 3_000 : 8_000;

/** My hospital visits with their itemised charges; `enabled` false asks nothing (not enrolled). */
export const useClinicVisits = (enabled = true) =>
  useCityData<ClinicVisitsResponse>(enabled ? CLINIC_VISITS_KEY : null, {
    validate: isClinicVisitsResponse,
    refreshInterval: followOpenVisit,
  });

// Follow a payment the provider has not confirmed yet.
const followPayment = (data: ClinicInvoicesResponse | undefined) =>
  data?.invoices.some((invoice) => invoice.state === "processing") ? 2_000 : 0;

/** My clinic bills; `enabled` false asks nothing (not enrolled). */
export const useClinicInvoices = (enabled = true) =>
  useCityData<ClinicInvoicesResponse>(enabled ? CLINIC_INVOICES_KEY : null, {
    validate: isClinicInvoicesResponse,
    refreshInterval: followPayment,
  });

// The answer carries this minute's code and the next few: ask again well before they run out.
const CARD_REFRESH_MS = 120_000;

/** My health card's rotating QR tokens (kept on this device, so the next few minutes work offline). */
export const useHealthCard = (enabled = true) =>
  useCityData<HealthCardResponse>(enabled ? HEALTH_CARD_KEY : null, {
    validate: isHealthCardResponse,
    refreshInterval: () => CARD_REFRESH_MS,
  });
