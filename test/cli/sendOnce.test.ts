/**
 * Each session is emailed at most once, against a real SMTP server on 127.0.0.1: a send is
 * recorded in reports/sent/DATE.json, a second send (a retried run) sends nothing, `--pending`
 * sends what an earlier run failed to send, in date order, and nothing twice.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakePrinter, runCli, scratchData } from '../helpers/cliHarness.js';
import { startSmtpServer, type TestSmtpServer } from '../deliver/email/smtpTestServer.js';
import { recipientHash } from '../../src/deliver/email/sentLedger.js';

let server: TestSmtpServer;
beforeEach(async () => void (server = await startSmtpServer({ user: 'u', pass: 'p' })));
afterEach(async () => server.close());

const env = () => ({
  ROTATION_BRIEF_SMTP_URL: `smtp://u:p@127.0.0.1:${server.port}`,
  ROTATION_BRIEF_SMTP_REQUIRE_TLS: 'false',
  ROTATION_BRIEF_MAIL_FROM: 'brief@example.org',
  ROTATION_BRIEF_MAIL_TO: 'a@example.org',
});

/** Briefs with a (fake-printed) PDF for `dates`. */
async function archive(dates: string[]) {
  const s = scratchData();
  for (const d of dates) {
    const r = await runCli(['--date', d, '--data', s.data, '--out', s.out], {
      printer: fakePrinter,
    });
    expect(r.code, r.stderr).toBe(0);
  }
  return s;
}

async function subjects(): Promise<string[]> {
  const out: string[] = [];
  for (const m of server.received) out.push((await simpleParser(m.raw)).subject ?? '');
  return out;
}

describe('email at most once per session', () => {
  it('send --date twice: one message, and a record; --resend sends again', async () => {
    const s = await archive(['2026-08-20']);
    const send = (extra: string[] = []) =>
      runCli(['send', '--date', '2026-08-20', '--out', s.out, ...extra], { env: env() });
    const first = await send();
    expect(first.code, first.stderr).toBe(0);
    expect(server.received).toHaveLength(1);
    const record = JSON.parse(readFileSync(path.join(s.out, 'sent/2026-08-20.json'), 'utf8'));
    expect(record).toEqual({
      schema: 'rotation-brief/sent@2',
      date: '2026-08-20',
      sentAt: '2026-08-22T00:00:00Z',
      complete: true,
      accepted: [recipientHash('2026-08-20', 'a@example.org')],
      rejected: [],
    });
    expect(JSON.stringify(record)).not.toContain('a@example.org'); // the folder is published

    const retried = await send();
    expect(retried.code).toBe(0);
    expect(retried.stdout).toMatch(/Already emailed the brief for 2026-08-20 .*--resend/);
    expect(server.received).toHaveLength(1);

    expect((await send(['--resend'])).code).toBe(0);
    expect(server.received).toHaveLength(2);
  });

  it('brief --email on a day already sent (a rebuild) does not mail it again', async () => {
    const s = await archive(['2026-08-20']);
    expect(
      (await runCli(['send', '--date', '2026-08-20', '--out', s.out], { env: env() })).code,
    ).toBe(0);
    const rebuild = await runCli(
      ['--date', '2026-08-20', '--data', s.data, '--out', s.out, '--email'],
      { env: env(), printer: fakePrinter },
    );
    expect(rebuild.code, rebuild.stderr).toBe(0);
    expect(server.received).toHaveLength(1);
  });

  it('--pending: the briefs after the last one sent, oldest first; a retry sends nothing', async () => {
    const s = await archive(['2026-08-18', '2026-08-19', '2026-08-20', '2026-08-21']);
    expect(
      (await runCli(['send', '--date', '2026-08-19', '--out', s.out], { env: env() })).code,
    ).toBe(0);
    const list = await runCli(['send', '--pending', '--list', '--out', s.out]);
    expect(list.stdout).toBe('2026-08-20\n2026-08-21\n');
    const r = await runCli(['send', '--pending', '--out', s.out], { env: env() });
    expect(r.code, r.stderr).toBe(0);
    // The default subject ends with the session: "(Aug 19, 2026)".
    expect((await subjects()).map((t) => /\((\w{3} \d{1,2}, \d{4})\)$/.exec(t)?.[1])).toEqual([
      'Aug 19, 2026',
      'Aug 20, 2026',
      'Aug 21, 2026',
    ]);
    const again = await runCli(['send', '--pending', '--out', s.out], { env: env() });
    expect(again.stdout).toMatch(/No brief waiting to be emailed/);
    expect(server.received).toHaveLength(3);
  });

  it('--pending with no record yet sends the newest brief only', async () => {
    const s = await archive(['2026-08-20', '2026-08-21']);
    expect((await runCli(['send', '--pending', '--out', s.out], { env: env() })).code).toBe(0);
    expect(server.received).toHaveLength(1);
    expect(existsSync(path.join(s.out, 'sent/2026-08-21.json'))).toBe(true);
    expect(existsSync(path.join(s.out, 'sent/2026-08-20.json'))).toBe(false);
  });

  it('a failed send records nothing, so the next run sends it', async () => {
    const s = await archive(['2026-08-21']);
    const down = { ...env(), ROTATION_BRIEF_SMTP_URL: 'smtp://u:wrong@127.0.0.1:' + server.port };
    const failed = await runCli(['send', '--pending', '--out', s.out], { env: down });
    expect(failed.code).toBe(8);
    expect(existsSync(path.join(s.out, 'sent/2026-08-21.json'))).toBe(false);
    expect((await runCli(['send', '--pending', '--out', s.out], { env: env() })).code).toBe(0);
    expect(server.received).toHaveLength(1);
  });

  it('--mark-sent records a brief without sending it; --pending then starts after it', async () => {
    const s = await archive(['2026-08-20', '2026-08-21']);
    const mark = await runCli(['send', '--date', '2026-08-20', '--mark-sent', '--out', s.out]);
    expect(mark.code, mark.stderr).toBe(0);
    expect(server.received).toHaveLength(0);
    expect((await runCli(['send', '--pending', '--list', '--out', s.out])).stdout).toBe(
      '2026-08-21\n',
    );
    const none = await runCli(['send', '--date', '2026-08-19', '--mark-sent', '--out', s.out]);
    expect(none.code).toBe(3);
    expect(none.stderr).toMatch(/no brief for 2026-08-19/);
  });

  it('--date and --pending go alone', async () => {
    const s = scratchData();
    const r = await runCli(['send', '--out', s.out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/pass either --date YYYY-MM-DD or --pending/);
  });
});
