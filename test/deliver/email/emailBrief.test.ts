/**
 * The dry run (the message written to the outbox as .eml) and the failures found before
 * anything is sent: settings, a brief folder without its PDF, an unwritable outbox.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emailBrief, type EmailBriefOptions } from '../../../src/deliver/email/emailBrief.js';
import { BriefError } from '../../../src/errors.js';
import { REPO } from '../../helpers/cliHarness.js';
import { buildTestBrief } from './briefFixture.js';
import { NOW, testFx } from './emailTestFx.js';

const MAIL_ENV = {
  ROTATION_BRIEF_MAIL_FROM: 'brief@rotation.example',
  ROTATION_BRIEF_MAIL_TO: 'a@example.com, b@example.org',
};
let dir = '';
let root = '';
beforeAll(async () => void ({ dir, root } = await buildTestBrief('2026-01-21')));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const opts = (over: Partial<EmailBriefOptions> = {}): EmailBriefOptions => ({
  briefDir: dir,
  templatesDir: path.join(REPO, 'templates'),
  dryRun: true,
  outboxDir: path.join(root, 'outbox'),
  env: MAIL_ENV,
  ...over,
});

async function failure(p: Promise<unknown>): Promise<BriefError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(BriefError);
  return e as BriefError;
}

describe('emailBrief --dry-run', () => {
  it('writes the full message to OUTBOX/YYYY-MM-DD.eml without any SMTP settings', async () => {
    const { fx, logs } = testFx();
    const result = await emailBrief(opts(), fx);
    const file = path.join(root, 'outbox', '2026-01-21.eml');
    expect(result).toEqual({
      kind: 'written',
      file,
      messageId: expect.stringMatching(
        /^<rotation-brief\.2026-01-21\.20260123T023000Z\.[0-9a-f]{12}@rotation\.example>$/,
      ),
    });
    expect(readdirSync(path.join(root, 'outbox'))).toEqual(['2026-01-21.eml']);
    const mail = await simpleParser(readFileSync(file));
    const summary = JSON.parse(readFileSync(path.join(dir, 'summary.json'), 'utf8'));
    expect(mail.subject).toBe(`${summary.headline} (Jan 21, 2026)`); // the session, 2026-01-21
    // The preheader opens the body: the dek ("NAME CLOSE (MOVE) · ...", src/render/dek.ts)
    // without the closes, HTML-escaped.
    const moves = summary.dek.replace(/ [\d,]+\.\d+ \(([^)]+)\)/g, ' $1').replace(/&/g, '&amp;');
    expect(moves).toMatch(/^Russell 2000 [+-]\d+\.\d\d% · S&amp;P 500 [+-]\d+\.\d\d% · /);
    const first =
      /<body[^>]*>\s*<div class="preheader" style="display: none;[^"]*">([^<]*?) &#847;/;
    expect(first.exec(mail.html as string)?.[1]).toBe(moves);
    // The text part wraps at 72 columns: compare with whitespace folded.
    expect(mail.text?.replace(/\s+/g, ' ')).toContain(summary.headline);
    expect(mail.html).toContain(summary.headline.replace(/&/g, '&amp;'));
    expect(mail.attachments.map((a) => a.filename)).toEqual([
      'rebased.png',
      'ratio.png',
      'rotation-brief-2026-01-21.pdf',
    ]);
    expect(mail.attachments[2]!.content.equals(readFileSync(path.join(dir, 'brief.pdf')))).toBe(
      true,
    );
    expect(mail.to).toMatchObject({ value: [{ address: 'a@example.com' }] });
    expect(logs).toContain(
      `Dry run: wrote the email for 2026-01-21 to ${file} (the first of 2 messages, one per recipient); nothing sent`,
    );
  });

  it('needs no mail settings: placeholders on example.invalid, a warning for the site URL', async () => {
    const { fx, logs } = testFx();
    const result = await emailBrief(opts({ env: {}, outboxDir: path.join(root, 'bare') }), fx);
    const mail = await simpleParser(readFileSync((result as { file: string }).file));
    expect(mail.from).toMatchObject({ value: [{ address: 'rotation-brief@example.invalid' }] });
    expect(mail.to).toMatchObject({ value: [{ address: 'subscriber@example.invalid' }] });
    expect(mail.text).not.toMatch(/https?:\/\/[^ ]*brief\.html/);
    expect(logs).toEqual(
      expect.arrayContaining([
        'Warning: ROTATION_BRIEF_SITE_URL is not set: the email goes without links to the online brief, its PDF and the archive',
        'Dry run: ROTATION_BRIEF_MAIL_FROM is not set; using a placeholder',
        'Dry run: ROTATION_BRIEF_MAIL_TO is not set; using a placeholder',
      ]),
    );
  });

  it('with requireSiteUrl, a missing site URL is a usage error before anything is read', async () => {
    const e = await failure(
      emailBrief(opts({ requireSiteUrl: true, briefDir: path.join(root, 'none') }), testFx().fx),
    );
    expect(e.kind).toBe('usage');
    expect(e.message).toMatch(/^ROTATION_BRIEF_SITE_URL is not set: a scheduled email must link/);
  });

  it('replaces an earlier .eml whole and leaves no temporary file', async () => {
    await emailBrief(opts(), testFx().fx);
    await emailBrief(opts(), testFx(NOW.plus({ days: 1 })).fx);
    const file = path.join(root, 'outbox', '2026-01-21.eml');
    expect(readdirSync(path.join(root, 'outbox'))).toEqual(['2026-01-21.eml']);
    expect(readFileSync(file, 'latin1')).toMatch(/^Date: Sat, 24 Jan 2026 02:30:00 \+0000\r$/m);
  });

  it('names the file when the outbox cannot be written', async () => {
    const e = await failure(
      emailBrief(opts({ outboxDir: path.join(dir, 'summary.json', 'outbox') }), testFx().fx),
    );
    expect(e.kind).toBe('output');
    expect(e.message).toMatch(/^cannot write .*summary\.json\/outbox\/2026-01-21\.eml: ENOTDIR$/);
  });
});

describe('emailBrief before sending', () => {
  it('checks the SMTP settings before reading the brief', async () => {
    const e = await failure(
      emailBrief(opts({ dryRun: false, briefDir: path.join(root, 'missing') }), testFx().fx),
    );
    expect(e.kind).toBe('usage');
    expect(e.message).toBe('neither ROTATION_BRIEF_SMTP_URL nor ROTATION_BRIEF_SMTP_HOST is set');
  });

  it('names brief.pdf when the brief was built without it', async () => {
    const noPdf = path.join(root, 'no-pdf');
    mkdirSync(noPdf);
    copyFileSync(path.join(dir, 'summary.json'), path.join(noPdf, 'summary.json'));
    const e = await failure(emailBrief(opts({ briefDir: noPdf }), testFx().fx));
    expect(e.kind).toBe('data');
    expect(e.message).toBe(`${path.join(noPdf, 'brief.pdf')}: cannot read (ENOENT)`);
    expect(e.hint).toMatch(/without --no-pdf/);
  });

  it('names summary.json when there is no brief for the date', async () => {
    const e = await failure(
      emailBrief(opts({ briefDir: path.join(root, 'reports/2026/2026-01-20') }), testFx().fx),
    );
    expect(e.message).toBe(
      `${path.join(root, 'reports/2026/2026-01-20/summary.json')}: cannot read (ENOENT)`,
    );
  });
});
