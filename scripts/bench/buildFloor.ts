/**
 * Bundles scripts/bench/floor.ts to plain JavaScript the way scripts/build.mjs bundles the CLI
 * (esbuild, ESM, the same packages left external: puppeteer's CDP connector is bundled in both),
 * so the floor and the brief both start as `node x.mjs` and neither pays for compiling
 * TypeScript or for resolving a package's modules one by one. The bundle goes to a temporary
 * folder with a `node_modules` symlink to the project's, so the packages left external (and
 * what bundled CommonJS code requires) resolve to the same installs.
 */
import { symlink } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';
import { BANNER, EXTERNAL } from '../build.mjs';
import { ROOT } from './paths.js';

/** Bundle the floor into `dir`; returns the path of the .mjs to run with node. */
export async function buildFloor(dir: string): Promise<string> {
  const outfile = path.join(dir, 'floor.mjs');
  await build({
    entryPoints: [path.join(ROOT, 'scripts/bench/floor.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: [...EXTERNAL],
    banner: { js: BANNER },
    logLevel: 'warning',
  });
  await symlink(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  return outfile;
}
