import type {
  AirQualityObserved,
  CityBrainSource,
  CrowdFlowObserved,
  FeedItems,
  GeoQuery,
  Hospital,
  ObservationFeed,
  ParkingFacility,
  PointOfInterest,
  TimeRange,
} from "./types";

export interface CallOptions {
  /** Aborted when the caller stops waiting (a timed-out attempt): stop the request, free the socket. */
  signal?: AbortSignal;
}

/**
 * A source whose calls take a trailing `{ signal }`. `CityBrainSource` has no way to cancel a call, so
 * the sources that can (the NGSI-LD client, the fault layer) accept this extra argument; a source that
 * cannot simply ignores it, and the timeout still answers on time by abandoning the call.
 */
export interface CancellableSource extends CityBrainSource {
  parking(query?: { geo?: GeoQuery }, options?: CallOptions): Promise<ParkingFacility[]>;
  airQuality(options?: CallOptions): Promise<AirQualityObserved[]>;
  crowdFlow(options?: CallOptions): Promise<CrowdFlowObserved[]>;
  pointsOfInterest(options?: CallOptions): Promise<PointOfInterest[]>;
  hospitals(options?: CallOptions): Promise<Hospital[]>;
  history<F extends ObservationFeed>(
    feed: F,
    range: TimeRange,
    options?: CallOptions,
  ): Promise<FeedItems[F][]>;
}

/** Treats any source as cancellable: the extra argument is harmless to one that takes no options. */
export function asCancellable(source: CityBrainSource): CancellableSource {
  return source as CancellableSource;
}
