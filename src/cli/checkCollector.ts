/**
 * What `brief check` collects: problems (errors fail the check, warnings do not), each naming
 * its file and line, and the small file helpers the checks share.
 */
import { BriefError } from '../errors.js';
import type { Effects } from './effects.js';

export interface CheckProblem {
  readonly severity: 'error' | 'warning';
  /** The file or folder at fault ('' when the message names it itself). */
  readonly file: string;
  readonly line: number | null;
  readonly problem: string;
}

export class Collector {
  readonly errors: CheckProblem[] = [];
  readonly warnings: CheckProblem[] = [];
  error(file: string, line: number | null, problem: string): void {
    this.errors.push({ severity: 'error', file, line, problem });
  }
  warning(file: string, line: number | null, problem: string): void {
    this.warnings.push({ severity: 'warning', file, line, problem });
  }
  /**
   * A BriefError thrown while checking `file`: its `file[:line]: ` prefix is split off when
   * present. Anything else is a bug, and is thrown on (exit code 1).
   */
  /** A file that could not be read: its BriefError (outside its folder, too large) or errno. */
  unreadable(file: string, e: unknown): void {
    if (e instanceof BriefError) this.caught(file, e);
    else this.error(file, null, `cannot read (${errCode(e)})`);
  }
  caught(file: string, e: unknown): void {
    if (!(e instanceof BriefError)) throw e;
    const m = e.message.startsWith(`${file}:`)
      ? /^:(\d+)?:? ?(.*)$/s.exec(e.message.slice(file.length))
      : null;
    if (m) this.error(file, m[1] ? Number(m[1]) : null, m[2] as string);
    else this.error('', null, e.message);
  }
}

export const errCode = (e: unknown) => (e as NodeJS.ErrnoException).code ?? (e as Error).message;

/** The sorted names in `dir`, or null when it does not exist. */
export async function listOrEmpty(fx: Effects, dir: string): Promise<string[] | null> {
  try {
    return (await fx.listDir(dir)).sort();
  } catch (e) {
    if (errCode(e) === 'ENOENT') return null;
    throw e;
  }
}
