/**
 * `reports/latest.html`: a stable entry point that sends the reader on to the newest brief
 * with a relative meta refresh (and a plain link for when refreshes are off). With no briefs
 * yet it says so and links back to the index. Template: `templates/archive/latest.hbs`.
 */
import { formatLongDate } from '../../model/format.js';
import type { ArchiveTemplates } from './archiveTemplates.js';
import type { Archive } from './manifest.js';

/** The latest template's context. */
export interface LatestContext {
  readonly title: string;
  readonly css: string;
  readonly latest: {
    readonly dateLong: string;
    readonly headline: string;
    readonly html: string;
  } | null;
}

/** Build the template context from the manifest (newest first). */
export function latestContext(m: Archive, css: string, title = 'Rotation Brief'): LatestContext {
  const newest = m.briefs[0];
  return {
    title,
    css,
    latest: newest
      ? {
          dateLong: formatLongDate(newest.date),
          headline: newest.headline,
          html: newest.files.html,
        }
      : null,
  };
}

/** The HTML of latest.html. */
export function renderLatestPage(m: Archive, t: ArchiveTemplates, title?: string): string {
  return t.latest(latestContext(m, t.css, title));
}
