// Bundles the CLI (src/ -> dist/brief.mjs) with esbuild in ~50 ms, so `npm run brief` starts
// from plain JavaScript instead of compiling TypeScript at every start. Dependencies stay
// external (loaded from node_modules). Code behind a dynamic import() (the email stack, the data
// providers) goes to dist/chunks/ and loads only when a command needs it, so a brief does not
// pay for importing what it never runs. dist/ is emptied first: no stale chunk survives a build.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

rmSync('dist', { recursive: true, force: true });
await build({
  entryPoints: { brief: 'src/cli/bin.ts' },
  outdir: 'dist',
  outExtension: { '.js': '.mjs' },
  chunkNames: 'chunks/[name]-[hash]',
  splitting: true,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: 'linked',
  logLevel: 'warning',
  banner: { js: '#!/usr/bin/env node' },
});
