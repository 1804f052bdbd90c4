/**
 * The pure heart of the archive: from scanned briefs and compiled templates to the bytes of
 * every archive file (manifest.json, latest.json, feed.xml, latest.html, index.html).
 */
import { atomFeed, FEED_LIMIT } from './atomFeed.js';
import type { ArchiveTemplates } from './archiveTemplates.js';
import { renderIndexPage } from './indexPage.js';
import { renderLatestPage } from './latestPage.js';
import { buildManifest, latestJson, manifestJson } from './manifest.js';
import type { ArchivedBrief } from './scanArchive.js';

/** Options shared by {@link archiveFiles} and writeArchive. */
export interface ArchiveContentOptions {
  /** Normalised absolute base URL ending in `/`, for the feed (see resolveSiteUrl). */
  readonly siteUrl: string;
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
 * Build every archive file. Pages go last, so a reader following a link from a fresh
 * index.html finds the manifest and feed already updated.
 */
export function archiveFiles(
  briefs: readonly ArchivedBrief[],
  t: ArchiveTemplates,
  o: ArchiveContentOptions,
): ArchiveFileSet {
  const m = buildManifest(briefs);
  const title = o.title ?? 'Rotation Brief';
  return [
    ['manifest.json', manifestJson(m)],
    ['latest.json', latestJson(m)],
    [
      'feed.xml',
      atomFeed(m, {
        siteUrl: o.siteUrl,
        limit: o.feedLimit ?? FEED_LIMIT,
        title,
        ...(o.generator ? { generator: o.generator } : {}),
      }),
    ],
    ['latest.html', renderLatestPage(m, t, title)],
    ['index.html', renderIndexPage(m, t, title)],
  ];
}
