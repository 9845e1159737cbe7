import { describe, expect, it } from "vitest";
import {
  maskResidentId,
  RealName,
  ResidentIdNumber,
  residentIdCheckCharacter,
  residentIdNumberSchema,
  residentIdProblem,
} from "./resident-id";

// 00:30 on 1 March 2026 in Shanghai is still 28 February in UTC: birth dates are judged in Shanghai.
const NOW = new Date("2026-03-01T00:30:00+08:00");
const schema = residentIdNumberSchema(() => NOW);

const valid: [input: string, normalised: string, why: string][] = [
  ["330106199003071236", "330106199003071236", "Hangzhou Xihu, 1990-03-07"],
  [" 33010620000229031x ", "33010620000229031X", "leap day, lower-case x, spaces around"],
  ["330106 19900307 1236", "330106199003071236", "grouped with spaces"],
  ["３３０１０６１９９００３０７１２３６", "330106199003071236", "full-width digits"],
  ["110105194910010015", "110105194910010015", "Beijing"],
  ["810000199001010019", "810000199001010019", "Hong Kong residence permit"],
  ["830000199001010012", "830000199001010012", "Taiwan residence permit"],
  ["330106190001010017", "330106190001010017", "born 1900-01-01, the earliest allowed"],
  ["33010620260301001X", "33010620260301001X", "born today in Shanghai (yesterday in UTC)"],
];

const invalid: [input: string, problem: string, why: string][] = [
  ["", "residentIdFormat", "empty"],
  ["33010619900307123", "residentIdFormat", "17 characters"],
  ["3301061990030712366", "residentIdFormat", "19 characters"],
  ["33010619900307123Y", "residentIdFormat", "check character Y"],
  ["X30106199003071236", "residentIdFormat", "X not at the end"],
  ["330106-19900307-1236", "residentIdFormat", "dashes"],
  ["00010619900307123X", "residentIdRegion", "province 00"],
  ["160106199003071234", "residentIdRegion", "province 16"],
  ["840000199001010014", "residentIdRegion", "province 84"],
  ["920000199001010014", "residentIdRegion", "province 92"],
  ["330106199002301239", "residentIdBirthDate", "30 February"],
  ["330106199013011237", "residentIdBirthDate", "month 13"],
  ["330106199001001234", "residentIdBirthDate", "day 0"],
  ["330106190002291236", "residentIdBirthDate", "29 February 1900 (not a leap year)"],
  ["330106199302291239", "residentIdBirthDate", "29 February 1993"],
  ["330106189912310012", "residentIdBirthBefore1900", "born 1899"],
  ["330106202603020015", "residentIdBirthInFuture", "born tomorrow in Shanghai"],
  ["330106203001010017", "residentIdBirthInFuture", "born 2030"],
  ["330106199003071235", "residentIdChecksum", "last digit changed"],
  ["330106199003071246", "residentIdChecksum", "17th digit changed"],
  ["330106200002290310", "residentIdChecksum", "0 instead of X"],
];

describe("ResidentIdNumber", () => {
  it.each(valid)("accepts %s as %s (%s)", (input, normalised) => {
    expect(schema.parse(input)).toBe(normalised);
  });

  it.each(invalid)("refuses %s with %s (%s)", (input, problem) => {
    const result = schema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([expect.objectContaining({ message: `errors.clinic.${problem}` })]);
  });

  it("reports the input masked, never in full", () => {
    const result = schema.safeParse("330106199003071235", { reportInput: true });
    expect(result.error?.issues[0]?.input).toBe("330106********1235");
    expect(JSON.stringify(result.error?.issues)).not.toContain("330106199003071235");
  });

  it("reads the clock at parse time", () => {
    let now = new Date("2026-03-01T23:59:59+08:00");
    const clocked = residentIdNumberSchema(() => now);
    expect(clocked.safeParse("330106202603020015").success).toBe(false);
    now = new Date("2026-03-02T00:00:00+08:00");
    expect(clocked.safeParse("330106202603020015").success).toBe(true);
  });

  it("uses the real clock by default", () => {
    expect(ResidentIdNumber.parse("330106199003071236")).toBe("330106199003071236");
    expect(ResidentIdNumber.safeParse("330106203001010017").success).toBe(false);
  });

  it("refuses non-strings and very long text", () => {
    expect(schema.safeParse(3301061990).success).toBe(false);
    const long = schema.safeParse("330106199003071236".repeat(4), { reportInput: true });
    expect(long.error?.issues[0]?.message).toBe("errors.clinic.residentIdFormat");
    expect(JSON.stringify(long.error?.issues)).not.toContain("330106199003071236");
  });
});

describe("residentIdCheckCharacter", () => {
  it.each([
    ["33010619900307123", "6"],
    ["33010620000229031", "X"],
    ["11010519491001001", "5"],
    ["00010619900307123", "X"],
  ])("of %s is %s", (first17, check) => {
    expect(residentIdCheckCharacter(first17)).toBe(check);
  });

  it("refuses anything but 17 digits", () => {
    expect(() => residentIdCheckCharacter("3301061990030712")).toThrow(RangeError);
    expect(() => residentIdCheckCharacter("3301061990030712X")).toThrow(RangeError);
  });

  it("makes every single-digit typo detectable", () => {
    const id = "330106199003071236";
    for (let position = 0; position < 17; position++) {
      for (let digit = 0; digit <= 9; digit++) {
        if (String(digit) === id[position]) continue;
        const typo = `${id.slice(0, position)}${digit}${id.slice(position + 1)}`;
        expect(residentIdCheckCharacter(typo.slice(0, 17))).not.toBe(id[17]);
      }
    }
  });
});

describe("residentIdProblem", () => {
  it("expects a normalised number", () => {
    expect(residentIdProblem("33010620000229031x", NOW)).toBe("residentIdFormat");
    expect(residentIdProblem("33010620000229031X", NOW)).toBeNull();
  });
});

describe("maskResidentId", () => {
  it.each([
    ["33010620000229031X", "330106********031X"],
    ["33010620000229031x", "330106********031X"],
    ["330106199003071236", "330106********1236"],
    ["short", "*****"],
  ])("masks %s as %s", (id, masked) => {
    expect(maskResidentId(id)).toBe(masked);
  });
});

describe("RealName", () => {
  it.each([
    ["张三", "张三"],
    ["  王小明  ", "王小明"],
    ["阿卜杜拉·艾则孜", "阿卜杜拉·艾则孜"],
    ["阿卜杜拉・艾则孜", "阿卜杜拉·艾则孜"],
    ["阿卜杜拉•艾则孜", "阿卜杜拉·艾则孜"],
    ["Zhang   San", "Zhang San"],
    ["Zhang\u3000San", "Zhang San"],
    ["José Müller", "José Müller"],
    ["Jose\u0301 Mu\u0308ller", "José Müller"],
    ["བཀྲ ཤིས", "བཀྲ ཤིས"],
    ["Мария Иванова", "Мария Иванова"],
    ["𠮷野", "𠮷野"],
    ["a".repeat(30), "a".repeat(30)],
  ])("accepts %j as %j", (input, name) => {
    expect(RealName.parse(input)).toBe(name);
  });

  it.each([
    ["张", "realNameLength", "one character"],
    ["  张  ", "realNameLength", "one character after trimming"],
    ["", "realNameLength", "empty"],
    ["a".repeat(31), "realNameLength", "31 characters"],
    ["张三1", "realNameCharacters", "digit"],
    ["张三３", "realNameCharacters", "full-width digit"],
    ["张\t三", "realNameCharacters", "tab"],
    ["张\n三", "realNameCharacters", "newline"],
    ["张\u0000三", "realNameCharacters", "NUL"],
    ["O'Brien", "realNameCharacters", "apostrophe"],
    ["·张三", "realNameCharacters", "leading dot"],
    ["张三·", "realNameCharacters", "trailing dot"],
    ["张三😀", "realNameCharacters", "emoji"],
    ["<script>", "realNameCharacters", "markup"],
  ])("refuses %j with %s (%s)", (input, problem) => {
    const result = RealName.safeParse(input, { reportInput: true });
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ message: `errors.clinic.${problem}`, input: "(withheld)" }),
    ]);
  });
});
