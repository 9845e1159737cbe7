import "server-only";

// Yuan with at most two decimals, no sign, no leading zeros, no exponent: the gateways' amount format.
const YUAN = /^(0|[1-9]\d*)(?:\.(\d{1,2}))?$/;

/** Integer fen → yuan with two decimals ("12.30"), by string arithmetic so no float rounding can creep in. */
export function fenToYuan(fen: number): string {
  if (!Number.isSafeInteger(fen) || fen < 0) throw new Error(`not an amount in fen: ${fen}`);
  const digits = String(fen).padStart(3, "0");
  return `${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

/** Yuan as a gateway writes it ("0.1", "12.30") → integer fen; throws on negatives or more than two decimals. */
export function yuanToFen(yuan: string): number {
  const match = YUAN.exec(yuan);
  if (!match) throw new Error(`not an amount in yuan: ${JSON.stringify(yuan)}`);
  const fen = Number(match[1]) * 100 + Number((match[2] ?? "").padEnd(2, "0"));
  if (!Number.isSafeInteger(fen)) throw new Error(`amount too large: ${yuan}`);
  return fen;
}
