/**
 * `brief merge DIR... --out reports`: fold reports folders (the shards of a backfill, typically
 * built on other machines) into an archive. Only brief folders are read (YYYY/YYYY-MM-DD/ with a
 * valid summary.json); the folders' index, manifests and feed are ignored, and the archive's are
 * rebuilt once at the end by the caller. Each date's brief is chosen by mergePlan.ts; nothing is
 * written while any date has different briefs and no --prefer. Each copied brief is swapped in
 * whole (writeBriefDir), so a killed merge leaves whole briefs only, and a rerun completes it.
 * The history files a brief's stats.json names are copied before it (mergeHistory.ts).
 */
import path from 'node:path';
import type { ArchiveFs } from '../deliver/archive/archiveFs.js';
import {
  decide,
  type MergeCandidate,
  type MergeConflict,
  type MergeDecision,
  type Prefer,
} from '../deliver/archive/mergePlan.js';
import { CrossDevice } from '../deliver/archive/moveBriefDir.js';
import { candidatesOf } from '../deliver/archive/mergeCandidates.js';
import { cleanStaleBriefTemps } from '../deliver/briefTemps.js';
import { BriefError } from '../errors.js';
import type { Effects } from './effects.js';
import { historyOfMerged } from './mergeHistory.js';
import { writeHistoryFiles } from './writeHistory.js';

export interface MergeOptions {
  readonly outDir: string;
  readonly sources: readonly string[];
  readonly prefer: Prefer;
  /** Move the chosen folders out of the merged folders instead of copying them (same disk). */
  readonly move?: boolean;
}

export interface MergeResult {
  readonly added: string[];
  readonly replaced: string[];
  /** Dates merged in whose equal brief the archive already had (and kept). */
  readonly kept: string[];
  /** Dates where different briefs were found and --prefer chose. */
  readonly preferred: string[];
}

/** The files a brief folder may hold; anything else in a merged folder is not copied. */
export const BRIEF_FILES = [
  'brief.html',
  'brief.pdf',
  'inputs.sha256',
  'stats.json',
  'summary.json',
];
/** Largest file copied (a brief's PDF is a few MB): a bigger one is not a brief's. */
const MAX_FILE_BYTES = 64 * 1024 * 1024;
/** Briefs copied at once. */
const COPY_JOBS = 4;

function describeConflicts(conflicts: readonly MergeConflict[]): string {
  const one = (c: MergeConflict) =>
    `${c.date} (${c.groups
      .map(
        (g) =>
          `${g.map((x) => x.origin).join(' = ')}: ${g[0]?.hash?.slice(0, 12) ?? 'no inputs hash'}`,
      )
      .join(' vs ')})`;
  const shown = conflicts.slice(0, 5).map(one).join('; ');
  return conflicts.length > 5 ? `${shown}; and ${conflicts.length - 5} more` : shown;
}

/** The files of a candidate's folder, each checked: a brief's name, a regular file, not too big. */
async function briefFilesOf(from: string, fs: ArchiveFs, fx: Effects) {
  const entries = await fs.readDir(from);
  const names: string[] = [];
  for (const e of entries) {
    const file = path.join(from, e.name);
    if (e.kind !== 'file' || !BRIEF_FILES.includes(e.name)) {
      fx.log(`Warning: ${file}: not a brief's file, not merged`);
      continue;
    }
    if ((await fs.stat(file)).size > MAX_FILE_BYTES)
      throw new BriefError(
        'data',
        `${file}: larger than ${MAX_FILE_BYTES / 2 ** 20} MB, not a brief's file`,
      );
    names.push(e.name);
  }
  return { names, clean: names.length === entries.length };
}

/** Bring the brief folder of a candidate into the archive (whole, atomically). */
async function mergeBrief(c: MergeCandidate, o: MergeOptions, fs: ArchiveFs, fx: Effects) {
  const from = path.join(c.origin, c.dir);
  const { names, clean } = await briefFilesOf(from, fs, fx);
  const dir = path.join(o.outDir, c.dir);
  if (o.move && clean) {
    try {
      return await fx.moveBriefDir(from, dir);
    } catch (e) {
      if (!(e instanceof CrossDevice)) throw e; // another disk: copied below
    }
  }
  const files: Record<string, Uint8Array> = {};
  for (const name of names) files[name] = await fs.readBinary(path.join(from, name));
  await fx.writeBriefDir(dir, files);
}

async function checkSources(o: MergeOptions, fx: Effects): Promise<void> {
  if (o.sources.length === 0)
    throw new BriefError('usage', 'merge needs at least one folder to merge');
  for (const s of o.sources) {
    if (path.resolve(s) === path.resolve(o.outDir))
      throw new BriefError(
        'usage',
        `${s} is the --out folder itself`,
        "name the shards' folders, not the archive",
      );
    if (!(await fx.fileExists(s))) throw new BriefError('usage', `${s}: no such folder`);
  }
}

/** Merge `o.sources` into `o.outDir`; the caller rebuilds the archive files afterwards. */
export async function runMerge(
  o: MergeOptions,
  fx: Effects,
  fs: ArchiveFs = fx,
): Promise<MergeResult> {
  await checkSources(o, fx);
  for (const line of await cleanStaleBriefTemps(o.outDir, fx)) fx.log(`Cleanup: ${line}`);
  const byDate = new Map<string, MergeCandidate[]>();
  const origins = [o.outDir, ...o.sources];
  for (const [k, origin] of origins.entries()) {
    if (k === 0 && !(await fx.fileExists(origin))) continue; // a new archive
    for (const c of await candidatesOf(origin, k, fs)) {
      const list = byDate.get(c.date);
      if (list) list.push(c);
      else byDate.set(c.date, [c]);
    }
  }
  const decisions: MergeDecision[] = [];
  const conflicts: MergeConflict[] = [];
  for (const date of [...byDate.keys()].sort()) {
    const candidates = byDate.get(date) as MergeCandidate[];
    if (candidates.every((c) => c.existing)) continue; // nothing merged in for this date
    const d = await decide(candidates, o.prefer);
    if ('groups' in d) conflicts.push(d);
    else decisions.push(d);
  }
  if (conflicts.length > 0)
    throw new BriefError(
      'data',
      `${conflicts.length} session(s) have different briefs (inputs hashes differ), nothing merged: ${describeConflicts(conflicts)}`,
      'their data, notes, templates or version differ: rebuild one side, or choose with --prefer existing|incoming',
    );
  const result: MergeResult = { added: [], replaced: [], kept: [], preferred: [] };
  const copies = decisions.filter((d) => d.action !== 'kept');
  const history = await historyOfMerged(
    copies.map((d) => d.pick),
    fs,
  );
  await writeHistoryFiles(fx, o.outDir, history);
  // A few at once: each brief's files are flushed to disk, and the disk waits dominate.
  let next = 0;
  const worker = async () => {
    while (next < copies.length)
      await mergeBrief((copies[next++] as MergeDecision).pick, o, fs, fx);
  };
  await Promise.all(Array.from({ length: COPY_JOBS }, worker));
  for (const d of decisions) {
    result[d.action].push(d.date);
    if (d.preferred) result.preferred.push(d.date);
  }
  return result;
}
