/**
 * The `send` subcommand: email an archived brief (summary in the body, PDF attached) over SMTP,
 * or with --dry-run write the message as an .eml file to an outbox folder instead. A brief is
 * emailed once: the send is recorded in OUT/sent/ (sentLedger.ts) and a second send of the same
 * date does nothing unless --resend. --pending sends every brief newer than the last one sent.
 */
import { Command } from '@commander-js/extra-typings';
import { folderArg, positiveIntArg } from './argParsers.js';
import { BriefError } from '../errors.js';
import type { Effects } from './effects.js';
import { notTogether, onlyWith } from './optionRules.js';
import { SEND_PENDING_MAX, debugOption, outOption, templatesOption } from './options.js';

export const EMAIL_ENV_HELP = `
Environment (email):
  ROTATION_BRIEF_SMTP_URL       smtps://user:pass@host:465 (or the variables below)
  ROTATION_BRIEF_SMTP_HOST, _PORT, _USER, _PASSWORD, _SECURE, _REQUIRE_TLS
  ROTATION_BRIEF_MAIL_FROM      sender address
  ROTATION_BRIEF_MAIL_TO        comma-separated recipients
  ROTATION_BRIEF_MAIL_SUBJECT   Handlebars template over summary.json and dateShort (default "{{headline}} ({{dateShort}})")
  ROTATION_BRIEF_SITE_URL       archive URL, for the links to the online brief, its PDF and the archive
  ROTATION_BRIEF_UNSUBSCRIBE_MAILTO  where unsubscribe requests go (default: the sender)
  ROTATION_BRIEF_UNSUBSCRIBE_URL     https one-click unsubscribe endpoint (adds List-Unsubscribe-Post)
A dry run needs none of them (placeholders on example.invalid).`;

const SEND_HELP = `
Each subscriber gets their own message (To: them alone, List-Unsubscribe headers). Once per
session: a send is recorded in OUT/sent/YYYY-MM-DD.json, and sending that date again does nothing
(exit 0) unless --resend. A refused recipient is an error (exit 8) unless
--allow-partial-delivery; sending again then goes only to the recipients who do not have it. --pending emails, oldest first, every brief newer than the
newest one recorded (with no record yet: the newest brief only) and stops at the first failure;
--list prints those dates instead. A dry run neither checks nor writes the record. --mark-sent
records a date as emailed without sending (an email that went out unrecorded; or, when adopting
the ledger, the newest brief already emailed).

Examples:
  npm run brief -- send --date 2026-08-21             email one brief
  npm run brief -- send --pending                     what the scheduled workflow does
  npm run brief -- send --pending --list              which briefs are waiting
  npm run brief -- send --date 2026-08-21 --dry-run   write outbox/2026-08-21.eml
`;

/** `brief send`: add it to the program. */
export function sendCommand(fx: (debug: boolean) => Effects) {
  return new Command('send')
    .description(
      'Email the brief of a date (PDF attached) to the subscribers, or write it to an outbox with --dry-run.',
    )
    .option('-d, --date <YYYY-MM-DD>', 'the brief to send (it must have been built)')
    .option('--pending', 'send every brief not emailed yet (instead of --date)', false)
    .option('--list', 'with --pending: print the dates waiting, send nothing', false)
    .option('--max <n>', 'with --pending: send at most n briefs', positiveIntArg, SEND_PENDING_MAX)
    .option('--resend', 'send even if the ledger says the brief was emailed', false)
    .option('--mark-sent', 'with --date: record the brief as emailed, send nothing', false)
    .option('--allow-partial-delivery', 'a refused recipient is reported, not an error', false)
    .option(
      '--require-site-url',
      'fail (exit 2) when ROTATION_BRIEF_SITE_URL is not set (for scheduled runs)',
      false,
    )
    .addOption(outOption())
    .addOption(templatesOption('templates folder (uses its email/ subfolder)'))
    .option('--dry-run', 'write outbox/YYYY-MM-DD.eml instead of sending', false)
    .option('--outbox <dir>', 'outbox folder for --dry-run', folderArg, 'outbox')
    .addOption(
      debugOption('print stack traces of errors and the SMTP transcript (credentials redacted)'),
    )
    .addHelpText('after', SEND_HELP + EMAIL_ENV_HELP)
    .action(async (opts, cmd) => {
      notTogether(
        cmd,
        ['markSent', '--mark-sent'],
        ['dryRun', '--dry-run'],
        'a dry run sends nothing and records nothing: pass --mark-sent alone to record the brief as emailed',
      );
      onlyWith(cmd, ['max', '--max'], ['pending', '--pending']);
      onlyWith(cmd, ['outbox', '--outbox'], ['dryRun', '--dry-run']);
      if (
        (opts.date === undefined) === !opts.pending ||
        (opts.list && !opts.pending) ||
        (opts.markSent && opts.pending)
      )
        throw new BriefError(
          'usage',
          'pass either --date YYYY-MM-DD or --pending (--list goes with --pending, --mark-sent with --date)',
        );
      const o = {
        outDir: opts.out,
        templatesDir: opts.templates,
        dryRun: opts.dryRun,
        outboxDir: opts.outbox,
        debug: opts.debug,
        resend: opts.resend,
        markSent: opts.markSent,
        allowPartialDelivery: opts.allowPartialDelivery,
        requireSiteUrl: opts.requireSiteUrl,
      };
      // The email stack (nodemailer, juice, the rasterizer) loads only when something is sent.
      if (opts.pending) {
        const { sendPending } = await import('./sendPending.js');
        await sendPending({ ...o, max: opts.max, list: opts.list }, fx(opts.debug));
      } else if (opts.date !== undefined) {
        const { sendBrief } = await import('./sendBrief.js');
        await sendBrief({ ...o, date: opts.date }, fx(opts.debug));
      }
    });
}
