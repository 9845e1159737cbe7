import { describe, expect, it } from "vitest";
import { HisChargeBody } from "./his-schemas";
import { issuesOf } from "./test-issues";

type Body = Record<string, unknown>;
type Item = Record<string, unknown>;

const item = (changes: Item = {}): Item => ({
  code: "001102000010000-110200001",
  display: "普通门诊诊查费",
  quantity: 2,
  unitPriceFen: 1_250,
  insuranceFen: 1_500,
  selfPayFen: 1_000,
  ...changes,
});

const charge = (changes: Body = {}): Body => ({
  chargeId: "CHG-2026.0501:0001",
  hospitalId: "hz-first-hospital",
  visitId: "V_20260501_42",
  patientToken: "AQGtlB0kSEMzMzAxMDY6MjAyNi4wMDAxLWFiX2Nk",
  occurredAt: "2026-05-01T10:05:00+08:00",
  items: [item()],
  ...changes,
});

describe("HisChargeBody accepts", () => {
  it.each<[string, Body]>([
    ["the example charge", charge()],
    ["no patientToken", (({ patientToken: _, ...rest }) => rest)(charge())],
    ["a UTC time", charge({ occurredAt: "2026-05-01T02:05:00Z" })],
    ["milliseconds and another offset", charge({ occurredAt: "2026-05-01T02:05:00.123-05:00" })],
    [
      "all-insurance and all-self-pay items",
      charge({
        items: [item({ insuranceFen: 2_500, selfPayFen: 0 }), item({ insuranceFen: 0, selfPayFen: 2_500 })],
      }),
    ],
    ["a free item", charge({ items: [item({ unitPriceFen: 0, insuranceFen: 0, selfPayFen: 0 })] })],
    ["200 items", charge({ items: Array.from({ length: 200 }, () => item()) })],
    ["64-character ids", charge({ chargeId: "a".repeat(64), visitId: "A.b_c:d-9".repeat(7).slice(0, 64) })],
  ])("%s", (_why, body) => {
    const result = HisChargeBody.safeParse(body);
    expect(result.error?.issues).toBeUndefined();
    expect(result.data).toEqual(body);
  });
});

describe("HisChargeBody refuses", () => {
  const cases: [why: string, body: unknown, issue: string][] = [
    ["an unknown key", charge({ amountFen: 2_500 }), ': Unrecognized key: "amountFen"'],
    [
      "an unknown item key",
      charge({ items: [{ ...item(), note: "x" }] }),
      'items.0: Unrecognized key: "note"',
    ],
    [
      "a missing chargeId",
      (({ chargeId: _, ...rest }) => rest)(charge()),
      "chargeId: Invalid input: expected string, received undefined",
    ],
    ["an empty chargeId", charge({ chargeId: "" }), "chargeId: errors.clinic.his.idFormat"],
    [
      "a 65-character hospitalId",
      charge({ hospitalId: "h".repeat(65) }),
      "hospitalId: errors.clinic.his.idFormat",
    ],
    ["a visitId with a slash", charge({ visitId: "V/1" }), "visitId: errors.clinic.his.idFormat"],
    ["a visitId with a space", charge({ visitId: "V 1" }), "visitId: errors.clinic.his.idFormat"],
    ["a numeric chargeId", charge({ chargeId: 42 }), "chargeId: errors.clinic.his.idFormat"],
    ["a Chinese hospitalId", charge({ hospitalId: "浙大一院" }), "hospitalId: errors.clinic.his.idFormat"],
    [
      "a null patientToken",
      charge({ patientToken: null }),
      "patientToken: errors.clinic.his.patientTokenFormat",
    ],
    [
      "an empty patientToken",
      charge({ patientToken: "" }),
      "patientToken: errors.clinic.his.patientTokenFormat",
    ],
    [
      "a patientToken with +/",
      charge({ patientToken: "ab+/cd" }),
      "patientToken: errors.clinic.his.patientTokenFormat",
    ],
    [
      "a time without offset",
      charge({ occurredAt: "2026-05-01T10:05:00" }),
      "occurredAt: errors.clinic.his.occurredAtFormat",
    ],
    ["a date only", charge({ occurredAt: "2026-05-01" }), "occurredAt: errors.clinic.his.occurredAtFormat"],
    [
      "an impossible date",
      charge({ occurredAt: "2026-02-30T10:05:00+08:00" }),
      "occurredAt: errors.clinic.his.occurredAtFormat",
    ],
    ["a Unix time", charge({ occurredAt: 1_777_600_000 }), "occurredAt: errors.clinic.his.occurredAtFormat"],
    ["no items", charge({ items: [] }), "items: errors.clinic.his.itemsCount"],
    [
      "201 items",
      charge({ items: Array.from({ length: 201 }, () => item()) }),
      "items: errors.clinic.his.itemsCount",
    ],
    ["items as an object", charge({ items: item() }), "items: errors.clinic.his.itemsCount"],
    [
      "quantity 0",
      charge({ items: [item({ quantity: 0, insuranceFen: 0, selfPayFen: 0 })] }),
      "items.0.quantity: errors.clinic.his.quantityInvalid",
    ],
    [
      "quantity 1.5",
      charge({ items: [item({ quantity: 1.5 })] }),
      "items.0.quantity: errors.clinic.his.quantityInvalid",
    ],
    [
      "a negative price",
      charge({ items: [item({ unitPriceFen: -1250, insuranceFen: -2500, selfPayFen: 0 })] }),
      "items.0.unitPriceFen: errors.clinic.his.amountInvalid",
    ],
    [
      "fractional fen",
      charge({ items: [item({ selfPayFen: 1000.5 })] }),
      "items.0.selfPayFen: errors.clinic.his.amountInvalid",
    ],
    [
      "an amount as text",
      charge({ items: [item({ insuranceFen: "1500" })] }),
      "items.0.insuranceFen: errors.clinic.his.amountInvalid",
    ],
    [
      "an unsafe integer",
      charge({ items: [item({ unitPriceFen: 2 ** 53 })] }),
      "items.0.unitPriceFen: errors.clinic.his.amountInvalid",
    ],
    [
      "a split short by 1 fen",
      charge({ items: [item(), item({ selfPayFen: 999 })] }),
      "items.1: errors.clinic.his.itemSplitMismatch",
    ],
    [
      "a split over by 1 fen",
      charge({ items: [item({ insuranceFen: 1_501 })] }),
      "items.0: errors.clinic.his.itemSplitMismatch",
    ],
    [
      "a split that ignores quantity",
      charge({ items: [item({ insuranceFen: 250, selfPayFen: 1_000 })] }),
      "items.0: errors.clinic.his.itemSplitMismatch",
    ],
    [
      "a split off by 1 beyond 2^53 (equal as floats)",
      charge({
        items: [
          item({
            quantity: 3,
            unitPriceFen: 2 ** 52 + 1,
            insuranceFen: 2 ** 53 - 1,
            selfPayFen: 2 ** 52 + 5,
          }),
        ],
      }),
      "items.0: errors.clinic.his.itemSplitMismatch",
    ],
    [
      "a product beyond 2^53 split exactly (the books keep 32-bit fen: over 20 million 元 is refused)",
      charge({
        items: [
          item({
            quantity: 3,
            unitPriceFen: 2 ** 52 + 1,
            insuranceFen: 2 ** 53 - 1,
            selfPayFen: 2 ** 52 + 4,
          }),
        ],
      }),
      "items: errors.clinic.his.amountInvalid",
    ],
    [
      "an empty code",
      charge({ items: [item({ code: "" })] }),
      "items.0.code: errors.clinic.his.itemCodeFormat",
    ],
    [
      "a code with a space",
      charge({ items: [item({ code: "0011 02" })] }),
      "items.0.code: errors.clinic.his.itemCodeFormat",
    ],
    [
      "a 65-character code",
      charge({ items: [item({ code: "1".repeat(65) })] }),
      "items.0.code: errors.clinic.his.itemCodeFormat",
    ],
    [
      "a blank display",
      charge({ items: [item({ display: "   " })] }),
      "items.0.display: errors.clinic.his.itemDisplayFormat",
    ],
    [
      "a display with a newline",
      charge({ items: [item({ display: "诊查费\n" })] }),
      "items.0.display: errors.clinic.his.itemDisplayFormat",
    ],
    [
      "a 201-character display",
      charge({ items: [item({ display: "费".repeat(201) })] }),
      "items.0.display: errors.clinic.his.itemDisplayFormat",
    ],
    ["an array body", [charge()], ": Invalid input: expected object, received array"],
  ];
  it.each(cases)("%s", (_why, body, issue) => {
    expect(issuesOf(HisChargeBody, body)).toContain(issue);
  });

  it("says which totals disagree", () => {
    const issue = HisChargeBody.safeParse(charge({ items: [item({ selfPayFen: 999 })] })).error?.issues[0];
    expect(issue).toMatchObject({ params: { unitPriceTimesQuantity: "2500", insurancePlusSelfPay: "2499" } });
  });
});
