// Gaps in the hourly source: short ones are bridged by a straight line (a value between two real
// readings), long ones stay empty so the feed reports null rather than an invention.
export const MAX_INTERPOLATED_HOURS = 6;

/** values: numbers or null, in time order. Returns the filled copy and how many hours were filled. */
export function fillShortGaps(values) {
  const out = values.slice();
  let filled = 0;
  let i = 0;
  while (i < out.length) {
    if (out[i] !== null) {
      i++;
      continue;
    }
    let j = i;
    while (j < out.length && out[j] === null) j++;
    const gap = j - i;
    if (i > 0 && j < out.length && gap <= MAX_INTERPOLATED_HOURS) {
      const before = out[i - 1];
      const after = out[j];
      for (let k = 0; k < gap; k++) out[i + k] = before + ((after - before) * (k + 1)) / (gap + 1);
      filled += gap;
    }
    i = j;
  }
  return { values: out, filled };
}
