import type { FeeLine, FeeLineKind, Quote } from "./tariff-schema";

/** An amount for a vehicle class, from the small-car amount and the class's percent. */
export function scaleFen(smallCarFen: number, percent: number): number {
  return Math.round((smallCarFen * percent) / 100);
}

export function feeLine(
  kind: FeeLineKind,
  span: { from: Date; to: Date },
  amountFen: number,
  values: Record<string, string | number> = {},
  counts: { minutes?: number; units?: number; unitFen?: number } = {},
): FeeLine {
  return {
    kind,
    from: span.from.toISOString(),
    to: span.to.toISOString(),
    ...counts,
    amountFen,
    labelKey: `tariff.line.${kind}`,
    values: { ...values, amountFen },
  };
}

/** A line whose words differ from the generic ones of its kind (`tariff.line.<label>`). */
export function labelled(label: string, ...args: Parameters<typeof feeLine>): FeeLine {
  return { ...feeLine(...args), labelKey: `tariff.line.${label}` };
}

/** The quote of a set of lines: the fee is their sum, always. */
export function quoteOf(breakdown: FeeLine[]): Quote {
  return { feeFen: breakdown.reduce((sum, line) => sum + line.amountFen, 0), breakdown };
}

/** A stay short enough to be free: one zero line saying so. */
export function freeStay(entry: Date, exit: Date, freeMinutes: number): Quote {
  return quoteOf([feeLine("freeStay", { from: entry, to: exit }, 0, { freeMinutes })]);
}
