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
}

export const MAX_PLATES = 3;
