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
 * Sums of a design with a leading 1 column, [1, x]ᵀ[1, x] (row-major, (d+1)²) and [1, x]ᵀy: what a ridge fit
 * needs. Kept apart so many fits that share rows (one per lead time) accumulate the costly part once.
 */
export interface RidgeMoments {
  d: number;
  xtx: Float64Array;
  xty: Float64Array;
}

export function emptyMoments(d: number): RidgeMoments {
  return { d, xtx: new Float64Array((d + 1) * (d + 1)), xty: new Float64Array(d + 1) };
}

/** Adds (sign = 1) or removes (sign = −1) one row's contribution to the upper triangle of xtx, and to xty. */
export function addRow(m: RidgeMoments, x: ArrayLike<number>, y: number, sign = 1, withXtx = true): void {
  const n = m.d + 1;
  const { xtx, xty } = m;
  xty[0]! += sign * y;
  for (let r = 1; r < n; r++) xty[r]! += sign * (x[r - 1] as number) * y;
  if (!withXtx) return;
  xtx[0]! += sign;
  for (let c = 1; c < n; c++) xtx[c]! += sign * (x[c - 1] as number);
  for (let r = 1; r < n; r++) {
    const xr = sign * (x[r - 1] as number);
    if (xr === 0) continue;
    const base = r * n;
    for (let c = r; c < n; c++) xtx[base + c]! += xr * (x[c - 1] as number);
  }
}

/** The ridge solution from moments (upper triangle of xtx used); see `fitRidge`. */
export function fitRidgeFromMoments(m: RidgeMoments, lambda: number, prior?: readonly number[]): LinearModel {
  const n = m.d + 1;
  const a: number[][] = [];
  for (let r = 0; r < n; r++) {
    const row = new Array<number>(n);
    for (let c = 0; c < n; c++) row[c] = c >= r ? m.xtx[r * n + c]! : m.xtx[c * n + r]!;
    a.push(row);
  }
  const b = Array.from(m.xty);
  for (let k = 1; k < n; k++) {
    a[k]![k]! += lambda;
    b[k]! += lambda * (prior?.[k - 1] ?? 0);
  }
  const [intercept = 0, ...weights] = solve(a, b);
  return { intercept, weights };
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
  const moments = emptyMoments(xs[0]?.length ?? 0);
  for (let i = 0; i < xs.length; i++) addRow(moments, xs[i] as number[], ys[i] as number);
  return fitRidgeFromMoments(moments, lambda, prior);
}

export function predictLinear(model: LinearModel, x: readonly number[]): number {
  let y = model.intercept;
  for (let k = 0; k < model.weights.length; k++) y += (model.weights[k] as number) * (x[k] as number);
  return y;
}
