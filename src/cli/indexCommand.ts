/**
 * The `index` subcommand: rebuild the archive index, year pages, manifests and feed from what is
 * on disk. Also the migration of a reports folder written by an earlier version (one index page
 * listing every brief): brief folders stay where they are, so their links keep working.
 */
import { Command, InvalidArgumentError } from '@commander-js/extra-typings';
import type { Effects } from './effects.js';
import { GENERATOR, debugOption, outOption, templatesOption } from './options.js';
import { updateArchive } from './updateArchive.js';

function yearArg(value: string): string {
  if (!/^\d{4}$/.test(value)) throw new InvalidArgumentError(`expected YYYY, got "${value}"`);
  return value;
}

/** `brief index`: add it to the program. */
export function indexCommand(fx: (debug: boolean) => Effects) {
  return new Command('index')
    .description(
      'Rebuild reports/index.html (the years), YYYY/index.html (each year), the manifests, latest.html and feed.xml from the briefs on disk.',
    )
    .addOption(outOption())
    .addOption(templatesOption('templates folder (uses its archive/ subfolder)'))
    .option(
      '--strict',
      'exit 3 when a brief folder is broken (default: warn and leave it out)',
      false,
    )
    .option(
      '--offsite-before <YYYY>',
      'for a site that leaves out the brief folders of years before YYYY: their pages link only the PDFs (in the releases)',
      yearArg,
    )
    .addOption(debugOption())
    .addHelpText(
      'after',
      `
Environment:
  ROTATION_BRIEF_SITE_URL      public URL of the archive, for the absolute links of feed.xml
  ROTATION_BRIEF_RELEASES_URL  download URL of the yearly releases holding the PDFs that are not
                               on disk (https://github.com/OWNER/REPO/releases/download): a brief
                               without brief.pdf links rotation-brief-YYYY-MM-DD.pdf of the
                               release briefs-YYYY; unset, it shows "no PDF"`,
    )
    .action(async (opts) => {
      await updateArchive(
        {
          outDir: opts.out,
          templatesDir: opts.templates,
          generator: GENERATOR,
          strict: opts.strict,
          offsiteBefore: opts.offsiteBefore ?? null,
        },
        fx(opts.debug),
      );
    });
}
