// Bundles the CLI (src/ -> dist/brief.mjs) with esbuild in well under a second, so `npm run brief`
// starts from plain JavaScript instead of compiling TypeScript at every start.
//
// The pure-JavaScript dependencies a brief runs (vega, vega-lite, handlebars, marked, luxon, zod,
// commander, puppeteer-core's CDP connector, ...) are bundled in: one file to load instead of a
// few hundred modules to resolve and read, which saves ~0.25 s of every run's start. Loaded from
// node_modules at run time instead: packages with native or WebAssembly parts (resvg,
// fontverter), the email and provider stacks, and what the code loads on first use with
// createRequire (gray-matter and yaml for a note's front matter, nodemailer for a transport). Code
// behind a dynamic import() (the email stack, the data providers, `check`) goes to dist/chunks/
// and loads only when a command needs it. CommonJS dependencies inside the ESM bundle get
// `require`, `__filename` and `__dirname` from the banner.
//
// The bundled templates/ are compiled here too (src/render/precompiledTemplates.ts): the bundle's
// src/render/precompiledTemplatesData.ts exports them, so a run on the bundled templates skips
// parsing and compiling them; any other or edited folder is compiled at run time as before.
//
// Chunks are named by their content's hash, so a run still going when the CLI is rebuilt (a
// backfill, a daily run that loads its email chunk last) finds the chunks it was built with: a
// build removes only chunks of other builds older than a day. test/build/bundle.test.ts checks
// that the bundle writes the same bytes as the source.
import { readdirSync, realpathSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

/** Packages loaded from node_modules at run time rather than bundled. */
export const EXTERNAL = [
  '@resvg/resvg-js',
  'fontverter',
  'nodemailer',
  'juice',
  'yahoo-finance2',
  'esbuild',
];

/** Opens every bundle: a shebang, and `require`, `__filename`, `__dirname` for CommonJS code. */
export const BANNER = [
  '#!/usr/bin/env node',
  "import { createRequire as __rbRequire } from 'node:module';",
  "import { fileURLToPath as __rbFileUrl } from 'node:url';",
  "import { dirname as __rbDirname } from 'node:path';",
  'const require = __rbRequire(import.meta.url);',
  'const __filename = __rbFileUrl(import.meta.url);',
  'const __dirname = __rbDirname(__filename);',
].join('\n');

const DAY_MS = 24 * 60 * 60 * 1000;
const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Remove the chunks in `outdir/chunks` that `keep` does not name and that are over a day old. */
function removeOldChunks(outdir, keep, now = Date.now()) {
  const dir = path.join(outdir, 'chunks');
  let names = [];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const file = path.join(dir, name);
    if (!keep.has(path.resolve(file)) && now - statSync(file).mtimeMs > DAY_MS) rmSync(file);
  }
}

const DATA_MODULE = /[\\/]src[\\/]render[\\/]precompiledTemplatesData\.ts$/;

/** The source of the module that replaces src/render/precompiledTemplatesData.ts in the bundle. */
async function precompiledTemplates(outdir, templatesDir) {
  const script = path.join(outdir, `.precompile-${process.pid}.mjs`);
  await build({
    entryPoints: [path.join(ROOT, 'scripts/precompileTemplates.ts')],
    outfile: script,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
    banner: { js: BANNER },
  });
  try {
    const { precompiledSource } = await import(pathToFileURL(script).href);
    return await precompiledSource(templatesDir);
  } catch (e) {
    // A template that does not compile is the run's to report (exit 6, file and line, and
    // `brief check`), not the build's: the bundle then compiles templates as it reads them.
    const first = String(e instanceof Error ? e.message : e).split('\n')[0];
    console.warn(`build: templates/ not precompiled (${first}); runs will compile them`);
    return 'export const PRECOMPILED_TEMPLATES = null;\n';
  } finally {
    rmSync(script, { force: true });
  }
}

/** Build the CLI into `outdir` (dist/ by default), precompiling `templatesDir` (templates/). */
export async function buildCli(
  outdir = path.join(ROOT, 'dist'),
  templatesDir = path.join(ROOT, 'templates'),
) {
  const templates = await precompiledTemplates(outdir, templatesDir);
  const result = await build({
    entryPoints: { brief: path.join(ROOT, 'src/cli/bin.ts') },
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
    metafile: true,
    logLevel: 'warning',
    banner: { js: BANNER },
    plugins: [
      {
        name: 'precompiled-templates',
        setup(b) {
          b.onLoad({ filter: DATA_MODULE }, () => ({ contents: templates, loader: 'js' }));
        },
      },
    ],
  });
  removeOldChunks(
    outdir,
    new Set(Object.keys(result.metafile.outputs).map((f) => path.resolve(f))),
  );
}

const invoked = process.argv[1] && pathToFileURL(realpathSync(process.argv[1])).href;
if (import.meta.url === invoked) await buildCli(process.argv[2]);
