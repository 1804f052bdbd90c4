/**
 * The effects a stage may ask for, defined once. A stage takes the subset it uses (for example
 * `Pick<FileSystem, 'readText' | 'writeAtomic'>`), the CLI builds one full set (src/cli/effects.ts)
 * and passes it down; the only real implementations are built by src/cli/realEffects.ts.
 */
import type { DateTime } from 'luxon';

/** One entry of a folder listing. */
export interface DirEntry {
  readonly name: string;
  readonly kind: 'file' | 'dir' | 'other';
}

/** Size in bytes (links followed) and real path (links resolved) of a file or folder. */
export interface FileInfo {
  readonly size: number;
  readonly real: string;
}

/**
 * The disk. Reads reject with the Node error (code ENOENT, ENOTDIR, ...) when they cannot, so
 * callers keep their own "not found" messages.
 */
export interface FileSystem {
  /** A whole UTF-8 text file. */
  readonly readText: (file: string) => Promise<string>;
  readonly readBinary: (file: string) => Promise<Uint8Array>;
  /** Names of a folder's entries (any order). */
  readonly listDir: (dir: string) => Promise<string[]>;
  /** A folder's entries with their kind (a link is 'other': links are not followed). */
  readonly readDir: (dir: string) => Promise<DirEntry[]>;
  /** Size and real path: confinement of untrusted files (src/ingest/confinedReader.ts). */
  readonly fileInfo: (file: string) => Promise<FileInfo>;
  /** True when the file or folder exists. */
  readonly fileExists: (file: string) => Promise<boolean>;
  /**
   * Replace `file` atomically (temporary sibling, fsync, rename; readers see the old or the new
   * content, never half), creating its folder when needed. Text is written as UTF-8.
   */
  readonly writeAtomic: (file: string, data: string | Uint8Array) => Promise<void>;
  /**
   * Replace a brief's folder whole with `files` (name -> content); temporary folders are named
   * after the writing process (src/deliver/briefTemps.ts). Rejects with BriefError('output').
   */
  readonly writeBriefDir: (
    dir: string,
    files: Readonly<Record<string, string | Uint8Array>>,
  ) => Promise<void>;
  /** Size and modification time of a file, links not followed (lstat). */
  readonly stat: (file: string) => Promise<{ readonly size: number; readonly mtimeMs: number }>;
  /**
   * Move the folder `from` into place as the brief folder `dir` by renames (merge --move),
   * replacing any previous folder whole; throws CrossDevice (src/deliver/archive/moveBriefDir.ts)
   * when they are on different file systems, BriefError('output') otherwise.
   */
  readonly moveBriefDir: (from: string, dir: string) => Promise<void>;
  /** Rename a file or folder (same file system). */
  readonly rename: (from: string, to: string) => Promise<void>;
  /** Remove a file or a folder and everything in it; nothing happens when it is gone. */
  readonly remove: (target: string) => Promise<void>;
}

/** Time. */
export interface Clock {
  /** The wall clock (a fixed instant in tests): what "today" and "has it closed yet" use. */
  readonly now: () => DateTime;
  /** Milliseconds from an arbitrary origin, for durations (ETA, elapsed). */
  readonly monotonic: () => number;
}

/** Waiting between retries (tests pass one that records the wait and returns at once). */
export interface Timer {
  readonly sleep: (ms: number) => Promise<void>;
}

/** Where a run talks to people. */
export interface Log {
  /** Progress and warnings (stderr). */
  readonly log: (line: string) => void;
  /** Results (stdout). */
  readonly out: (line: string) => void;
}

/** Other processes. */
export interface Processes {
  /** True when a process with this pid is running (leftovers of dead runs are cleaned up). */
  readonly isAlive: (pid: number) => boolean;
}

/** Environment variables (configuration such as ROTATION_BRIEF_SITE_URL and SMTP settings). */
export type Env = Readonly<Record<string, string | undefined>>;
