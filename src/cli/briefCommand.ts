/**
 * The program's own command, `brief [options]`: build the brief of one session, archive it and,
 * with --email, send it. Its options and the help text of the whole CLI.
 */
import { Command, Option } from '@commander-js/extra-typings';
import { ExitCode } from '../errors.js';
import { isoDateArg, rangeArg } from './argParsers.js';
import type { Effects } from './effects.js';
import { notTogether, onlyWith } from './optionRules.js';
import {
  GENERATOR,
  VERSION,
  dataOption,
  debugOption,
  noPdfOption,
  outOption,
  paperOption,
  templatesOption,
  foldersOf,
} from './options.js';
import { runBrief, stopIfAsked, type BriefOptions } from './runBrief.js';
import { siteUrlWarning } from './sendSiteUrl.js';
import { updateArchive } from './updateArchive.js';

const EXIT_CODES_HELP = `
Exit codes:
  0  brief written (or, without --date, no New York session today: nothing to do)
  1  internal error (a bug; rerun with --debug for the stack trace)
  2  bad command line (unknown option, malformed --date)
  3  bad or stale input data (file and line named); for catch-up, also "closes not published yet"
  4  --date is not a trading session (previous and next sessions named)
  5  no browser found or the PDF could not be printed (the HTML is written for a new
     date; a complete earlier brief of that date is kept unless --allow-html-only)
  6  template error
  7  output folder not writable
  8  email not delivered, or a recipient refused it (the brief is still archived)
  130, 143  stopped by SIGINT / SIGTERM (nothing half-written; the previous brief is kept)

Commands:
  brief [options]          build the brief for one session (this page)
  brief backfill ...       build every session of a range (brief backfill --help)
  brief catch-up           build every closed session missing from the archive (--list: show them)
  brief index              rebuild the archive index, year pages, manifests and feed
  brief merge DIR...       fold backfill shards' briefs into the archive, then rebuild its index
  brief fetch              append newly closed sessions from a data provider
  brief send --date D      email a built brief (PDF attached), once: --resend to send it again
  brief send --pending     email every brief newer than the last one sent; --dry-run writes .eml
  brief check              validate data, notes, templates and the archive

Environment:
  ROTATION_BRIEF_CHROME    path of Chrome/Chromium (else PUPPETEER_EXECUTABLE_PATH, CHROME_PATH,
                           then /usr/bin/chromium-headless-shell, /usr/bin/chromium and other
                           usual places)
  ROTATION_BRIEF_SITE_URL  public URL of the archive (absolute links in feed.xml and emails);
                           unset: a warning, or with --fresh an error (exit 2)

Examples:
  npm run brief                              latest session in the data
  npm run brief -- --date 2026-01-22         a given session
  npm run brief -- --no-pdf --out /tmp/r     HTML and stats.json only
  npm run brief -- catch-up                  every closed session missing from reports/`;

/** `brief`: the command and its options, without subcommands; `setCode` receives the exit code. */
export function briefCommand(fx: (debug: boolean) => Effects, setCode: (c: number) => void) {
  return new Command('brief')
    .description(
      'Build the daily small-cap vs large-cap rotation brief (HTML, PDF and stats.json) for one New York session.',
    )
    .version(VERSION, '-V, --version')
    .addOption(
      new Option(
        '-d, --date <YYYY-MM-DD>',
        'session to report (default: the latest session that has closed in New York, within the data)',
      ).argParser(isoDateArg),
    )
    .addOption(dataOption())
    .addOption(outOption('reports folder; the brief goes to OUT/YYYY/YYYY-MM-DD/'))
    .addOption(templatesOption())
    .addOption(noPdfOption('write the HTML and stats.json only (no browser needed)'))
    .option(
      '--allow-html-only',
      'when printing fails or with --no-pdf, replace a complete brief (with its PDF) by the HTML alone',
      false,
    )
    .addOption(paperOption())
    .option(
      '--range <FROM..TO>',
      "also compute every series' return between two sessions (in stats.json)",
      rangeArg,
    )
    .option(
      '--fresh',
      'fail unless the data reaches the latest closed session (for scheduled runs)',
      false,
    )
    .option('--email', 'email the brief after building it (see brief send --help)', false)
    .option(
      '--dry-run-email',
      'with --email: write outbox/YYYY-MM-DD.eml instead of sending',
      false,
    )
    .option('--allow-partial-delivery', 'with --email: a refused recipient is not an error', false)
    .addOption(debugOption())
    .addHelpText('after', EXIT_CODES_HELP)
    .action(async (opts, cmd) => {
      onlyWith(cmd, ['dryRunEmail', '--dry-run-email'], ['email', '--email']);
      onlyWith(cmd, ['allowPartialDelivery', '--allow-partial-delivery'], ['email', '--email']);
      notTogether(
        cmd,
        ['pdf', '--no-pdf'],
        ['email', '--email'],
        "the email attaches the brief's PDF: leave out --no-pdf",
      );
      await dailyRun(
        {
          date: opts.date,
          ...foldersOf(opts),
          pdf: opts.pdf,
          paper: opts.paper,
          fresh: opts.fresh,
          generator: GENERATOR,
          range: opts.range,
          allowHtmlOnly: opts.allowHtmlOnly,
          email: opts.email,
          dryRunEmail: opts.dryRunEmail,
          allowPartialDelivery: opts.allowPartialDelivery,
          debug: opts.debug,
        },
        fx(opts.debug),
      );
      setCode(ExitCode.ok);
    });
}

interface DailyOptions extends BriefOptions {
  readonly email: boolean;
  readonly dryRunEmail: boolean;
  readonly allowPartialDelivery: boolean;
  readonly debug: boolean;
}

/**
 * Build the brief, list it in the archive (even when printing failed: the HTML is written) and,
 * with `email`, send it. Nothing to do on a day without a session.
 */
async function dailyRun(o: DailyOptions, fx: Effects): Promise<void> {
  const siteWarning = siteUrlWarning(fx.env, o.fresh);
  const result = await runBrief(o, fx);
  if (result.date === null) return;
  // The brief is written: the archive lists it even if printing failed or a stop came now.
  if (siteWarning !== null) fx.log(siteWarning);
  await updateArchive({ ...o, strict: false }, fx);
  if (result.pdfError) {
    fx.log(`The HTML brief for ${result.date} was written without its PDF`);
    throw result.pdfError;
  }
  stopIfAsked(fx, `the brief for ${result.date} was written and archived, not emailed`);
  if (o.email) {
    const send = {
      date: result.date,
      dryRun: o.dryRunEmail,
      outboxDir: 'outbox',
      requireSiteUrl: o.fresh,
    };
    const { sendBrief } = await import('./sendBrief.js'); // the email stack, only when mailing
    await sendBrief({ ...o, ...send }, fx);
  }
}
