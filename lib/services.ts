export const SERVICES = ["parking", "clinic", "air", "tour"] as const;
export type ServiceKey = (typeof SERVICES)[number];

/** "partial": some of the service works, and its card says which part (services.<key>.status). */
export type ServiceStatus = "open" | "partial" | "soon";

export const SERVICE_STATUS: Record<ServiceKey, ServiceStatus> = {
  parking: "open",
  clinic: "open",
  air: "open",
  tour: "soon",
};
