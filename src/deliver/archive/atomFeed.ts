/**
 * `reports/feed.xml`: an Atom feed of the newest briefs, built with the `feed` package.
 * Everything is derived from the manifest, never from the clock: an entry's `updated` is the
 * brief date at 16:00 New York (the regular close), the feed's is its newest entry's (or the
 * Unix epoch for an empty archive). Atom needs absolute links, so they are resolved against
 * `siteUrl`; entry ids are tag URIs (RFC 4151) on the site's host, stable when the archive
 * moves to another sub-path of that host.
 */
import { DateTime } from 'luxon';
import { Feed } from 'feed';
import { escapeHtml } from './escapeHtml.js';
import type { Archive, ManifestEntry } from './manifest.js';

/** How many entries the feed keeps (the newest). */
export const FEED_LIMIT = 60;

/** Options of {@link atomFeed}. */
export interface AtomFeedOptions {
  /** Normalised absolute base URL ending in `/` (see resolveSiteUrl). */
  readonly siteUrl: string;
  /** Maximum number of entries, default {@link FEED_LIMIT}. */
  readonly limit?: number;
  /** Feed title, default "Rotation Brief". */
  readonly title?: string;
  /** `<generator>` text, default "rotation-brief"; pass a version string to pin it. */
  readonly generator?: string;
}

/** The instant an entry is dated: the brief date at 16:00 America/New_York. */
export function briefUpdated(date: string): Date {
  const t = DateTime.fromISO(`${date}T16:00:00`, { zone: 'America/New_York' });
  if (!t.isValid) throw new TypeError(`not an ISO date: ${date}`);
  return t.toJSDate();
}

/** Stable entry id: `tag:HOST,YYYY-MM-DD:rotation-brief/YYYY-MM-DD`. */
export function entryId(siteUrl: string, date: string): string {
  return `tag:${new URL(siteUrl).hostname},${date}:rotation-brief/${date}`;
}

function entryContent(e: ManifestEntry, siteUrl: string): string {
  const figures = e.keyFigures
    .map(
      (k) =>
        `<li>${escapeHtml(k.label)}: <b>${escapeHtml(k.value)}</b> (${escapeHtml(k.detail)})</li>`,
    )
    .join('');
  const links = [`<a href="${escapeHtml(new URL(e.files.html, siteUrl).href)}">Read the brief</a>`];
  if (e.files.pdf)
    links.push(`<a href="${escapeHtml(new URL(e.files.pdf, siteUrl).href)}">PDF</a>`);
  links.push(`<a href="${escapeHtml(new URL(e.files.stats, siteUrl).href)}">stats.json</a>`);
  return `<p>${escapeHtml(e.dek)}</p><ul>${figures}</ul><p>${links.join(' · ')}</p>`;
}

/** The Atom XML of the newest `limit` briefs of `m` (which is newest first). */
export function atomFeed(m: Archive, o: AtomFeedOptions): string {
  const entries = m.briefs.slice(0, o.limit ?? FEED_LIMIT);
  const newest = entries[0];
  const feed = new Feed({
    id: o.siteUrl,
    title: o.title ?? 'Rotation Brief',
    description: 'Daily small-cap vs large-cap rotation brief',
    link: o.siteUrl,
    feedLinks: { atom: new URL('feed.xml', o.siteUrl).href },
    author: { name: o.title ?? 'Rotation Brief' },
    updated: newest ? briefUpdated(newest.date) : new Date(0),
    generator: o.generator ?? 'rotation-brief',
  });
  for (const e of entries) {
    feed.addItem({
      // The feed package marks title and summary type="html": escape so "S&P" stays text.
      title: escapeHtml(e.headline),
      id: entryId(o.siteUrl, e.date),
      link: new URL(e.files.html, o.siteUrl).href,
      date: briefUpdated(e.date),
      description: escapeHtml(e.dek),
      content: entryContent(e, o.siteUrl),
    });
  }
  return `${feed.atom1()}\n`;
}
