/**
 * The layering of src/, checked by `npm test` (test/architecture/layers.test.ts):
 * model (shared types) <- calendar <- ingest <- stats <- charts <- render <- deliver <- cli,
 * never upward and never in a cycle. src/errors.ts may be used by every layer.
 */
const LAYERS = ['model', 'calendar', 'ingest', 'stats', 'charts', 'render', 'deliver', 'cli'];

/** `from` layer may not import any layer above it. */
const upward = LAYERS.map((layer, k) => ({
  name: `no-upward-from-${layer}`,
  comment: `src/${layer} may only import layers below it (${LAYERS.slice(0, k).join(', ') || 'none'})`,
  severity: 'error',
  from: { path: `^src/${layer}/` },
  to: { path: `^src/(${LAYERS.slice(k + 1).join('|') || 'NONE'})/` },
})).filter((r) => !r.to.path.includes('NONE'));

module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      comment: 'no import cycle anywhere in src/',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    ...upward,
    {
      name: 'model-is-a-leaf',
      comment:
        'src/model holds shared types and pure helpers: it imports no other layer (errors.ts aside)',
      severity: 'error',
      from: { path: '^src/model/' },
      to: { path: '^src/(?!model/|errors\\.ts$)' },
    },
    {
      name: 'no-process-below-cli',
      comment: 'only src/cli/bin.ts touches the process; the rest gets effects passed in',
      severity: 'error',
      from: { path: '^src/(?!cli/bin\\.ts)' },
      to: { path: '^(process|node:process)$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js'] },
  },
};
