/**
 * The `index` subcommand: rebuild the archive index, manifest and feed from what is on disk.
 */
import { Command } from '@commander-js/extra-typings';
import type { Effects } from './effects.js';
import { GENERATOR, debugOption, outOption, templatesOption } from './options.js';
import { updateArchive } from './updateArchive.js';

/** `brief index`: add it to the program. */
export function indexCommand(fx: (debug: boolean) => Effects) {
  return new Command('index')
    .description(
      'Rebuild reports/index.html, latest.html, manifest.json and feed.xml from the briefs on disk.',
    )
    .addOption(outOption())
    .addOption(templatesOption('templates folder (uses its archive/ subfolder)'))
    .option(
      '--strict',
      'exit 3 when a brief folder is broken (default: warn and leave it out)',
      false,
    )
    .addOption(debugOption())
    .addHelpText(
      'after',
      '\nEnvironment:\n  ROTATION_BRIEF_SITE_URL  public URL of the archive, for the absolute links of feed.xml',
    )
    .action(async (opts) => {
      await updateArchive(
        {
          outDir: opts.out,
          templatesDir: opts.templates,
          generator: GENERATOR,
          strict: opts.strict,
        },
        fx(opts.debug),
      );
    });
}
