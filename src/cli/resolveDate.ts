/**
 * Which session a run builds. An explicit --date must be a session (else a usage error naming
 * the previous and next sessions). Without --date: nothing to do on a day with no session
 * (exit 0); otherwise the latest session that has closed in New York, capped to the last
 * session in the data with a warning (or an error with --fresh, for scheduled jobs).
 */
import type { DateTime } from 'luxon';
import {
  closureReason,
  latestClosedSession,
  nextSession,
  previousSession,
  validateIsoDate,
} from '../calendar/index.js';
import { BriefError } from '../errors.js';

export type DateChoice =
  | { readonly kind: 'build'; readonly date: string; readonly warning?: string }
  | { readonly kind: 'no-session'; readonly message: string };

/** Check an explicit --date: a real ISO date that is a New York session. */
export function explicitSession(text: string): string {
  const date = validateIsoDate(text);
  const reason = closureReason(date);
  if (reason !== null) {
    throw new BriefError(
      'noSession',
      `${date} is not a New York trading session (${reason})`,
      `the previous session is ${previousSession(date)}, the next is ${nextSession(date)}`,
    );
  }
  return date;
}

/** Without --date: the no-session message when today (New York) has no session, else null. */
export function noSessionToday(now: DateTime): string | null {
  const today = now.setZone('America/New_York').toISODate() as string;
  const reason = closureReason(today);
  if (reason === null) return null;
  return `No New York session today (${today}, ${reason}): nothing to do. The latest session was ${previousSession(today)}; pass --date to build it.`;
}

/** Resolve the date of a run. `lastDataDate` is the last session of the small-cap index file. */
export function resolveDate(opts: {
  readonly date: string | undefined;
  readonly now: DateTime;
  readonly lastDataDate: string;
  readonly fresh: boolean;
}): DateChoice {
  if (opts.date !== undefined) return { kind: 'build', date: explicitSession(opts.date) };
  const ny = opts.now.setZone('America/New_York');
  const none = noSessionToday(ny);
  if (none !== null) return { kind: 'no-session', message: none };
  const latest = latestClosedSession(ny);
  if (opts.lastDataDate >= latest) return { kind: 'build', date: latest };
  const msg = `the data ends ${opts.lastDataDate}, before the latest closed session ${latest}`;
  if (opts.fresh) {
    throw new BriefError('data', `--fresh: ${msg}`, 'run `brief fetch` first, or drop --fresh');
  }
  return {
    kind: 'build',
    date: opts.lastDataDate,
    warning: `${msg}; building the brief for ${opts.lastDataDate} (run \`brief fetch\` to update)`,
  };
}
