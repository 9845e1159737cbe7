import type { Messages } from "./messages";

/**
 * The namespaces components in the browser read (useTranslations, and the fee-line keys bills carry). Only these
 * go into every page: the rest (error texts, privacy, home, services …) are rendered on the server, and sending
 * them too would make every page a third larger to download and parse. client-messages.test.ts keeps it complete.
 */
export const CLIENT_NAMESPACES = [
  "auth",
  "billsUi",
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

/**
 * Namespaces only one section's pages read in the browser (`app/<section>/`, `components/<section>/`): its layout
 * sends them (SectionMessages), so no other page carries them.
 */
export const SECTION_NAMESPACES = {
  air: ["airUi", "airAlerts"],
  clinic: ["clinic", "clinicUi"],
} as const satisfies Record<string, readonly (keyof Messages)[]>;
export type Section = keyof typeof SECTION_NAMESPACES;

/** The part of a catalogue a section adds for its pages. */
export function sectionMessages(messages: Messages, section: Section) {
  return Object.fromEntries(SECTION_NAMESPACES[section].map((ns) => [ns, messages[ns]]));
}

export type ClientMessages = Pick<Messages, (typeof CLIENT_NAMESPACES)[number]>;

/** The part of a catalogue the browser needs. */
export function clientMessages(messages: Messages): ClientMessages {
  return Object.fromEntries(CLIENT_NAMESPACES.map((ns) => [ns, messages[ns]])) as ClientMessages;
}
