/**
 * The `check` subcommand: validate the data, notes, templates and archive (see runCheck.ts) and
 * print one line per problem, `file[:line]: problem`. Exit 0 when there is none (warnings do not
 * count), 3 otherwise.
 */
import { Command, InvalidArgumentError } from 'commander';
import { BriefError } from '../errors.js';
import type { Effects } from './effects.js';
import { DEFAULT_MAX_JUMP, DEFAULT_MAX_STOCK_JUMP } from '../ingest/suspiciousJumps.js';
import { formatProblem, runCheck } from './runCheck.js';

/** A command-line percentage ("25") as a fraction (0.25). */
export function percentArg(value: string): number {
  const n = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value) || !(n > 0))
    throw new InvalidArgumentError(`expected a positive percentage such as 25, got "${value}"`);
  return n / 100;
}

export function checkCommand(fx: (debug: boolean) => Effects): Command {
  return new Command('check')
    .description(
      "Check the data, editor's notes, templates and archive without writing anything; one line per problem.",
    )
    .option('--data <dir>', 'data folder holding universe.json, closes/ and notes/', 'data')
    .option('--templates <dir>', 'templates folder', 'templates')
    .option('--out <dir>', 'reports folder (the archive) to check', 'reports')
    .option(
      '--max-jump <percent>',
      'largest close-to-close move of an index or ETF before a warning',
      percentArg,
      DEFAULT_MAX_JUMP,
    )
    .option(
      '--max-stock-jump <percent>',
      'the same for single stocks',
      percentArg,
      DEFAULT_MAX_STOCK_JUMP,
    )
    .option('--debug', 'print stack traces of errors', false)
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
      const r = await runCheck(
        {
          dataDir: opts.data,
          templatesDir: opts.templates,
          outDir: opts.out,
          maxJump: opts.maxJump,
          maxStockJump: opts.maxStockJump,
        },
        effects,
      );
      for (const p of [...r.errors, ...r.warnings]) effects.out(formatProblem(p));
      const k = r.checked;
      const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
      effects.out(
        `Check: ${plural(k.priceFiles, 'price file')} (${k.rows.toLocaleString('en-US')} rows), ${plural(k.notes, 'note')}, ${plural(k.templates, 'template')}, ${plural(k.briefs, 'archived brief')}: ${plural(r.errors.length, 'problem')}, ${plural(r.warnings.length, 'warning')}`,
      );
      if (r.errors.length > 0) {
        const first = formatProblem(r.errors[0] as (typeof r.errors)[number]);
        throw new BriefError(
          'data',
          `check found ${plural(r.errors.length, 'problem')}, the first: ${first}`,
          'every problem is listed above, one per line',
        );
      }
    });
}
