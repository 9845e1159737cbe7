export const SERVICES = ["parking", "clinic", "air", "tour"] as const;
export type ServiceKey = (typeof SERVICES)[number];
