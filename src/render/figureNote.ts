/**
 * The source note of a figure named by its stats.json path (`series.RUT.day`,
 * `pairs.0.streak`, `allTimeHighs.RUT`): its family from the registry, the series it draws from
 * and the sessions it spans, read from the figure itself.
 */
import type { BriefStats } from '../stats/briefStats.js';
import { registeredFamilies } from '../stats/registry/registry.js';
import type { SourceNote } from './narrative/sourceNotes.js';

/** The registry's paths as patterns: `series.<SYMBOL>.day` matches `series.RUT.day...`. */
function familyOf(path: string): { key: string; depth: number } | null {
  const parts = path.split('.');
  let best: { key: string; depth: number } | null = null;
  for (const { path: pattern, family } of registeredFamilies()) {
    const p = pattern.split('.');
    if (p.length > parts.length) continue;
    const ok = p.every((seg, k) => (seg.startsWith('<') ? true : seg === parts[k]));
    if (ok && (!best || p.length > best.depth)) best = { key: family.key, depth: p.length };
  }
  return best;
}

function valueAt(stats: BriefStats, parts: readonly string[]): unknown {
  let cur: unknown = stats;
  for (const p of parts) {
    if (cur === null || typeof cur !== 'object' || !Object.hasOwn(cur, p)) return undefined;
    cur = (cur as Record<string, unknown>)[p];
  }
  return cur;
}

/** The series a figure at `parts` draws from. */
function seriesOf(stats: BriefStats, parts: readonly string[]): string[] {
  if (parts[0] === 'series' && parts[1]) return [parts[1]];
  if (parts[0] === 'pairs') {
    const p = stats.pairs[Number(parts[1])];
    return p ? [p.small, p.large] : [];
  }
  return parts.filter((x) => Object.hasOwn(stats.series, x)).slice(0, 1);
}

const str = (x: unknown): string | undefined => (typeof x === 'string' ? x : undefined);

/** The note for the figure at `path`; throws naming the path when nothing is there. */
export function figureNote(stats: BriefStats, path: string): SourceNote {
  const parts = path.split('.');
  const value = valueAt(stats, parts);
  const family = familyOf(path);
  if (value === undefined || family === null) throw new Error(`{{cite}}: no figure "${path}"`);
  const v = (value ?? {}) as Record<string, unknown>;
  return {
    family: family.key,
    series: seriesOf(stats, parts),
    from: str(v.from) ?? str(v.historyFrom) ?? stats.date,
    to: str(v.to) ?? str(v.historyTo) ?? stats.date,
  };
}
