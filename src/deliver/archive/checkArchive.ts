/**
 * `brief check` of a reports folder (when it exists): every file a manifest names exists (a PDF
 * named by an absolute URL is in a yearly release: not fetched, not missing), every brief folder
 * on disk is in its year's manifest, the top index, feed and year pages exist, and no temporary
 * folder of an interrupted write (`.YYYY-MM-DD.tmp-*`, `.old-*`) is left, and the history files
 * each stats.json names are there with the bytes it names (checkHistory.ts). What an interrupted run
 * leaves (and the next run repairs) is a warning; what only a rebuild repairs is an error. A
 * manifest written by an earlier version (manifest@1, one list of every brief) is a warning:
 * `brief index` migrates it.
 */
import path from 'node:path';
import { BriefError, errnoCode } from '../../errors.js';
import { listSorted, type ProblemList } from '../../model/check.js';
import type { FileSystem, Processes } from '../../model/effects.js';
import { STALE_BRIEF_TEMP, tempOwner } from '../briefTemps.js';
import type { ArchiveFs } from './archiveFs.js';
import { checkHistoryFiles } from './checkHistory.js';
import { scanArchive, type ArchivedBrief, type ArchiveScan } from './scanArchive.js';

/** The effects of the archive check (it writes nothing; scanArchive's type names the writer). */
export type ArchiveCheckFx = ArchiveFs & Pick<FileSystem, 'listDir' | 'fileExists'> & Processes;

interface YearLike {
  year?: unknown;
  index?: unknown;
  manifest?: unknown;
}
interface EntryLike {
  date?: unknown;
  files?: Record<string, unknown>;
}

const isUrl = (s: string) => /^[a-z][a-z0-9+.-]*:/i.test(s);
const REBUILD = 'missing (rebuild it with brief index)';
const NOT_YET = 'an interrupted run (the next run, or brief index, adds it)';

/** A JSON file; null when it is missing (`missing` is told) or broken (an error). */
async function readJson(file: string, fx: ArchiveCheckFx, c: ProblemList, missing: () => void) {
  try {
    return JSON.parse(await fx.readText(file)) as Record<string, unknown> | null;
  } catch (e) {
    if (errnoCode(e) === 'ENOENT') missing();
    else
      c.error(
        file,
        null,
        e instanceof SyntaxError
          ? `not valid JSON (${e.message})`
          : `cannot read (${errnoCode(e)})`,
      );
    return null;
  }
}

/** Leftover temporary folders in `outDir/YYYY/` whose writer is not running. */
async function checkTemps(outDir: string, years: string[], fx: ArchiveCheckFx, c: ProblemList) {
  for (const year of years.filter((n) => /^\d{4}$/.test(n))) {
    const names = (await listSorted(fx, path.join(outDir, year)).catch(() => [])) ?? [];
    for (const name of names.filter((n) => STALE_BRIEF_TEMP.test(n))) {
      const owner = tempOwner(name);
      if (owner !== null && fx.isAlive(owner)) continue; // a run writing now
      c.warning(
        path.join(outDir, year, name),
        null,
        'leftover temporary folder of an interrupted run (the next brief or backfill removes it)',
      );
    }
  }
}

/** Every file of one manifest entry exists (a PDF may be a release URL). */
async function checkEntry(
  outDir: string,
  file: string,
  e: EntryLike,
  fx: ArchiveCheckFx,
  c: ProblemList,
) {
  const date = typeof e.date === 'string' ? e.date : '(no date)';
  for (const [kind, rel] of Object.entries(e.files ?? {})) {
    if (kind === 'pdf' && typeof rel === 'string' && /^https?:\/\//.test(rel)) continue; // a release asset
    if (typeof rel !== 'string' || isUrl(rel) || !(await fx.fileExists(path.join(outDir, rel))))
      c.error(
        file,
        null,
        `${date}: ${kind} file ${String(rel)} is listed but missing (rebuild the brief, then brief index)`,
      );
  }
}

/** One year's page and manifest; returns the files its entries list, by date. */
async function checkYear(outDir: string, y: YearLike, fx: ArchiveCheckFx, c: ProblemList) {
  const listed = new Map<string, Record<string, unknown>>();
  if (typeof y.index !== 'string' || typeof y.manifest !== 'string' || isUrl(y.manifest)) {
    const why = `year ${String(y.year)}: no index or manifest path (rebuild with brief index)`;
    c.error(path.join(outDir, 'manifest.json'), null, why);
    return listed;
  }
  if (!(await fx.fileExists(path.join(outDir, y.index))))
    c.error(path.join(outDir, y.index), null, REBUILD);
  const file = path.join(outDir, y.manifest);
  const m = await readJson(file, fx, c, () => c.error(file, null, REBUILD));
  if (m && !Array.isArray(m.briefs))
    c.error(file, null, 'has no "briefs" list (rebuild it with brief index)');
  for (const e of (m?.briefs ?? []) as EntryLike[]) {
    listed.set(typeof e.date === 'string' ? e.date : '(no date)', e.files ?? {});
    await checkEntry(outDir, file, e, fx, c);
  }
  return listed;
}

/** Brief folders on disk that no year's manifest lists (yet). */
function checkListed(
  outDir: string,
  briefs: readonly ArchivedBrief[],
  listed: ReadonlyMap<string, Record<string, unknown>>,
  c: ProblemList,
) {
  for (const b of briefs) {
    const files = listed.get(b.date);
    const where = path.join(outDir, b.dir);
    if (!files)
      c.warning(where, null, `brief folder not listed in its year's manifest.json yet: ${NOT_YET}`);
    else if (b.hasPdf && files.pdf !== `${b.dir}/brief.pdf`)
      c.warning(
        path.join(where, 'brief.pdf'),
        null,
        `not listed in its year's manifest.json yet: ${NOT_YET}`,
      );
  }
}

/** The top manifest against the disk: its years, their manifests and pages, index and feed. */
async function compareManifest(
  outDir: string,
  scan: ArchiveScan,
  fx: ArchiveCheckFx,
  c: ProblemList,
) {
  const file = path.join(outDir, 'manifest.json');
  const m = await readJson(file, fx, c, () => {
    if (scan.briefs.length > 0)
      c.warning(
        file,
        null,
        `missing, with ${scan.briefs.length} brief(s) on disk: ${NOT_YET.replace('adds it', 'rebuilds it')}`,
      );
  });
  if (m?.schema === 'rotation-brief/manifest@1') {
    const why =
      'written by an earlier version (one list of every brief): brief index rebuilds the archive with a page and a manifest per year';
    return c.warning(file, null, why);
  }
  if (m && !Array.isArray(m.years))
    c.error(file, null, 'has no "years" list (rebuild it with brief index)');
  if (!m || !Array.isArray(m.years)) return;
  const listed = new Map<string, Record<string, unknown>>();
  for (const y of m.years as YearLike[])
    for (const [d, f] of await checkYear(outDir, y, fx, c)) listed.set(d, f);
  checkListed(outDir, scan.briefs, listed, c);
  for (const name of ['index.html', 'feed.xml']) {
    if (scan.briefs.length > 0 && !(await fx.fileExists(path.join(outDir, name))))
      c.error(path.join(outDir, name), null, REBUILD);
  }
}

/** Check the reports folder `outDir`; returns the briefs found (none when it does not exist). */
export async function checkArchive(
  outDir: string,
  fx: ArchiveCheckFx,
  c: ProblemList,
): Promise<ArchivedBrief[]> {
  const top = await listSorted(fx, outDir).catch((e: unknown) => {
    c.error(outDir, null, `cannot list the reports folder (${errnoCode(e)})`);
    return null;
  });
  if (top === null) return []; // no archive yet: nothing to check
  await checkTemps(outDir, top, fx, c);
  let scan: ArchiveScan;
  try {
    scan = await scanArchive(outDir, fx);
  } catch (e) {
    c.caught(outDir, e);
    return [];
  }
  for (const p of scan.problems) c.caught(p.path, new BriefError('data', p.message));
  await compareManifest(outDir, scan, fx, c);
  await checkHistoryFiles(outDir, scan.briefs, fx, c);
  return scan.briefs;
}
