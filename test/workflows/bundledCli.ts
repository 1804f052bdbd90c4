/**
 * The CLI bundled (as `npm run brief` does) beside node_modules, so its imports resolve, for
 * workflow scripts that run it as $BRIEF; removed after the tests of the file.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { REPO } from '../helpers/cliHarness.js';

/** Bundle src/cli/bin.ts; resolves to the .mjs file (run it with process.execPath). */
export async function bundleCli(name: string): Promise<string> {
  const file = path.join(
    REPO,
    'node_modules/.cache/rotation-brief-test',
    `${name}-${process.pid}.mjs`,
  );
  await build({
    entryPoints: [path.join(REPO, 'src/cli/bin.ts')],
    outfile: file,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
  return file;
}

/** Remove a bundle made by {@link bundleCli}. */
export function removeBundle(file: string): void {
  rmSync(file, { force: true });
}
