/**
 * The reports folder must not lie inside the data or templates folder: a brief written there
 * would change the inputs of the next brief (and `brief check` would read it as data).
 */
import path from 'node:path';
import { BriefError } from '../errors.js';
import type { Effects } from './effects.js';

/** The real path of `p` if it exists, else its absolute path (links not resolved). */
async function realOrAbsolute(fx: Pick<Effects, 'fileInfo'>, p: string): Promise<string> {
  return fx.fileInfo(p).then(
    (i) => i.real,
    () => path.resolve(p),
  );
}

const within = (child: string, parent: string) =>
  child === parent || child.startsWith(parent + path.sep);

/** Throws a usage error (exit 2) when `outDir` is `dataDir` or `templatesDir` or inside one. */
export async function checkOutDir(
  fx: Pick<Effects, 'fileInfo'>,
  outDir: string,
  inputs: { readonly data: string; readonly templates: string },
): Promise<void> {
  const out = await realOrAbsolute(fx, outDir);
  for (const [flag, dir] of [
    ['--data', inputs.data],
    ['--templates', inputs.templates],
  ] as const) {
    if (within(out, await realOrAbsolute(fx, dir))) {
      throw new BriefError(
        'usage',
        `--out ${outDir} is inside the ${flag} folder ${dir}`,
        'write the reports elsewhere (default: reports): a brief must never change its own inputs',
      );
    }
  }
}
