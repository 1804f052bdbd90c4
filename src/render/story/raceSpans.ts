/**
 * The small-vs-large race over longer spans, for the lead and the bottom line: the calendar year
 * to date (on a year's last session, the year) and the past 21 sessions (the tables' "21 sess."
 * column), set against the day's race.
 */
import { isAvailable } from '../../model/figure.js';
import { roundsToZeroBp } from '../../model/format.js';
import { prose, type SafeHtml } from '../narrative/prose.js';
import { spreadText } from './phrasing.js';
import { race } from './rotationFacts.js';
import { citeChange, type StoryInput } from './storyInput.js';

/**
 * The race over the calendar year, as a clause: "year to date the Russell 2000 leads the S&P 500
 * by 8.55 pp" (on a year's last session: "for the year the Russell 2000 finished 9 bp ahead of
 * the S&P 500"). Null without a year-to-date spread.
 */
function raceYearClause(x: StoryInput): SafeHtml | null {
  const r = race(x);
  const y = r?.pair.spreads.ytd;
  // A spread that prints as 0 bp says nothing ("has lost 0 bp more": 2000-08-10).
  if (!r || !y || !isAvailable(y) || roundsToZeroBp(y.value)) return null;
  const c = citeChange(x, 'spreads', [r.pair.small, r.pair.large], y.small);
  const gap = spreadText(y.value);
  // Both down: "has lost 6.97 pp less than", not "leads by", which reads as a gain.
  if (y.small.value < 0 && y.large.value < 0)
    return prose`${x.stats.session.lastOfYear ? 'for the year' : 'year to date'} the ${r.small.name} ${x.stats.session.lastOfYear ? 'lost' : 'has lost'} ${gap} ${y.value >= 0 ? 'less' : 'more'} than the ${r.large.name}${c}`;
  if (x.stats.session.lastOfYear)
    return prose`for the year the ${r.small.name} finished ${gap} ${y.value >= 0 ? 'ahead of' : 'behind'} the ${r.large.name}${c}`;
  return prose`year to date the ${r.small.name} ${y.value >= 0 ? 'leads' : 'trails'} the ${r.large.name} by ${gap}${c}`;
}

/**
 * The year's race for the bottom line, in other words than the lead's (raceYearClause): "small
 * caps lead large caps by 9.49 pp this year", "small caps have lost 9.48 pp more than large caps
 * this year", "small caps finished the year 13.29 pp behind large caps"; `they` after a clause whose
 * subject is small caps already. Null without the spread.
 */
export function raceYearGist(x: StoryInput, they = 'small caps'): SafeHtml | null {
  const r = race(x);
  const y = r?.pair.spreads.ytd;
  // A spread that prints as 0 bp says nothing ("has lost 0 bp more": 2000-08-10).
  if (!r || !y || !isAvailable(y) || roundsToZeroBp(y.value)) return null;
  const c = citeChange(x, 'spreads', [r.pair.small, r.pair.large], y.small);
  const gap = spreadText(y.value);
  const last = x.stats.session.lastOfYear;
  if (y.small.value < 0 && y.large.value < 0)
    return prose`${they} ${last ? 'lost' : 'have lost'} ${gap} ${y.value >= 0 ? 'less' : 'more'} than large caps this year${c}`;
  if (last)
    return prose`${they} finished the year ${gap} ${y.value >= 0 ? 'ahead of' : 'behind'} large caps${c}`;
  return prose`${they} ${y.value >= 0 ? 'lead' : 'trail'} large caps by ${gap} this year${c}`;
}

/** The year-to-date race as a sentence. */
export function raceYear(x: StoryInput): SafeHtml | null {
  const clause = raceYearClause(x);
  return clause ? prose`${clause}.` : null;
}

/**
 * The race over the past 21 sessions (the tables' "21 sess." column), set against the day's:
 * "Over the past 21 sessions, though, the Russell 2000 trails the S&P 500 by 95 bp" when the
 * month went the other way, without "though" when it went the same way; `tail` ends the sentence
 * (raceMonthAndYear). Null without the spread.
 */
export function raceMonth(x: StoryInput, tail: SafeHtml = prose``): SafeHtml | null {
  const r = race(x);
  const m = r?.pair.spreads.sessions21;
  const d = r?.pair.spreads.day;
  if (!r || !m || !isAvailable(m) || roundsToZeroBp(m.value)) return null;
  const c = citeChange(x, 'spreads', [r.pair.small, r.pair.large], m.small);
  const against = d && isAvailable(d) && !roundsToZeroBp(d.value) && d.value > 0 !== m.value > 0;
  return prose`Over the past 21 sessions${against ? ', though,' : ''} the ${r.small.name} ${m.value > 0 ? 'leads' : 'trails'} the ${r.large.name} by ${spreadText(m.value)}${c}${tail}.`;
}

/**
 * The past 21 sessions and the year to date in one sentence when both point the same way: "Over
 * the past 21 sessions the Russell 2000 leads the S&P 500 by 2.84 pp, and by 9.68 pp year to
 * date" (two sentences in a row had opened "the Russell 2000 leads the S&P 500 by"). Null when
 * they differ, when either prints as zero, when both indices are down for the year (raceYear
 * says "has lost ... less") or on a year's last session (raceYear says "for the year").
 */
export function raceMonthAndYear(x: StoryInput): SafeHtml | null {
  const r = race(x);
  const m = r?.pair.spreads.sessions21;
  const y = r?.pair.spreads.ytd;
  if (!r || !m || !y || !isAvailable(m) || !isAvailable(y)) return null;
  if (roundsToZeroBp(m.value) || roundsToZeroBp(y.value) || m.value > 0 !== y.value > 0)
    return null;
  if ((y.small.value < 0 && y.large.value < 0) || x.stats.session.lastOfYear) return null;
  const cy = citeChange(x, 'spreads', [r.pair.small, r.pair.large], y.small);
  return raceMonth(x, prose`, and by ${spreadText(y.value)} year to date${cy}`);
}
