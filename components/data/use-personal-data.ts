"use client";

// One typed hook per personal resource: every screen that reads one of these answers reads it through here,
// so each SWR key holds one shape (see personal-resources.ts).
import type { AgreementResponse, PlatesResponse } from "@/components/vehicles/types";
import {
  AGREEMENT_KEY,
  INBOX_KEY,
  type InboxResponse,
  isAgreementResponse,
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

export const usePaymentAgreement = () =>
  useCityData<AgreementResponse>(AGREEMENT_KEY, { validate: isAgreementResponse });

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
