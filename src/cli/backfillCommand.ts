/**
 * The `backfill` subcommand: options, and the summary printed at the end.
 */
import { Command, Option } from 'commander';
import { BriefError } from '../errors.js';
import type { Effects } from './effects.js';
import { parseShard, runBackfill } from './runBackfill.js';
import { stopIfAsked } from './runBrief.js';
import { updateArchive } from './updateArchive.js';

function positiveInt(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1)
    throw new BriefError('usage', `--jobs must be a positive integer, got "${v}"`);
  return n;
}

/** `brief backfill`: add it to the program. `fx` builds the effects when the command runs. */
export function backfillCommand(fx: (debug: boolean) => Effects, generator: string): Command {
  return new Command('backfill')
    .description(
      'Build the brief of every session in a range (one browser, parallel printing, resumable).',
    )
    .requiredOption('--from <YYYY-MM-DD>', 'first session of the range')
    .requiredOption('--to <YYYY-MM-DD>', 'last session of the range (capped to the data)')
    .option('--data <dir>', 'data folder holding universe.json and closes/', 'data')
    .option('--out <dir>', 'reports folder', 'reports')
    .option('--templates <dir>', 'templates folder', 'templates')
    .option('--no-pdf', 'write the HTML and JSON only')
    .addOption(
      new Option('--paper <size>', 'PDF paper size').choices(['a4', 'letter']).default('a4'),
    )
    .option('--force', 'rebuild briefs whose inputs have not changed', false)
    .option(
      '--shard <i/n>',
      'build only every n-th session, starting with the i-th (for a CI matrix)',
    )
    .option('--jobs <n>', 'briefs printing in parallel (default: the number of cores)', positiveInt)
    .option('--debug', 'print stack traces of errors', false)
    .addHelpText(
      'after',
      '\nExample:\n  npm run brief -- backfill --from 2026-01-02 --to 2026-06-30\n  npm run brief -- backfill --from 2025-01-02 --to 2025-12-31 --shard 2/4',
    )
    .action(async (opts) => {
      const effects = fx(opts.debug);
      const r = await runBackfill(
        {
          from: opts.from,
          to: opts.to,
          dataDir: opts.data,
          outDir: opts.out,
          templatesDir: opts.templates,
          pdf: opts.pdf,
          paper: opts.paper,
          force: opts.force,
          shard: opts.shard ? parseShard(opts.shard) : null,
          concurrency: opts.jobs ?? null,
          generator,
        },
        effects,
      );
      // Reconciled on every run, whatever was built: a run killed before this step left the
      // archive behind its brief folders.
      await updateArchive(
        { outDir: opts.out, templatesDir: opts.templates, generator, strict: false },
        effects,
      );
      for (const f of r.failed)
        effects.log(
          `failed ${f.date}: ${f.error instanceof Error ? f.error.message : String(f.error)}`,
        );
      const stopped =
        r.interrupted.length > 0 ? `, ${r.interrupted.length} not built (stopped)` : '';
      effects.out(
        `Backfill: ${r.built.length} built, ${r.skipped.length} skipped (unchanged), ${r.failed.length} failed${stopped}`,
      );
      stopIfAsked(
        effects,
        `${r.built.length} brief(s) built and archived; rerun the same backfill to build the other ${r.interrupted.length}`,
      );
      if (r.failed.length > 0) throw r.failed[0]?.error;
    });
}
