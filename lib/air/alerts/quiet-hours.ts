import { shanghaiParts } from "@/lib/time";

/** Quiet hours as minutes after midnight in Asia/Shanghai; `from` after `to` spans midnight (22:00–07:00). */
export interface QuietHours {
  from: number;
  to: number;
}

export const DEFAULT_QUIET_HOURS: QuietHours = { from: 22 * 60, to: 7 * 60 };

/** Whether `now` falls in the quiet hours (start included, end excluded); none (`null`) is never quiet. */
export function isQuietAt(now: Date, quiet: QuietHours | null): boolean {
  if (!quiet || quiet.from === quiet.to) return false;
  const { hour, minute } = shanghaiParts(now);
  const minutes = hour * 60 + minute;
  return quiet.from < quiet.to
    ? minutes >= quiet.from && minutes < quiet.to
    : minutes >= quiet.from || minutes < quiet.to;
}

/** "22:00" for 1320 minutes. */
export function clockText(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

/** 1320 for "22:00". */
export function minutesOf(text: string): number {
  const [hours, minutes] = text.split(":").map(Number);
  return hours! * 60 + minutes!;
}
