// What the clinic API answers, as the app reads it (mirrors lib/clinic/clinic-account.ts, clinic-visits.ts,
// clinic-invoices.ts, health-card-token.ts and hospital-list.ts).

export type ClinicAccountStatus = "none" | "ineligible" | "active" | "suspended";

export interface ClinicAccountResponse {
  status: ClinicAccountStatus;
  healthCardId: string | null;
  creditLineFen: number;
  usedFen: number;
  availableFen: number;
  tier: number | null;
}

export interface ClinicReason {
  key: string;
  values: Record<string, string | number>;
}

export interface EnrolAnswer {
  account: ClinicAccountResponse & { residentIdMasked: string | null; score: number | null };
  reasons: ClinicReason[];
}

export interface ClinicChargeItem {
  code: string;
  display: string;
  quantity: number;
  unitPriceFen: number;
  insuranceFen: number;
  selfPayFen: number;
}

export interface ClinicCharge {
  chargeId: string;
  occurredAt: string;
  status: "authorized" | "cancelled";
  selfPayFen: number;
  insuranceFen: number;
  items: ClinicChargeItem[];
}

export interface ClinicVisit {
  id: string;
  hospitalId: string;
  visitId: string;
  status: "open" | "closed";
  openedAt: string;
  closedAt: string | null;
  selfPayFen: number;
  insuranceFen: number;
  charges: ClinicCharge[];
}

export interface ClinicVisitsResponse {
  visits: ClinicVisit[];
}

export const INVOICE_STATES = [
  "open",
  "due",
  "processing",
  "paid",
  "failed",
  "overdue",
  "disputed",
  "waived",
  "refunded",
] as const;
export type InvoiceState = (typeof INVOICE_STATES)[number];

export interface ClinicInvoice {
  id: string;
  hospitalId: string;
  visitId: string;
  issuedAt: string;
  dueAt: string;
  paidAt: string | null;
  totalSelfPayFen: number;
  totalInsuranceFen: number;
  state: InvoiceState;
  payment: { method: "agreement" | "one_off"; kind: "auto" | "manual"; providerRef: string | null } | null;
}

export interface ClinicInvoicesResponse {
  invoices: ClinicInvoice[];
}

export interface CardTokenWindow {
  token: string;
  validFrom: string;
  expiresAt: string;
}

/** This minute's token (its window ends at `expiresAt`) and the next windows'. */
export interface HealthCardResponse {
  healthCardId: string;
  token: string;
  expiresAt: string;
  upcoming: CardTokenWindow[];
}

export interface ClinicHospital {
  id: string;
  name: string;
  lat: number;
  lng: number;
  creditPilot: boolean;
}

export interface ClinicHospitalsResponse {
  hospitals: ClinicHospital[];
}
