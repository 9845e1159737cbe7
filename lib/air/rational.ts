// Exact non-negative rationals on bigint. The AQI rounds every index UP, so a binary-floating-point result a hair
// above an integer (CO 2.2 mg/m³ → 55.00000000000001) would publish the wrong index; fractions cannot slip.

/** An exact fraction, always in lowest terms with a positive denominator. */
export interface Ratio {
  readonly numerator: bigint;
  readonly denominator: bigint;
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/** The fraction numerator/denominator (denominator ≠ 0), reduced. */
export function ratio(numerator: bigint, denominator = 1n): Ratio {
  if (denominator === 0n) throw new RangeError("A ratio cannot have a zero denominator.");
  const sign = denominator < 0n ? -1n : 1n;
  const divisor = gcd(numerator, denominator) || 1n;
  return { numerator: (sign * numerator) / divisor, denominator: (sign * denominator) / divisor };
}

const DECIMAL = /^(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/i;

/** The exact value of a decimal literal such as "2.2", "60" or "1e-7". */
export function parseDecimal(text: string): Ratio {
  const match = DECIMAL.exec(text);
  if (!match) throw new RangeError(`Not a non-negative decimal: ${text}`);
  const [, whole = "", fraction = "", exponentText = "0"] = match;
  const exponent = Number(exponentText) - fraction.length;
  const digits = BigInt(whole + fraction);
  return exponent >= 0 ? ratio(digits * 10n ** BigInt(exponent)) : ratio(digits, 10n ** BigInt(-exponent));
}

/**
 * The number as it was written: the shortest decimal that reads back as this double (what JSON.parse and
 * String agree on), so 2.2 means 22/10 and not the binary double just above it.
 */
export function fromNumber(value: number): Ratio {
  if (!Number.isFinite(value) || value < 0) throw new RangeError(`Not a finite number ≥ 0: ${value}`);
  return parseDecimal(String(value));
}

export function add(a: Ratio, b: Ratio): Ratio {
  return ratio(a.numerator * b.denominator + b.numerator * a.denominator, a.denominator * b.denominator);
}

export function subtract(a: Ratio, b: Ratio): Ratio {
  return ratio(a.numerator * b.denominator - b.numerator * a.denominator, a.denominator * b.denominator);
}

export function multiply(a: Ratio, b: Ratio): Ratio {
  return ratio(a.numerator * b.numerator, a.denominator * b.denominator);
}

export function divide(a: Ratio, b: Ratio): Ratio {
  return ratio(a.numerator * b.denominator, a.denominator * b.numerator);
}

/** Negative, zero or positive as a is below, equal to or above b. */
export function compare(a: Ratio, b: Ratio): number {
  const difference = a.numerator * b.denominator - b.numerator * a.denominator;
  return difference < 0n ? -1 : difference > 0n ? 1 : 0;
}

function floorOf(a: Ratio): bigint {
  const quotient = a.numerator / a.denominator;
  return a.numerator < 0n && quotient * a.denominator !== a.numerator ? quotient - 1n : quotient;
}

/** The smallest integer ≥ a. */
export function ceil(a: Ratio): bigint {
  return -floorOf(ratio(-a.numerator, a.denominator));
}

/** The nearest integer, halves going up. */
export function roundHalfUp(a: Ratio): bigint {
  return floorOf(add(a, ratio(1n, 2n)));
}

function scaleOf(decimals: number): Ratio {
  return ratio(10n ** BigInt(decimals));
}

/** a rounded to `decimals` places per GB/T 8170: halves go to the even last digit (四舍六入五成双). */
export function roundHalfEven(a: Ratio, decimals: number): Ratio {
  const scaled = multiply(a, scaleOf(decimals));
  const down = floorOf(scaled);
  const rest = compare(subtract(scaled, ratio(down)), ratio(1n, 2n));
  const rounded = rest < 0 || (rest === 0 && down % 2n === 0n) ? down : down + 1n;
  return divide(ratio(rounded), scaleOf(decimals));
}

/** a (≥ 0) cut to `decimals` places, as the US EPA truncates a concentration. */
export function truncate(a: Ratio, decimals: number): Ratio {
  return divide(ratio(floorOf(multiply(a, scaleOf(decimals)))), scaleOf(decimals));
}

export function toNumber(a: Ratio): number {
  return Number(a.numerator) / Number(a.denominator);
}
