/**
 * How much longer a walk is than the straight line. Street networks make trips about 1.2 times the straight
 * line (Newell 1980, for random pairs of points in a city; O'Sullivan 1996, 1.21–1.23 around transit stations),
 * and walks more than drives (Dill 2003, "pedestrian route directness"); here the lake shore, the hills of the
 * scenic area and a car park's one way out add to it, so 1.3.
 */
export const WALKING_DETOUR_FACTOR = 1.3;

/**
 * Metres walked in a minute: 1 m/s. Traffic engineering designs for 1.2 m/s, a speed that about two thirds of
 * older pedestrians do not reach at their normal pace (Montufar et al. 2007, Transportation Research Record
 * 2002); visitors with children, luggage or a map in hand and the app's older users (elder mode) walk slower
 * than commuters.
 */
export const WALKING_METRES_PER_MINUTE = 60;

/** About how many minutes a walk over this straight-line distance takes, rounded up, at least 1. */
export function walkingMinutes(straightLineMetres: number): number {
  const minutes = (straightLineMetres * WALKING_DETOUR_FACTOR) / WALKING_METRES_PER_MINUTE;
  return Math.max(1, Math.ceil(minutes));
}
