"use client";

/**
 * A map's credit as a line under the map rather than on it: large enough to read and tap in elder mode (a credit
 * drawn on a map is 12 px text with 24 px links, and at elder size it would cover the map's lower edge).
 */
export function MapCredit({ html }: { html: string }) {
  if (!html) return null;
  return (
    // biome-ignore lint/security/noDangerouslySetInnerHtml: the credit is built by lib/maps/attribution.ts, which escapes every text it puts in
    <p className="map-credit text-sm" data-testid="map-credit" dangerouslySetInnerHTML={{ __html: html }} />
  );
}
