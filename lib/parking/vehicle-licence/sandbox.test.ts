import { describe, expect, it } from "vitest";
import { sandboxVehicleLicence, sandboxVinLast6 } from "./sandbox";
import { VinLast6Schema } from "./types";

describe("the sandbox licence rule", () => {
  it.each([
    ["浙A12345", "012345"],
    ["浙AD12345", "D12345"],
    ["浙A12345D", "12345D"],
    ["沪BX7K9A", "0X7K9A"],
    ["浙AQ7K21", "007K21"],
  ])("the VIN of %s ends in %s", (plate, tail) => {
    expect(sandboxVinLast6(plate)).toBe(tail);
  });

  it("answers match only for the rule's VIN tail, whatever the name", async () => {
    const licence = sandboxVehicleLicence();
    expect(await licence.check({ plate: "浙A12345", ownerName: "张三", vinLast6: "012345" })).toBe("match");
    expect(await licence.check({ plate: "浙A12345", ownerName: "Anyone", vinLast6: "012345" })).toBe("match");
    expect(await licence.check({ plate: "浙A12345", ownerName: "张三", vinLast6: "123450" })).toBe(
      "mismatch",
    );
    expect(await licence.check({ plate: "浙A12346", ownerName: "张三", vinLast6: "012345" })).toBe(
      "mismatch",
    );
  });

  it("reads a VIN tail typed in lower case or with spaces, and refuses letters a VIN never has", () => {
    expect(VinLast6Schema.parse(" d1 2345 ")).toBe("D12345");
    for (const bad of ["12345", "1234567", "12345O", "I23456", "12345Q", "12-345"]) {
      expect(VinLast6Schema.safeParse(bad).success).toBe(false);
    }
  });
});
