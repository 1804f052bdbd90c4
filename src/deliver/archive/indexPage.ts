/**
 * `reports/index.html`: every brief, newest first, grouped by month, each with its headline,
 * three key figures and relative links (HTML, PDF, stats.json), so the page works from
 * file:// and under any sub-path. The template is `templates/archive/index.hbs`.
 */
import { DateTime } from 'luxon';
import { formatLongDate, formatWeekday } from '../../model/format.js';
import type { ArchiveTemplates } from './archiveTemplates.js';
import type { Manifest, ManifestEntry } from './manifest.js';

/** One brief as the index template sees it. */
export interface IndexBrief {
  readonly date: string;
  readonly dateLong: string;
  readonly weekday: string;
  readonly headline: string;
  readonly dek: string;
  readonly figures: readonly { label: string; value: string; detail: string; tone: string }[];
  readonly html: string;
  readonly pdf: string | null;
  readonly stats: string;
}

/** The index template's context. */
export interface IndexContext {
  readonly title: string;
  readonly css: string;
  readonly countLabel: string;
  readonly latest: { readonly dateLong: string; readonly html: string } | null;
  readonly months: readonly { id: string; label: string; briefs: IndexBrief[] }[];
}

const TONES = new Set(['up', 'down', 'flat', 'muted']);

/** "2026-08-21" -> "August 2026". */
export function monthLabel(date: string): string {
  return DateTime.fromISO(date, { zone: 'UTC', locale: 'en-US' }).toFormat('MMMM yyyy');
}

function indexBrief(e: ManifestEntry): IndexBrief {
  return {
    date: e.date,
    dateLong: formatLongDate(e.date),
    weekday: formatWeekday(e.date),
    headline: e.headline,
    dek: e.dek,
    figures: e.keyFigures.map((k) => ({ ...k, tone: TONES.has(k.tone) ? k.tone : 'muted' })),
    html: e.files.html,
    pdf: e.files.pdf ?? null,
    stats: e.files.stats,
  };
}

/** Build the template context from the manifest (newest first). */
export function indexContext(m: Manifest, css: string, title = 'Rotation Brief'): IndexContext {
  const months: { id: string; label: string; briefs: IndexBrief[] }[] = [];
  for (const e of m.briefs) {
    const id = e.date.slice(0, 7);
    let month = months[months.length - 1];
    if (month?.id !== id) {
      month = { id, label: monthLabel(e.date), briefs: [] };
      months.push(month);
    }
    month.briefs.push(indexBrief(e));
  }
  const n = m.briefs.length;
  const newest = m.briefs[0];
  return {
    title,
    css,
    countLabel: `${n} ${n === 1 ? 'brief' : 'briefs'}`,
    latest: newest ? { dateLong: formatLongDate(newest.date), html: newest.files.html } : null,
    months,
  };
}

/** The HTML of index.html. */
export function renderIndexPage(m: Manifest, t: ArchiveTemplates, title?: string): string {
  return t.index(indexContext(m, t.css, title));
}
