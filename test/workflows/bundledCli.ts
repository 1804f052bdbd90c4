/**
 * The CLI bundled as `npm run brief` does (scripts/build.mjs) in a folder beside node_modules, so
 * its imports resolve, for workflow scripts that run it as $BRIEF; removed after the tests of the
 * file.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { buildCli } from '../../scripts/build.mjs';
import { REPO } from '../helpers/cliHarness.js';

/** Bundle src/cli/bin.ts; resolves to the .mjs file (run it with process.execPath). */
export async function bundleCli(name: string): Promise<string> {
  const dir = path.join(REPO, 'node_modules/.cache/rotation-brief-test', `${name}-${process.pid}`);
  await buildCli(dir);
  return path.join(dir, 'brief.mjs');
}

/** Remove a bundle made by {@link bundleCli}. */
export function removeBundle(file: string): void {
  rmSync(path.dirname(file), { recursive: true, force: true });
}
