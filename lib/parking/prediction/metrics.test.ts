import { describe, expect, it } from "vitest";
import { errorSummary } from "./metrics";

describe("errorSummary", () => {
  it("gives MAE and RMSE", () => {
    const { mae, rmse } = errorSummary([0.1, 0.5, 0.9], [0.2, 0.5, 0.6]);
    expect(mae).toBeCloseTo(0.4 / 3, 12);
    expect(rmse).toBeCloseTo(Math.sqrt(0.1 / 3), 12);
  });

  it("is NaN without pairs, or with mismatched lists", () => {
    expect(errorSummary([], []).mae).toBeNaN();
    expect(errorSummary([1], [1, 2]).rmse).toBeNaN();
  });
});
