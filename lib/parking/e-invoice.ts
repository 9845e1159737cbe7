import "server-only";
import { randomInt } from "node:crypto";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { serverNow } from "@/lib/clock/server-now";
import { parkingInvoices } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import { AppError } from "@/lib/errors";
import { shanghaiDate } from "@/lib/time";
import { type InvoiceView, invoicesOf, invoiceViewOf } from "./invoice-view";
import { getVisibleStayOrThrow } from "./visible-sessions";

export const InvoiceRequest = z
  .object({
    title: z
      .string()
      .trim()
      .min(1, { error: "errors.parking.invoiceTitle" })
      .max(100, { error: "errors.parking.invoiceTitle" }),
    // 统一社会信用代码 (18 characters); older registrations have 15 or 20. Empty for a person.
    taxNumber: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^([0-9A-Z]{15}|[0-9A-Z]{18}|[0-9A-Z]{20})?$/, { error: "errors.parking.invoiceTaxNumber" })
      .optional()
      .transform((value) => value || null),
    email: z.email({ error: "errors.parking.invoiceEmail" }).max(254),
  })
  .strict();
export type InvoiceRequest = z.infer<typeof InvoiceRequest>;

/**
 * Issues the e-invoice of a paid bill the user may see (the sandbox issues at once; a real tax platform would
 * answer later). One per bill: asking again returns the one issued, whatever the new details.
 */
export async function requestInvoice(
  db: Db,
  userId: string,
  stayId: string,
  input: InvoiceRequest,
  now = serverNow(),
): Promise<{ invoice: InvoiceView; issued: boolean }> {
  const stay = await getVisibleStayOrThrow(db, userId, stayId);
  if (stay.status !== "paid" || !stay.feeFen) throw new AppError("conflict", "errors.parking.invoiceNotPaid");
  const number = `${shanghaiDate(now).replaceAll("-", "")}${String(randomInt(0, 100_000_000)).padStart(8, "0")}`;
  const [inserted] = await db
    .insert(parkingInvoices)
    .values({ stayId, userId, number, ...input, amountFen: stay.feeFen, issuedAt: now })
    .onConflictDoNothing({ target: parkingInvoices.stayId })
    .returning();
  if (inserted) return { invoice: invoiceViewOf(inserted), issued: true };
  const [existing] = await db.select().from(parkingInvoices).where(eq(parkingInvoices.stayId, stayId));
  return { invoice: invoiceViewOf(existing!), issued: false };
}

/** The invoice of a bill the user may see, or a 404. */
export async function invoiceOfOrThrow(db: Db, userId: string, stayId: string) {
  const stay = await getVisibleStayOrThrow(db, userId, stayId);
  const invoice = (await invoicesOf(db, [stay.id])).get(stay.id);
  if (!invoice) throw new AppError("not_found", "errors.parking.invoiceNotFound");
  return { stay, invoice };
}
