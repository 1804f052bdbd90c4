// Bundles the CLI (src/ -> dist/brief.mjs) with esbuild in ~50 ms, so `npm run brief` starts
// from plain JavaScript instead of compiling TypeScript at every start. Dependencies stay
// external (loaded from node_modules).
import { build } from 'esbuild';

await build({
  entryPoints: ['src/cli/bin.ts'],
  outfile: 'dist/brief.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: 'linked',
  logLevel: 'warning',
  banner: { js: '#!/usr/bin/env node' },
});
