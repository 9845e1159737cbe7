/** The per-bill limit of a payment agreement (PRODUCT.md): the resident chooses it; 200 元 unless they do. */
export const DEFAULT_PER_BILL_LIMIT_FEN = 20_000;
export const MAX_PER_BILL_LIMIT_FEN = 200_000;
export const MIN_PER_BILL_LIMIT_FEN = 100;
/** The choices the form offers (any whole yuan in range is accepted by the API). */
export const PER_BILL_LIMIT_CHOICES_FEN = [5_000, 10_000, 20_000, 50_000, 100_000, 200_000] as const;
