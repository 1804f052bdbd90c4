/**
 * `reports/index.html`: the years of the archive, newest first, each with its number of sessions,
 * a link to its page (YYYY/index.html, see yearPage.ts) and where its PDFs are; and a link to the
 * newest brief. It stays small whatever the length of the history. Links are relative, so the
 * page works from file:// and under any sub-path. The template is `templates/archive/index.hbs`.
 */
import { formatLongDate, formatShortDate } from '../../model/format.js';
import type { ArchiveTemplates } from './archiveTemplates.js';
import type { Archive, ArchiveYear } from './manifest.js';
import { releaseTag } from './releaseAssets.js';

/** One year as the index template sees it. */
export interface IndexYear {
  readonly year: string;
  readonly page: string;
  readonly countLabel: string;
  readonly span: string;
  readonly onSite: boolean;
  /** "all 252 PDFs here", "60 PDFs here, the others in briefs-2026", "PDFs in briefs-2026". */
  readonly pdfs: string;
  readonly release: string | null;
  readonly releaseTag: string;
}

/** The index template's context. */
export interface IndexContext {
  readonly title: string;
  readonly css: string;
  readonly countLabel: string;
  readonly latest: { readonly dateLong: string; readonly html: string } | null;
  readonly years: readonly IndexYear[];
}

/** "1 session", "252 sessions". */
export const sessionsLabel = (n: number) => `${n} ${n === 1 ? 'session' : 'sessions'}`;

/** Where a year's PDFs are, in a few words. */
export function pdfWhere(y: ArchiveYear): string {
  const here = `${y.pdfsOnSite} ${y.pdfsOnSite === 1 ? 'PDF' : 'PDFs'} here`;
  const tag = releaseTag(y.year);
  if (y.pdfsOnSite === y.count) return y.count === 1 ? 'PDF here' : `all ${y.count} PDFs here`;
  if (y.release === null) return y.pdfsOnSite > 0 ? here : 'no PDFs here';
  return y.pdfsOnSite > 0 ? `${here}, the others in ${tag}` : `PDFs in ${tag}`;
}

function indexYear(y: ArchiveYear): IndexYear {
  return {
    year: y.year,
    page: `${y.year}/index.html`,
    countLabel: sessionsLabel(y.count),
    span: `${formatShortDate(y.first)} – ${formatShortDate(y.last)}`,
    onSite: y.onSite,
    pdfs: pdfWhere(y),
    release: y.release,
    releaseTag: releaseTag(y.year),
  };
}

/** Build the template context from the archive (newest first). */
export function indexContext(m: Archive, css: string, title = 'Rotation Brief'): IndexContext {
  const n = m.briefs.length;
  const newest = m.briefs[0];
  const onSite = newest && m.years[0]?.onSite;
  return {
    title,
    css,
    countLabel: `${n} ${n === 1 ? 'brief' : 'briefs'}`,
    latest:
      newest && onSite ? { dateLong: formatLongDate(newest.date), html: newest.files.html } : null,
    years: m.years.map(indexYear),
  };
}

/** The HTML of index.html. */
export function renderIndexPage(m: Archive, t: ArchiveTemplates, title?: string): string {
  return t.index(indexContext(m, t.css, title));
}
