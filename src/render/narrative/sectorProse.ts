/**
 * Sector rotation in words: the day's leaders and laggards, dispersion and its percentile, the
 * cyclical-minus-defensive spread, relative-rotation quadrants, the mega-cap basket and volume.
 */
import type { Universe } from '../../model/universe.js';
import type { BriefStats } from '../../stats/briefStats.js';
import { isAvailable } from '../../model/figure.js';
import type { RelativeRotation } from '../../stats/relativeRotation.js';
import { formatPercent } from '../../model/format.js';
import { clockHour, shareText, spreadText } from '../story/phrasing.js';
import { prose, type SafeHtml } from './prose.js';
import { countWords } from './wording.js';
import type { SourceNotes } from './sourceNotes.js';

const names = (xs: readonly { symbol: string; name: string; value: number }[]) =>
  xs.map((x) => `${x.name} (${formatPercent(x.value)})`).join(', ');

type Snapshot = Extract<BriefStats['breadth']['sectors'], { sectors: unknown }>;

/** The day's leaders and laggards; on a day every sector moved one way, said so. */
function moversSentence(stats: BriefStats, snap: Snapshot, notes: SourceNotes): SafeHtml | null {
  if (!isAvailable(snap.byDay)) return null;
  const first = snap.sectors.find((x) => isAvailable(x.day));
  const day = first && isAvailable(first.day) ? first.day : null;
  const c = notes.cite({
    series: snap.sectors.map((x) => x.symbol),
    from: day?.from ?? stats.date,
    to: stats.date,
    family: 'sectors',
  });
  const days = snap.sectors.flatMap((x) => (isAvailable(x.day) ? [x.day.value] : []));
  const [lead, lag] = [names(snap.byDay.leaders), names(snap.byDay.laggards)];
  // When every sector moved the same way, "leading" a crash (or "lagging" a rally) misleads.
  if (days.every((v) => v < 0))
    return prose`Every sector fell on the day. Falling least: ${lead}; falling most: ${lag}${c}.`;
  if (days.every((v) => v > 0))
    return prose`Every sector rose on the day. Rising most: ${lead}; rising least: ${lag}${c}.`;
  // "Best"/"worst", not "leading"/"lagging": the rotation graph's quadrants use those words for
  // something else (XLC "leading" the day and "lagging" in the graph, in one paragraph). A gain
  // is not "worst" (2025-11-28: Real Estate +0.48% among them), nor a fall "best": then
  // "weakest", "strongest".
  const best = snap.byDay.leaders.some((x) => x.value < 0) ? 'Strongest' : 'Best';
  const worst = snap.byDay.laggards.some((x) => x.value > 0) ? 'weakest' : 'worst';
  return prose`${best} sectors on the day: ${lead}; ${worst}: ${lag}${c}.`;
}

/** The best-minus-worst gap of the day, ranked among the previous 252 sessions'. */
function dispersionSentence(snap: Snapshot, notes: SourceNotes): SafeHtml | null {
  const d = snap.dispersion;
  if (!isAvailable(d) || !isAvailable(d.percentile)) return null;
  const cd = notes.cite({
    series: snap.sectors.map((x) => x.symbol),
    from: d.percentile.from,
    to: d.percentile.to,
    family: 'sectors',
    aspect:
      "the sessions before the day, among whose best-minus-worst gaps the day's gap is ranked",
  });
  // The percentile is the share of the past year's sessions with a gap at most as wide: "wider
  // than on 52% of them" (below half, the share strictly wider: "narrower than on 78%"), "98.8%" from 90% as every share of the story (shareText: floored, so
  // never "100%" short of the widest, nor "0%").
  const p = d.percentile.value;
  const share = Math.floor(p * 100);
  const rank =
    p >= 1
      ? 'the widest in a year'
      : share >= 99
        ? 'wider than on almost every session of the past year'
        : share === 0
          ? 'narrower than on almost every session of the past year'
          : p < 0.5
            ? // The smaller share turned round: "narrower than on 78%", not "wider than on 22%".
              `narrower than on ${shareText(1 - p)} of the past year's sessions`
            : `wider than on ${shareText(p)} of the past year's sessions`;
  return prose`The gap between the best and worst sector was ${spreadText(d.value)}, ${rank}${cd}.`;
}

/** Cyclicals minus defensives over five sessions and the year to date. */
function cyclicalSentence(snap: Snapshot, u: Universe, notes: SourceNotes): SafeHtml | null {
  const cyc = snap.cyclicalMinusDefensive;
  if (!isAvailable(cyc.ytd) || !isAvailable(cyc.sessions5)) return null;
  const cc = notes.cite({
    series: [...u.roles.cyclicals, ...u.roles.defensives],
    from: cyc.ytd.from,
    to: cyc.ytd.to,
    family: 'sectors',
    aspect: 'cyclicals minus defensives year to date (and over the last five of these sessions)',
  });
  const size = spreadText(Math.abs(cyc.sessions5.value));
  const ytd = cyc.ytd.value;
  return prose`Cyclicals ${cyc.sessions5.value >= 0 ? 'led' : 'trailed'} defensives by ${size} over five sessions; year to date they ${ytd >= 0 ? 'lead' : 'trail'} by ${spreadText(ytd)}${cc}.`;
}

/** The sectors on the day: movers, dispersion, cyclicals against defensives (one paragraph). */
function leadersSentence(stats: BriefStats, u: Universe, notes: SourceNotes): SafeHtml | null {
  const snap = stats.breadth.sectors;
  if (!isAvailable(snap) || !isAvailable(snap.byDay)) return null;
  const parts = [
    moversSentence(stats, snap, notes),
    dispersionSentence(snap, notes),
    cyclicalSentence(snap, u, notes),
  ].flatMap((p) => (p ? [p.html] : []));
  return { html: parts.join(' ') };
}

/** "A, B and C"; "A and B"; "A". */
const andList = (xs: readonly string[]): string =>
  xs.length < 2 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} and ${xs.at(-1) as string}`;

/** A quadrant of the relative rotation graph in words. */
const QUADRANT: Readonly<Record<string, string>> = {
  leading: 'leading (strong and gaining)',
  improving: 'improving (weak but gaining)',
  weakening: 'weakening (strong but losing ground)',
  lagging: 'lagging (weak and losing ground)',
};

function rotationSentence(stats: BriefStats, u: Universe, notes: SourceNotes): SafeHtml | null {
  const fund = u.roles.smallCapFund;
  const bench = u.roles.rotationBenchmark;
  const entries = Object.entries(stats.breadth.rotation).filter(
    (e): e is [string, RelativeRotation] => e[0] !== fund && isAvailable(e[1]),
  );
  if (entries.length === 0) return null;
  const inQ = (q: string) => entries.filter(([, r]) => r.point.quadrant === q).map(([s]) => s);
  const first = entries[0]?.[1];
  const c = notes.cite({
    series: entries.map(([s]) => s),
    from: first?.historyFrom ?? stats.date,
    to: stats.date,
    family: 'rotation',
  });
  // "XLB, XLE and XLY are leading (strong and gaining); XLV is weakening (...)": the funds are
  // the subject (a quadrant's name then its list read "leading (strong and gaining), XLB").
  const groups = Object.keys(QUADRANT)
    .filter((q) => inQ(q).length > 0)
    .map((q) => `${andList(inQ(q))} ${inQ(q).length === 1 ? 'is' : 'are'} ${QUADRANT[q]}`)
    .join('; ');
  const iwm = stats.breadth.rotation[fund];
  const small =
    iwm && isAvailable(iwm)
      ? prose` Small caps (${fund}) are ${QUADRANT[iwm.point.quadrant] ?? iwm.point.quadrant}.`
      : prose``;
  return prose`Against ${bench}, by relative strength and its momentum over recent months (a relative rotation graph), ${groups}${c}.${small}`;
}

function basketSentence(stats: BriefStats, u: Universe, notes: SourceNotes): SafeHtml | null {
  const b = stats.breadth.megaCaps;
  if (!isAvailable(b) || !isAvailable(b.ytd)) return null;
  const w = b.ytd;
  const small = u.indices.smallCap;
  const c = notes.cite({
    series: [...b.members, small.symbol],
    from: w.basket.from,
    to: w.basket.to,
    family: 'megaCaps',
  });
  // The basket is the universe's list, named: on a 2017 brief "the seven mega-cap stocks" read as
  // that day's seven largest, which TSLA and NVDA were not.
  const members = b.members.join(', ');
  return prose`An equal-weight basket of ${countWords(b.members.length, 'mega-cap stock')} (${members}) has returned ${formatPercent(w.basket.value)} year to date against ${formatPercent(w.rut.value)} for the ${small.name}, a small-cap ${w.spread.value >= 0 ? 'lead' : 'shortfall'} of ${spreadText(w.spread.value)}${c}.`;
}

function volumeSentence(stats: BriefStats, u: Universe, notes: SourceNotes): SafeHtml | null {
  const fund = u.roles.smallCapFund;
  const iwm = stats.breadth.participation[fund];
  if (!iwm || !isAvailable(iwm) || !isAvailable(iwm.avg20)) return null;
  const year = isAvailable(iwm.highestInYear) && iwm.highestInYear.value ? iwm.highestInYear : null;
  // The note spans what the sentence reads: the year when it says "the heaviest in a year".
  const c = notes.cite({
    series: [fund],
    from: year ? year.from : iwm.avg20.from,
    to: iwm.date,
    family: 'participation',
  });
  const high = year ? ', the heaviest trading in a year' : '';
  const name = stats.series[fund]?.name;
  const who = name ? `${fund} (${name})` : fund;
  const shown = iwm.avg20.ratio.toFixed(2);
  // The word from the printed figure ("1.20" is "above average", whatever the third decimal);
  // the year's heaviest trading is never "about average".
  const word = high && Number(shown) < 1.2 ? 'above average' : volumeWord(Number(shown));
  // A light day on an early close: the short session, not the market, is the likely reason.
  const hour = stats.session.earlyCloseHour;
  const short =
    hour !== null && Number(shown) < 1 ? `, in a session that ended at ${clockHour(hour)}` : '';
  return prose`Trading in ${who} was ${word}: ${shown} times its 20-session average volume${high}${short}${c}.`;
}

/**
 * The day's volume against its 20-session average in a word, so the ratio says something: 1.5x
 * or more "heavy", from 1.2x "above average", above 0.8x "about average", above 0.6x "light",
 * else "very light".
 */
export function volumeWord(ratio: number): string {
  if (ratio >= 1.5) return 'heavy';
  if (ratio >= 1.2) return 'above average';
  if (ratio > 0.8) return 'about average';
  return ratio > 0.6 ? 'light' : 'very light';
}

/** The sector section's paragraphs. */
export function sectorProse(stats: BriefStats, u: Universe, notes: SourceNotes): SafeHtml[] {
  return [
    leadersSentence(stats, u, notes),
    rotationSentence(stats, u, notes),
    basketSentence(stats, u, notes),
    volumeSentence(stats, u, notes),
  ].filter((x): x is SafeHtml => x !== null);
}
