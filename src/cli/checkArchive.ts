/**
 * The archive part of `brief check` (the --out folder, when it exists): every file a manifest
 * names exists (a PDF named by an absolute URL is in a yearly release: not fetched, not missing),
 * every brief folder on disk is in its year's manifest, the top index, feed and year pages exist,
 * and no temporary folder of an interrupted write (`.YYYY-MM-DD.tmp-*`, `.old-*`) is left. A
 * manifest written by an earlier version (manifest@1, one list of every brief) is a warning:
 * `brief index` migrates it.
 */
import path from 'node:path';
import { nodeArchiveFs } from '../deliver/archive/nodeArchiveFs.js';
import { type ArchivedBrief, scanArchive } from '../deliver/archive/scanArchive.js';
import { STALE_BRIEF_TEMP, tempOwner } from '../deliver/writeBriefDir.js';
import { BriefError } from '../errors.js';
import { type Collector, errCode, listOrEmpty } from './checkCollector.js';
import type { Effects } from './effects.js';

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

/** Parse a JSON file; null (with the problem recorded) when it is missing or broken. */
async function readJson(file: string, fx: Effects, c: Collector, missing: () => void) {
  try {
    return JSON.parse(await fx.readText(file)) as Record<string, unknown>;
  } catch (e) {
    if (errCode(e) === 'ENOENT') missing();
    else
      c.error(
        file,
        null,
        e instanceof SyntaxError ? `not valid JSON (${e.message})` : `cannot read (${errCode(e)})`,
      );
    return null;
  }
}

async function checkTemps(outDir: string, top: string[], fx: Effects, c: Collector) {
  for (const year of top.filter((n) => /^\d{4}$/.test(n))) {
    const names = (await listOrEmpty(fx, path.join(outDir, year)).catch(() => [])) ?? [];
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

/** The entries of one year's manifest, after checking that each file they name exists. */
async function checkYear(outDir: string, y: YearLike, fx: Effects, c: Collector) {
  const listed = new Map<string, Record<string, unknown>>();
  const where = path.join(outDir, 'manifest.json');
  if (typeof y.index !== 'string' || typeof y.manifest !== 'string' || isUrl(y.manifest)) {
    c.error(
      where,
      null,
      `year ${String(y.year)}: no index or manifest path (rebuild with brief index)`,
    );
    return listed;
  }
  if (!(await fx.fileExists(path.join(outDir, y.index))))
    c.error(path.join(outDir, y.index), null, 'missing (rebuild it with brief index)');
  const file = path.join(outDir, y.manifest);
  const m = await readJson(file, fx, c, () =>
    c.error(file, null, 'missing (rebuild it with brief index)'),
  );
  if (m && !Array.isArray(m.briefs))
    c.error(file, null, 'has no "briefs" list (rebuild it with brief index)');
  for (const e of (m?.briefs ?? []) as EntryLike[]) {
    const date = typeof e.date === 'string' ? e.date : '(no date)';
    listed.set(date, e.files ?? {});
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
  return listed;
}

const NOT_YET = 'an interrupted run (the next run, or brief index, adds it)';

function checkListed(
  outDir: string,
  briefs: ArchivedBrief[],
  listed: Map<string, Record<string, unknown>>,
  c: Collector,
) {
  for (const b of briefs) {
    const files = listed.get(b.date);
    if (!files)
      c.warning(
        path.join(outDir, b.dir),
        null,
        `brief folder not listed in its year's manifest.json yet: ${NOT_YET}`,
      );
    else if (b.hasPdf && files.pdf !== `${b.dir}/brief.pdf`)
      c.warning(
        path.join(outDir, b.dir, 'brief.pdf'),
        null,
        `not listed in its year's manifest.json yet: ${NOT_YET}`,
      );
  }
}

/** Check the archive in `outDir`; returns the briefs found (for the template check). */
export async function checkArchive(
  outDir: string,
  fx: Effects,
  c: Collector,
): Promise<ArchivedBrief[]> {
  const top = await listOrEmpty(fx, outDir).catch((e: unknown) => {
    c.error(outDir, null, `cannot list the reports folder (${errCode(e)})`);
    return null;
  });
  if (top === null) return []; // no archive yet: nothing to check
  await checkTemps(outDir, top, fx, c);
  let scan;
  try {
    scan = await scanArchive(outDir, nodeArchiveFs());
  } catch (e) {
    c.caught(outDir, e);
    return [];
  }
  for (const p of scan.problems) c.caught(p.path, new BriefError('data', p.message));
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
    c.warning(
      file,
      null,
      'written by an earlier version (one list of every brief): brief index rebuilds the archive with a page and a manifest per year',
    );
    return scan.briefs;
  }
  if (m && !Array.isArray(m.years))
    c.error(file, null, 'has no "years" list (rebuild it with brief index)');
  if (!m || !Array.isArray(m.years)) return scan.briefs;
  const listed = new Map<string, Record<string, unknown>>();
  for (const y of m.years as YearLike[])
    for (const [d, f] of await checkYear(outDir, y, fx, c)) listed.set(d, f);
  checkListed(outDir, scan.briefs, listed, c);
  for (const name of ['index.html', 'feed.xml']) {
    if (scan.briefs.length > 0 && !(await fx.fileExists(path.join(outDir, name))))
      c.error(path.join(outDir, name), null, 'missing (rebuild it with brief index)');
  }
  return scan.briefs;
}
