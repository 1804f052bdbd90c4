/**
 * Sending through a real SMTP server on 127.0.0.1 with a password: the redacted --debug
 * transcript, then the failure paths (login rejected, server down, a transient 451, STARTTLS
 * missing, the sender refused) with the retry policy and the redaction of the password. (The
 * messages themselves are checked in deliverRecipients.test.ts.)
 */
import { readFileSync, rmSync } from 'node:fs';
import { simpleParser, type AddressObject } from 'mailparser';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { emailBrief, type EmailBriefOptions } from '../../../src/deliver/email/emailBrief.js';
import { BriefError } from '../../../src/errors.js';
import { reportError } from '../../../src/cli/reportError.js';
import { REPO } from '../../helpers/cliHarness.js';
import path from 'node:path';
import { buildTestBrief } from './briefFixture.js';
import { testFx } from './emailTestFx.js';
import { closedPort, smtpError, startSmtpServer, type TestSmtpServer } from './smtpTestServer.js';

const USER = 'brief-bot';
const PASS = 'Sup3r:S3cret/p@ss%word';
const FAST = { backoffMs: 1000, factor: 2, attempts: 3, timeoutMs: 5000, transcript: true };
const base64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
const leaks = (text: string) =>
  [PASS, encodeURIComponent(PASS), base64(PASS), base64(`\u0000${USER}\u0000${PASS}`)].filter((s) =>
    text.includes(s),
  );

let dir = '';
let root = '';
let server: TestSmtpServer | null = null;
beforeAll(async () => void ({ dir, root } = await buildTestBrief('2026-01-22')));
afterAll(() => rmSync(root, { recursive: true, force: true }));
afterEach(async () => {
  await server?.close();
  server = null;
});

function options(env: Record<string, string>): EmailBriefOptions {
  return {
    briefDir: dir,
    templatesDir: path.join(REPO, 'templates'),
    dryRun: false,
    outboxDir: path.join(dir, 'outbox'),
    env,
    send: FAST,
  };
}

function mailEnv(smtp: Record<string, string>): Record<string, string> {
  return {
    ...smtp,
    ROTATION_BRIEF_SMTP_REQUIRE_TLS: 'false',
    ROTATION_BRIEF_MAIL_FROM: 'Rotation Brief <brief@rotation.example>',
    ROTATION_BRIEF_MAIL_TO: 'ana@example.com, Bo Lee <bo@example.org>',
    ROTATION_BRIEF_SITE_URL: 'https://briefs.example.net/rotation',
  };
}

const urlEnv = (port: number) =>
  mailEnv({
    ROTATION_BRIEF_SMTP_URL: `smtp://${USER}:${encodeURIComponent(PASS)}@127.0.0.1:${port}`,
  });
const addresses = (a: AddressObject | AddressObject[] | undefined) =>
  (Array.isArray(a) ? a : a ? [a] : []).flatMap((x) => x.value.map((v) => v.address));

async function failure(p: Promise<unknown>): Promise<BriefError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(BriefError);
  return e as BriefError;
}

describe('emailBrief over SMTP', () => {
  it('delivers the brief to each recipient; the --debug transcript has no body, password or address', async () => {
    server = await startSmtpServer({ user: USER, pass: PASS });
    const { fx, logs, sleeps } = testFx();
    const result = await emailBrief(options(urlEnv(server.port)), fx);
    expect(result).toMatchObject({
      kind: 'sent',
      report: { attempts: 2, accepted: ['ana@example.com', 'bo@example.org'], rejected: [] },
    });
    expect(server.received.map((r) => r.rcptTo)).toEqual([['ana@example.com'], ['bo@example.org']]);
    expect(server.logins).toEqual([
      { username: USER, password: PASS },
      { username: USER, password: PASS },
    ]);
    const summary = JSON.parse(readFileSync(path.join(dir, 'summary.json'), 'utf8'));
    const mail = await simpleParser(server.received[1]!.raw);
    expect(mail.subject).toBe(`${summary.headline} (Jan 22, 2026)`); // the session, 2026-01-22
    expect(addresses(mail.from)).toEqual(['brief@rotation.example']);
    expect(addresses(mail.to)).toEqual(['bo@example.org']);
    const html = mail.html as string;
    expect(html).toMatch(/<h1 class="headline" style="[^"]*font-size: 24px/);
    expect(html).toMatch(/<td class="detail up" style="[^"]*color: #0b7a3e/);
    expect(html).toContain('href="https://briefs.example.net/rotation/2026/2026-01-22/brief.html"');
    expect(sleeps).toEqual([]);
    expect(logs.some((l) => l.startsWith('smtp: '))).toBe(true);
    expect(leaks(logs.join('\n'))).toEqual([]);
    // --debug transcript: no message body (the PDF's base64 starts JVBERi0), no full address.
    const transcript = logs.join('\n');
    expect(transcript).not.toMatch(/JVBERi0|Content-Type: application\/pdf/);
    expect(transcript).not.toContain(summary.headline);
    for (const a of ['ana@example.com', 'bo@example.org', 'brief@rotation.example'])
      expect(transcript).not.toContain(a);
    expect(transcript).toMatch(/RCPT TO:<\*\*\*@example\.com>/);
    expect(transcript).toMatch(/bytes encoded mime message/);
  });

  it('does not retry a rejected login (535) and fails with host and code, the password redacted everywhere', async () => {
    // The server echoes the credentials in its reply, as a careless server might.
    server = await startSmtpServer({
      user: USER,
      pass: PASS,
      onLogin: (a) => smtpError(535, `Authentication failed for ${a.username}:${a.password}`),
    });
    const { fx, logs, sleeps } = testFx();
    const e = await failure(emailBrief(options(urlEnv(server.port)), fx));
    expect(server.logins).toHaveLength(1);
    expect(sleeps).toEqual([]);
    expect(e.kind).toBe('delivery');
    expect(e.exitCode).toBe(8);
    expect(e.message).toContain(`127.0.0.1:${server.port}`);
    expect(e.message).toContain('SMTP 535');
    expect(e.message).toContain('after 1 attempt');
    expect(e.message).toContain('[redacted]');
    expect(e.message).not.toContain('\n');
    let printed = '';
    reportError(e, true, (t) => void (printed += t));
    expect(leaks([e.message, e.hint ?? '', e.stack ?? '', printed, ...logs].join('\n'))).toEqual(
      [],
    );
    expect(logs.some((l) => l.includes('AUTH'))).toBe(true);
  });

  it('retries a server that is down with exponential backoff, then fails cleanly', async () => {
    const port = await closedPort();
    const { fx, logs, sleeps } = testFx();
    const env = mailEnv({
      ROTATION_BRIEF_SMTP_HOST: '127.0.0.1',
      ROTATION_BRIEF_SMTP_PORT: String(port),
      ROTATION_BRIEF_SMTP_USER: USER,
      ROTATION_BRIEF_SMTP_PASSWORD: PASS,
    });
    const e = await failure(emailBrief(options(env), fx));
    expect(sleeps).toEqual([1000, 2000]);
    expect(e.message).toMatch(
      new RegExp(
        `^email not sent via 127\\.0\\.0\\.1:${port}: ECONNREFUSED \\(.*\\) after 3 attempts$`,
      ),
    );
    expect(logs.filter((l) => /^Sending the brief .* \(attempt \d of 3\)$/.test(l))).toEqual([
      `Sending the brief to recipient 1 of 2 (***@example.com) via 127.0.0.1:${port} (attempt 1 of 3)`,
      `Sending the brief to recipient 1 of 2 (***@example.com) via 127.0.0.1:${port} (attempt 2 of 3)`,
      `Sending the brief to recipient 1 of 2 (***@example.com) via 127.0.0.1:${port} (attempt 3 of 3)`,
    ]);
    expect(leaks([e.message, ...logs].join('\n'))).toEqual([]);
  });

  it('retries a transient 451 and delivers once on the next attempt', async () => {
    server = await startSmtpServer({
      user: USER,
      pass: PASS,
      onMailFrom: (n) => (n === 1 ? smtpError(451, 'Try again later') : null),
    });
    const { fx, sleeps } = testFx();
    const result = await emailBrief(options(urlEnv(server.port)), fx);
    expect(result).toMatchObject({ kind: 'sent', report: { attempts: 3 } }); // 2 + 1
    expect(sleeps).toEqual([1000]);
    expect(server.received).toHaveLength(2);
  });

  it('never sends the password over a connection STARTTLS did not encrypt (REQUIRE_TLS by default)', async () => {
    server = await startSmtpServer({ user: USER, pass: PASS });
    const { fx, sleeps } = testFx();
    const env = urlEnv(server.port);
    delete env.ROTATION_BRIEF_SMTP_REQUIRE_TLS;
    const e = await failure(emailBrief(options(env), fx));
    expect(server.logins).toEqual([]);
    expect(server.received).toEqual([]);
    expect(sleeps).toEqual([]);
    expect(e.message).toMatch(/: SMTP 500 on STARTTLS \(.*\) after 1 attempt$/);
    expect(e.hint).toContain('ROTATION_BRIEF_SMTP_REQUIRE_TLS');
  });

  it('does not retry a permanent refusal of the sender (550)', async () => {
    server = await startSmtpServer({
      user: USER,
      pass: PASS,
      onMailFrom: () => smtpError(550, 'Sender not allowed'),
    });
    const { fx, sleeps } = testFx();
    const e = await failure(emailBrief(options(urlEnv(server.port)), fx));
    expect(server.mailFromCount).toBe(1);
    expect(sleeps).toEqual([]);
    expect(e.message).toContain('SMTP 550');
    expect(e.message).toContain('Sender not allowed');
  });
});
