/**
 * The key figures at the top of the brief: the day's close and move of the small-cap, large-cap
 * and growth indices, the first pair's YTD spread and the small-cap streak, each with its tone.
 */
import type { Universe } from '../model/universe.js';
import type { BriefStats, SeriesStats } from '../stats/briefStats.js';
import { isAvailable } from '../model/figure.js';
import {
  formatNumber,
  formatPercent,
  formatSpread,
  roundsToZeroBp,
  spreadUnitName,
} from '../model/format.js';
import { streakFigure } from './streakCell.js';

export interface KeyFigure {
  readonly label: string;
  readonly value: string;
  readonly detail: string;
  /** The colour of the detail line (an index's move on the day). */
  readonly tone: 'up' | 'down' | 'flat' | 'muted';
  /** The colour of the value, when the value is the signed figure (the YTD spread). */
  readonly valueTone?: 'up' | 'down' | 'flat';
}

/** Up or down, or flat when the figure prints as zero ("0.00%", "0 bp": under half a bp). */
const tone = (x: number): 'up' | 'down' | 'flat' =>
  roundsToZeroBp(x) ? 'flat' : x > 0 ? 'up' : 'down';

function indexFigure(s: SeriesStats | undefined, label: string): KeyFigure | null {
  if (!s) return null;
  const d = s.day;
  return isAvailable(d)
    ? {
        label,
        value: formatNumber(s.close),
        detail: `${formatPercent(d.value)} on the day`,
        tone: tone(d.value),
      }
    : { label, value: formatNumber(s.close), detail: 'no previous close', tone: 'muted' };
}

/** The key figures of the brief, in the order shown: the three indices, the YTD spread, the streak. */
export function keyFigures(stats: BriefStats, u: Universe): KeyFigure[] {
  const { smallCap, largeCap, growth } = u.indices;
  const names = (sym: string) => stats.series[sym]?.name ?? sym;
  const out = [
    indexFigure(stats.series[smallCap.symbol], smallCap.name),
    indexFigure(stats.series[largeCap.symbol], largeCap.name),
    indexFigure(stats.series[growth.symbol], growth.name),
  ].filter((k): k is KeyFigure => k !== null);
  const pair = stats.pairs[0];
  if (pair && isAvailable(pair.spreads.ytd)) {
    const v = pair.spreads.ytd.value;
    out.push({
      label: 'Small − large, YTD',
      value: formatSpread(v),
      // The sign is the value's: "Russell 2000 vs S&P 500" in green read as a gain of its own.
      valueTone: tone(v),
      // The unit spelled out: the card is read at a glance, and the lead may not use the unit.
      detail: `${names(pair.small)} vs ${names(pair.large)}, in ${spreadUnitName(v)}`,
      tone: 'muted',
    });
  }
  const streak = pair ? streakFigure(pair, names) : null;
  if (streak) out.push({ label: 'Small-cap streak', ...streak, tone: 'muted' });
  return out;
}
