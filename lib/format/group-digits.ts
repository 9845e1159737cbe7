/**
 * "12,345.6": a non-negative number with its whole part grouped in threes by commas, as zh-CN and English both
 * write it. Written out rather than asked of Intl.NumberFormat, whose first use is a long task on a phone.
 */
export function groupDigits(value: number): string {
  const [whole = "", fraction] = String(value).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}
