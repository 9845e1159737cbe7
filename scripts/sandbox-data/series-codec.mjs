// 12-bit integers as two characters of the base64url alphabet: an hourly year of one column is 17,520
// characters instead of ~30,000 as a JSON array. 4095 stands for "no value".
export const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
export const NO_VALUE = 4095;
export const MAX_VALUE = 4094;

export function encodeSeries(values) {
  let out = "";
  for (const value of values) {
    const v = value === null ? NO_VALUE : value;
    if (!Number.isInteger(v) || v < 0 || v > NO_VALUE) throw new Error(`cannot encode ${value}`);
    out += ALPHABET[v >> 6] + ALPHABET[v & 63];
  }
  return out;
}
