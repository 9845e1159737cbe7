// Each personal API answer the app reads in more than one place: its one SWR key and the shape it must have.
// What is read back from SWR's cache (possibly stored on this device by an older app version) is checked
// against these before a component sees it, so an old or foreign shape is treated as "no data yet".
import * as z from "zod/mini";
import type { BillView } from "@/components/bills/bill-format";
import type {
  ClinicAccountResponse,
  ClinicInvoicesResponse,
  ClinicVisitsResponse,
  HealthCardResponse,
} from "@/components/clinic/types";
import type { InboxItem } from "@/components/push/push-api";
import type { AgreementResponse, PlatesResponse } from "@/components/vehicles/types";
import type { ParkedCar } from "@/lib/parking/where-is-my-car";
import { BILL_STATES } from "@/lib/payments/bill-lifecycle";
import type { ReservationView } from "@/lib/reservations/reservation-view";

/** A type guard for one resource's answer. */
export type ShapeCheck<T> = (value: unknown) => value is T;

function guard<T>(schema: z.ZodMiniType): ShapeCheck<T> {
  return (value: unknown): value is T => schema.safeParse(value).success;
}

const isoTime = z.string();
const nullableText = z.nullable(z.string());

export const ME_KEY = "/api/me";
export interface MeResponse {
  user?: { id: string; phone: string; locale: string };
}
export const isMeResponse = guard<MeResponse>(
  z.object({ user: z.optional(z.object({ id: z.string(), phone: z.string(), locale: z.string() })) }),
);

export const PLATES_KEY = "/api/me/plates";
export const isPlatesResponse = guard<PlatesResponse>(
  z.object({
    plates: z.array(
      z.object({
        plate: z.string(),
        vehicleClass: z.enum(["small", "large"]),
        payLater: z.enum(["active", "suspended", "none"]),
      }),
    ),
  }),
);

export const AGREEMENT_KEY = "/api/me/payment-agreement";
export const isAgreementResponse = guard<AgreementResponse>(z.object({ status: z.enum(["active", "none"]) }));

export const RESERVATIONS_KEY = "/api/parking/reservations";
export interface ReservationsResponse {
  reservations: ReservationView[];
}
const reservation = z.object({
  id: z.string(),
  lotId: z.string(),
  plate: z.string(),
  arrivalAt: isoTime,
  holdUntil: isoTime,
  feeFen: z.number(),
  state: z.enum(["pending_payment", "confirmed", "declined", "cancelled", "arrived", "no_show"]),
  freeCancelUntil: isoTime,
  refund: z.nullable(z.object({ amountFen: z.number(), refundedAt: nullableText })),
  createdAt: isoTime,
});
export const isReservationsResponse = guard<ReservationsResponse>(
  z.object({ reservations: z.array(reservation) }),
);

export const SESSIONS_KEY = "/api/parking/sessions";
export interface SessionsResponse {
  sessions: BillView[];
}
export const isSessionsResponse = guard<SessionsResponse>(
  z.object({
    sessions: z.array(
      z.object({
        id: z.string(),
        lotId: z.string(),
        lotName: z.string(),
        plate: z.string(),
        entryAt: nullableText,
        exitAt: nullableText,
        feeFen: z.nullable(z.number()),
        status: z.enum(["open", "paid", "due", "overdue", "processing", "disputed", "flagged"]),
        breakdown: z.array(z.object({ labelKey: z.string(), amountFen: z.number() })),
        paidAt: nullableText,
        dispute: z.nullable(z.object({ id: z.string(), reason: z.string(), status: z.string() })),
        payment: z.optional(
          z.nullable(
            z.object({
              method: z.enum(["agreement", "one_off"]),
              provider: z.string(),
              providerRef: nullableText,
              processingSince: nullableText,
              checkoutOpen: z.boolean(),
            }),
          ),
        ),
      }),
    ),
  }),
);

export const WHERE_IS_MY_CAR_KEY = "/api/parking/where-is-my-car";
export interface WhereIsMyCarResponse {
  cars: ParkedCar[];
}
export const isWhereIsMyCarResponse = guard<WhereIsMyCarResponse>(
  z.object({
    cars: z.array(
      z.object({
        stayId: z.string(),
        plate: z.string(),
        lot: z.object({ id: z.string(), name: z.string(), lat: z.number(), lng: z.number() }),
        entryAt: isoTime,
        elapsedMinutes: z.number(),
        feeSoFarFen: z.nullable(z.number()),
      }),
    ),
  }),
);

export const INBOX_KEY = "/api/notifications";
export interface InboxResponse {
  notifications: InboxItem[];
}
export const isInboxResponse = guard<InboxResponse>(
  z.object({
    notifications: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        body: z.string(),
        url: z.string(),
        createdAt: isoTime,
        readAt: nullableText,
        deliveryStatus: z.enum(["pending", "sent", "no_subscription", "failed"]),
      }),
    ),
  }),
);

export const reservableKey = (lotId: string) => `/api/parking/lots/${encodeURIComponent(lotId)}/reservable`;
export const isReservableResponse = guard<{ spaces: number }>(z.object({ spaces: z.number() }));

export const CLINIC_ACCOUNT_KEY = "/api/clinic/account";
export const isClinicAccountResponse = guard<ClinicAccountResponse>(
  z.object({
    status: z.enum(["none", "ineligible", "active", "suspended"]),
    healthCardId: nullableText,
    creditLineFen: z.number(),
    usedFen: z.number(),
    availableFen: z.number(),
    tier: z.nullable(z.number()),
  }),
);

export const CLINIC_VISITS_KEY = "/api/clinic/visits";
const clinicItem = z.object({
  code: z.string(),
  display: z.string(),
  quantity: z.number(),
  unitPriceFen: z.number(),
  insuranceFen: z.number(),
  selfPayFen: z.number(),
});
export const isClinicVisitsResponse = guard<ClinicVisitsResponse>(
  z.object({
    visits: z.array(
      z.object({
        id: z.string(),
        hospitalId: z.string(),
        visitId: z.string(),
        status: z.enum(["open", "closed"]),
        openedAt: isoTime,
        closedAt: nullableText,
        selfPayFen: z.number(),
        insuranceFen: z.number(),
        charges: z.array(
          z.object({
            chargeId: z.string(),
            occurredAt: isoTime,
            status: z.enum(["authorized", "cancelled"]),
            selfPayFen: z.number(),
            insuranceFen: z.number(),
            items: z.array(clinicItem),
          }),
        ),
      }),
    ),
  }),
);

export const CLINIC_INVOICES_KEY = "/api/clinic/invoices";
export const isClinicInvoicesResponse = guard<ClinicInvoicesResponse>(
  z.object({
    invoices: z.array(
      z.object({
        id: z.string(),
        hospitalId: z.string(),
        visitId: z.string(),
        issuedAt: isoTime,
        dueAt: isoTime,
        paidAt: nullableText,
        totalSelfPayFen: z.number(),
        totalInsuranceFen: z.number(),
        state: z.enum(BILL_STATES),
        payment: z.nullable(
          z.object({
            method: z.enum(["agreement", "one_off"]),
            kind: z.enum(["auto", "manual"]),
            providerRef: nullableText,
          }),
        ),
      }),
    ),
  }),
);

export const HEALTH_CARD_KEY = "/api/clinic/card";
const cardWindow = { token: z.string(), validFrom: isoTime, expiresAt: isoTime };
export const isHealthCardResponse = guard<HealthCardResponse>(
  z.object({
    healthCardId: z.string(),
    token: z.string(),
    expiresAt: isoTime,
    upcoming: z.array(z.object(cardWindow)),
  }),
);
