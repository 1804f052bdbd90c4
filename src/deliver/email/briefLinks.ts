/**
 * Where a brief is published online: the archive's base URL (ROTATION_BRIEF_SITE_URL) plus the
 * reports layout, `YYYY/YYYY-MM-DD/brief.html` and `brief.pdf`, and the archive's index page.
 */

/** The email's links to the published brief. */
export interface BriefLinks {
  /** The day's HTML brief. */
  readonly brief: string;
  /** The day's PDF. */
  readonly pdf: string;
  /** The archive's index page (every brief). */
  readonly archive: string;
}

/** The links of the brief of `date`; `siteUrl` must end in `/` (readMailConfig ensures it). */
export function briefLinks(siteUrl: string, date: string): BriefLinks {
  const dir = `${siteUrl}${date.slice(0, 4)}/${date}/`;
  return { brief: `${dir}brief.html`, pdf: `${dir}brief.pdf`, archive: `${siteUrl}index.html` };
}
