import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDb } from "@/lib/db/open";
import { parkingStays } from "@/lib/db/schema";
import { bindPlate } from "@/lib/parking/plates";
import { gateEvent, HOUR, licensedPlate, testFee, uniquePlate } from "@/lib/testing/parking-fixtures";
import { refusal } from "@/lib/testing/refusal";
import { createTestDb } from "@/lib/testing/test-db";
import { createTestUser } from "@/lib/testing/test-users";
import { InvoiceRequest, invoiceOfOrThrow, requestInvoice } from "./e-invoice";
import { ingestGateEvents } from "./gate-events";
import { invoicePdf } from "./invoice-pdf";
import { listVisibleSessions } from "./visible-sessions";

let opened: OpenDb;
beforeAll(async () => {
  opened = await createTestDb();
});
afterAll(() => opened.close());

const now = new Date("2026-11-25T12:00:00+08:00");
const buyer = InvoiceRequest.parse({
  title: "杭州示例科技有限公司",
  taxNumber: "91330106ma2cfxxx1x",
  email: "a@example.com",
});

/** A resident with one billed stay; `paid` marks it paid as a settled debit would. */
async function billedStay(paid: boolean) {
  const userId = await createTestUser(opened.db);
  const plate = uniquePlate();
  await bindPlate(opened.db, userId, licensedPlate(plate), new Date(now.getTime() - 48 * HOUR));
  const result = await ingestGateEvents(
    opened.db,
    [gateEvent(plate, "entry", new Date(now.getTime() - 2 * HOUR)), gateEvent(plate, "exit", now)],
    { now, computeFee: testFee },
  );
  const stayId = result.billedStayIds[0]!;
  if (paid)
    await opened.db
      .update(parkingStays)
      .set({ status: "paid", paidAt: now })
      .where(eq(parkingStays.id, stayId));
  return { userId, stayId, plate };
}

describe("e-invoices for paid parking bills", () => {
  it("issues one per bill; asking again returns the same one; the bill and its PDF show it", async () => {
    const { userId, stayId, plate } = await billedStay(true);
    const first = await requestInvoice(opened.db, userId, stayId, buyer, now);
    expect(first.issued).toBe(true);
    expect(first.invoice).toMatchObject({
      title: "杭州示例科技有限公司",
      taxNumber: "91330106MA2CFXXX1X",
      amountFen: 1000,
    });
    expect(first.invoice.number).toMatch(/^20261125\d{8}$/);
    const again = await requestInvoice(opened.db, userId, stayId, { ...buyer, title: "另一个抬头" }, now);
    expect(again).toEqual({ invoice: first.invoice, issued: false });
    const [session] = (await listVisibleSessions(opened.db, userId, "zh-CN", now)).filter(
      (s) => s.id === stayId,
    );
    expect(session!.invoice).toEqual(first.invoice);

    const { invoice } = await invoiceOfOrThrow(opened.db, userId, stayId);
    const pdf = invoicePdf(invoice, { plate, lotName: "飞来峰停车场" }).toString("latin1");
    expect(pdf.startsWith("%PDF-1.4\n")).toBe(true);
    expect(pdf).toContain(`No. ${invoice.number}`);
    // Every cross-reference points at its object, so readers open it without repairing it.
    const offsets = [...pdf.matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]));
    expect(offsets).toHaveLength(8);
    expect(offsets.map((offset) => pdf.slice(offset, pdf.indexOf("\n", offset)))).toEqual(
      offsets.map((_, i) => `${i + 1} 0 obj`),
    );
    expect(pdf.slice(Number(/startxref\n(\d+)/.exec(pdf)![1]))).toMatch(/^xref\n/);
  });

  it("is refused for a bill not paid yet, and a bill of someone else does not exist", async () => {
    const unpaid = await billedStay(false);
    expect((await refusal(requestInvoice(opened.db, unpaid.userId, unpaid.stayId, buyer, now))).code).toBe(
      "conflict",
    );
    const other = await createTestUser(opened.db);
    expect((await refusal(requestInvoice(opened.db, other, unpaid.stayId, buyer, now))).code).toBe(
      "not_found",
    );
    expect((await refusal(invoiceOfOrThrow(opened.db, unpaid.userId, unpaid.stayId))).code).toBe("not_found");
  });

  it("checks what it is given: a title, a tax number of 15, 18 or 20 characters (or none), an e-mail", () => {
    expect(InvoiceRequest.safeParse({ title: "张三", email: "z@example.com" }).data).toEqual({
      title: "张三",
      taxNumber: null,
      email: "z@example.com",
    });
    for (const bad of [
      { title: "", email: "z@example.com" },
      { title: "张三", taxNumber: "123", email: "z@example.com" },
      { title: "张三", email: "not an e-mail" },
      { title: "张三", email: "z@example.com", extra: 1 },
    ]) {
      expect(InvoiceRequest.safeParse(bad).success).toBe(false);
    }
  });
});
