/**
 * The `index` subcommand: rebuild the archive index, manifest and feed from what is on disk.
 */
import { Command } from 'commander';
import type { Effects } from './effects.js';
import { updateArchive } from './updateArchive.js';

export function indexCommand(fx: (debug: boolean) => Effects, generator: string): Command {
  return new Command('index')
    .description(
      'Rebuild reports/index.html, latest.html, manifest.json and feed.xml from the briefs on disk.',
    )
    .option('--out <dir>', 'reports folder', 'reports')
    .option('--templates <dir>', 'templates folder (uses its archive/ subfolder)', 'templates')
    .option(
      '--strict',
      'exit 3 when a brief folder is broken (default: warn and leave it out)',
      false,
    )
    .option('--debug', 'print stack traces of errors', false)
    .addHelpText(
      'after',
      '\nEnvironment:\n  ROTATION_BRIEF_SITE_URL  public URL of the archive, for the absolute links of feed.xml',
    )
    .action(async (opts) => {
      await updateArchive(
        { outDir: opts.out, templatesDir: opts.templates, generator, strict: opts.strict },
        fx(opts.debug),
      );
    });
}
