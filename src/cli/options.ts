/**
 * The options several commands share, each declared once: flag, default, parser and type (typed
 * through @commander-js/extra-typings, so an action's `opts` is typed). A command may word the
 * help line for itself (the folder's role differs from command to command); the flag, default
 * and validation do not change.
 */
import { Option } from '@commander-js/extra-typings';
import { DEFAULT_MAX_JUMP, DEFAULT_MAX_STOCK_JUMP } from '../ingest/suspiciousJumps.js';
import { folderArg, percentArg, positiveIntArg } from './argParsers.js';

/** The program's version, in --version and in every output's generator string. */
export const VERSION = '0.1.0';
/** What outputs name as their generator. */
export const GENERATOR = `rotation-brief ${VERSION}`;

/** Briefs `send --pending` mails in one run unless --max says otherwise. */
export const SEND_PENDING_MAX = 10;

/** --data DIR (default data). */
export const dataOption = (help = 'data folder holding universe.json and closes/') =>
  new Option('--data <dir>', help).argParser(folderArg).default('data');

/** --out DIR, the reports folder (default reports). */
export const outOption = (help = 'reports folder') =>
  new Option('--out <dir>', help).argParser(folderArg).default('reports');

/** --templates DIR (default templates). */
export const templatesOption = (help = 'templates folder') =>
  new Option('--templates <dir>', help).argParser(folderArg).default('templates');

/** --no-pdf: `pdf` is true unless given. */
export const noPdfOption = (help = 'write the HTML and JSON only') => new Option('--no-pdf', help);

/** --paper a4|letter (default a4). */
export const paperOption = () =>
  new Option('--paper <size>', 'PDF paper size').choices(['a4', 'letter'] as const).default('a4');

/** --jobs N: briefs printing at once (unset: the number of cores). */
export const jobsOption = () =>
  new Option('--jobs <n>', 'briefs printing in parallel (default: the number of cores)').argParser(
    positiveIntArg,
  );

/** --debug: stack traces of errors. */
export const debugOption = (help = 'print stack traces of errors') =>
  new Option('--debug', help).default(false);

/** --max-jump PERCENT, as a fraction: the largest close-to-close move of an index or ETF. */
export const maxJumpOption = (help: string) =>
  new Option('--max-jump <percent>', help)
    .argParser(percentArg)
    .default(DEFAULT_MAX_JUMP, String(DEFAULT_MAX_JUMP * 100));

/** --max-stock-jump PERCENT, as a fraction: the same for single stocks. */
export const maxStockJumpOption = () =>
  new Option('--max-stock-jump <percent>', 'the same for single stocks')
    .argParser(percentArg)
    .default(DEFAULT_MAX_STOCK_JUMP, String(DEFAULT_MAX_STOCK_JUMP * 100));

/** The folders named by --data, --out and --templates, as the runs take them. */
export function foldersOf(opts: {
  readonly data: string;
  readonly out: string;
  readonly templates: string;
}) {
  return { dataDir: opts.data, outDir: opts.out, templatesDir: opts.templates };
}
