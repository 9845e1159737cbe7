"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useLocale } from "next-intl";
import { useCallback, useState } from "react";
import { useCityData } from "@/components/data/use-city-data";
import { isApiError } from "@/lib/client/api";
import { PLACE_KINDS, type PlaceView, parsePlaceRef, placeRef } from "@/lib/places/place";

/** The page's destination: none (lots near the person), one being looked up, found, or one the data lacks. */
export type DestinationState =
  | { status: "none" }
  | { status: "loading" }
  | { status: "found"; place: PlaceView }
  | { status: "missing" }
  | { status: "error" };

function isPlaceAnswer(value: unknown): value is { place: PlaceView } {
  const place = (value as { place?: Partial<PlaceView> } | null)?.place;
  return (
    typeof place?.name === "string" &&
    typeof place.id === "string" &&
    PLACE_KINDS.some((kind) => kind === place.kind) &&
    typeof place.lat === "number" &&
    typeof place.lng === "number"
  );
}

/**
 * The destination named in the address (`/parking?to=sight:leifeng-pagoda`), so a reload, back and forward and a
 * shared link all show it. Choosing one adds a history entry without a server round trip (Next.js keeps
 * useSearchParams in step with pushState); a place just chosen is shown at once, one from the address is looked
 * up (and kept on the device, so it opens offline too).
 */
export function useDestination() {
  const searchParams = useSearchParams();
  const pathname = usePathname();
  const locale = useLocale();
  const to = searchParams.get("to");
  const ref = parsePlaceRef(to);
  const [chosen, setChosen] = useState<{ place: PlaceView; locale: string }>();
  const known =
    chosen && ref && chosen.locale === locale && placeRef(chosen.place) === placeRef(ref)
      ? chosen.place
      : undefined;
  const lookup = useCityData<{ place: PlaceView }>(
    ref && !known ? `/api/places/${ref.kind}/${ref.id}?lang=${locale}` : null,
    { validate: isPlaceAnswer },
  );

  const go = useCallback(
    (destination: string | null) => {
      const params = new URLSearchParams(searchParams.toString());
      if (destination) params.set("to", destination);
      else params.delete("to");
      // A colon may stand in a query as it is (RFC 3986): the address reads ?to=sight:leifeng-pagoda.
      const query = params.toString().replaceAll("%3A", ":");
      window.history.pushState(null, "", query ? `${pathname}?${query}` : pathname);
    },
    [searchParams, pathname],
  );
  const choose = useCallback(
    (place: PlaceView) => {
      setChosen({ place, locale });
      go(placeRef(place));
    },
    [go, locale],
  );
  const clear = useCallback(() => go(null), [go]);

  let state: DestinationState;
  if (to === null) state = { status: "none" };
  else if (!ref) state = { status: "missing" };
  else if (known) state = { status: "found", place: known };
  else if (lookup.data) state = { status: "found", place: lookup.data.place };
  else if (isApiError(lookup.error, 404)) state = { status: "missing" };
  else if (lookup.error) state = { status: "error" };
  else state = { status: "loading" };
  return { state, choose, clear, retry: lookup.mutate };
}
