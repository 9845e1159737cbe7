// Which Birmingham car parks a Hangzhou site may borrow its daily shape from, by what the site is for.
// The pick inside the candidates is a hash of the site id: stable across runs, spread across profiles.
import { fnv1a } from "./io.mjs";

const peak = (shares) => Math.max(...shares) / 1000;
const weekendStrong = (p) => peak(p.weekend) >= peak(p.weekday) && peak(p.weekend) >= 0.5;

export const ROLE_CANDIDATES = {
  // Visitors come at weekends and holidays: profiles whose weekend peak is at least the weekday's and fills.
  scenic: weekendStrong,
  retail: weekendStrong,
  // "Hospital car parks fill early on weekdays" (hangzhou-lots.json notes): commuter shapes that fill.
  hospital: (p) => p.group === "commuter" && peak(p.weekday) >= 0.8,
  office: (p) => p.group === "commuter",
  // Stations and coach hubs run every day.
  transport: (p) => p.group === "steady",
  streetCore: (p) => p.group === "commuter",
  streetLevel1: (p) => p.group === "commuter" || p.group === "steady",
  streetLevel2: (p) => peak(p.weekday) < 0.7,
};

export function assignProfile(facilityId, role, profiles) {
  const accepts = ROLE_CANDIDATES[role];
  if (!accepts) throw new Error(`unknown parking role ${role} for ${facilityId}`);
  const candidates = Object.keys(profiles)
    .sort()
    .filter((code) => accepts(profiles[code]));
  if (candidates.length === 0) throw new Error(`no Birmingham profile fits role ${role}`);
  return candidates[fnv1a(facilityId) % candidates.length];
}
