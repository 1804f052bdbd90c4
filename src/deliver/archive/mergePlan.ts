/**
 * Deciding, session by session, which brief a merge keeps when the archive and the folders being
 * merged (shards of a backfill) hold one for the same date. Two briefs are the same when their
 * inputs hashes (inputs.sha256) are equal; when either has none (a brief built by `brief --date`),
 * when their text files (brief.html, stats.json, summary.json) are byte-identical. Different
 * briefs are a conflict, unless a preference is given: `existing` keeps the first in the order
 * (the archive, then the folders as given), `incoming` the last. Among equal briefs the most
 * complete (with a PDF), then the newest (summary.json's mtime), then the last given is kept.
 */

/** One brief of a date, from the archive (`index` 0 when `existing`) or a merged folder. */
export interface MergeCandidate {
  /** The reports folder it comes from. */
  readonly origin: string;
  /** Order: the archive first, then the merged folders as given. */
  readonly index: number;
  readonly existing: boolean;
  readonly date: string;
  /** `dir` relative to the origin: `YYYY/YYYY-MM-DD`. */
  readonly dir: string;
  /** The inputs hash (64 hex digits), or null when the folder has none. */
  readonly hash: string | null;
  readonly hasPdf: boolean;
  readonly mtimeMs: number;
  /** Hash of the text files' bytes, computed on demand (it reads them). */
  readonly fingerprint: () => Promise<string>;
}

/** Which brief wins a conflict: the archive's (first given) or the merged folders' (last given). */
export type Prefer = 'existing' | 'incoming' | null;

/** What happens to a date. */
export interface MergeDecision {
  readonly date: string;
  readonly pick: MergeCandidate;
  /** added: new to the archive; replaced: the archive's brief gives way; kept: the archive's stays. */
  readonly action: 'added' | 'replaced' | 'kept';
  /** True when different briefs were found and `prefer` chose. */
  readonly preferred: boolean;
}

/** Different briefs for one date, with no preference given. */
export interface MergeConflict {
  readonly date: string;
  readonly groups: readonly (readonly MergeCandidate[])[];
}

/** Whether two candidates are the same brief (see the module comment). */
export async function sameBrief(a: MergeCandidate, b: MergeCandidate): Promise<boolean> {
  if (a.hash !== null && b.hash !== null) return a.hash === b.hash;
  return (await a.fingerprint()) === (await b.fingerprint());
}

async function groupsOf(candidates: readonly MergeCandidate[]): Promise<MergeCandidate[][]> {
  const groups: MergeCandidate[][] = [];
  for (const c of candidates) {
    let home: MergeCandidate[] | undefined;
    for (const g of groups) if (await sameBrief(g[0] as MergeCandidate, c)) home = g;
    if (home) home.push(c);
    else groups.push([c]);
  }
  return groups;
}

/** The most complete, then newest, then last given of equal briefs. */
function best(group: readonly MergeCandidate[]): MergeCandidate {
  const rank = (c: MergeCandidate) => [c.hasPdf ? 1 : 0, c.mtimeMs, c.index];
  return [...group].sort((a, b) => {
    const [x, y] = [rank(a), rank(b)];
    for (let k = 0; k < x.length; k++)
      if (x[k] !== y[k]) return (y[k] as number) - (x[k] as number);
    return 0;
  })[0] as MergeCandidate;
}

/**
 * Decide one date from its candidates (sorted by `index`; at least one).
 */
export async function decide(
  candidates: readonly MergeCandidate[],
  prefer: Prefer,
): Promise<MergeDecision | MergeConflict> {
  const date = (candidates[0] as MergeCandidate).date;
  const groups = await groupsOf(candidates);
  if (groups.length > 1 && prefer === null) return { date, groups };
  const chosen =
    groups.length === 1
      ? (groups[0] as MergeCandidate[])
      : (groups.find((g) =>
          g.includes(
            (prefer === 'existing'
              ? candidates[0]
              : candidates[candidates.length - 1]) as MergeCandidate,
          ),
        ) as MergeCandidate[]);
  const pick = best(chosen);
  const hadExisting = candidates.some((c) => c.existing);
  return {
    date,
    pick,
    action: pick.existing ? 'kept' : hadExisting ? 'replaced' : 'added',
    preferred: groups.length > 1,
  };
}
