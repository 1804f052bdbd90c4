import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DateTime } from 'luxon';
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { buildEml } from '../../../src/deliver/email/buildEml.js';
import {
  composeEmail,
  type ComposeInput,
  type EmailSummary,
} from '../../../src/deliver/email/composeEmail.js';
import type { EmailTemplates } from '../../../src/deliver/email/emailTemplates.js';
import { DEFAULT_SUBJECT, type MailConfig } from '../../../src/deliver/email/mailConfig.js';
import { BriefError } from '../../../src/errors.js';
import { REPO } from '../../helpers/cliHarness.js';

const file = (name: string) => path.join(REPO, 'templates/email', name);
const templates: EmailTemplates = {
  html: { file: file('summary.hbs'), source: readFileSync(file('summary.hbs'), 'utf8') },
  text: { file: file('summary.txt.hbs'), source: readFileSync(file('summary.txt.hbs'), 'utf8') },
};
const summary: EmailSummary = {
  date: '2026-01-22',
  title: 'Rotation Brief: January 22, 2026',
  headline: 'Small caps <lead> & "win"',
  dek: 'The Russell 2000 closed at 2,718.77 (+0.76%).',
  keyFigures: [
    { label: 'Russell 2000', value: '2,718.77', detail: '+0.76% on the day', tone: 'up' },
    { label: 'S&P 500', value: '6,913.35', detail: '−0.55% on the day', tone: 'down' },
  ],
};
const mail: MailConfig = {
  from: { name: 'Rotation Brief', address: 'brief@Rotation.Example' },
  to: [{ name: '', address: 'a@example.com' }],
  subjectTemplate: DEFAULT_SUBJECT,
  siteUrl: 'https://briefs.example.net/',
};
const NOW = DateTime.fromISO('2026-01-22T16:45:07', { zone: 'America/New_York' });
const pdf = Buffer.from('%PDF-1.7\n\u0000\u00ff binary\r\n%%EOF\n', 'latin1');
const input = (over: Partial<ComposeInput> = {}): ComposeInput => ({
  summary,
  pdf,
  mail,
  templates,
  now: NOW,
  ...over,
});
const withoutDateAndId = (eml: Buffer) =>
  eml.toString('latin1').replace(/^(Date|Message-ID): .*\r\n/gm, '');

function briefError(fn: () => unknown): BriefError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(BriefError);
    return e as BriefError;
  }
  throw new Error('expected a BriefError');
}

describe('composeEmail', () => {
  it('escapes the summary in HTML, not in the text part or the subject', () => {
    const m = composeEmail(input());
    expect(m.subject).toBe('Rotation Brief 2026-01-22: Small caps <lead> & "win"');
    expect(m.html).toContain('Small caps &lt;lead&gt; &amp; &quot;win&quot;');
    expect(m.text).toContain('Small caps <lead> & "win"');
    expect(m.text).toContain('- S&P 500: 6,913.35 (−0.55% on the day)');
  });

  it('inlines the CSS: no <style>, tone colours on the cells', () => {
    const m = composeEmail(input());
    expect(m.html).not.toMatch(/<style/i);
    expect(m.html).toMatch(/<td class="detail down" style="[^"]*color: #b3261e/);
    expect(m.html).toMatch(/<body style="[^"]*font-family: Arial/);
  });

  it('links the archived brief, or leaves the link out without a site URL', () => {
    const url = 'https://briefs.example.net/2026/2026-01-22/brief.html';
    expect(composeEmail(input()).html).toContain(`href="${url}"`);
    expect(composeEmail(input()).text).toContain(`Read the full brief online: ${url}`);
    const bare = composeEmail(input({ mail: { ...mail, siteUrl: null } }));
    expect(bare.html).not.toContain('Read the full brief online');
    expect(bare.text).not.toContain('Read the full brief online');
  });

  it('builds the Message-ID from the date, the send time and the from-domain', () => {
    expect(composeEmail(input()).messageId).toBe(
      '<rotation-brief.2026-01-22.20260122T214507Z@rotation.example>',
    );
  });

  it('is byte-identical apart from Date and Message-ID when sent at another time', async () => {
    const a = await buildEml(composeEmail(input()));
    const b = await buildEml(composeEmail(input({ now: NOW.plus({ hours: 3 }) })));
    expect(a.equals(b)).toBe(false);
    expect(withoutDateAndId(a)).toBe(withoutDateAndId(b));
    const c = await buildEml(composeEmail(input({ summary: { ...summary, dek: 'Another dek.' } })));
    expect(withoutDateAndId(c)).not.toBe(withoutDateAndId(a));
  });

  it('attaches the PDF byte for byte under its dated name', async () => {
    const parsed = await simpleParser(await buildEml(composeEmail(input())));
    expect(parsed.attachments.map((x) => [x.filename, x.contentType])).toEqual([
      ['rotation-brief-2026-01-22.pdf', 'application/pdf'],
    ]);
    expect(parsed.attachments[0]!.content.equals(pdf)).toBe(true);
  });

  it('refuses an HTML body over 100 KB (Gmail clips it)', () => {
    const e = briefError(() =>
      composeEmail(input({ summary: { ...summary, dek: 'x'.repeat(120 * 1024) } })),
    );
    expect(e.kind).toBe('template');
    expect(e.message).toMatch(/summary\.hbs: the HTML email is \d+ KB, over the 100 KB limit/);
  });

  it('names the subject variable for an unknown field', () => {
    const e = briefError(() =>
      composeEmail(input({ mail: { ...mail, subjectTemplate: 'Brief {{nope}}' } })),
    );
    expect(e.kind).toBe('usage');
    expect(e.message).toMatch(/^ROTATION_BRIEF_MAIL_SUBJECT: "nope" not defined/);
  });

  it('names the template for an unknown field or a rule that cannot be inlined', () => {
    const broken = { ...templates, text: { file: 'x/summary.txt.hbs', source: '{{headlin}}' } };
    expect(briefError(() => composeEmail(input({ templates: broken }))).message).toMatch(
      /^x\/summary\.txt\.hbs: "headlin" not defined/,
    );
    const media = {
      ...templates,
      html: {
        file: 'x/summary.hbs',
        source: '<style>@media (max-width: 600px) { p { color: red } }</style><p>{{headline}}</p>',
      },
    };
    expect(briefError(() => composeEmail(input({ templates: media }))).message).toBe(
      'x/summary.hbs: a <style> rule could not be inlined',
    );
  });
});
