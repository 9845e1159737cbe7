import "server-only";
import { forecastForPlace } from "@/lib/air/place-forecast";
import type { PlaceForecast } from "./alert-sweep";

/** The forecast the alert job and its sandbox run use: the place's own blend of its nearest stations. */
export const alertForecast: PlaceForecast = (db, place, now) => forecastForPlace(db, place, now);
