export type PayLater = "active" | "suspended" | "none";
export type VehicleClass = "small" | "large";

export interface PlateView {
  plate: string;
  vehicleClass: VehicleClass;
  payLater: PayLater;
}

export interface PlatesResponse {
  plates: PlateView[];
}

export interface AgreementResponse {
  status: "active" | "none";
  /** While active: the most one bill may take, in fen, and when it was signed. */
  perBillLimitFen?: number;
  signedAt?: string;
  /** Who collects under the agreement (the payment provider's name). */
  provider?: string;
}

export const MAX_PLATES = 3;
