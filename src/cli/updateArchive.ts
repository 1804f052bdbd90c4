/**
 * Rebuild the archive (reports/index.html, latest.html, manifest.json, latest.json, feed.xml, and
 * each year's YYYY/index.html and YYYY/manifest.json) from the briefs on disk: `brief index`,
 * `brief merge`, and the last step of the daily run and of a backfill.
 */
import { RELEASES_URL_ENV } from '../deliver/archive/releaseAssets.js';
import { SITE_URL_ENV } from '../deliver/archive/siteUrl.js';
import { writeArchive } from '../deliver/archive/writeArchive.js';
import { BriefError } from '../errors.js';
import type { Effects } from './effects.js';
import { templateReader } from './readers.js';

export interface ArchiveOptions {
  readonly outDir: string;
  readonly templatesDir: string;
  readonly generator: string;
  /** Fail (exit 3) when a brief folder is broken, instead of leaving it out with a warning. */
  readonly strict: boolean;
  /** Years before this one (YYYY) are not on the site: index page and manifest only. */
  readonly offsiteBefore?: string | null;
}

/** Rebuild the archive files; returns the number of briefs listed. */
export async function updateArchive(o: ArchiveOptions, fx: Effects): Promise<number> {
  const r = await writeArchive(
    o.outDir,
    {
      templatesDir: o.templatesDir,
      siteUrl: fx.env[SITE_URL_ENV],
      releasesUrl: fx.env[RELEASES_URL_ENV],
      offsiteBefore: o.offsiteBefore ?? null,
      generator: o.generator,
      readTemplate: templateReader(fx, o.templatesDir),
    },
    fx,
  );
  for (const p of r.problems) fx.log(`Warning: ${p.message}`);
  fx.out(
    `Archive: ${r.dates.length} brief${r.dates.length === 1 ? '' : 's'} listed in ${o.outDir}/index.html, the year pages and feed.xml`,
  );
  if (o.strict && r.problems.length > 0) {
    throw new BriefError(
      'data',
      `${r.problems.length} brief folder(s) are broken, e.g. ${r.problems[0]?.message}`,
      'rebuild them with brief --date or backfill --force',
    );
  }
  return r.dates.length;
}
