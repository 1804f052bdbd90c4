/**
 * The indices that closed at a record today, for a day no rare fact leads. A record after a short
 * wait is not rare (calendarFacts.recordFacts ranks it by the wait), yet a lead that calls such a
 * day "ordinary" and never names the record misses the day's news: on 2013-12-18 the S&P 500
 * closed at a record 1,810.65, on 1993-10-15 all three indices did. The quiet lead then gives
 * this sentence (or the leadership sentence gives the growth index's record) and its headline
 * this phrase; the bottom line does not say it again.
 */
import { formatNumber } from '../../model/format.js';
import { listed } from '../../model/listed.js';
import { joinProse, prose, type SafeHtml } from '../narrative/prose.js';
import { cite, indices, type StoryInput } from './storyInput.js';

export interface RecordsToday {
  /** "The S&P 500 closed at a record 1,810.65 [4]."; null when every record is told elsewhere. */
  readonly sentence: SafeHtml | null;
  /** For the headline, after who won: "as the S&P 500 closes at a record". */
  readonly headline: string;
}

/** An index at a record today. */
export interface RecordClose {
  readonly symbol: string;
  readonly name: string;
  /** The close with its citation: "1,810.65 [4]". */
  readonly close: SafeHtml;
}

/** The indices (small, large, growth) whose close today is above every earlier close. */
export function recordCloses(x: StoryInput): RecordClose[] {
  return indices(x).flatMap((s) => {
    const prev = x.stats.indexHistory[s.symbol]?.previousRecord;
    if (!prev) return [];
    const c = cite(x, 'allTimeHighs', [s.symbol], prev.date, x.stats.date);
    return [{ symbol: s.symbol, name: s.name, close: prose`${formatNumber(s.close)}${c}` }];
  });
}

/**
 * The indices at a record today, or null; `omit` leaves one out of the sentence (not of the
 * headline or gist): the growth index whose record the leadership sentence gives ("The Nasdaq
 * Composite edged up 0.19% to a record 5,531.82", 2017-01-09).
 */
export function recordsToday(x: StoryInput, omit?: string): RecordsToday | null {
  const at = recordCloses(x);
  const told = at.filter((r) => r.symbol !== omit);
  const [one] = at;
  if (!one) return null;
  const names = listed(at.map((r) => r.name));
  const all = at.length === 3;
  return {
    sentence: recordSentence(told, all),
    headline:
      at.length === 1
        ? `as the ${one.name} closes at a record`
        : all
          ? 'as all three indices close at records'
          : `as the ${names} close at records`,
  };
}

/** One sentence for the records `at` (null when none is left to tell); `all`: every index. */
function recordSentence(at: readonly RecordClose[], all: boolean): SafeHtml | null {
  const [a, b] = at;
  if (!a) return null;
  if (all) {
    const each = at.map((r) => prose`the ${r.name} at ${r.close}`);
    return prose`All three indices closed at records: ${joinList(each)}.`;
  }
  return b
    ? prose`The ${a.name} closed at a record ${a.close} and the ${b.name} at a record ${b.close}.`
    : prose`The ${a.name} closed at a record ${a.close}.`;
}

/** "a, b and c" of prose parts. */
function joinList(parts: readonly SafeHtml[]): SafeHtml {
  if (parts.length < 2) return parts[0] ?? { html: '' };
  return prose`${joinProse(parts.slice(0, -1), ', ')} and ${parts[parts.length - 1] as SafeHtml}`;
}
