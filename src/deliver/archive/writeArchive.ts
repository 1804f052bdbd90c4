/**
 * Rebuilding the archive of a reports folder from what is on disk: scan the brief folders,
 * then write manifest.json, latest.json, feed.xml, latest.html and index.html, each atomically.
 * Called by `brief index` and by the daily run after it writes a brief.
 */
import path from 'node:path';
import { BriefError } from '../../errors.js';
import { type ArchiveContentOptions, archiveFiles } from './archiveFiles.js';
import type { ArchiveFs } from './archiveFs.js';
import { loadArchiveTemplates } from './archiveTemplates.js';
import { type ArchiveProblem, scanArchive } from './scanArchive.js';
import { resolveSiteUrl } from './siteUrl.js';

/** Options of {@link writeArchive}. */
export interface WriteArchiveOptions extends Omit<ArchiveContentOptions, 'siteUrl'> {
  /** Folder holding `archive/index.hbs`, `archive/latest.hbs`, `archive/archive.css`. */
  readonly templatesDir: string;
  /** Raw site URL (e.g. env ROTATION_BRIEF_SITE_URL); unset or blank gives the default. */
  readonly siteUrl?: string | undefined;
  /** Reader of the (untrusted) templates folder, confined to it (default: `fs.readText`). */
  readonly readTemplate?: (file: string) => Promise<string>;
}

/** What {@link writeArchive} did. */
export interface ArchiveResult {
  /** Dates of the briefs listed, newest first. */
  readonly dates: string[];
  /** Paths of the files written (reports folder joined on). */
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
  const templates = await loadArchiveTemplates(
    options.templatesDir,
    options.readTemplate ?? fs.readText,
  );
  const scan = await scanArchive(reportsDir, fs);
  const files = archiveFiles(scan.briefs, templates, { ...options, siteUrl });
  const written: string[] = [];
  for (const [name, text] of files) {
    const file = path.join(reportsDir, name);
    try {
      await fs.writeAtomic(file, text);
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
