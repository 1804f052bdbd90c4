// Bundles the CLI (src/ -> dist/brief.mjs) with esbuild in well under a second, so `npm run brief`
// starts from plain JavaScript instead of compiling TypeScript at every start.
//
// The pure-JavaScript dependencies a brief runs (vega, vega-lite, handlebars, marked, luxon, zod,
// commander, ...) are bundled in: one file to load instead of a few hundred modules to resolve
// and read, which saves ~0.25 s of every run's start. Left in node_modules: packages with native
// or WebAssembly parts (resvg, fontverter), puppeteer (imported while Chromium starts), and the
// email and provider stacks. Code behind a dynamic import() (the email stack, the data
// providers, `check`) goes to dist/chunks/ and loads only when a command needs it. CommonJS
// dependencies inside the ESM bundle get `require`, `__filename` and `__dirname` from the banner.
// dist/ is emptied first: no stale chunk survives a build. test/build/bundle.test.ts checks that
// the bundle writes the same bytes as the source.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

/** Packages loaded from node_modules at run time rather than bundled. */
export const EXTERNAL = [
  'puppeteer-core',
  '@resvg/resvg-js',
  'fontverter',
  'nodemailer',
  'juice',
  'yahoo-finance2',
  'esbuild',
];

const banner = [
  '#!/usr/bin/env node',
  "import { createRequire as __rbRequire } from 'node:module';",
  "import { fileURLToPath as __rbFileUrl } from 'node:url';",
  "import { dirname as __rbDirname } from 'node:path';",
  'const require = __rbRequire(import.meta.url);',
  'const __filename = __rbFileUrl(import.meta.url);',
  'const __dirname = __rbDirname(__filename);',
].join('\n');

/** Build the CLI into `outdir` (dist/ by default). */
export async function buildCli(outdir = 'dist') {
  rmSync(outdir, { recursive: true, force: true });
  await build({
    entryPoints: { brief: 'src/cli/bin.ts' },
    outdir,
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunks/[name]-[hash]',
    splitting: true,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: EXTERNAL,
    sourcemap: 'linked',
    logLevel: 'warning',
    banner: { js: banner },
  });
}

if (import.meta.url === `file://${process.argv[1]}`) await buildCli(process.argv[2]);
