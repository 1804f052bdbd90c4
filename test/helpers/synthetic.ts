/**
 * Synthetic data for fixtures: a seeded PRNG (the same numbers on every run), normal draws and
 * weekday calendars.
 */

/** Deterministic PRNG (mulberry32), so synthetic fixtures are the same on every run. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Weekdays from `from` to `to` inclusive (ISO dates). */
export function weekdays(from: string, to: string): string[] {
  const out: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000)
    if (new Date(t).getUTCDay() % 6 !== 0) out.push(new Date(t).toISOString().slice(0, 10));
  return out;
}

/** Standard normal draws from `rand` (Box-Muller). */
export function normals(rand: () => number, n: number): number[] {
  return Array.from(
    { length: n },
    () => Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand()),
  );
}
