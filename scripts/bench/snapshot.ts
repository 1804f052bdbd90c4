/**
 * A copy of dist/ (brief.mjs and the chunks it loads on demand), data/ and templates/ taken when
 * the bench starts, so every run of a bench session measures the same program on the same inputs
 * even while others edit or rebuild the tree. The CLI reads data and templates at run time: the
 * runs get `--data` and `--templates`. The bundle's copy sits below a `node_modules` symlink, so
 * its dependencies (and the fonts, found with require.resolve) resolve to the project's.
 */
import { cpSync, existsSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { BRIEF, DATA, ROOT } from './paths.js';

export interface Inputs {
  /** The copy of dist/brief.mjs to run (its chunks beside it). */
  readonly brief: string;
  readonly dataDir: string;
  /** `--data <copy> --templates <copy>`, for every brief and backfill run. */
  readonly args: readonly string[];
}

export function snapshotInputs(work: string): Inputs {
  const dir = path.join(work, 'inputs');
  cpSync(path.join(ROOT, path.dirname(BRIEF)), path.join(work, path.dirname(BRIEF)), {
    recursive: true,
  });
  const brief = path.join(work, BRIEF);
  if (!existsSync(path.join(work, 'node_modules')))
    symlinkSync(path.join(ROOT, 'node_modules'), path.join(work, 'node_modules'), 'dir');
  const dataDir = path.join(dir, 'data');
  const templatesDir = path.join(dir, 'templates');
  cpSync(DATA, dataDir, { recursive: true });
  cpSync(path.join(ROOT, 'templates'), templatesDir, { recursive: true });
  return { brief, dataDir, args: ['--data', dataDir, '--templates', templatesDir] };
}
