/**
 * Everything a command does to the outside world, as one set: built once by bin.ts
 * (realEffects.ts) and passed down, so tests use fakes and a fixed clock. The pieces are defined
 * in src/model/effects.ts (disk, clock, log, ...) and by the stage that owns them (the printer,
 * the SMTP transport); each stage asks for the subset it uses.
 */
import type { OpenPrinter } from '../deliver/pdfPrinter.js';
import type { RasterizeSvgs } from '../deliver/email/rasterizeSvgs.js';
import type { SendEffects } from '../deliver/email/sendEmail.js';
import type { FetchLike } from '../ingest/providers/provider.js';
import type { SeriesStore } from '../ingest/seriesStore.js';
import type { Clock, Env, FileSystem, Log, Processes, Timer } from '../model/effects.js';
import type { ProgressFactory } from './progress.js';

export interface Effects extends FileSystem, Clock, Log, Timer, Processes {
  /** Environment variables (configuration such as ROTATION_BRIEF_SITE_URL and SMTP settings). */
  readonly env: Env;
  /** Network access (data providers). Tests pass a fake that serves recorded responses. */
  readonly fetch: FetchLike;
  /** The SMTP transport factory (nodemailer's `createTransport`). */
  readonly createTransport: SendEffects['createTransport'];
  /** SVG charts to PNG for the email (resvg with the bundled Inter). */
  readonly rasterize: RasterizeSvgs;
  readonly openPrinter: OpenPrinter;
  /**
   * Kill Chromium processes and remove profile folders left by runs that died (SIGKILL);
   * returns one line per thing cleaned.
   */
  readonly reapBrowsers: () => string[];
  /** Progress reporting for long work (bar on a terminal, lines in CI). */
  readonly progress: ProgressFactory;
  /**
   * Parsed price files kept between runs (src/ingest/seriesStore.ts); absent or null: every
   * run parses the CSVs (tests, and `ROTATION_BRIEF_CACHE=off`).
   */
  readonly seriesStore?: SeriesStore | null;
  /** Number of CPU cores (the default parallelism of a backfill). */
  readonly cores: number;
  /**
   * Aborted when the run is asked to stop (SIGTERM, SIGINT; the reason is the signal's name):
   * no new work starts, the browser is killed, nothing half-written remains.
   */
  readonly signal: AbortSignal;
}
