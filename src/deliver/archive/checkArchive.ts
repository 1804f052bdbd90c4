/**
 * `brief check` of a reports folder (when it exists): every manifest.json entry has its files,
 * every brief folder on disk is in the manifest, and no temporary folder of an interrupted write
 * (`.YYYY-MM-DD.tmp-*`, `.YYYY-MM-DD.old-*`) is left behind. What an interrupted run leaves (and
 * the next run repairs) is a warning; what only a rebuild repairs is an error.
 */
import path from 'node:path';
import { BriefError, errnoCode } from '../../errors.js';
import { listSorted, type ProblemList } from '../../model/check.js';
import type { FileSystem, Processes } from '../../model/effects.js';
import type { ArchiveFs } from './archiveFs.js';
import { STALE_BRIEF_TEMP, tempOwner } from '../briefTemps.js';
import { scanArchive, type ArchivedBrief, type ArchiveScan } from './scanArchive.js';

/** The effects of the archive check (it writes nothing; scanArchive's type names the writer). */
export type ArchiveCheckFx = ArchiveFs & Pick<FileSystem, 'listDir' | 'fileExists'> & Processes;

interface ManifestLike {
  briefs?: { date?: unknown; files?: Record<string, unknown> }[];
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

/** manifest.json, or null when it is missing (a warning if briefs exist) or broken (an error). */
async function readManifest(outDir: string, scan: ArchiveScan, fx: ArchiveCheckFx, c: ProblemList) {
  const file = path.join(outDir, 'manifest.json');
  try {
    const manifest = JSON.parse(await fx.readText(file)) as ManifestLike | null;
    if (Array.isArray(manifest?.briefs)) return manifest;
    c.error(file, null, 'has no "briefs" list (rebuild it with brief index)');
  } catch (e) {
    if (errnoCode(e) !== 'ENOENT') {
      const why =
        e instanceof SyntaxError
          ? `not valid JSON (${e.message})`
          : `cannot read (${errnoCode(e)})`;
      c.error(file, null, why);
    } else if (scan.briefs.length > 0) {
      c.warning(
        file,
        null,
        `missing, with ${scan.briefs.length} brief(s) on disk: an interrupted run (the next run, or brief index, rebuilds it)`,
      );
    }
  }
  return null;
}

/** Every file the manifest lists exists; returns the files listed, by date. */
async function checkListedFiles(
  outDir: string,
  briefs: NonNullable<ManifestLike['briefs']>,
  fx: ArchiveCheckFx,
  c: ProblemList,
): Promise<Map<string, Record<string, unknown>>> {
  const manifestFile = path.join(outDir, 'manifest.json');
  const listed = new Map<string, Record<string, unknown>>();
  for (const entry of briefs) {
    const date = typeof entry.date === 'string' ? entry.date : '(no date)';
    listed.set(date, entry.files ?? {});
    for (const [kind, rel] of Object.entries(entry.files ?? {})) {
      if (typeof rel !== 'string' || !(await fx.fileExists(path.join(outDir, rel)))) {
        c.error(
          manifestFile,
          null,
          `${date}: ${kind} file ${String(rel)} is listed but missing (rebuild the brief, then brief index)`,
        );
      }
    }
  }
  return listed;
}

/** The manifest against the disk: listed files exist, folders on disk are listed. */
async function compareManifest(
  outDir: string,
  briefs: NonNullable<ManifestLike['briefs']>,
  scan: ArchiveScan,
  fx: ArchiveCheckFx,
  c: ProblemList,
) {
  const listed = await checkListedFiles(outDir, briefs, fx, c);
  const notYet = 'an interrupted run (the next run, or brief index, adds it)';
  for (const b of scan.briefs) {
    const files = listed.get(b.date);
    const where = path.join(outDir, b.dir);
    if (!files) c.warning(where, null, `brief folder not listed in manifest.json yet: ${notYet}`);
    else if (b.hasPdf && files.pdf === undefined)
      c.warning(path.join(where, 'brief.pdf'), null, `not listed in manifest.json yet: ${notYet}`);
  }
  for (const name of ['index.html', 'feed.xml']) {
    if (scan.briefs.length > 0 && !(await fx.fileExists(path.join(outDir, name)))) {
      c.error(path.join(outDir, name), null, 'missing (rebuild it with brief index)');
    }
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
  const manifest = await readManifest(outDir, scan, fx, c);
  if (manifest?.briefs) await compareManifest(outDir, manifest.briefs, scan, fx, c);
  return scan.briefs;
}
