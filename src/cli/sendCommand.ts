/**
 * The `send` subcommand: email an archived brief (summary in the body, PDF attached) over SMTP,
 * or with --dry-run write the message as an .eml file to an outbox folder instead.
 */
import { Command } from 'commander';
import { validateIsoDate } from '../calendar/index.js';
import { emailBrief } from '../deliver/email/emailBrief.js';
import { nodeEmailEffects } from '../deliver/email/emailEffects.js';
import type { Effects } from './effects.js';
import { templateReader } from './readers.js';
import { briefDir } from './runBrief.js';

export interface SendOptions {
  readonly date: string;
  readonly outDir: string;
  readonly templatesDir: string;
  readonly dryRun: boolean;
  readonly outboxDir: string;
  readonly debug: boolean;
}

/** Email (or write to the outbox) the brief of `date`; logs what happened. */
export async function sendBrief(o: SendOptions, fx: Effects): Promise<void> {
  const r = await emailBrief(
    {
      briefDir: briefDir(o.outDir, validateIsoDate(o.date)),
      templatesDir: o.templatesDir,
      env: fx.env,
      dryRun: o.dryRun,
      outboxDir: o.outboxDir,
      send: { transcript: o.debug },
      readTemplate: templateReader(fx, o.templatesDir),
    },
    nodeEmailEffects(fx),
  );
  if (r.kind === 'sent') {
    fx.out(
      `Emailed the brief for ${o.date} to ${r.accepted.length} recipient(s) (${r.attempts} attempt(s))${r.rejected.length ? `; rejected: ${r.rejected.join(', ')}` : ''}`,
    );
  } else {
    fx.out(`Dry run: wrote ${r.file}`);
  }
}

export const EMAIL_ENV_HELP = `
Environment (email):
  ROTATION_BRIEF_SMTP_URL       smtps://user:pass@host:465 (or the variables below)
  ROTATION_BRIEF_SMTP_HOST, _PORT, _USER, _PASSWORD, _SECURE, _REQUIRE_TLS
  ROTATION_BRIEF_MAIL_FROM      sender address
  ROTATION_BRIEF_MAIL_TO        comma-separated recipients
  ROTATION_BRIEF_MAIL_SUBJECT   Handlebars template over summary.json (default "Rotation Brief {{date}}: {{headline}}")
  ROTATION_BRIEF_SITE_URL       archive URL, for the "read online" link`;

export function sendCommand(fx: (debug: boolean) => Effects): Command {
  return new Command('send')
    .description(
      'Email the brief of a date (PDF attached) to the subscribers, or write it to an outbox with --dry-run.',
    )
    .requiredOption('-d, --date <YYYY-MM-DD>', 'the brief to send (it must have been built)')
    .option('--out <dir>', 'reports folder', 'reports')
    .option('--templates <dir>', 'templates folder (uses its email/ subfolder)', 'templates')
    .option('--dry-run', 'write outbox/YYYY-MM-DD.eml instead of sending', false)
    .option('--outbox <dir>', 'outbox folder for --dry-run', 'outbox')
    .option(
      '--debug',
      'print stack traces of errors and the SMTP transcript (credentials redacted)',
      false,
    )
    .addHelpText('after', EMAIL_ENV_HELP)
    .action(async (opts) => {
      await sendBrief(
        {
          date: opts.date,
          outDir: opts.out,
          templatesDir: opts.templates,
          dryRun: opts.dryRun,
          outboxDir: opts.outbox,
          debug: opts.debug,
        },
        fx(opts.debug),
      );
    });
}
