/** Where the bench finds the project, the built CLI and the brief's date. */
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
/** The bundled CLI, as `npm run brief` runs it (built by scripts/build.mjs). */
export const BRIEF = 'dist/brief.mjs';
/** The session every end-to-end measure builds (the last in the bundled data). */
export const DATE = '2026-08-21';
export const DATA = path.join(ROOT, 'data');

/** The folder of the brief for `date` under `out` (as src/cli/runBrief.ts `briefDir`). */
export function briefFolder(out: string, date: string = DATE): string {
  return path.join(out, date.slice(0, 4), date);
}
