/**
 * What every fact builder reads: the figures, the universe (names, roles) and the notes the prose
 * cites, with shorthands for the brief's main series and for citing a figure.
 */
import type { Change } from '../../model/figure.js';
import type { Universe } from '../../model/universe.js';
import type { BriefStats, SeriesStats } from '../../stats/briefStats.js';
import type { Citation } from '../narrative/prose.js';
import type { SourceNotes } from '../narrative/sourceNotes.js';

export interface StoryInput {
  readonly stats: BriefStats;
  readonly universe: Universe;
  readonly notes: SourceNotes;
}

/** The series of a role, when it is in the brief. */
export function seriesOf(x: StoryInput, symbol: string): SeriesStats | null {
  return x.stats.series[symbol] ?? null;
}

/** The three indices in the universe's order (small, large, growth), those in the brief. */
export function indices(x: StoryInput): SeriesStats[] {
  const { smallCap, largeCap, growth } = x.universe.indices;
  return [smallCap, largeCap, growth].flatMap((i) => seriesOf(x, i.symbol) ?? []);
}

/** Cite a Change of `family` drawn from `series`. */
export function citeChange(x: StoryInput, family: string, series: string[], c: Change): Citation {
  return x.notes.cite({ family, series, from: c.from, to: c.to });
}

/** Cite a figure of `family` spanning [from, to]; `aspect` says which, when the family has several. */
export function cite(
  x: StoryInput,
  family: string,
  series: readonly string[],
  from: string,
  to: string,
  aspect?: string,
): Citation {
  return x.notes.cite({ family, series, from, to, ...(aspect === undefined ? {} : { aspect }) });
}
