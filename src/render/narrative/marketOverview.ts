/**
 * The market overview paragraphs: the day's small-minus-large spread and any record close, then
 * five sessions and the year to date, each figure cited (close-to-close simple returns).
 */
import type { Universe } from '../../model/universe.js';
import type { BriefStats } from '../../stats/briefStats.js';
import { isAvailable, type Change, type Maybe } from '../../model/figure.js';
import { formatPercentPair, ordinal } from '../../model/format.js';
import { prose, type SafeHtml } from './prose.js';
import type { SourceNotes } from './sourceNotes.js';
import { relativeVerb } from './wording.js';
import { spreadText } from '../story/phrasing.js';

/** "+0.76% against +0.55%", decimals added where the two would print alike. */
function joinPair([a, b]: [Change, Change]): string {
  return formatPercentPair(a.value, b.value).join(' against ');
}

function both(a: Maybe<Change>, b: Maybe<Change>): [Change, Change] | null {
  return isAvailable(a) && isAvailable(b) ? [a, b] : null;
}

/**
 * The day: the small-minus-large spread and a record close, if any. The index levels and day
 * moves are in the key figures and the lead, so they are not repeated here.
 */
function dayParagraph(stats: BriefStats, u: Universe, notes: SourceNotes): SafeHtml | null {
  const small = stats.series[u.indices.smallCap.symbol];
  const large = stats.series[u.indices.largeCap.symbol];
  if (!small || !large) return null;
  const pair = both(small.day, large.day);
  const parts: SafeHtml[] = [];
  if (pair) {
    const spread = pair[0].value - pair[1].value;
    const c = notes.cite({
      series: [small.symbol, large.symbol],
      from: pair[0].from,
      to: pair[0].to,
      family: 'day',
    });
    const verb = relativeVerb(spread);
    const by = verb === 'matched' ? '' : ` by ${spreadText(spread)}`;
    parts.push(
      prose`On the day the ${small.name} ${verb} the ${large.name}${by}, ${joinPair(pair)}${c}.`,
    );
  }
  const ath = stats.allTimeHighs[small.symbol];
  if (ath?.isHighToday) {
    const c = notes.cite({
      series: [small.symbol],
      from: ath.historyFrom,
      to: stats.date,
      family: 'allTimeHighs',
    });
    parts.push(
      prose`It was the ${small.name}'s ${ordinal(ath.countThisYear)} record close of the year${c}.`,
    );
  }
  return parts.length ? { html: parts.map((p) => p.html).join(' ') } : null;
}

/** Five sessions and year to date, small against large (once when they are the same sessions). */
function horizonParagraph(stats: BriefStats, u: Universe, notes: SourceNotes): SafeHtml | null {
  const small = stats.series[u.indices.smallCap.symbol];
  const large = stats.series[u.indices.largeCap.symbol];
  if (!small || !large) return null;
  const cite = ([a]: [Change, Change], family: string) =>
    notes.cite({ series: [small.symbol, large.symbol], from: a.from, to: a.to, family });
  const gap = ([a, b]: [Change, Change]) =>
    `${a.value >= b.value ? 'a lead' : 'a shortfall'} of ${spreadText(a.value - b.value)}`;
  const w5 = both(small.sessions5, large.sessions5);
  const ytd = both(small.ytd, large.ytd);
  // On the year's fifth session the two windows are the same: one sentence, not the same
  // figures twice (2017-01-09).
  if (w5 && ytd && w5.every((w, k) => w.from === ytd[k]?.from && w.to === ytd[k]?.to))
    return prose`Over five sessions, the whole year so far, the ${small.name} returned ${joinPair(ytd)} for the ${large.name}, ${gap(ytd)}${cite(ytd, 'ytd')}.`;
  const parts: SafeHtml[] = [];
  if (w5)
    parts.push(
      prose`Over five sessions the ${small.name} returned ${joinPair(w5)} for the ${large.name}${cite(w5, 'sessions5')}.`,
    );
  if (ytd)
    parts.push(
      prose` Year to date it has returned ${joinPair(ytd)}, ${gap(ytd)}${cite(ytd, 'ytd')}.`,
    );
  return parts.length ? { html: parts.map((p) => p.html).join('') } : null;
}

/** The overview's paragraphs (none when the core indices are missing). */
export function marketOverview(stats: BriefStats, u: Universe, notes: SourceNotes): SafeHtml[] {
  return [dayParagraph(stats, u, notes), horizonParagraph(stats, u, notes)].filter(
    (p): p is SafeHtml => p !== null,
  );
}
