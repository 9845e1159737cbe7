import { describe, expect, it } from "vitest";
import { classOfPlate, normalisePlate, PlateSchema, plateKind } from "./plate-format";

const valid: [input: string, plate: string, kind: string][] = [
  ["浙A12345", "浙A12345", "ordinary"],
  ["浙a12345", "浙A12345", "ordinary"],
  ["浙A·12345", "浙A12345", "ordinary"],
  [" 浙 A 1234 5 ", "浙A12345", "ordinary"],
  ["浙Ａ１２３４５", "浙A12345", "ordinary"],
  ["京B8X9Y7", "京B8X9Y7", "ordinary"],
  ["沪C1234学", "沪C1234学", "special"],
  ["粤B1234挂", "粤B1234挂", "special"],
  ["浙AD12345", "浙AD12345", "new_energy_small"],
  ["浙AFA1234", "浙AFA1234", "new_energy_small"],
  ["浙a·d12345", "浙AD12345", "new_energy_small"],
  ["浙A12345D", "浙A12345D", "new_energy_large"],
  ["川A12345F", "川A12345F", "new_energy_large"],
];

const invalid: [input: string, why: string][] = [
  ["", "empty"],
  ["A12345", "no province"],
  ["浙12345", "no city letter"],
  ["浙A1234", "too short"],
  ["浙A123456", "7 serial characters, not new-energy"],
  ["浙AI2345", "letter I is never used"],
  ["浙AO2345", "letter O is never used"],
  ["浙1A2345", "city is a digit"],
  ["台A12345", "not a mainland province"],
  ["浙AD1234A", "small new-energy ends in four digits"],
  ["浙AX12345", "8 characters need D or F"],
  ["浙A1234DF", "large new-energy has five digits"],
  ["浙A12345678", "too long"],
  ["浙A1234🚗", "emoji"],
];

describe("plate formats", () => {
  it.each(valid)("accepts %s as %s (%s)", (input, plate, kind) => {
    expect(normalisePlate(input)).toBe(plate);
    expect(plateKind(plate)).toBe(kind);
    expect(PlateSchema.parse(input)).toBe(plate);
  });

  it.each(invalid)("refuses %s (%s)", (input) => {
    const result = PlateSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("errors.parking.plateInvalid");
  });

  it("knows the class from new-energy plates only", () => {
    expect(classOfPlate("浙AD12345")).toBe("small");
    expect(classOfPlate("浙A12345D")).toBe("large");
    expect(classOfPlate("浙A12345")).toBeNull();
  });
});
