import { describe, expect, it } from "vitest";
import { HisCancelBody, HisCloseBody } from "./his-schemas";
import { issuesOf } from "./test-issues";

describe("HisCancelBody and HisCloseBody", () => {
  it("accept exactly their two ids", () => {
    expect(HisCancelBody.parse({ hospitalId: "hz-1", chargeId: "C1" })).toEqual({
      hospitalId: "hz-1",
      chargeId: "C1",
    });
    expect(HisCloseBody.parse({ hospitalId: "hz-1", visitId: "V1" })).toEqual({
      hospitalId: "hz-1",
      visitId: "V1",
    });
  });

  const cases: [
    why: string,
    schema: typeof HisCancelBody | typeof HisCloseBody,
    body: unknown,
    issue: string,
  ][] = [
    [
      "cancel: a visitId instead of a chargeId",
      HisCancelBody,
      { hospitalId: "h", visitId: "V1" },
      "chargeId: Invalid input: expected string, received undefined",
    ],
    [
      "cancel: an extra reason",
      HisCancelBody,
      { hospitalId: "h", chargeId: "C1", reason: "refund" },
      ': Unrecognized key: "reason"',
    ],
    [
      "cancel: a bad chargeId",
      HisCancelBody,
      { hospitalId: "h", chargeId: "C#1" },
      "chargeId: errors.clinic.his.idFormat",
    ],
    [
      "cancel: no hospitalId",
      HisCancelBody,
      { chargeId: "C1" },
      "hospitalId: Invalid input: expected string, received undefined",
    ],
    [
      "close: a chargeId instead of a visitId",
      HisCloseBody,
      { hospitalId: "h", chargeId: "C1" },
      "visitId: Invalid input: expected string, received undefined",
    ],
    [
      "close: items",
      HisCloseBody,
      { hospitalId: "h", visitId: "V1", items: [] },
      ': Unrecognized key: "items"',
    ],
    [
      "close: an empty visitId",
      HisCloseBody,
      { hospitalId: "h", visitId: "" },
      "visitId: errors.clinic.his.idFormat",
    ],
    ["close: a null body", HisCloseBody, null, ": Invalid input: expected object, received null"],
  ];
  it.each(cases)("refuse %s", (_why, schema, body, issue) => {
    expect(issuesOf(schema, body)).toContain(issue);
  });
});
