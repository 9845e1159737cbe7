/** The reservation fee, integer fen (5 元); it counts toward the parking fee of the stay it was for. */
export const RESERVATION_FEE_FEN = 500;
