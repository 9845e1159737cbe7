import { ApiError, isApiError } from "./api";
import { selectAsOf } from "./city-data-store";

/** What a screen gets for one key of the data cache. */
export interface ShownCityData<T> {
  data?: T;
  error?: unknown;
  isLoading: boolean;
  asOf?: Date;
  fromCache: boolean;
}

/** SWR's state for one key (the fields used here). */
export interface SwrStateLike {
  data?: unknown;
  error?: unknown;
  isLoading: boolean;
  isValidating: boolean;
}

/**
 * What to show for a cache value. Data stored for a session that has ended (401) is hidden; a value that
 * fails `validate` (stored by an older version, or by a reader of another shape) is never shown: it reads as
 * loading while a fresh answer is on its way, and as an `invalid` error otherwise.
 */
export function selectCityData<T>(
  state: SwrStateLike,
  validate?: (value: unknown) => value is T,
): ShownCityData<T> {
  if (isApiError(state.error, 401)) {
    return { error: state.error, isLoading: state.isLoading, fromCache: false };
  }
  const shown = selectAsOf<T>(state.data);
  if (shown.data === undefined || !validate || validate(shown.data)) {
    return { ...shown, error: state.error, isLoading: state.isLoading };
  }
  const fetching = state.isLoading || state.isValidating;
  return {
    error:
      state.error ?? (fetching ? undefined : new ApiError({ kind: "invalid", code: "unexpected_shape" })),
    isLoading: fetching,
    fromCache: false,
  };
}
