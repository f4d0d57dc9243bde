// Deterministic random numbers: the same seed gives the same data set.

/** mulberry32, the generator the API's own seed uses. */
export function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  next.int = (n) => Math.floor(next() * n);
  next.pick = (xs) => xs[Math.floor(next() * xs.length)];
  next.chance = (p) => next() < p;
  next.between = (lo, hi) => lo + next() * (hi - lo);
  next.weighted = (pairs) => {
    const total = pairs.reduce((n, [, w]) => n + w, 0);
    let roll = next() * total;
    for (const [v, w] of pairs) if ((roll -= w) < 0) return v;
    return pairs[pairs.length - 1][0];
  };
  const hex = () => (Math.floor(next() * 0x100000000) >>> 0).toString(16).padStart(8, '0');
  /** A version-4-shaped uuid drawn from this generator. */
  next.uuid = () => {
    const h = hex() + hex() + hex() + hex();
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${'89ab'[parseInt(h[16], 16) & 3]}${h.slice(17, 20)}-${h.slice(20, 32)}`;
  };
  return next;
}
