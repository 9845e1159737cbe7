/** `GET /api/parking/lots/{id}` as the browser sees it. */
export interface LotDetailResponse {
  asOf: string;
  stale: boolean;
  lot: {
    id: string;
    name: string;
    kind: "offstreet" | "onstreet";
    zone: "core" | "level1" | "level2" | "westlake" | "offstreet";
    lat: number;
    lng: number;
    total: number;
    available: number;
    observedAt: string;
    category: string[];
    estimated: { capacity: boolean; location: boolean };
    tariffSummary: string[];
    example: { hours: number; feeFen: number; text: string };
  };
  prediction: {
    horizons: { minutes: 15 | 30 | 60; available: number; low: number; high: number }[];
    basis: { observedAt: string; intervalCoverage: number };
  } | null;
  today: CurvePoint[];
}

export interface CurvePoint {
  at: string;
  available: number;
  total: number;
}

/** `GET /api/parking/lots/{id}/quote` */
export interface QuoteResponse {
  feeFen: number;
  estimated: boolean;
  breakdown: { kind: string; amountFen: number; text: string }[];
  /** Present when a day of the stay is past the imported holiday notices (priced as weekday/weekend). */
  holidayScheduleNote?: string;
}

/** The car park API's URL for one lot in one language. */
export const lotDetailUrl = (id: string, lang: string) =>
  `/api/parking/lots/${encodeURIComponent(id)}?lang=${lang}`;
