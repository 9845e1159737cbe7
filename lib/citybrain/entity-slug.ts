/** "urn:ngsi-ld:OffStreetParking:hangzhou:wl-feilaifeng" → "wl-feilaifeng": short ids for URLs. */
export function entitySlug(id: string): string {
  return id.slice(id.lastIndexOf(":") + 1);
}
