import { describe, expect, it } from "vitest";
import { plateProgress } from "./plate-progress";

describe("plateProgress", () => {
  it.each([
    ["", { state: "empty" }],
    ["浙", { state: "partial", typed: 1 }],
    ["浙a1", { state: "partial", typed: 3 }],
    ["浙A12345", { state: "complete", kind: "ordinary" }],
    ["浙AD12345", { state: "complete", kind: "new_energy_small" }],
    ["浙A12345D", { state: "complete", kind: "new_energy_large" }],
    ["浙A1234学", { state: "complete", kind: "special" }],
    ["A", { state: "invalid", position: 1 }],
    ["浙1", { state: "invalid", position: 2 }],
    ["浙AO", { state: "invalid", position: 3 }],
    ["浙A学", { state: "invalid", position: 3 }],
    ["浙A123456", { state: "invalid", position: 8 }],
    ["浙A1234567", { state: "invalid", position: 9 }],
  ] as const)("%j → %j", (typed, progress) => {
    expect(plateProgress(typed)).toEqual(progress);
  });
});
