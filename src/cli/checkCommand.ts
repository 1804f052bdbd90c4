/**
 * The `check` subcommand: validate the data, notes, templates and archive (see runCheck.ts) and
 * print one line per problem, `file[:line]: problem`. Exit 0 when there is none (warnings do not
 * count), 3 otherwise.
 */
import { Command } from '@commander-js/extra-typings';
import { BriefError } from '../errors.js';
import type { Effects } from './effects.js';
import {
  dataOption,
  debugOption,
  maxJumpOption,
  maxStockJumpOption,
  outOption,
  templatesOption,
  foldersOf,
} from './options.js';
import type { CheckReport } from './runCheck.js';

/** `brief check`: add it to the program. */
export function checkCommand(fx: (debug: boolean) => Effects) {
  return new Command('check')
    .description(
      "Check the data, editor's notes, templates and archive without writing anything; one line per problem.",
    )
    .addOption(dataOption('data folder holding universe.json, closes/ and notes/'))
    .addOption(templatesOption())
    .addOption(outOption('reports folder (the archive) to check'))
    .addOption(maxJumpOption('largest close-to-close move of an index or ETF before a warning'))
    .addOption(maxStockJumpOption())
    .addOption(debugOption())
    .addHelpText(
      'after',
      `
Checks:
  data       universe.json; every closes/*.csv parses and validates (header, dates, prices);
             every file has a row for each NYSE session between its first and last date (from
             1990 on) and none on a weekend or holiday; a close-to-close move over --max-jump
             (--max-stock-jump for single stocks) is a warning, naming file, line and date
  notes      every notes/YYYY-MM-DD.md is named after a session and renders against its figures
  templates  every .hbs parses; the brief, archive pages and email render in strict mode
  archive    every file the manifests (manifest.json, YYYY/manifest.json) name exists (a PDF
             kept in a yearly release is not fetched), every brief folder is in its year's
             manifest, no temporary folder of an interrupted write (.YYYY-MM-DD.tmp-*, .old-*)
             is left

Exit codes: 0 no problem (warnings allowed), 3 one or more problems (listed on stdout).`,
    )
    .action(async (opts) => {
      const effects = fx(opts.debug);
      // Loaded here: checking the email templates brings in the email stack, which no other
      // command should pay for at start.
      const { formatProblem, runCheck } = await import('./runCheck.js');
      const r = await runCheck(
        {
          ...foldersOf(opts),
          maxJump: opts.maxJump,
          maxStockJump: opts.maxStockJump,
        },
        effects,
      );
      printReport(r, formatProblem, effects);
    });
}

const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;

/** One line per problem, the summary, and a data error when there was any problem. */
function printReport(
  r: CheckReport,
  formatProblem: (p: CheckReport['errors'][number]) => string,
  fx: Effects,
): void {
  for (const p of [...r.errors, ...r.warnings]) fx.out(formatProblem(p));
  const k = r.checked;
  fx.out(
    `Check: ${plural(k.priceFiles, 'price file')} (${k.rows.toLocaleString('en-US')} rows), ${plural(k.notes, 'note')}, ${plural(k.templates, 'template')}, ${plural(k.briefs, 'archived brief')}: ${plural(r.errors.length, 'problem')}, ${plural(r.warnings.length, 'warning')}`,
  );
  const first = r.errors[0];
  if (first === undefined) return;
  throw new BriefError(
    'data',
    `check found ${plural(r.errors.length, 'problem')}, the first: ${formatProblem(first)}`,
    'every problem is listed above, one per line',
  );
}
