// Seeded pseudo-random numbers for the benchmark generators (mulberry32): the same seed always yields the same
// inputs, so figures from different runs and machines compare like for like.

/** A deterministic generator: `next()` in [0, 1), plus helpers that draw from it. */
export function seededRandom(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (list) => list[Math.floor(next() * list.length)],
    chance: (p) => next() < p,
    hex: (len) => Array.from({ length: len }, () => Math.floor(next() * 16).toString(16)).join(''),
  };
}
