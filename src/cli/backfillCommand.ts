/**
 * The `backfill` subcommand: options, and the summary printed at the end.
 */
import { Command } from '@commander-js/extra-typings';
import type { Effects } from './effects.js';
import {
  GENERATOR,
  dataOption,
  debugOption,
  jobsOption,
  noPdfOption,
  outOption,
  paperOption,
  templatesOption,
  foldersOf,
} from './options.js';
import { parseShard, runBackfill } from './runBackfill.js';
import { stopIfAsked } from './runBrief.js';
import { updateArchive } from './updateArchive.js';

const EXAMPLES =
  '\nExample:\n  npm run brief -- backfill --from 2026-01-02 --to 2026-06-30\n  npm run brief -- backfill --from 2025-01-02 --to 2025-12-31 --shard 2/4';

/** `brief backfill`: add it to the program. `fx` builds the effects when the command runs. */
export function backfillCommand(fx: (debug: boolean) => Effects) {
  return new Command('backfill')
    .description(
      'Build the brief of every session in a range (one browser, parallel printing, resumable).',
    )
    .requiredOption('--from <YYYY-MM-DD>', 'first session of the range')
    .requiredOption('--to <YYYY-MM-DD>', 'last session of the range (capped to the data)')
    .addOption(dataOption())
    .addOption(outOption())
    .addOption(templatesOption())
    .addOption(noPdfOption())
    .addOption(paperOption())
    .option('--force', 'rebuild briefs whose inputs have not changed', false)
    .option(
      '--shard <i/n>',
      'build only every n-th session, starting with the i-th (for a CI matrix)',
    )
    .addOption(jobsOption())
    .addOption(debugOption())
    .addHelpText('after', EXAMPLES)
    .action(async (opts) => {
      const effects = fx(opts.debug);
      const r = await runBackfill(
        {
          from: opts.from,
          to: opts.to,
          ...foldersOf(opts),
          pdf: opts.pdf,
          paper: opts.paper,
          force: opts.force,
          shard: opts.shard ? parseShard(opts.shard) : null,
          concurrency: opts.jobs ?? null,
          generator: GENERATOR,
        },
        effects,
      );
      // Reconciled on every run, whatever was built: a run killed before this step left the
      // archive behind its brief folders.
      await updateArchive(
        { outDir: opts.out, templatesDir: opts.templates, generator: GENERATOR, strict: false },
        effects,
      );
      reportBackfill(r, effects);
    });
}

/** The summary of a backfill; throws the first failure (its exit code is the run's). */
function reportBackfill(r: Awaited<ReturnType<typeof runBackfill>>, fx: Effects): void {
  for (const f of r.failed)
    fx.log(`failed ${f.date}: ${f.error instanceof Error ? f.error.message : String(f.error)}`);
  const stopped = r.interrupted.length > 0 ? `, ${r.interrupted.length} not built (stopped)` : '';
  const kept =
    r.kept.length > 0
      ? `${r.kept.length} kept as they were (they have a PDF: --no-pdf replaces none), `
      : '';
  fx.out(
    `Backfill: ${r.built.length} built, ${r.skipped.length} skipped (unchanged), ${kept}${r.failed.length} failed${stopped}`,
  );
  stopIfAsked(
    fx,
    `${r.built.length} brief(s) built and archived; rerun the same backfill to build the other ${r.interrupted.length}`,
  );
  if (r.failed.length > 0) throw r.failed[0]?.error;
}
