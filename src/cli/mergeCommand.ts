/**
 * The `merge` subcommand: fold the reports folders of backfill shards into an archive (see
 * runMerge.ts), then rebuild the archive's index, year pages, manifests and feed once.
 */
import { Command, Option } from '@commander-js/extra-typings';
import type { Effects } from './effects.js';
import { GENERATOR, debugOption, outOption, templatesOption } from './options.js';
import { runMerge } from './runMerge.js';
import { updateArchive } from './updateArchive.js';

/** `brief merge`: add it to the program. */
export function mergeCommand(fx: (debug: boolean) => Effects) {
  return new Command('merge')
    .description(
      'Fold the briefs of other reports folders (e.g. backfill shards) into the archive, then rebuild its index once. Their index and manifest files are not trusted: only brief folders are read.',
    )
    .argument('<dir...>', 'reports folders to merge (YYYY/YYYY-MM-DD/ brief folders)')
    .addOption(outOption('the archive (reports folder) to merge into'))
    .addOption(templatesOption('templates folder (uses its archive/ subfolder)'))
    .addOption(
      new Option(
        '--prefer <side>',
        'when a session has different briefs (inputs hashes differ): keep the archive\'s ("existing", else the first folder\'s) or the last folder\'s ("incoming")',
      ).choices(['existing', 'incoming']),
    )
    .option(
      '--move',
      'move the chosen brief folders out of DIR (renames on one disk) instead of copying them',
      false,
    )
    .addOption(debugOption())
    .addHelpText(
      'after',
      `
Two briefs of a session are the same when their inputs.sha256 are equal (or, without one, when
their HTML, stats.json and summary.json are byte-identical); of equal briefs the one with a PDF,
then the newest, is kept. Different briefs stop the merge before anything is written (exit 3)
unless --prefer says which to keep.

Example:
  npm run brief -- merge shard-1 shard-2 shard-3 --out reports`,
    )
    .action(async (dirs, opts) => {
      const effects = fx(opts.debug);
      const r = await runMerge(
        { outDir: opts.out, sources: dirs, prefer: opts.prefer ?? null, move: opts.move },
        effects,
      );
      for (const d of r.preferred)
        effects.log(`${d}: different briefs, kept the ${opts.prefer} one`);
      effects.out(
        `Merge: ${r.added.length} added, ${r.replaced.length} replaced, ${r.kept.length} unchanged (from ${dirs.length} folder(s) into ${opts.out})`,
      );
      await updateArchive(
        { outDir: opts.out, templatesDir: opts.templates, generator: GENERATOR, strict: false },
        effects,
      );
    });
}
