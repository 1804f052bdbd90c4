/**
 * `brief send` through the CLI: a dry run writes a parseable .eml with the PDF attached; a
 * missing SMTP configuration is a usage error naming the variable; a subject template naming an
 * unknown field is a template error naming it; SIGTERM during the backoff stops the send at once.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { fakePrinter, runCli, scratchData } from '../helpers/cliHarness.js';
import { closedPort } from '../deliver/email/smtpTestServer.js';

describe('brief send', () => {
  it('--dry-run writes the message with the brief PDF attached', async () => {
    const { root, data, out } = scratchData();
    expect(
      (
        await runCli(['--date', '2026-01-22', '--data', data, '--out', out], {
          printer: fakePrinter,
        })
      ).code,
    ).toBe(0);
    const outbox = path.join(root, 'outbox');
    const env = {
      ROTATION_BRIEF_MAIL_FROM: 'brief@example.org',
      ROTATION_BRIEF_MAIL_TO: 'a@example.org, b@example.org',
    };
    const r = await runCli(
      ['send', '--date', '2026-01-22', '--out', out, '--dry-run', '--outbox', outbox],
      { env },
    );
    expect(r.stderr).not.toMatch(/error/);
    expect(r.code).toBe(0);
    const mail = await simpleParser(readFileSync(path.join(outbox, '2026-01-22.eml')));
    expect(mail.subject).toBe(
      'Small caps beat large caps for a 14th straight session, the longest run since 1996 (Jan 22, 2026)',
    );
    const pdf = readFileSync(path.join(out, '2026/2026-01-22/brief.pdf'));
    const attached = mail.attachments.find((a) => a.contentType === 'application/pdf');
    expect(attached?.content.equals(pdf)).toBe(true);
  });

  it('--dry-run needs no mail settings at all', async () => {
    const { root, data, out } = scratchData();
    await runCli(['--date', '2026-01-22', '--data', data, '--out', out], { printer: fakePrinter });
    const outbox = path.join(root, 'outbox');
    const r = await runCli([
      'send',
      '--date',
      '2026-01-22',
      '--out',
      out,
      '--dry-run',
      '--outbox',
      outbox,
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('Dry run: ROTATION_BRIEF_MAIL_FROM is not set; using a placeholder');
    const mail = await simpleParser(readFileSync(path.join(outbox, '2026-01-22.eml')));
    expect(mail.to).toMatchObject({ value: [{ address: 'subscriber@example.invalid' }] });
  });
  it('without SMTP settings: exit 2 naming the variable', async () => {
    const { data, out } = scratchData();
    await runCli(['--date', '2026-01-22', '--data', data, '--out', out, '--no-pdf']);
    const r = await runCli(['send', '--date', '2026-01-22', '--out', out], {
      env: { ROTATION_BRIEF_MAIL_FROM: 'x@example.org', ROTATION_BRIEF_MAIL_TO: 'y@example.org' },
    });
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/brief: error: .*ROTATION_BRIEF_SMTP/);
  });

  it('a subject naming an unknown field: exit 6 naming the field and the fields there are', async () => {
    const { root, data, out } = scratchData();
    await runCli(['--date', '2026-01-22', '--data', data, '--out', out], { printer: fakePrinter });
    const outbox = path.join(root, 'outbox');
    const r = await runCli(
      ['send', '--date', '2026-01-22', '--out', out, '--dry-run', '--outbox', outbox],
      { env: { ROTATION_BRIEF_MAIL_SUBJECT: '{{nosuch}}' } },
    );
    expect(r.code, r.stderr).toBe(6);
    expect(r.stderr).toMatch(
      /^brief: error: ROTATION_BRIEF_MAIL_SUBJECT: the subject template names an unknown field "nosuch" \(it may use date, title, headline, dek, .*dateShort\)$/m,
    );
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(outbox)).toBe(false);
  });

  it('SIGTERM during the 30 s backoff stops at once: exit 143, one try, no ledger', async () => {
    const { data, out } = scratchData();
    await runCli(['--date', '2026-01-22', '--data', data, '--out', out], { printer: fakePrinter });
    const stop = new AbortController();
    const waits: number[] = [];
    const r = await runCli(['send', '--date', '2026-01-22', '--out', out], {
      env: {
        ROTATION_BRIEF_SMTP_URL: `smtp://127.0.0.1:${await closedPort()}`,
        ROTATION_BRIEF_SMTP_REQUIRE_TLS: 'false',
        ROTATION_BRIEF_MAIL_FROM: 'brief@example.org',
        ROTATION_BRIEF_MAIL_TO: 'a@example.org, b@example.org',
      },
      signal: stop.signal,
      sleep: (ms) => {
        waits.push(ms);
        stop.abort('SIGTERM');
        return new Promise(() => undefined); // a wait that only the signal can end
      },
    });
    expect(r.code).toBe(143);
    expect(waits).toEqual([30_000]);
    expect(r.stderr).toContain('(attempt 1 of 3)');
    expect(r.stderr).not.toContain('(attempt 2 of 3)');
    expect(r.stderr.split('\n').filter((l) => l.startsWith('brief: '))).toEqual([
      'brief: interrupted by SIGTERM: the brief was not sent to recipient 1 of 2 (***@example.org) or any later recipient',
    ]);
    expect(existsSync(path.join(out, 'sent'))).toBe(false);
  }, 20_000);
});
