/**
 * What `brief check` collects: problems, each naming a file (and line), found by the validators
 * each stage owns (src/ingest/checkDataFolder.ts, src/render/checkNotes.ts, checkTemplates.ts,
 * src/deliver/archive/checkArchive.ts, checkDeliveryTemplates.ts) and composed by
 * src/cli/runCheck.ts. Unlike a build, which stops at the first problem, a check goes on.
 */
import { BriefError, errnoCode } from '../errors.js';
import type { FileSystem } from './effects.js';
import type { Series } from './series.js';
import type { Universe } from './universe.js';

export interface CheckProblem {
  readonly severity: 'error' | 'warning';
  /** The file or folder at fault ('' when the message names it itself). */
  readonly file: string;
  readonly line: number | null;
  readonly problem: string;
}

/** The problems found so far: errors fail the check (exit 3), warnings do not. */
export class ProblemList {
  readonly errors: CheckProblem[] = [];
  readonly warnings: CheckProblem[] = [];

  error(file: string, line: number | null, problem: string): void {
    this.errors.push({ severity: 'error', file, line, problem });
  }

  warning(file: string, line: number | null, problem: string): void {
    this.warnings.push({ severity: 'warning', file, line, problem });
  }

  /** A file that could not be read: its BriefError (outside its folder, too large) or errno. */
  unreadable(file: string, e: unknown): void {
    if (e instanceof BriefError) this.caught(file, e);
    else this.error(file, null, `cannot read (${errnoCode(e)})`);
  }

  /**
   * A BriefError thrown while checking `file`: its `file[:line]: ` prefix is split off when
   * present. Anything else is a bug, and is thrown on (exit code 1).
   */
  caught(file: string, e: unknown): void {
    if (!(e instanceof BriefError)) throw e;
    const m = e.message.startsWith(`${file}:`)
      ? /^:(\d+)?:? ?(.*)$/s.exec(e.message.slice(file.length))
      : null;
    if (m) this.error(file, m[1] ? Number(m[1]) : null, m[2] as string);
    else this.error('', null, e.message);
  }

  /** The names in `dir`, sorted: none when it does not exist, or (an error) cannot be listed. */
  async listed(fs: Pick<FileSystem, 'listDir'>, dir: string): Promise<string[]> {
    try {
      return (await listSorted(fs, dir)) ?? [];
    } catch (e) {
      this.error(dir, null, `cannot list (${errnoCode(e)})`);
      return [];
    }
  }
}

/** The data as the data check found it: what the notes and templates checks render with. */
export interface CheckedData {
  readonly universe: Universe | null;
  /** Every series of the universe that validated, by symbol. */
  readonly series: ReadonlyMap<string, Series>;
  /** True when the universe and every series it names loaded (figures can be computed). */
  readonly complete: boolean;
}

/** The names in `dir`, sorted; null when it does not exist (any other error rejects). */
export async function listSorted(
  fs: Pick<FileSystem, 'listDir'>,
  dir: string,
): Promise<string[] | null> {
  try {
    return (await fs.listDir(dir)).sort();
  } catch (e) {
    if (errnoCode(e) === 'ENOENT') return null;
    throw e;
  }
}
