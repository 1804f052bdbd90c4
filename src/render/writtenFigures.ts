/**
 * The day's figures as stats.json writes them: every figure of the brief's date except the few
 * that the brief does not cite and that repeat what other files hold. Each omission is listed in
 * {@link WRITTEN_OMISSIONS} (docs/stats-json.md prints the list); the in-memory figures keep them
 * all, so the templates, the prose and the email are unchanged.
 */
import { isAvailable, type Maybe } from '../model/figure.js';
import type { Universe } from '../model/universe.js';
import type { BriefStats, PairStats, SeriesStats } from '../stats/briefStats.js';
import type { RelativeRotation } from '../stats/relativeRotation.js';

/** The series whose `risk` stats.json keeps: the indices and the two funds (the risk table's). */
export function riskCited(u: Universe): ReadonlySet<string> {
  const idx = Object.values(u.indices).map((x) => x.symbol);
  return new Set([...idx, u.roles.smallCapFund, u.roles.largeCapFund]);
}

/** What stats.json leaves out of the figures, by path, with why (for the field reference). */
export const WRITTEN_OMISSIONS: Readonly<Record<string, string>> = {
  'series.<SYMBOL>.risk':
    'kept for the indices and the small- and large-cap funds (roles in data/universe.json) only, the series whose risk the brief cites (its risk table); left out for the other ETFs, the sectors and the mega-cap stocks',
  'breadth.rotation.<SYMBOL>.tail':
    "left out: each tail point is the `point` of an earlier session's stats.json",
  'pairs.<k>.analogs.cases[].pending':
    'left out: a forward spread is null exactly while `sessionsAfter` is below its horizon',
};

/** A series' figures as written: without `risk` unless the brief cites it. */
function writtenSeries(s: SeriesStats, keepRisk: ReadonlySet<string>): Partial<SeriesStats> {
  if (keepRisk.has(s.symbol)) return s;
  const { risk: _risk, ...rest } = s;
  return rest;
}

/** A pair's figures as written: the analog cases without their `pending` reason. */
function writtenPair(p: PairStats) {
  const a = p.analogs;
  if (!isAvailable(a)) return p;
  const cases = a.cases.map(({ pending: _pending, ...c }) => c);
  return { ...p, analogs: { ...a, cases } };
}

/** A rotation reading as written: the date's point without the earlier sessions' tail. */
function writtenRotation(r: Maybe<RelativeRotation>) {
  if (!isAvailable(r)) return r;
  const { tail: _tail, ...rest } = r;
  return rest;
}

/**
 * The day's figures of `stats` as written (see {@link WRITTEN_OMISSIONS}), `risk` kept for the
 * series of `keepRisk` ({@link riskCited}); `stats` is not changed.
 */
export function writtenFigures(
  stats: Omit<BriefStats, 'conventions' | 'calendarYears'>,
  keepRisk: ReadonlySet<string>,
): Record<string, unknown> {
  const series = Object.fromEntries(
    Object.entries(stats.series).map(([k, s]) => [k, writtenSeries(s, keepRisk)]),
  );
  const rotation = Object.fromEntries(
    Object.entries(stats.breadth.rotation).map(([k, r]) => [k, writtenRotation(r)]),
  );
  return {
    ...stats,
    series,
    pairs: stats.pairs.map(writtenPair),
    breadth: { ...stats.breadth, rotation },
  };
}
