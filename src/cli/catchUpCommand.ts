/**
 * The `catch-up` subcommand: list or build the sessions missing from the archive (runCatchUp.ts).
 */
import { Command } from '@commander-js/extra-typings';
import { isoDateArg, positiveIntArg } from './argParsers.js';
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
import { planCatchUp, runCatchUp } from './runCatchUp.js';

/** Default of --max: about a month of sessions. */
export const CATCH_UP_MAX = 20;

const HELP = `
Which sessions: every New York session after the archive's newest brief, up to the latest session
that has closed (16:00 New York, 13:00 on early-close days); with an empty archive, only the latest
closed session. --since D also fills holes: every session from D on without a brief. Run \`brief
fetch\` first: a session whose closes are not in the data yet is reported, not built.

Output: --list prints one session a line on stdout, "YYYY-MM-DD<TAB>status", status being
  build         its closes are in the data: the next catch-up builds it
  later         beyond --max: built by a later run
  unpublished   closed in New York, but the data ends before it (fetch again later)
and a summary on stderr. Building prints "Catch-up: built N session(s) (dates)" and the archive line.

Exit codes: 0 the archive is current (or --list); 3 with "closes not published yet" when some
session is not in the data yet (everything else was built first); the codes of \`brief --help\` for
a brief that fails.

Examples:
  npm run brief -- fetch && npm run brief -- catch-up     what the scheduled workflow does
  npm run brief -- catch-up --list                         what is missing, without building
  npm run brief -- catch-up --since 2026-08-03 --max 30    fill every hole since August 3`;

/** `brief catch-up`: add it to the program. */
export function catchUpCommand(fx: (debug: boolean) => Effects) {
  return new Command('catch-up')
    .description(
      'Build every closed New York session that has no brief in the archive yet, oldest first.',
    )
    .option('--list', 'print the missing sessions (one a line) instead of building them', false)
    .option(
      '--since <YYYY-MM-DD>',
      'consider every session from this date on, holes included',
      isoDateArg,
    )
    .option('--max <n>', 'build at most n sessions in this run', positiveIntArg, CATCH_UP_MAX)
    .addOption(dataOption())
    .addOption(outOption())
    .addOption(templatesOption())
    .addOption(noPdfOption())
    .addOption(paperOption())
    .addOption(jobsOption())
    .addOption(debugOption())
    .addHelpText('after', HELP)
    .action(async (opts) => {
      const effects = fx(opts.debug);
      const options = {
        ...foldersOf(opts),
        pdf: opts.pdf,
        paper: opts.paper,
        since: opts.since ?? null,
        max: opts.max,
        jobs: opts.jobs ?? null,
        generator: GENERATOR,
      };
      if (!opts.list) {
        await runCatchUp(options, effects);
        return;
      }
      const { plan, summary } = await planCatchUp(options, effects);
      for (const m of plan) effects.out(`${m.date}\t${m.status}`);
      effects.log(summary);
    });
}
