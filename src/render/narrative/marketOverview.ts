/**
 * The market overview paragraphs: the day's moves of the three indices, then five sessions and
 * the year to date, each figure cited.
 */
import type { Universe } from '../../model/universe.js';
import type { BriefStats, SeriesStats } from '../../stats/briefStats.js';
import { isAvailable, type Change, type Maybe } from '../../model/figure.js';
import {
  formatBasisPoints,
  formatNumber,
  formatPercent,
  formatPoints,
  ordinal,
} from '../../model/format.js';
import { prose, type SafeHtml } from './prose.js';
import type { SourceNotes } from './sourceNotes.js';
import { moveVerb, relativeVerb } from './wording.js';

function dayClause(s: SeriesStats, notes: SourceNotes): SafeHtml {
  if (!isAvailable(s.day)) return prose`the ${s.name} closed at ${formatNumber(s.close)}`;
  const c = notes.cite({
    series: [s.symbol],
    from: s.day.from,
    to: s.day.to,
    family: 'day',
  });
  const verb = moveVerb(s.day.value);
  const size =
    verb === 'was little changed'
      ? ` (${formatPercent(s.day.value)})`
      : ` ${formatPercent(Math.abs(s.day.value)).replace('+', '')}`;
  return prose`the ${s.name} ${verb}${size} to ${formatNumber(s.close)}${c}`;
}

function both(a: Maybe<Change>, b: Maybe<Change>): [Change, Change] | null {
  return isAvailable(a) && isAvailable(b) ? [a, b] : null;
}

/** The day: three index moves and the small-minus-large spread, plus a record close if any. */
function dayParagraph(stats: BriefStats, u: Universe, notes: SourceNotes): SafeHtml | null {
  const [small, large, growth] = [u.indices.smallCap, u.indices.largeCap, u.indices.growth].map(
    (x) => stats.series[x.symbol],
  );
  if (!small || !large) return null;
  // Cite in reading order: small, large, growth.
  const first = dayClause(small, notes);
  const firstCap = { html: first.html.charAt(0).toUpperCase() + first.html.slice(1) };
  const second = dayClause(large, notes);
  const g = growth ? prose` and ${dayClause(growth, notes)}` : prose``;
  const pair = both(small.day, large.day);
  const spread = pair ? pair[0].value - pair[1].value : null;
  const rel =
    spread === null
      ? prose``
      : prose` Small caps ${relativeVerb(spread)} large caps by ${formatBasisPoints(Math.abs(spread)).replace('+', '')} on the day.`;
  const ath = stats.allTimeHighs[small.symbol];
  let record = prose``;
  if (ath?.isHighToday) {
    const c = notes.cite({
      series: [small.symbol],
      from: ath.historyFrom,
      to: stats.date,
      family: 'allTimeHighs',
    });
    record = prose` It was the ${small.name}'s ${ordinal(ath.countThisYear)} record close of the year${c}.`;
  }
  return prose`${firstCap}, while ${second}${g}.${rel}${record}`;
}

/** Five sessions and year to date, small against large. */
function horizonParagraph(stats: BriefStats, u: Universe, notes: SourceNotes): SafeHtml | null {
  const small = stats.series[u.indices.smallCap.symbol];
  const large = stats.series[u.indices.largeCap.symbol];
  if (!small || !large) return null;
  const parts: SafeHtml[] = [];
  const w5 = both(small.sessions5, large.sessions5);
  if (w5) {
    const c = notes.cite({
      series: [small.symbol, large.symbol],
      from: w5[0].from,
      to: w5[0].to,
      family: 'sessions5',
    });
    parts.push(
      prose`Over five sessions the ${small.name} returned ${formatPercent(w5[0].value)} against ${formatPercent(w5[1].value)} for the ${large.name}${c}.`,
    );
  }
  const ytd = both(small.ytd, large.ytd);
  if (ytd) {
    const c = notes.cite({
      series: [small.symbol, large.symbol],
      from: ytd[0].from,
      to: ytd[0].to,
      family: 'ytd',
    });
    const d = ytd[0].value - ytd[1].value;
    parts.push(
      prose` Year to date it is ${formatPercent(ytd[0].value)} against ${formatPercent(ytd[1].value)}, ${d >= 0 ? 'a lead' : 'a shortfall'} of ${formatPoints(Math.abs(d)).replace('+', '')}${c}.`,
    );
  }
  return parts.length ? { html: parts.map((p) => p.html).join('') } : null;
}

/** The overview's paragraphs (none when the core indices are missing). */
export function marketOverview(stats: BriefStats, u: Universe, notes: SourceNotes): SafeHtml[] {
  return [dayParagraph(stats, u, notes), horizonParagraph(stats, u, notes)].filter(
    (p): p is SafeHtml => p !== null,
  );
}
