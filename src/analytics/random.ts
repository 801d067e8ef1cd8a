/**
 * Seeded pseudo-random numbers for the forecasts: the same seed gives the same sequence on every machine,
 * so a forecast is reproducible (same inputs, same answer). The generator is sfc32 (Chris Doty-Humphrey's
 * Small Fast Chaotic, 128-bit state, passes PractRand), seeded through splitmix32 so that nearby seeds give
 * unrelated streams. It is not for anything secret.
 */

/** The seed used when a forecast is given none. */
export const DEFAULT_SEED = 20_260_101;

/** A function returning uniform floats in [0, 1), deterministic for a 32-bit integer `seed`. */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  const splitmix = () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = splitmix();
  let b = splitmix();
  let c = splitmix();
  let d = splitmix();
  return () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4_294_967_296;
  };
}
