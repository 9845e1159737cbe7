import type { Messages } from "./messages";

/**
 * The namespaces components in the browser read (useTranslations, and the fee-line keys bills carry). Only these
 * go into every page: the rest (error texts, privacy, home, services …) are rendered on the server, and sending
 * them too would make every page a third larger to download and parse. client-messages.test.ts keeps it complete.
 */
export const CLIENT_NAMESPACES = [
  "airUi",
  "airAlerts",
  "auth",
  "billsUi",
  "clinic",
  "clinicUi",
  "common",
  "maps",
  "me",
  "parking",
  "parkingLot",
  "push",
  "pwa",
  "reservations",
  "tariff",
  "vehicles",
] as const satisfies readonly (keyof Messages)[];

export type ClientMessages = Pick<Messages, (typeof CLIENT_NAMESPACES)[number]>;

/** The part of a catalogue the browser needs. */
export function clientMessages(messages: Messages): ClientMessages {
  return Object.fromEntries(CLIENT_NAMESPACES.map((ns) => [ns, messages[ns]])) as ClientMessages;
}
