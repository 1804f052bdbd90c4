/**
 * `brief send` to three subscribers through a real SMTP server on 127.0.0.1: a refused recipient
 * is exit 8 (the others served and recorded, as hashes), a second send goes only to the one
 * missing, --allow-partial-delivery makes it exit 0; the result line is printed once; the site
 * URL is a warning on a manual run and an error where it is required (send --require-site-url,
 * brief --fresh).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recipientHash } from '../../src/deliver/email/sentLedger.js';
import { fakePrinter, runCli, scratchData } from '../helpers/cliHarness.js';
import {
  smtpError,
  startSmtpServer,
  type TestSmtpServer,
} from '../deliver/email/smtpTestServer.js';

const TO = ['ana@example.com', 'bo@example.org', 'cy@example.net'];
const DATE = '2026-08-20';
let server: TestSmtpServer;
let refuse = new Set<string>();
beforeEach(async () => {
  refuse = new Set();
  server = await startSmtpServer({
    user: 'u',
    pass: 'pw-7Hq2',
    onRcptTo: (a) => (refuse.has(a) ? smtpError(550, `5.1.1 <${a}>: mailbox unavailable`) : null),
  });
});
afterEach(async () => server.close());

const env = (extra: Record<string, string> = {}) => ({
  ROTATION_BRIEF_SMTP_URL: `smtp://u:pw-7Hq2@127.0.0.1:${server.port}`,
  ROTATION_BRIEF_SMTP_REQUIRE_TLS: 'false',
  ROTATION_BRIEF_MAIL_FROM: 'brief@example.org',
  ROTATION_BRIEF_MAIL_TO: TO.join(', '),
  ROTATION_BRIEF_SITE_URL: 'https://briefs.example.net/',
  ...extra,
});

async function archived() {
  const s = scratchData();
  const r = await runCli(['--date', DATE, '--data', s.data, '--out', s.out], {
    printer: fakePrinter,
    env: { ROTATION_BRIEF_SITE_URL: 'https://briefs.example.net/' },
  });
  expect(r.code, r.stderr).toBe(0);
  return s;
}

const record = (out: string) =>
  JSON.parse(readFileSync(path.join(out, `sent/${DATE}.json`), 'utf8'));
const hashes = (addresses: string[]) => addresses.map((a) => recipientHash(DATE, a));
const delivered = () => server.received.map((m) => m.rcptTo[0]);

describe('brief send, one message per subscriber', () => {
  it('a refused recipient: exit 8 naming it masked; a second send goes to that one only', async () => {
    const s = await archived();
    refuse.add(TO[1] as string);
    const first = await runCli(['send', '--date', DATE, '--out', s.out], { env: env() });
    expect(first.code).toBe(8);
    expect(first.stderr).toMatch(
      /brief: error: 1 recipient of 3 refused the brief of 2026-08-20: recipient 2 of 3 \(\*\*\*@example\.org\): SMTP 550 on RCPT TO \(<\*\*\*@example\.org>: mailbox unavailable\)/,
    );
    expect(first.stderr).toMatch(
      /hint: the 2 recipients who have it are recorded in .*sent\/2026-08-20\.json/,
    );
    expect(first.stdout + first.stderr).not.toMatch(/ana@|bo@|cy@/);
    expect(delivered()).toEqual([TO[0], TO[2]]);
    const partial = record(s.out);
    expect(partial).toMatchObject({
      complete: false,
      accepted: hashes([TO[0], TO[2]] as string[]),
    });
    expect(partial.rejected).toEqual(hashes([TO[1]] as string[]));
    expect(JSON.stringify(partial)).not.toMatch(/example\.(com|org|net)/); // the reports folder is published
    const list = await runCli(['send', '--pending', '--list', '--out', s.out]);
    expect(list.stdout).toBe(`${DATE}\n`);

    refuse.clear();
    const retry = await runCli(['send', '--pending', '--out', s.out], { env: env() });
    expect(retry.code, retry.stderr).toBe(0);
    expect(delivered()).toEqual([TO[0], TO[2], TO[1]]);
    expect(retry.stdout).toMatch(
      /Emailed the brief for 2026-08-20 to 1 of 3 recipients .*; 2 already had it/,
    );
    expect(record(s.out)).toMatchObject({
      complete: true,
      accepted: hashes([TO[0], TO[2], TO[1]] as string[]),
    });
    const again = await runCli(['send', '--date', DATE, '--out', s.out], { env: env() });
    expect(again.stdout).toMatch(/Already emailed the brief for 2026-08-20/);
    expect(server.received).toHaveLength(3);
  });

  it('--allow-partial-delivery: exit 0, recorded complete with the refused one', async () => {
    const s = await archived();
    refuse.add(TO[2] as string);
    const r = await runCli(['send', '--date', DATE, '--out', s.out, '--allow-partial-delivery'], {
      env: env(),
    });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(
      'Warning: recipient 3 of 3 (***@example.net): SMTP 550 on RCPT TO (<***@example.net>: mailbox unavailable)',
    );
    expect(record(s.out)).toMatchObject({ complete: true, rejected: hashes([TO[2]] as string[]) });
    expect((await runCli(['send', '--pending', '--list', '--out', s.out])).stdout).toBe('');
  });

  it('prints "Emailed the brief" once, on stdout', async () => {
    const s = await archived();
    const r = await runCli(['send', '--date', DATE, '--out', s.out], { env: env() });
    expect(r.code, r.stderr).toBe(0);
    expect((r.stdout + r.stderr).match(/Emailed the brief/g)).toEqual(['Emailed the brief']);
    expect(r.stdout).toBe(
      'Emailed the brief for 2026-08-20 to 3 of 3 recipients via 127.0.0.1 (3 attempts)\n',
    );
  });
});

describe('ROTATION_BRIEF_SITE_URL', () => {
  const noSite = () => {
    const e: Record<string, string> = env();
    delete e.ROTATION_BRIEF_SITE_URL;
    return e;
  };

  it('send: a warning and no links; with --require-site-url, exit 2 and nothing sent', async () => {
    const s = await archived();
    const strict = await runCli(['send', '--date', DATE, '--out', s.out, '--require-site-url'], {
      env: noSite(),
    });
    expect(strict.code).toBe(2);
    expect(strict.stderr).toMatch(/brief: error: ROTATION_BRIEF_SITE_URL is not set/);
    expect(server.received).toHaveLength(0);
    const r = await runCli(['send', '--date', DATE, '--out', s.out], { env: noSite() });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('Warning: ROTATION_BRIEF_SITE_URL is not set');
    for (const m of server.received)
      expect(m.raw.toString('latin1')).not.toMatch(
        /https?:\/\/[^ ]*brief\.(html|pdf)|example\.invalid/,
      );
  });

  it('brief: a warning on a manual run, exit 2 before building with --fresh', async () => {
    const s = scratchData();
    const fresh = await runCli(['--fresh', '--no-pdf', '--data', s.data, '--out', s.out], {
      now: '2026-08-21T16:05:00',
    });
    expect(fresh.code).toBe(2);
    expect(fresh.stderr).toMatch(/brief: error: --fresh: ROTATION_BRIEF_SITE_URL is not set/);
    expect(existsSync(s.out)).toBe(false);
    const manual = await runCli(['--date', DATE, '--no-pdf', '--data', s.data, '--out', s.out]);
    expect(manual.code, manual.stderr).toBe(0);
    expect(manual.stderr).toContain(
      "Warning: ROTATION_BRIEF_SITE_URL is not set: the feed's links point to https://example.invalid/",
    );
  });
});
