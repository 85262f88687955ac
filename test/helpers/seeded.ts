// A small seeded generator, so random property tests are the same on every run.
// It returns the high bits of a linear congruential sequence: the low ones repeat
// with a short period, and two draws in turn would always agree in parity.
export function seeded(seed: number): (n: number) => number {
  let s = seed;
  return (n) => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return (s >>> 8) % n;
  };
}
