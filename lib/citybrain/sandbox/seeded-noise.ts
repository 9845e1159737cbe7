/**
 * Deterministic noise: the same seed, entity and instant always give the same number, and nearby
 * instants give nearby numbers (value noise with smoothstep), so consecutive readings move like real ones.
 */

/** FNV-1a, 32-bit. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A well-mixed 32-bit hash of a key and a lattice index (murmur3's finaliser). */
function mix(key: number, index: number): number {
  let h = key ^ Math.imul(index | 0, 0x9e3779b1);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Uniform in [-1, 1) for one lattice point. */
export function latticeNoise(key: number, index: number): number {
  return mix(key, index) / 2 ** 31 - 1;
}

/** Smooth noise in [-1, 1) at a position measured in lattice steps. */
export function smoothNoise(key: number, position: number): number {
  const k = Math.floor(position);
  const f = position - k;
  const s = f * f * (3 - 2 * f);
  const a = latticeNoise(key, k);
  return a + (latticeNoise(key, k + 1) - a) * s;
}

/** A key for one stream of noise: seed, entity and purpose. */
export function noiseKey(seed: string, entity: string, stream: string): number {
  return hashString(`${seed}\u0000${entity}\u0000${stream}`);
}
