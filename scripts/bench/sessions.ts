/** The sessions of the bundled data, from the small-cap index file (as `backfill` counts them). */
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** Every session of the data from `from` to `to`, oldest first. */
export function sessionsBetween(from: string, to: string, dataDir: string): string[] {
  const universe = JSON.parse(readFileSync(path.join(dataDir, 'universe.json'), 'utf8')) as {
    indices: { smallCap: { symbol: string } };
  };
  const csv = readFileSync(
    path.join(dataDir, 'closes', `${universe.indices.smallCap.symbol}.csv`),
    'utf8',
  );
  return csv
    .split('\n')
    .slice(1)
    .map((line) => line.slice(0, 10))
    .filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d) && d >= from && d <= to);
}

/** The `n` sessions ending with `to`, oldest first. */
export function lastSessions(n: number, to: string, dataDir: string): string[] {
  const dates = sessionsBetween('0000-00-00', to, dataDir);
  if (dates.length < n)
    throw new Error(`only ${dates.length} sessions up to ${to} in the data, ${n} wanted`);
  return dates.slice(-n);
}
