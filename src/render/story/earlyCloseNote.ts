/**
 * The sentence that closes the lead of an early-close session: when the exchange closed and for
 * which occasion, from the New York trading calendar (src/calendar/earlyCloses.ts).
 */
import { prose, type SafeHtml } from '../narrative/prose.js';
import { clockHour } from './phrasing.js';
import { cite, type StoryInput } from './storyInput.js';

/**
 * The lead, closed on an early-close day by a sentence saying when and why the session was short:
 * "Trading ended early, at 1 p.m. New York time on the day after Thanksgiving: the day's moves
 * cover a short session" (2 p.m. in 1990-1992).
 */
export function withEarlyClose(x: StoryInput, lead: SafeHtml): SafeHtml {
  const s = x.stats.session;
  if (!s.earlyClose || s.earlyCloseHour === null) return lead;
  const c = cite(x, 'session', [], s.previous ?? x.stats.date, x.stats.date);
  const on = s.earlyCloseOccasion ? ` on ${s.earlyCloseOccasion}` : '';
  const note = prose`Trading ended early, at ${clockHour(s.earlyCloseHour)} New York time${on}: the day's moves cover a short session${c}.`;
  return { html: `${lead.html} ${note.html}` };
}
