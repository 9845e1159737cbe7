import { normalisePlate, PLATE_PROVINCES, type PlateKind, plateKind } from "./plate-format";

/** How far a plate being typed has got: what the form says under the field, character by character. */
export type PlateProgress =
  | { state: "empty" }
  | { state: "partial"; typed: number }
  | { state: "complete"; kind: PlateKind }
  | { state: "invalid"; position: number };

// Letters and digits a plate's serial may hold (no I or O: they read as 1 and 0).
const SERIAL_CHAR = /^[A-HJ-NP-Z0-9]$/;
const CITY_CHAR = /^[A-HJ-NP-Z]$/;
const SUFFIX = "挂学警港澳";

/** Checks a plate as it is typed: the first character that cannot start any valid plate, or what is missing. */
export function plateProgress(input: string): PlateProgress {
  const plate = normalisePlate(input);
  if (plate === "") return { state: "empty" };
  const kind = plateKind(plate);
  if (kind) return { state: "complete", kind };
  const chars = [...plate];
  for (const [index, char] of chars.entries()) {
    const fits =
      index === 0
        ? PLATE_PROVINCES.includes(char)
        : index === 1
          ? CITY_CHAR.test(char)
          : SERIAL_CHAR.test(char) || (index >= 6 && SUFFIX.includes(char) && index === chars.length - 1);
    if (!fits || index > 7) return { state: "invalid", position: index + 1 };
  }
  return chars.length >= 8 ? { state: "invalid", position: 8 } : { state: "partial", typed: chars.length };
}
