"use client";

import { useCallback, useEffect, useState } from "react";
import type { LatLng } from "@/lib/citybrain/types";

export type LocateStatus = "idle" | "locating" | "found" | "denied" | "unavailable";

/** The person's position, asked for only when they press the button or have already allowed it. */
export function useGeolocation() {
  const [status, setStatus] = useState<LocateStatus>("idle");
  const [position, setPosition] = useState<LatLng>();

  const locate = useCallback(() => {
    if (!("geolocation" in navigator)) {
      setStatus("unavailable");
      return;
    }
    setStatus("locating");
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => {
        setPosition({ lat: coords.latitude, lng: coords.longitude });
        setStatus("found");
      },
      (error) => setStatus(error.code === error.PERMISSION_DENIED ? "denied" : "unavailable"),
      { enableHighAccuracy: false, timeout: 10_000, maximumAge: 60_000 },
    );
  }, []);

  useEffect(() => {
    // Someone who allowed location before should not have to press the button on every visit.
    let cancelled = false;
    navigator.permissions
      ?.query({ name: "geolocation" })
      .then((permission) => {
        if (!cancelled && permission.state === "granted") locate();
      })
      .catch(() => {});
    return () => {
      cancelled = true;
    };
  }, [locate]);

  return { status, position, locate };
}
