// What the clinic API answers, as the app reads it: the server's own view types (type imports only, nothing of the
// server reaches the browser), and the card's, whose instants arrive as ISO strings.
import type { ClinicAccountView } from "@/lib/clinic/clinic-account";
import type { ClinicInvoiceView } from "@/lib/clinic/clinic-invoices";
import type { ClinicChargeView, ClinicVisitView } from "@/lib/clinic/clinic-visits";
import type { Reason } from "@/lib/clinic/credit-tiers";
import type { ClinicHospital } from "@/lib/clinic/hospital-list";
import type { BillState } from "@/lib/payments/bill-lifecycle";

export type { ClinicHospital };
export type ClinicAccountStatus = ClinicAccountView["status"];
/** GET /api/clinic/account leaves out the masked number and the score. */
export type ClinicAccountResponse = Omit<ClinicAccountView, "residentIdMasked" | "score">;
export type ClinicReason = Reason;
export interface EnrolAnswer {
  account: ClinicAccountView;
  reasons: ClinicReason[];
}
export type ClinicChargeItem = ClinicChargeView["items"][number];
export type ClinicCharge = ClinicChargeView;
export type ClinicVisit = ClinicVisitView;
export interface ClinicVisitsResponse {
  visits: ClinicVisit[];
}
export type InvoiceState = BillState;
export type ClinicInvoice = ClinicInvoiceView;
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

export interface ClinicHospitalsResponse {
  hospitals: ClinicHospital[];
}
