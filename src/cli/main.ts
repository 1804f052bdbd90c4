/**
 * The command line. `main` takes the process pieces as arguments (argv, env, streams) so tests
 * drive it through an injected process; `bin/brief.js` / `npm run brief` wire in the real one.
 */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { BriefError, ExitCode, Interrupted } from '../errors.js';
import { backfillCommand } from './backfillCommand.js';
import { catchUpCommand } from './catchUpCommand.js';
import { checkCommand } from './checkCommand.js';
import { fetchCommand } from './fetchCommand.js';
import { indexCommand } from './indexCommand.js';
import { mergeCommand } from './mergeCommand.js';
import { sendBrief, sendCommand } from './sendCommand.js';
import { reportError } from './reportError.js';
import { runBrief, stopIfAsked } from './runBrief.js';
import { updateArchive } from './updateArchive.js';
import type { Effects } from './effects.js';

export const VERSION = '0.1.0';

export interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

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
  8  email not delivered (the brief is still archived)
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
                           then /usr/bin/chromium and other usual places)
  ROTATION_BRIEF_SITE_URL  public URL of the archive (absolute links in feed.xml and emails)

Examples:
  npm run brief                              latest session in the data
  npm run brief -- --date 2026-01-22         a given session
  npm run brief -- --no-pdf --out /tmp/r     HTML and stats.json only
  npm run brief -- catch-up                  every closed session missing from reports/`;

/** --range FROM..TO: two ISO dates, FROM before TO. */
function rangeArg(value: string): { from: string; to: string } {
  const m = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(value);
  if (!m || (m[1] as string) >= (m[2] as string)) {
    throw new InvalidArgumentError(
      `expected FROM..TO with two YYYY-MM-DD sessions, FROM first, got "${value}"`,
    );
  }
  return { from: m[1] as string, to: m[2] as string };
}

function isoDateArg(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    throw new InvalidArgumentError(`expected YYYY-MM-DD, got "${value}"`);
  }
  return value;
}

/** Build the commander program; actions call into `fx`. */
export function program(
  io: Io,
  fx: (debug: boolean) => Effects,
  setCode: (c: number) => void,
): Command {
  const cmd = new Command('brief')
    .description(
      'Build the daily small-cap vs large-cap rotation brief (HTML, PDF and stats.json) for one New York session.',
    )
    .version(VERSION, '-V, --version')
    .option(
      '-d, --date <YYYY-MM-DD>',
      'session to report (default: the latest session that has closed in New York, within the data)',
      isoDateArg,
    )
    .option('--data <dir>', 'data folder holding universe.json and closes/', 'data')
    .option('--out <dir>', 'reports folder; the brief goes to OUT/YYYY/YYYY-MM-DD/', 'reports')
    .option('--templates <dir>', 'templates folder', 'templates')
    .option('--no-pdf', 'write the HTML and stats.json only (no browser needed)')
    .option(
      '--allow-html-only',
      'when printing fails, replace a complete brief (with its PDF) by the HTML alone',
      false,
    )
    .addOption(
      new Option('--paper <size>', 'PDF paper size').choices(['a4', 'letter']).default('a4'),
    )
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
    .option('--debug', 'print stack traces of errors', false)
    .addHelpText('after', EXIT_CODES_HELP)
    .showHelpAfterError('(run brief --help for usage)')
    .enablePositionalOptions()
    .exitOverride()
    .configureOutput({
      writeOut: io.stdout,
      writeErr: io.stderr,
      outputError: (text, write) => write(`brief: ${text}`),
    })
    .action(async (opts) => {
      const effects = fx(opts.debug);
      const result = await runBrief(
        {
          date: opts.date,
          dataDir: opts.data,
          outDir: opts.out,
          templatesDir: opts.templates,
          pdf: opts.pdf,
          paper: opts.paper,
          fresh: opts.fresh,
          generator: `rotation-brief ${VERSION}`,
          range: opts.range,
          allowHtmlOnly: opts.allowHtmlOnly,
        },
        effects,
      );
      if (result.date === null) return setCode(ExitCode.ok);
      // The brief is written: the archive lists it even if printing failed or a stop came now.
      await updateArchive(
        {
          outDir: opts.out,
          templatesDir: opts.templates,
          generator: `rotation-brief ${VERSION}`,
          strict: false,
        },
        effects,
      );
      if (result.pdfError) {
        effects.log(`The HTML brief for ${result.date} was written without its PDF`);
        throw result.pdfError;
      }
      stopIfAsked(effects, `the brief for ${result.date} was written and archived, not emailed`);
      if (opts.email) {
        await sendBrief(
          {
            date: result.date,
            outDir: opts.out,
            templatesDir: opts.templates,
            dryRun: opts.dryRunEmail,
            outboxDir: 'outbox',
            debug: opts.debug,
          },
          effects,
        );
      }
      setCode(ExitCode.ok);
    });
  const output = {
    writeOut: io.stdout,
    writeErr: io.stderr,
    outputError: (text: string, write: (t: string) => void) => write(`brief: ${text}`),
  };
  for (const sub of [
    backfillCommand(fx, `rotation-brief ${VERSION}`),
    catchUpCommand(fx, `rotation-brief ${VERSION}`),
    indexCommand(fx, `rotation-brief ${VERSION}`),
    mergeCommand(fx, `rotation-brief ${VERSION}`),
    fetchCommand(fx),
    sendCommand(fx),
    checkCommand(fx),
  ]) {
    cmd.addCommand(
      sub
        .exitOverride()
        .configureOutput(output)
        .showHelpAfterError(`(run brief ${sub.name()} --help for usage)`),
    );
  }
  return cmd;
}

/** Run the CLI with `argv` (without node and script). Resolves to the exit code. */
export async function main(
  argv: readonly string[],
  io: Io,
  fx: (debug: boolean) => Effects,
): Promise<number> {
  let code: number = ExitCode.ok;
  const debug = argv.includes('--debug');
  try {
    await program(io, fx, (c) => (code = c)).parseAsync([...argv], { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      return e.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
    }
    reportError(e, debug, io.stderr);
    return e instanceof BriefError || e instanceof Interrupted ? e.exitCode : ExitCode.internal;
  }
}
