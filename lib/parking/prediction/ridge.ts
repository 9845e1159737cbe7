/** A linear model y ≈ intercept + Σ weights·x. */
export interface LinearModel {
  intercept: number;
  weights: number[];
}

/** Solves A·x = b in place by Gaussian elimination with partial pivoting (A is small and square). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let row = col + 1; row < n; row++) {
      if (Math.abs(a[row]![col]!) > Math.abs(a[pivot]![col]!)) pivot = row;
    }
    [a[col], a[pivot]] = [a[pivot]!, a[col]!];
    [b[col], b[pivot]] = [b[pivot]!, b[col]!];
    const p = a[col]![col]!;
    if (Math.abs(p) < 1e-12) continue;
    for (let row = col + 1; row < n; row++) {
      const f = a[row]![col]! / p;
      if (f === 0) continue;
      for (let k = col; k < n; k++) a[row]![k]! -= f * a[col]![k]!;
      b[row]! -= f * b[col]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let row = n - 1; row >= 0; row--) {
    const p = a[row]![row]!;
    if (Math.abs(p) < 1e-12) continue;
    let sum = b[row]!;
    for (let k = row + 1; k < n; k++) sum -= a[row]![k]! * x[k]!;
    x[row] = sum / p;
  }
  return x;
}

/**
 * Ridge regression: minimises Σ (y − intercept − w·x)² + λ·Σ (w − prior)², the intercept unpenalised.
 * A prior other than zero shrinks towards another model's weights (a lot towards all lots).
 */
export function fitRidge(
  xs: readonly (readonly number[])[],
  ys: readonly number[],
  lambda: number,
  prior?: readonly number[],
): LinearModel {
  const d = xs[0]?.length ?? 0;
  const n = d + 1;
  const a = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  const b = new Array<number>(n).fill(0);
  for (let i = 0; i < xs.length; i++) {
    const row = [1, ...(xs[i] as number[])];
    const y = ys[i] as number;
    for (let r = 0; r < n; r++) {
      b[r]! += row[r]! * y;
      for (let c = r; c < n; c++) a[r]![c]! += row[r]! * row[c]!;
    }
  }
  for (let r = 0; r < n; r++) for (let c = 0; c < r; c++) a[r]![c] = a[c]![r]!;
  for (let k = 1; k < n; k++) {
    a[k]![k]! += lambda;
    b[k]! += lambda * (prior?.[k - 1] ?? 0);
  }
  const [intercept = 0, ...weights] = solve(a, b);
  return { intercept, weights };
}

export function predictLinear(model: LinearModel, x: readonly number[]): number {
  let y = model.intercept;
  for (let k = 0; k < model.weights.length; k++) y += (model.weights[k] as number) * (x[k] as number);
  return y;
}
