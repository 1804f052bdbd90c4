/**
 * The pure heart of the archive: from scanned briefs and compiled templates to the bytes of
 * every archive file: manifest.json, latest.json, feed.xml, latest.html, index.html, and for each
 * year YYYY/manifest.json and YYYY/index.html.
 */
import { atomFeed, FEED_LIMIT } from './atomFeed.js';
import type { ArchiveTemplates } from './archiveTemplates.js';
import { renderIndexPage } from './indexPage.js';
import { renderLatestPage } from './latestPage.js';
import { buildManifest, latestJson, manifestJson, yearManifestJson } from './manifest.js';
import type { ArchivedBrief } from './scanArchive.js';
import { renderYearPage } from './yearPage.js';

/** Options shared by {@link archiveFiles} and writeArchive. */
export interface ArchiveContentOptions {
  /** Normalised absolute base URL ending in `/`, for the feed (see resolveSiteUrl). */
  readonly siteUrl: string;
  /** Normalised releases download URL for the PDFs not on disk (see resolveReleasesUrl). */
  readonly releasesUrl?: string | null;
  /** Years before this one (YYYY) get their index page and manifest only (not on the site). */
  readonly offsiteBefore?: string | null;
  /** Page and feed title, default "Rotation Brief". */
  readonly title?: string;
  /** Newest entries kept in feed.xml, default 60. */
  readonly feedLimit?: number;
  /** Feed `<generator>`, default "rotation-brief". */
  readonly generator?: string;
}

/** File name (relative to the reports folder) -> contents, in the order they are written. */
export type ArchiveFileSet = ReadonlyArray<readonly [name: string, text: string]>;

/**
 * Build every archive file. Pages go last, the top index very last, so a reader following a
 * link from a fresh index.html finds the manifests, feed and year pages already updated.
 */
export function archiveFiles(
  briefs: readonly ArchivedBrief[],
  t: ArchiveTemplates,
  o: ArchiveContentOptions,
): ArchiveFileSet {
  const m = buildManifest(briefs, o);
  const title = o.title ?? 'Rotation Brief';
  const feed = atomFeed(m, {
    siteUrl: o.siteUrl,
    limit: o.feedLimit ?? FEED_LIMIT,
    title,
    ...(o.generator ? { generator: o.generator } : {}),
  });
  return [
    ...m.years.map((y) => [`${y.year}/manifest.json`, yearManifestJson(y)] as const),
    ['manifest.json', manifestJson(m)],
    ['latest.json', latestJson(m)],
    ['feed.xml', feed],
    ...m.years.map((y, k) => [`${y.year}/index.html`, renderYearPage(m, k, t, title)] as const),
    ['latest.html', renderLatestPage(m, t, title)],
    ['index.html', renderIndexPage(m, t, title)],
  ];
}
