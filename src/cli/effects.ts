/**
 * Everything a command does to the outside world, passed in so tests use fakes and a fixed clock.
 */
import type { DateTime } from 'luxon';
import type { OpenPrinter } from '../deliver/pdfPrinter.js';
import type { ProgressFactory } from './progress.js';

export interface Effects {
  readonly readText: (file: string) => Promise<string>;
  readonly readBinary: (file: string) => Promise<Uint8Array>;
  /** Size (links followed) and real path (links resolved): confinement of untrusted files. */
  readonly fileInfo: (file: string) => Promise<{ readonly size: number; readonly real: string }>;
  readonly listDir: (dir: string) => Promise<string[]>;
  /** Replace a brief's folder atomically with the given files. */
  readonly writeBriefDir: (
    dir: string,
    files: Readonly<Record<string, string | Uint8Array>>,
  ) => Promise<void>;
  readonly now: () => DateTime;
  /** Progress and warnings (stderr). */
  readonly log: (line: string) => void;
  /** Results (stdout). */
  readonly out: (line: string) => void;
  readonly openPrinter: OpenPrinter;
  /** True when the file exists. */
  readonly fileExists: (file: string) => Promise<boolean>;
  /** Progress reporting for long work (bar on a terminal, lines in CI). */
  readonly progress: ProgressFactory;
  /** Number of CPU cores (the default parallelism of a backfill). */
  readonly cores: number;
  /** Network access (data providers). Tests pass a fake that serves recorded responses. */
  readonly fetch: typeof globalThis.fetch;
  /** Waiting between retries. */
  readonly sleep: (ms: number) => Promise<void>;
  /** Replace a text file atomically (temp file + rename). */
  readonly writeText: (file: string, text: string) => Promise<void>;
  /** Environment variables (configuration such as ROTATION_BRIEF_SITE_URL and SMTP settings). */
  readonly env: Readonly<Record<string, string | undefined>>;
  /**
   * Aborted when the run is asked to stop (SIGTERM, SIGINT; the reason is the signal's name):
   * no new work starts, the browser is killed, nothing half-written remains.
   */
  readonly signal: AbortSignal;
  /**
   * Kill Chromium processes and remove profile folders left by runs that died (SIGKILL);
   * returns one line per thing cleaned.
   */
  readonly reapBrowsers: () => string[];
  /** True when a process with this pid is running (leftovers of dead runs are cleaned up). */
  readonly isAlive: (pid: number) => boolean;
}
