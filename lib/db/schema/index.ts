export * from "./auth";
export * from "./citybrain";
export * from "./push";
export * from "./settings";
