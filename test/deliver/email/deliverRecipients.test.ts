/**
 * Acceptance: a real brief emailed to three subscribers through a real SMTP server on 127.0.0.1,
 * each message parsed back with mailparser: one SMTP transaction and one `To:` per recipient,
 * the List-Unsubscribe headers, the parts (plain text, HTML with its charts as inline PNGs, the
 * PDF), and the sizes. Then a refused recipient (the others still served) and a session failure
 * after the first recipient (what was accepted is reported).
 */
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { simpleParser, type AddressObject, type ParsedMail } from 'mailparser';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { DeliveryReport } from '../../../src/deliver/email/deliverEach.js';
import { pngSize } from '../../../src/deliver/email/emailCharts.js';
import { emailBrief, type EmailBriefOptions } from '../../../src/deliver/email/emailBrief.js';
import { BriefError } from '../../../src/errors.js';
import { REPO } from '../../helpers/cliHarness.js';
import { buildTestBrief } from './briefFixture.js';
import { testFx } from './emailTestFx.js';
import { smtpError, startSmtpServer, type TestSmtpServer } from './smtpTestServer.js';

const TO = ['ana@example.com', 'bo@example.org', 'cy@example.net'];
const SITE = 'https://briefs.example.net/rotation/';
const FAST = { backoffMs: 1000, factor: 2, attempts: 3, timeoutMs: 5000, transcript: false };

let dir = '';
let root = '';
let server: TestSmtpServer | null = null;
beforeAll(async () => void ({ dir, root } = await buildTestBrief('2026-01-22')));
afterAll(() => rmSync(root, { recursive: true, force: true }));
afterEach(async () => {
  await server?.close();
  server = null;
});

function options(port: number, over: Partial<EmailBriefOptions> = {}): EmailBriefOptions {
  return {
    briefDir: dir,
    templatesDir: path.join(REPO, 'templates'),
    dryRun: false,
    outboxDir: path.join(root, 'outbox'),
    env: {
      ROTATION_BRIEF_SMTP_URL: `smtp://bot:pw@127.0.0.1:${port}`,
      ROTATION_BRIEF_SMTP_REQUIRE_TLS: 'false',
      ROTATION_BRIEF_MAIL_FROM: 'Rotation Brief <brief@rotation.example>',
      ROTATION_BRIEF_MAIL_TO: `${TO[0]}, Bo Lee <${TO[1]}>, ${TO[2]}`,
      ROTATION_BRIEF_SITE_URL: SITE,
      ROTATION_BRIEF_UNSUBSCRIBE_URL: 'https://rotation.example/unsubscribe?list=brief',
    },
    send: FAST,
    ...over,
  };
}

const addresses = (a: AddressObject | AddressObject[] | undefined) =>
  (Array.isArray(a) ? a : a ? [a] : []).flatMap((x) => x.value.map((v) => v.address));
const header = (m: ParsedMail, name: string) =>
  m.headerLines
    .find((h) => h.key === name)
    ?.line.replace(/^[^:]+:\s*/, '')
    .replace(/\r?\n\s+/g, ' ');

describe('one message per subscriber, over SMTP', () => {
  let mails: ParsedMail[] = [];
  let raws: Buffer[] = [];
  let logs: string[] = [];

  beforeAll(async () => {
    server = await startSmtpServer({ user: 'bot', pass: 'pw' });
    const t = testFx();
    const result = await emailBrief(options(server.port), t.fx);
    expect(result).toMatchObject({ kind: 'sent', recipients: 3, skipped: 0 });
    expect((result as { report: DeliveryReport }).report.accepted).toEqual(TO);
    raws = server.received.map((r) => r.raw);
    mails = await Promise.all(raws.map((r) => simpleParser(r, { keepCidLinks: true })));
    expect(server.received.map((r) => r.rcptTo)).toEqual(TO.map((a) => [a]));
    logs = t.logs;
  });

  it('addresses each copy to its recipient alone, with its own Message-ID', () => {
    expect(mails.map((m) => addresses(m.to))).toEqual(TO.map((a) => [a]));
    for (const m of mails) {
      expect(m.cc).toBeUndefined();
      expect(m.bcc).toBeUndefined();
      for (const other of TO) if (other !== addresses(m.to)[0]) expect(m.text).not.toContain(other);
    }
    const ids = mails.map((m) => m.messageId);
    expect(new Set(ids).size).toBe(3);
    for (const id of ids)
      expect(id).toMatch(
        /^<rotation-brief\.2026-01-22\.20260123T023000Z\.[0-9a-f]{12}@rotation\.example>$/,
      );
    // The log names recipients by position and domain only.
    expect(logs.join('\n')).not.toMatch(/ana@|bo@|cy@/);
    expect(logs).toContain(
      'Sending the brief to recipient 2 of 3 (***@example.org) via 127.0.0.1:' +
        `${server?.port} (attempt 1 of 3)`,
    );
  });

  it('carries one-click List-Unsubscribe headers naming the recipient (RFC 8058)', () => {
    mails.forEach((m, i) => {
      const email = encodeURIComponent(TO[i] as string);
      expect(header(m, 'list-unsubscribe')).toBe(
        `<mailto:brief@rotation.example?subject=unsubscribe>, <https://rotation.example/unsubscribe?list=brief&email=${email}>`,
      );
      expect(header(m, 'list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
      const text = (m.text ?? '').replace(/\s+/g, ' ');
      expect(text).toContain(`You receive the Rotation Brief at ${TO[i]}.`);
      expect(text).toContain(
        'email brief@rotation.example with the subject "unsubscribe", or open',
      );
      // Handlebars escapes = as &#x3D; and & as &amp;: a browser reads them as = and &.
      const html = (m.html as string).replace(/&#x3D;/g, '=').replace(/&amp;/g, '&');
      expect(html).toContain('href="mailto:brief@rotation.example?subject=unsubscribe"');
      expect(html).toContain(
        `href="https://rotation.example/unsubscribe?list=brief&email=${email}"`,
      );
    });
  });

  it('has a plain-text part that reads alone: headline, lead, figures, links, PDF', () => {
    const summary = JSON.parse(readFileSync(path.join(dir, 'summary.json'), 'utf8'));
    const text = mails[0]?.text ?? '';
    // The text part wraps at 72 columns: compare with whitespace folded.
    expect(text.replace(/\s+/g, ' ')).toContain(summary.headline);
    // A long figure ("Russell 2000 vs S&P 500, in percentage points") wraps too.
    for (const k of summary.keyFigures)
      expect(text.replace(/\s+/g, ' ')).toContain(`- ${k.label}: ${k.value} (${k.detail})`);
    expect(text).toContain(`${SITE}2026/2026-01-22/brief.html`);
    expect(text).toContain(`${SITE}2026/2026-01-22/brief.pdf`);
    expect(text).toContain(`${SITE}index.html`);
    expect(text).not.toMatch(/<[a-z]|&amp;|example\.invalid/);
    expect(
      Math.max(...text.split('\n').map((l) => (/https:/.test(l) ? 0 : l.length))),
    ).toBeLessThanOrEqual(72);
  });

  it('shows the charts as inline PNGs referenced by Content-ID, and attaches the PDF', () => {
    const raw = raws[0]?.toString('latin1') ?? '';
    expect(raw).toMatch(/Content-Type: multipart\/alternative/);
    expect(raw).toMatch(/Content-Type: multipart\/related/);
    const m = mails[0] as ParsedMail;
    const html = m.html as string;
    expect(html).not.toMatch(/<style|<svg/i);
    const pngs = m.attachments.filter((a) => a.contentType === 'image/png');
    expect(pngs.map((a) => [a.cid, a.contentDisposition])).toEqual([
      ['chart-rebased@rotation-brief', 'inline'],
      ['chart-ratio@rotation-brief', 'inline'],
    ]);
    for (const p of pngs) {
      expect(p.content.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect(pngSize(p.content).width).toBe(900);
      expect(html).toMatch(new RegExp(`<img [^>]*src="cid:${p.cid}"[^>]*alt="[^"]{20,}"`));
    }
    expect(html).toMatch(
      /alt="Year to date, rebased to 100\. Since the last close of 2025: Russell 2000 \+9\.54%/,
    );
    const pdf = m.attachments.find((a) => a.contentType === 'application/pdf');
    expect(pdf?.contentDisposition).toBe('attachment');
    expect(pdf?.content.equals(readFileSync(path.join(dir, 'brief.pdf')))).toBe(true);
  });

  it('keeps the HTML part under 102 KB, and logs the message size', () => {
    const html = Buffer.byteLength(mails[0]?.html as string);
    const pngs = (mails[0]?.attachments ?? [])
      .filter((a) => a.contentType === 'image/png')
      .reduce((n, a) => n + a.size, 0);
    console.info('email sizes (test brief, small PDF)', { html, pngs, message: raws[0]?.length });
    expect(html).toBeLessThan(102 * 1024);
    expect(html).toBeGreaterThan(2000);
    expect(logs.find((l) => l.startsWith('Email size: '))).toMatch(
      /^Email size: \d+ KB a message \(HTML \d+ KB, charts \d+ KB, PDF \d+ KB\)$/,
    );
  });
});

describe('refusals and failures', () => {
  it('a refused recipient is reported; the others still get theirs', async () => {
    server = await startSmtpServer({
      user: 'bot',
      pass: 'pw',
      onRcptTo: (a) => (a === TO[1] ? smtpError(550, `5.1.1 <${a}>: no such user`) : null),
    });
    const { fx, sleeps } = testFx();
    const r = await emailBrief(options(server.port), fx);
    if (r.kind !== 'sent') throw new Error('not sent');
    expect(r.report.accepted).toEqual([TO[0], TO[2]]);
    expect(r.report.rejected.map((x) => [x.address, x.position, x.failure.code])).toEqual([
      [TO[1], 2, 'SMTP 550 on RCPT TO'],
    ]);
    expect(server.received.map((m) => m.rcptTo)).toEqual([[TO[0]], [TO[2]]]);
    expect(sleeps).toEqual([]); // a 5yz refusal is not retried
  });

  it('a session failure after the first recipient stops, having reported the first', async () => {
    server = await startSmtpServer({
      user: 'bot',
      pass: 'pw',
      onMailFrom: (n) => (n === 2 ? smtpError(550, 'Sender blocked') : null),
    });
    const { fx, logs } = testFx();
    const seen: string[][] = [];
    const progress = async (r: DeliveryReport) => void seen.push([...r.accepted]);
    const e = await emailBrief(options(server.port, { onProgress: progress }), fx).catch((x) => x);
    expect(e).toBeInstanceOf(BriefError);
    expect((e as BriefError).message).toMatch(
      /: SMTP 550 on MAIL FROM \(Sender blocked\) after 1 attempt$/,
    );
    expect(seen).toEqual([[TO[0]], [TO[0]]]);
    expect(server.received).toHaveLength(1);
    expect(logs).toContain('1 of 3 recipient(s) got the brief for 2026-01-22 before the failure');
  });

  it('skips the recipients the ledger says already have the brief', async () => {
    server = await startSmtpServer({ user: 'bot', pass: 'pw' });
    const r = await emailBrief(options(server.port, { skip: (a) => a !== TO[1] }), testFx().fx);
    expect(r).toMatchObject({ kind: 'sent', recipients: 3, skipped: 2 });
    expect(server.received.map((m) => m.rcptTo)).toEqual([[TO[1]]]);
  });
});
