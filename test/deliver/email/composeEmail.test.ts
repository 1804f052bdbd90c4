import { DateTime } from 'luxon';
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { buildEml } from '../../../src/deliver/email/buildEml.js';
import {
  composeEmail,
  type ComposeInput,
  type EmailSummary,
} from '../../../src/deliver/email/composeEmail.js';
import type { InlineImage } from '../../../src/deliver/email/emailCharts.js';
import { DEFAULT_SUBJECT, type MailConfig } from '../../../src/deliver/email/mailConfig.js';
import type { MailAddress } from '../../../src/deliver/email/parseAddressList.js';
import { BriefError } from '../../../src/errors.js';
import { BUNDLED_TEMPLATES } from './bundledTemplates.js';

const templates = BUNDLED_TEMPLATES;
const summary: EmailSummary = {
  date: '2026-01-22',
  title: 'Rotation Brief: January 22, 2026',
  headline: 'Small caps <lead> & "win"',
  dek: 'The Russell 2000 closed at 2,718.77 (+0.76%).',
  keyFigures: [
    { label: 'Russell 2000', value: '2,718.77', detail: '+0.76% on the day', tone: 'up' },
    { label: 'S&P 500', value: '6,913.35', detail: '−0.55% on the day', tone: 'down' },
    {
      label: 'Small − large, YTD',
      value: '+8.55 pp',
      detail: 'Russell 2000 vs S&P 500',
      tone: 'muted',
      valueTone: 'up',
    },
  ],
};
const mail: MailConfig = {
  from: { name: 'Rotation Brief', address: 'brief@Rotation.Example' },
  to: [
    { name: '', address: 'a@example.com' },
    { name: 'Bo', address: 'bo@example.org' },
  ],
  subjectTemplate: DEFAULT_SUBJECT,
  siteUrl: 'https://briefs.example.net/',
  unsubscribe: { mailto: 'leave@rotation.example', url: null },
};
/** A 1x1 PNG standing in for a rendered chart. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC',
  'base64',
);
const chart: InlineImage = {
  cid: 'chart-rebased@rotation-brief',
  filename: 'rebased.png',
  content: PNG,
  alt: 'Year to date, rebased to 100. Line chart of <three> indices.',
  caption: 'A value of 110 means +10%.',
  width: 552,
  height: 211,
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
  eml.toString('latin1').replace(/^(Date|Message-ID):.*\r\n(?:[ \t].*\r\n)*/gm, '');

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
    expect(m.subject).toBe('Small caps <lead> & "win" (Jan 22, 2026)'); // the session, 2026-01-22
    expect(m.html).toContain('Small caps &lt;lead&gt; &amp; &quot;win&quot;');
    expect(m.text).toContain('Small caps <lead> & "win"');
    expect(m.text).toContain('- S&P 500: 6,913.35 (−0.55% on the day)');
  });

  it('says in both parts that the attached PDF is the brief of record', () => {
    const m = composeEmail(input());
    const flat = (t: string) => t.replace(/<[^>]*>/g, '').replace(/\s+/g, ' ');
    for (const part of [m.text, m.html])
      expect(flat(part)).toContain(
        'This email is a summary; the attached PDF is the brief of record.',
      );
  });

  it('dates the figures as the brief does, not as an ISO date', () => {
    const m = composeEmail(input());
    const flat = (t: string) => t.replace(/<[^>]*>/g, '').replace(/\s+/g, ' ');
    for (const part of [m.text, m.html]) {
      expect(flat(part)).toContain('from the closing prices of January 22, 2026.');
      expect(flat(part)).not.toContain('closing prices of 2026-01-22');
    }
  });

  it('inlines the CSS: no <style>, tone colours on the cells', () => {
    const m = composeEmail(input());
    expect(m.html).not.toMatch(/<style/i);
    expect(m.html).toMatch(/<td class="detail down" style="[^"]*color: #b3261e/);
    // The YTD spread: its sign coloured on the value, its "X vs Y" line muted.
    expect(m.html).toMatch(
      /<td class="value up" style="[^"]*color: #0b7a3e[^"]*"[^>]*>\+8\.55 pp</,
    );
    expect(m.html).toMatch(
      /<td class="detail muted" style="[^"]*color: #5b6470[^"]*"[^>]*>Russell 2000 vs S&amp;P 500</,
    );
    expect(m.html).toMatch(/<body style="[^"]*font-family: Arial/);
  });

  it('links the online brief, its PDF and the archive, or has no link without a site URL', () => {
    const day = 'https://briefs.example.net/2026/2026-01-22/';
    const m = composeEmail(input());
    for (const url of [
      `${day}brief.html`,
      `${day}brief.pdf`,
      'https://briefs.example.net/index.html',
    ]) {
      expect(m.html).toContain(`href="${url}"`);
      expect(m.text).toContain(url);
    }
    const bare = composeEmail(input({ mail: { ...mail, siteUrl: null } }));
    expect(bare.html).not.toMatch(/href="https?:/);
    expect(bare.text).not.toMatch(/https?:/);
    expect(bare.html + bare.text).not.toContain('example.invalid');
  });

  it('leads with the lead of summary.json and ends with its bottom line, when the brief has them', () => {
    const plain = composeEmail(input());
    expect(plain.text).toContain(`\n\n${summary.dek}\n\nKEY FIGURES\n`); // dek stands in
    expect(plain.html).not.toContain('Bottom line');
    expect(plain.text).not.toContain('BOTTOM LINE');
    const lead = 'Small caps rose again. The streak is 14. It is the second longest since 1987.';
    const bottomLine = 'Small caps lead. Breadth is the test.';
    const full = composeEmail(input({ summary: { ...summary, lead, bottomLine } }));
    expect(full.text.replace(/\s+/g, ' ')).toContain(` ${lead} KEY FIGURES `); // wrapped
    expect(full.text).not.toContain(summary.dek);
    expect(full.text).toContain(`\nBOTTOM LINE\n${bottomLine}\n`);
    expect(full.html).toMatch(
      /<h2 class="section"[^>]*>Bottom line<\/h2>\s*<p class="bottom"[^>]*>Small caps lead\. Breadth is the test\.<\/p>/,
    );
  });

  it('addresses each copy to one recipient, with its own deterministic Message-ID', () => {
    const [a, b] = mail.to as [MailAddress, MailAddress];
    const ma = composeEmail(input({ recipient: a }));
    const mb = composeEmail(input({ recipient: b }));
    expect(ma.to).toEqual([a]);
    expect(mb.to).toEqual([b]);
    // 97d89337f436: first 12 hex digits of sha256("2026-01-22\0a@example.com").
    expect(ma.messageId).toBe(
      '<rotation-brief.2026-01-22.20260122T214507Z.97d89337f436@rotation.example>',
    );
    expect(mb.messageId).toMatch(
      /^<rotation-brief\.2026-01-22\.20260122T214507Z\.[0-9a-f]{12}@rotation\.example>$/,
    );
    expect(mb.messageId).not.toBe(ma.messageId);
    expect(composeEmail(input({ recipient: a })).messageId).toBe(ma.messageId);
    expect(mb.text).toContain('You receive the Rotation Brief at bo@example.org.');
    expect(mb.text + mb.html).not.toContain('a@example.com');
  });

  it('names how to unsubscribe: a mailto header and line; one-click only with an https URL', () => {
    const m = composeEmail(input());
    expect(m.headers).toEqual({
      'List-Unsubscribe': '<mailto:leave@rotation.example?subject=unsubscribe>',
    });
    expect(m.text.replace(/\s+/g, ' ')).toContain(
      'To unsubscribe, email leave@rotation.example with the subject "unsubscribe".',
    );
    const url = 'https://rotation.example/u';
    const one = composeEmail(
      input({ mail: { ...mail, unsubscribe: { mailto: 'leave@rotation.example', url } } }),
    );
    expect(one.headers).toEqual({
      'List-Unsubscribe': `<mailto:leave@rotation.example?subject=unsubscribe>, <${url}?email=a%40example.com>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    });
    expect(one.html).toContain(
      `href="${url}?email&#x3D;a%40example.com" style="color: #1f4e9c; text-decoration: underline;">unsubscribe with one click</a>`,
    );
  });

  it('shows each chart as an inline image with its text alternative and caption', async () => {
    const m = composeEmail(input({ charts: [chart] }));
    expect(m.html).toMatch(
      /<img class="chart" src="cid:chart-rebased@rotation-brief" width="552" height="211" alt="Year to date, rebased to 100\. Line chart of &lt;three&gt; indices\." style="[^"]*max-width: 450px/,
    );
    expect(m.html).toContain('A value of 110 means +10%.');
    const parsed = await simpleParser(await buildEml(m), { keepCidLinks: true });
    expect(
      parsed.attachments.map((x) => [x.filename, x.contentDisposition, x.cid ?? null]),
    ).toEqual([
      ['rebased.png', 'inline', 'chart-rebased@rotation-brief'],
      ['rotation-brief-2026-01-22.pdf', 'attachment', null],
    ]);
    expect(parsed.attachments[0]!.content.equals(PNG)).toBe(true);
  });

  it('wraps the plain text at 72 columns, keeping URLs whole', () => {
    const lead = `${'word '.repeat(40)}https://example.net/${'x'.repeat(90)}`;
    const lines = composeEmail(input({ summary: { ...summary, lead } })).text.split('\n');
    expect(lines.filter((l) => l.length > 72)).toEqual([`https://example.net/${'x'.repeat(90)}`]);
  });

  it('is byte-identical apart from Date and Message-ID when sent at another time', async () => {
    const a = await buildEml(composeEmail(input()));
    const b = await buildEml(composeEmail(input({ now: NOW.plus({ hours: 3 }) })));
    expect(a.equals(b)).toBe(false);
    expect(withoutDateAndId(a)).toBe(withoutDateAndId(b));
    const c = await buildEml(composeEmail(input({ summary: { ...summary, dek: 'Another dek.' } })));
    expect(withoutDateAndId(c)).not.toBe(withoutDateAndId(a));
  });

  it('attaches the PDF byte for byte under its dated name (no chart: no image)', async () => {
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

  it('names the subject variable for an unknown field, and the fields it may use (exit 6)', () => {
    const e = briefError(() =>
      composeEmail(input({ mail: { ...mail, subjectTemplate: 'Brief {{nope}}' } })),
    );
    expect([e.kind, e.exitCode]).toEqual(['template', 6]);
    expect(e.message).toBe(
      'ROTATION_BRIEF_MAIL_SUBJECT: the subject template names an unknown field "nope" (it may use date, title, headline, dek, dateShort)',
    );
    const helper = briefError(() =>
      composeEmail(input({ mail: { ...mail, subjectTemplate: '{{upper headline}}' } })),
    );
    expect(helper.message).toBe(
      'ROTATION_BRIEF_MAIL_SUBJECT: the subject template calls an unknown helper "upper"',
    );
  });

  it('names the template for an unknown field or a rule that cannot be inlined', () => {
    const broken = { ...templates, text: { file: 'x/summary.txt.hbs', source: '{{headlin}}' } };
    expect(briefError(() => composeEmail(input({ templates: broken }))).message).toMatch(
      /^x\/summary\.txt\.hbs:1: unknown field "headlin"$/,
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

  it('refuses a template that makes the mail client fetch a URL (a tracking pixel)', () => {
    const pixel = {
      ...templates,
      html: {
        file: 'x/summary.hbs',
        source: '<p>{{headline}}</p><img src="https://t.example/p.gif?u={{recipient}}">',
      },
    };
    const e = briefError(() => composeEmail(input({ templates: pixel })));
    expect(e.kind).toBe('template');
    expect(e.message).toMatch(
      /^x\/summary\.hbs would load <img src="https:\/\/t\.example\/p\.gif\?u=/,
    );
  });
});
