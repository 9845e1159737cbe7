export { createNgsiLdSource, type NgsiLdSourceOptions } from "./client";
