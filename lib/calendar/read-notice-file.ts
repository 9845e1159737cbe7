import type { z } from "zod";
import { CalendarNotice } from "./notice-schema";

export type NoticeFileResult = { ok: true; notice: CalendarNotice } | { ok: false; problems: string[] };

function where(path: readonly PropertyKey[]): string {
  return path.length === 0
    ? "the file"
    : path
        .map((part, i) => (typeof part === "number" ? `[${part}]` : `${i > 0 ? "." : ""}${String(part)}`))
        .join("");
}

function describe(issue: z.core.$ZodIssue): string {
  return `${where(issue.path)}: ${issue.message}`;
}

/** Reads an operator's notice file (JSON text): the notice, or every problem in words a person can fix. */
export function readNoticeFile(text: string): NoticeFileResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      problems: [`the file is not valid JSON (${error instanceof Error ? error.message : error})`],
    };
  }
  const parsed = CalendarNotice.safeParse(json);
  return parsed.success
    ? { ok: true, notice: parsed.data }
    : { ok: false, problems: parsed.error.issues.map(describe) };
}
