/**
 * `brief merge DIR... --out reports`: fold reports folders (the shards of a backfill, typically
 * built on other machines) into an archive. Only brief folders are read (YYYY/YYYY-MM-DD/ with a
 * valid summary.json); the folders' index, manifests and feed are ignored, and the archive's are
 * rebuilt once at the end by the caller. Each date's brief is chosen by mergePlan.ts; nothing is
 * written while any date has different briefs and no --prefer. Each copied brief is swapped in
 * whole (writeBriefDir), so a killed merge leaves whole briefs only, and a rerun completes it.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { ArchiveFs } from '../deliver/archive/archiveFs.js';
import {
  decide,
  type MergeCandidate,
  type MergeConflict,
  type MergeDecision,
  type Prefer,
} from '../deliver/archive/mergePlan.js';
import { nodeArchiveFs } from '../deliver/archive/nodeArchiveFs.js';
import { scanArchive } from '../deliver/archive/scanArchive.js';
import { cleanStaleBriefTemps } from '../deliver/writeBriefDir.js';
import { BriefError } from '../errors.js';
import type { Effects } from './effects.js';

export interface MergeOptions {
  readonly outDir: string;
  readonly sources: readonly string[];
  readonly prefer: Prefer;
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
const TEXT_FILES = ['brief.html', 'stats.json', 'summary.json'];
/** Briefs copied at once. */
const COPY_JOBS = 4;

async function fingerprint(dir: string, fs: ArchiveFs): Promise<string> {
  const h = createHash('sha256');
  for (const f of TEXT_FILES) h.update(`${f}\0`).update(await fs.readBytes(path.join(dir, f)));
  return h.digest('hex');
}

/** Every brief of one reports folder as a merge candidate. */
async function candidatesOf(
  origin: string,
  index: number,
  fs: ArchiveFs,
): Promise<MergeCandidate[]> {
  const scan = await scanArchive(origin, fs);
  if (index > 0 && scan.problems.length > 0)
    throw new BriefError(
      'data',
      `${scan.problems.length} damaged brief folder(s) in ${origin}, e.g. ${scan.problems[0]?.message}`,
      'rebuild that shard (backfill resumes) before merging it',
    );
  return Promise.all(
    scan.briefs.map(async (b) => {
      const dir = path.join(origin, b.dir);
      const hash = await fs.readText(path.join(dir, 'inputs.sha256')).then(
        (t) => (/^[0-9a-f]{64}$/.test(t.trim()) ? t.trim() : null),
        () => null,
      );
      let memo: Promise<string> | null = null;
      return {
        origin,
        index,
        existing: index === 0,
        date: b.date,
        dir: b.dir,
        hash,
        hasPdf: b.hasPdf,
        mtimeMs: (await fs.stat(path.join(dir, 'summary.json'))).mtimeMs,
        fingerprint: () => (memo ??= fingerprint(dir, fs)),
      };
    }),
  );
}

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

/** Copy the brief folder of a candidate into the archive (whole, atomically). */
async function copyBrief(c: MergeCandidate, outDir: string, fs: ArchiveFs, fx: Effects) {
  const from = path.join(c.origin, c.dir);
  const names = (await fs.readDir(from)).filter((e) => e.kind === 'file').map((e) => e.name);
  const files: Record<string, Uint8Array> = {};
  for (const name of names) {
    if (!BRIEF_FILES.includes(name)) {
      fx.log(`Warning: ${path.join(from, name)}: not a brief's file, not copied`);
      continue;
    }
    const file = path.join(from, name);
    if ((await fs.stat(file)).size > MAX_FILE_BYTES)
      throw new BriefError(
        'data',
        `${file}: larger than ${MAX_FILE_BYTES / 2 ** 20} MB, not a brief's file`,
      );
    files[name] = await fs.readBytes(file);
  }
  await fx.writeBriefDir(path.join(outDir, c.dir), files);
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
  fs = nodeArchiveFs(),
): Promise<MergeResult> {
  await checkSources(o, fx);
  for (const line of await cleanStaleBriefTemps(o.outDir, fx.isAlive)) fx.log(`Cleanup: ${line}`);
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
  // A few at once: each brief's files are flushed to disk, and the disk waits dominate.
  let next = 0;
  const worker = async () => {
    while (next < copies.length)
      await copyBrief((copies[next++] as MergeDecision).pick, o.outDir, fs, fx);
  };
  await Promise.all(Array.from({ length: COPY_JOBS }, worker));
  for (const d of decisions) {
    result[d.action].push(d.date);
    if (d.preferred) result.preferred.push(d.date);
  }
  return result;
}
