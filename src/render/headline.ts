/**
 * The brief's headline and dek, generated from the figures by fixed rules:
 * 1. a small-cap streak of 3+ sessions leads the headline ("... for a 13th straight session");
 * 2. otherwise the day's spread decides who "outpaced" whom (a tie says "move in step").
 */
import type { BriefStats, SeriesStats } from '../stats/briefStats.js';
import { isAvailable } from '../model/figure.js';
import { formatNumber, formatPercent, formatPoints, ordinal } from '../model/format.js';

export interface Headline {
  readonly headline: string;
  readonly dek: string;
}

function dayText(s: SeriesStats): string {
  return isAvailable(s.day) ? formatPercent(s.day.value) : 'n/a';
}

/** Headline and dek for the primary pair (the first pair of the universe). */
export function headlineFor(stats: BriefStats, smallSym: string, largeSym: string): Headline {
  const small = stats.series[smallSym];
  const large = stats.series[largeSym];
  const pair = stats.pairs.find((p) => p.small === smallSym && p.large === largeSym);
  if (!small || !large || !pair) {
    return {
      headline: 'Small caps vs large caps',
      dek: `Data for ${smallSym} or ${largeSym} is missing on this date.`,
    };
  }
  let headline: string;
  const streak = isAvailable(pair.streak) ? pair.streak : null;
  const day = pair.spreads.day;
  if (streak && streak.current >= 3) {
    headline = `Small caps beat large caps for a ${ordinal(streak.current)} straight session`;
  } else if (isAvailable(day) && day.value !== 0) {
    headline =
      day.value > 0
        ? `Small caps outpace large caps: ${small.name} ${dayText(small)}, ${large.name} ${dayText(large)}`
        : `Large caps outpace small caps: ${large.name} ${dayText(large)}, ${small.name} ${dayText(small)}`;
  } else {
    headline = `Small and large caps move in step: ${small.name} ${dayText(small)}, ${large.name} ${dayText(large)}`;
  }
  const ytd = pair.spreads.ytd;
  const ytdText = isAvailable(ytd)
    ? ` Year to date, small caps ${ytd.value >= 0 ? 'lead' : 'trail'} by ${formatPoints(Math.abs(ytd.value)).replace('+', '')}.`
    : '';
  const dek =
    `The ${small.name} closed at ${formatNumber(small.close)} (${dayText(small)}) and the ` +
    `${large.name} at ${formatNumber(large.close)} (${dayText(large)}).${ytdText}`;
  return { headline, dek };
}
