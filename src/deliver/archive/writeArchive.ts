/**
 * Rebuilding the archive of a reports folder from what is on disk: scan the brief folders, then
 * write the year manifests, manifest.json, latest.json, feed.xml, the year pages, latest.html
 * and index.html, each atomically. Called by `brief index`, `brief merge` and by the daily run
 * after it writes a brief. A folder written by an earlier version (one index.html listing every
 * brief, manifest@1) is migrated by the same rebuild: brief folders and their URLs do not move.
 */
import path from 'node:path';
import { BriefError } from '../../errors.js';
import { type ArchiveContentOptions, archiveFiles } from './archiveFiles.js';
import type { ArchiveFs } from './archiveFs.js';
import { loadArchiveTemplates } from './archiveTemplates.js';
import { type ArchiveProblem, scanArchive } from './scanArchive.js';
import { resolveReleasesUrl } from './releaseAssets.js';
import { resolveSiteUrl } from './siteUrl.js';

/** Options of {@link writeArchive}. */
export interface WriteArchiveOptions extends Omit<
  ArchiveContentOptions,
  'siteUrl' | 'releasesUrl'
> {
  /** Folder holding `archive/index.hbs`, `year.hbs`, `latest.hbs`, `archive.css`. */
  readonly templatesDir: string;
  /** Raw site URL (e.g. env ROTATION_BRIEF_SITE_URL); unset or blank gives the default. */
  readonly siteUrl?: string | undefined;
  /** Raw releases URL (env ROTATION_BRIEF_RELEASES_URL); unset: PDFs not on disk are not linked. */
  readonly releasesUrl?: string | undefined;
  /** Reader of the (untrusted) templates folder, confined to it (default: `fs.readText`). */
  readonly readTemplate?: (file: string) => Promise<string>;
}

/** What {@link writeArchive} did. */
export interface ArchiveResult {
  /** Dates of the briefs listed, newest first. */
  readonly dates: string[];
  /** Paths of the archive's files, written or already up to date (reports folder joined on). */
  readonly written: string[];
  /** Brief folders left out, with why (also worth logging as warnings). */
  readonly problems: ArchiveProblem[];
}

/**
 * Rebuild the archive files of `reportsDir`.
 *
 * @throws BriefError('usage') for a bad siteUrl, ('template') for a missing or broken
 *   template, ('output') when the folder cannot be read or a file cannot be written.
 */
export async function writeArchive(
  reportsDir: string,
  options: WriteArchiveOptions,
  fs: ArchiveFs,
): Promise<ArchiveResult> {
  const siteUrl = resolveSiteUrl(options.siteUrl);
  const releasesUrl = resolveReleasesUrl(options.releasesUrl);
  const templates = await loadArchiveTemplates(
    options.templatesDir,
    options.readTemplate ?? fs.readText,
  );
  const scan = await scanArchive(reportsDir, fs);
  const files = archiveFiles(scan.briefs, templates, { ...options, siteUrl, releasesUrl });
  const written: string[] = [];
  for (const [name, text] of files) {
    const file = path.join(reportsDir, name);
    try {
      // An identical file is left alone: no new mtime, no fsync for the 37 pages of a long history.
      const old = await fs.readText(file).catch(() => null);
      if (old !== text) await fs.writeAtomic(file, text);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
      throw new BriefError(
        'output',
        `cannot write ${file} (${code})`,
        'check that the reports folder is writable and the disk has space',
        { cause: e },
      );
    }
    written.push(file);
  }
  return { dates: scan.briefs.map((b) => b.date), written, problems: scan.problems };
}
