/**
 * Which sessions `brief catch-up` builds: the New York sessions that have closed but have no brief
 * in the archive. Pure: the archive's dates, the latest closed session and the data's last
 * session come in, a plan comes out.
 *
 * Without `since`: the sessions after the archive's newest brief, up to the latest closed session
 * (an empty archive: the latest closed session only). With `since`: every session from `since`
 * (inclusive) on that has no brief, holes included.
 */
import { isSession, nextSession } from '../calendar/index.js';

/** What happens to a missing session. */
export type MissingStatus =
  /** Its closes are in the data: build it now. */
  | 'build'
  /** In the data, but beyond `max`: left for the next run. */
  | 'later'
  /** Closed in New York, but the data ends before it: the provider has not published it yet. */
  | 'unpublished';

export interface MissingSession {
  readonly date: string;
  readonly status: MissingStatus;
}

export interface MissingInput {
  /** Dates of the briefs in the archive (any order). */
  readonly archived: readonly string[];
  /** The latest session that has closed in New York (`latestClosedSession(now)`). */
  readonly latestClosed: string;
  /** The last session of the small-cap index file. */
  readonly lastDataDate: string;
  /** First session to consider (inclusive); null: after the newest brief. */
  readonly since: string | null;
  /** Most sessions built by one run. */
  readonly max: number;
}

/** Sessions from `first` (inclusive, need not be a session) to `last` (inclusive), in order. */
export function sessionsFrom(first: string, last: string): string[] {
  const out: string[] = [];
  let d = isSession(first) ? first : nextSession(first);
  while (d <= last) {
    out.push(d);
    d = nextSession(d);
  }
  return out;
}

/** The missing sessions, oldest first, each with what to do about it. */
export function missingSessions(o: MissingInput): MissingSession[] {
  const have = new Set(o.archived);
  const newest = o.archived.reduce<string | null>((a, d) => (a === null || d > a ? d : a), null);
  if (o.since === null && newest !== null && newest >= o.latestClosed) return [];
  const first = o.since ?? (newest === null ? o.latestClosed : nextSession(newest));
  if (first > o.latestClosed) return [];
  const dates = sessionsFrom(first, o.latestClosed).filter((d) => !have.has(d));
  let building = 0;
  return dates.map((date): MissingSession => {
    if (date > o.lastDataDate) return { date, status: 'unpublished' };
    building += 1;
    return { date, status: building <= o.max ? 'build' : 'later' };
  });
}
