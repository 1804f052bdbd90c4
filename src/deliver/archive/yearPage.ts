/**
 * `reports/YYYY/index.html`: the sessions of one year, newest first, grouped by month, each with
 * its headline, three key figures and links to the brief (HTML), its PDF and stats.json. Links
 * are relative to the year's folder, except a PDF kept in the yearly release (an absolute URL).
 * A year the site leaves out (offsiteBefore) lists its sessions with their PDFs only, saying
 * where the rest is. The template is `templates/archive/year.hbs`.
 */
import { DateTime } from 'luxon';
import { formatLongDate, formatWeekday } from '../../model/format.js';
import type { ArchiveTemplates } from './archiveTemplates.js';
import { pdfWhere, sessionsLabel } from './indexPage.js';
import type { Archive, ArchiveYear, ManifestEntry } from './manifest.js';
import { releaseTag } from './releaseAssets.js';

/** One brief as the year template sees it. */
export interface YearBrief {
  readonly date: string;
  readonly dateLong: string;
  readonly weekday: string;
  readonly headline: string;
  readonly figures: readonly { label: string; value: string; detail: string; tone: string }[];
  /** Null when the year is not on the site. */
  readonly html: string | null;
  readonly pdf: string | null;
  readonly stats: string | null;
}

/** The year template's context. */
export interface YearContext {
  readonly title: string;
  readonly css: string;
  readonly year: string;
  readonly countLabel: string;
  readonly pdfs: string;
  readonly onSite: boolean;
  readonly release: string | null;
  readonly releaseTag: string;
  readonly newer: string | null;
  readonly older: string | null;
  readonly months: readonly { id: string; label: string; briefs: YearBrief[] }[];
}

const TONES = new Set(['up', 'down', 'flat', 'muted']);

/** "2026-08-21" -> "August 2026". */
export function monthLabel(date: string): string {
  return DateTime.fromISO(date, { zone: 'UTC', locale: 'en-US' }).toFormat('MMMM yyyy');
}

/** A path relative to the reports folder as seen from YYYY/ (an absolute URL as is). */
function fromYear(rel: string, year: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(rel)) return rel;
  return rel.startsWith(`${year}/`) ? rel.slice(year.length + 1) : `../${rel}`;
}

function yearBrief(e: ManifestEntry, y: ArchiveYear): YearBrief {
  return {
    date: e.date,
    dateLong: formatLongDate(e.date),
    weekday: formatWeekday(e.date),
    headline: e.headline,
    figures: e.keyFigures.map((k) => ({ ...k, tone: TONES.has(k.tone) ? k.tone : 'muted' })),
    html: y.onSite ? fromYear(e.files.html, y.year) : null,
    pdf: e.files.pdf ? fromYear(e.files.pdf, y.year) : null,
    stats: y.onSite ? fromYear(e.files.stats, y.year) : null,
  };
}

/** Build the template context of year `k` of the archive (0: the newest). */
export function yearContext(m: Archive, k: number, css: string, title = 'Rotation Brief') {
  const y = m.years[k] as ArchiveYear;
  const months: { id: string; label: string; briefs: YearBrief[] }[] = [];
  for (const e of y.briefs) {
    const id = e.date.slice(0, 7);
    let month = months[months.length - 1];
    if (month?.id !== id) {
      month = { id, label: monthLabel(e.date), briefs: [] };
      months.push(month);
    }
    month.briefs.push(yearBrief(e, y));
  }
  const near = (j: number) => {
    const other = m.years[j]?.year;
    return other ? `../${other}/index.html` : null;
  };
  const context: YearContext = {
    title,
    css,
    year: y.year,
    countLabel: sessionsLabel(y.count),
    pdfs: pdfWhere(y),
    onSite: y.onSite,
    release: y.release,
    releaseTag: releaseTag(y.year),
    newer: near(k - 1),
    older: near(k + 1),
    months,
  };
  return context;
}

/** The HTML of YYYY/index.html for year `k` of the archive. */
export function renderYearPage(m: Archive, k: number, t: ArchiveTemplates, title?: string): string {
  return t.year(yearContext(m, k, t.css, title));
}
