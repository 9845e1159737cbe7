import "server-only";
import { inArray } from "drizzle-orm";
import { parkingInvoices } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";

/** What the receipt shows of an issued invoice (the e-mail stays on the server). */
export interface InvoiceView {
  number: string;
  issuedAt: string;
  title: string;
  taxNumber: string | null;
  amountFen: number;
}

export const invoiceViewOf = (row: typeof parkingInvoices.$inferSelect): InvoiceView => ({
  number: row.number,
  issuedAt: row.issuedAt.toISOString(),
  title: row.title,
  taxNumber: row.taxNumber,
  amountFen: row.amountFen,
});

/** The invoices of these bills, by bill id. */
export async function invoicesOf(db: Db, stayIds: string[]): Promise<Map<string, InvoiceView>> {
  if (stayIds.length === 0) return new Map();
  const rows = await db.select().from(parkingInvoices).where(inArray(parkingInvoices.stayId, stayIds));
  return new Map(rows.map((row) => [row.stayId, invoiceViewOf(row)]));
}
