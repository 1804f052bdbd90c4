/**
 * The day's figures as stats.json writes them: every figure of the brief's date except the few
 * that the brief does not cite and that repeat what other files hold. Each omission is listed in
 * {@link WRITTEN_OMISSIONS} (docs/stats-json.md prints the list); the in-memory figures keep them
 * all, so the templates, the prose and the email are unchanged.
 */
import { isAvailable, type Maybe } from '../model/figure.js';
import type { BriefStats, PairStats, Role, SeriesStats } from '../stats/briefStats.js';
import type { RelativeRotation } from '../stats/relativeRotation.js';

/** Roles whose `risk` figures stats.json leaves out (the brief cites risk of indices and funds). */
const NO_WRITTEN_RISK: ReadonlySet<Role> = new Set<Role>(['sector', 'mega-cap']);

/** What stats.json leaves out of the figures, by path, with why (for the field reference). */
export const WRITTEN_OMISSIONS: Readonly<Record<string, string>> = {
  'series.<SYMBOL>.risk':
    'left out for the sectors and the mega-cap stocks (roles `sector` and `mega-cap`): the brief cites risk figures of the indices and the funds only',
  'breadth.rotation.<SYMBOL>.tail':
    "left out: each tail point is the `point` of an earlier session's stats.json",
  'pairs.<k>.analogs.cases[].pending':
    'left out: a forward spread is null exactly while `sessionsAfter` is below its horizon',
};

/** A series' figures as written: without `risk` for a sector or a mega-cap stock. */
function writtenSeries(s: SeriesStats): Partial<SeriesStats> {
  if (!NO_WRITTEN_RISK.has(s.role)) return s;
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

/** The day's figures of `stats` as written (see {@link WRITTEN_OMISSIONS}); `stats` is not changed. */
export function writtenFigures(
  stats: Omit<BriefStats, 'conventions' | 'calendarYears'>,
): Record<string, unknown> {
  const series = Object.fromEntries(
    Object.entries(stats.series).map(([k, s]) => [k, writtenSeries(s)]),
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
