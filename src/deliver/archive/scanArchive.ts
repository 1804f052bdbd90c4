/**
 * Finding the briefs in a reports folder: every `YYYY/YYYY-MM-DD/` folder holding brief.html,
 * stats.json and a valid summary.json (brief.pdf is optional). Hidden entries (the temporary
 * `.2026-01-22.tmp-xxxx` folders of an interrupted write) are skipped silently. A folder that
 * looks like a brief but cannot be used is not fatal: it is left out and listed in `problems`,
 * so one damaged day never stops the archive of every other day from being rebuilt.
 */
import path from 'node:path';
import { DateTime } from 'luxon';
import { BriefError } from '../../errors.js';
import type { ArchiveFs, DirEntry } from './archiveFs.js';
import { type ArchivedSummary, parseSummary } from './parseSummary.js';

/** One usable brief folder. */
export interface ArchivedBrief {
  readonly date: string;
  /** Folder relative to the reports folder, with forward slashes: `2026/2026-01-22`. */
  readonly dir: string;
  readonly summary: ArchivedSummary;
  /** Whether brief.pdf exists (brief.html, stats.json and summary.json always do). */
  readonly hasPdf: boolean;
}

/** A folder left out of the archive, with a one-line reason. */
export interface ArchiveProblem {
  /** The file or folder at fault, joined onto the reports folder as given. */
  readonly path: string;
  readonly message: string;
}

/** What a scan found: briefs newest first, and the folders left out. */
export interface ArchiveScan {
  readonly briefs: ArchivedBrief[];
  readonly problems: ArchiveProblem[];
}

const YEAR = /^\d{4}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const REQUIRED = ['brief.html', 'stats.json', 'summary.json'] as const;

const isHidden = (e: DirEntry) => e.name.startsWith('.');
const errCode = (e: unknown) => (e as NodeJS.ErrnoException).code ?? (e as Error).message;

async function listReports(reportsDir: string, fs: ArchiveFs): Promise<DirEntry[]> {
  try {
    return await fs.readDir(reportsDir);
  } catch (e) {
    throw new BriefError(
      'output',
      `cannot read reports folder ${reportsDir} (${errCode(e)})`,
      '--out must name the reports folder holding YYYY/YYYY-MM-DD/ briefs',
    );
  }
}

async function readBrief(
  reportsDir: string,
  year: string,
  name: string,
  fs: ArchiveFs,
): Promise<ArchivedBrief | ArchiveProblem> {
  const rel = `${year}/${name}`;
  const dir = path.join(reportsDir, year, name);
  if (!name.startsWith(`${year}-`) || !DateTime.fromISO(name).isValid) {
    return {
      path: dir,
      message: `${dir}: not a real date in year ${year} (expected ${year}-MM-DD)`,
    };
  }
  const files = new Set(
    (await fs.readDir(dir)).filter((e) => e.kind === 'file').map((e) => e.name),
  );
  const missing = REQUIRED.filter((f) => !files.has(f));
  if (missing.length > 0) return { path: dir, message: `${dir}: missing ${missing.join(', ')}` };
  const file = path.join(dir, 'summary.json');
  try {
    const summary = parseSummary(await fs.readText(file), file);
    if (summary.date !== name)
      return {
        path: file,
        message: `${file}: date is ${summary.date}, expected ${name} (the folder's name)`,
      };
    return { date: name, dir: rel, summary, hasPdf: files.has('brief.pdf') };
  } catch (e) {
    if (e instanceof BriefError) return { path: file, message: e.message };
    return { path: file, message: `${file}: cannot read (${errCode(e)})` };
  }
}

async function scanYear(
  reportsDir: string,
  year: string,
  fs: ArchiveFs,
  out: { briefs: ArchivedBrief[]; problems: ArchiveProblem[] },
) {
  const yearDir = path.join(reportsDir, year);
  const listed = await fs.readDir(yearDir).catch((err: unknown) => {
    out.problems.push({ path: yearDir, message: `${yearDir}: cannot read (${errCode(err)})` });
    return [];
  });
  const entries = listed.filter((e) => !isHidden(e) && e.kind === 'dir');
  for (const e of entries) {
    const dir = path.join(reportsDir, year, e.name);
    if (!DATE.test(e.name)) {
      out.problems.push({ path: dir, message: `${dir}: not a brief folder (expected YYYY-MM-DD)` });
      continue;
    }
    const r = await readBrief(reportsDir, year, e.name, fs).catch(
      (err: unknown): ArchiveProblem => ({
        path: dir,
        message: `${dir}: cannot read (${errCode(err)})`,
      }),
    );
    if ('summary' in r) out.briefs.push(r);
    else out.problems.push(r);
  }
}

/**
 * Scan `reportsDir` for briefs.
 *
 * @throws BriefError('output') when `reportsDir` itself cannot be listed.
 */
export async function scanArchive(reportsDir: string, fs: ArchiveFs): Promise<ArchiveScan> {
  const years = (await listReports(reportsDir, fs)).filter(
    (e) => e.kind === 'dir' && YEAR.test(e.name),
  );
  const out = { briefs: [] as ArchivedBrief[], problems: [] as ArchiveProblem[] };
  for (const y of years) await scanYear(reportsDir, y.name, fs, out);
  out.briefs.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  out.problems.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return out;
}
