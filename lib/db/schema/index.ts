export * from "./auth";
export * from "./calendar";
export * from "./citybrain";
export * from "./parking";
export * from "./payments";
export * from "./push";
export * from "./reservations";
export * from "./settings";
