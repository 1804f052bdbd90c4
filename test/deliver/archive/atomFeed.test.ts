import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { type Element, xml2js } from 'xml-js';
import { atomFeed, briefUpdated, FEED_LIMIT } from '../../../src/deliver/archive/atomFeed.js';
import { buildManifest } from '../../../src/deliver/archive/manifest.js';
import { parseSummary } from '../../../src/deliver/archive/parseSummary.js';
import type { ArchivedBrief } from '../../../src/deliver/archive/scanArchive.js';
import { decodeEntities, summaryFor } from './archiveFixtures.js';

const SITE = 'https://me.github.io/rotation-brief/';

const brief = (date: string, over: Record<string, unknown> = {}): ArchivedBrief => ({
  date,
  dir: `${date.slice(0, 4)}/${date}`,
  summary: parseSummary(JSON.stringify(summaryFor(date, over)), 'summary.json'),
  hasPdf: true,
});

/** Parse strictly (sax throws on malformed XML) and return the <entry> elements. */
function entries(xml: string): Element[] {
  const doc = xml2js(xml, { compact: false }) as Element;
  const feed = doc.elements?.find((e) => e.name === 'feed');
  if (!feed) throw new Error('no <feed>');
  return (feed.elements ?? []).filter((e) => e.name === 'entry');
}
const child = (e: Element, name: string) => e.elements?.find((c) => c.name === name);
const text = (e: Element | undefined) =>
  (e?.elements ?? []).map((c) => String(c.text ?? c.cdata ?? '')).join('');

describe('atomFeed', () => {
  it('dates entries at 16:00 New York whatever the season (EST and EDT)', () => {
    expect(briefUpdated('2026-01-22').toISOString()).toBe('2026-01-22T21:00:00.000Z');
    expect(briefUpdated('2026-08-21').toISOString()).toBe('2026-08-21T20:00:00.000Z');
  });

  it('writes well-formed Atom, newest first, with absolute links under the site URL and tag ids', () => {
    const xml = atomFeed(buildManifest([brief('2026-01-21'), brief('2026-08-21')]), {
      siteUrl: SITE,
    });
    const list = entries(xml);
    expect(list.map((e) => text(child(e, 'updated')))).toEqual([
      '2026-08-21T20:00:00.000Z',
      '2026-01-21T21:00:00.000Z',
    ]);
    expect(list.map((e) => child(e, 'link')?.attributes?.href)).toEqual([
      `${SITE}2026/2026-08-21/brief.html`,
      `${SITE}2026/2026-01-21/brief.html`,
    ]);
    expect(text(child(list[0] as Element, 'id'))).toBe(
      'tag:me.github.io,2026-08-21:rotation-brief/2026-08-21',
    );
    expect(text(child(list[0] as Element, 'summary'))).toBe('Dek of 2026-08-21.');
    expect(xml).toContain('<updated>2026-08-21T20:00:00.000Z</updated>'); // the feed's own = newest entry
  });

  it('keeps text with markup characters as text (type="html" is escaped once)', () => {
    const nasty = 'S&P 500 <b>up</b> ]]> "quoted"';
    const xml = atomFeed(buildManifest([brief('2026-01-21', { headline: nasty })]), {
      siteUrl: SITE,
    });
    const title = text(child(entries(xml)[0] as Element, 'title'));
    expect(title).toBe('S&#38;P 500 &#60;b&#62;up&#60;/b&#62; ]]&#62; &#34;quoted&#34;');
    expect(decodeEntities(title)).toBe(nasty);
  });

  it(`keeps only the newest ${FEED_LIMIT} entries`, () => {
    const start = DateTime.fromISO('2026-01-01', { zone: 'UTC' });
    const many = Array.from({ length: FEED_LIMIT + 5 }, (_, i) =>
      brief(start.plus({ days: i }).toISODate() as string),
    );
    const list = entries(atomFeed(buildManifest(many), { siteUrl: SITE }));
    expect(list).toHaveLength(FEED_LIMIT);
    expect(text(child(list[0] as Element, 'id'))).toMatch(/,2026-03-06:/); // day 65
    expect(text(child(list[FEED_LIMIT - 1] as Element, 'id'))).toMatch(/,2026-01-06:/); // the 5 oldest dropped
  });

  it('is the same bytes on every call, and an empty archive has a fixed date', () => {
    const m = buildManifest([brief('2026-01-21')]);
    expect(atomFeed(m, { siteUrl: SITE })).toBe(atomFeed(m, { siteUrl: SITE }));
    expect(atomFeed(buildManifest([]), { siteUrl: SITE })).toContain(
      '<updated>1970-01-01T00:00:00.000Z</updated>',
    );
  });
});
