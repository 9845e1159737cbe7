/** Mean absolute and root-mean-square error. */
export interface ErrorSummary {
  mae: number;
  rmse: number;
}

export function errorSummary(predicted: readonly number[], actual: readonly number[]): ErrorSummary {
  const n = predicted.length;
  if (n === 0 || n !== actual.length) return { mae: Number.NaN, rmse: Number.NaN };
  let absolute = 0;
  let squared = 0;
  for (let i = 0; i < n; i++) {
    const e = (predicted[i] as number) - (actual[i] as number);
    absolute += Math.abs(e);
    squared += e * e;
  }
  return { mae: absolute / n, rmse: Math.sqrt(squared / n) };
}
