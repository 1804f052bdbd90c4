/**
 * What an inbox list shows of the email: the subject (the headline, then the session as a short
 * date with its year) and the preheader, hidden at the top of the HTML body (the day's three
 * index moves, else the lead's first sentence).
 */
import { DateTime, Settings } from 'luxon';
import { describe, expect, it } from 'vitest';
import {
  composeEmail,
  type ComposeInput,
  type EmailSummary,
} from '../../../src/deliver/email/composeEmail.js';
import { DEFAULT_SUBJECT, type MailConfig } from '../../../src/deliver/email/mailConfig.js';
import { MAX_PREHEADER, preheaderText } from '../../../src/deliver/email/preheader.js';
import { BUNDLED_TEMPLATES } from './bundledTemplates.js';

const templates = BUNDLED_TEMPLATES;
/** The brief of 2025-04-03 as summary.json has it (figures abridged). */
const summary: EmailSummary = {
  date: '2025-04-03',
  title: 'Rotation Brief: April 3, 2025',
  headline: 'Russell 2000 enters a bear market, 21.8% below its November 2024 high',
  dek: 'Russell 2000 1,810.03 (-6.59%) · S&P 500 5,396.52 (-4.84%) · Nasdaq Composite 16,550.61 (-5.97%)',
  lead: 'The Russell 2000 fell 6.59% [1], its worst day since 2020. It is 21.8% below its high [2].',
  keyFigures: [
    { label: 'Russell 2000', value: '1,810.03', detail: '-6.59% on the day', tone: 'down' },
    { label: 'S&P 500', value: '5,396.52', detail: '-4.84% on the day', tone: 'down' },
    { label: 'Nasdaq Composite', value: '16,550.61', detail: '-5.97% on the day', tone: 'down' },
    {
      label: 'Small − large, YTD',
      value: '-6.06 pp',
      detail: 'Russell 2000 vs S&P 500',
      tone: 'muted',
    },
    { label: 'Small-cap streak', value: '2 sessions', detail: 'S&P 500 led', tone: 'muted' },
  ],
};
/** Each index's label, then its day move as its key figure's detail gives it. */
const MOVES = 'Russell 2000 -6.59% · S&P 500 -4.84% · Nasdaq Composite -5.97%';
const address = { name: '', address: 'a@example.com' };
const mail: MailConfig = {
  from: address,
  to: [address],
  subjectTemplate: DEFAULT_SUBJECT,
  siteUrl: null,
};
const input = (over: Partial<ComposeInput> = {}): ComposeInput => ({
  summary,
  pdf: Buffer.from('%PDF-1.7\n'),
  mail,
  templates,
  now: DateTime.fromISO('2025-04-03T17:00:00', { zone: 'America/New_York' }),
  ...over,
});

/** The first element inside <body>, its style declarations and its text up to the padding. */
function firstInBody(html: string) {
  const m = /<body[^>]*>\s*<div class="preheader" style="([^"]*)">([^<]*)<\/div>/.exec(html);
  if (!m) throw new Error(`no preheader first in the body: ${html.slice(html.indexOf('<body'))}`);
  const style = Object.fromEntries(
    (m[1] as string).split(';').flatMap((d) => {
      const [k, v] = d.split(':').map((x) => x.trim());
      return k && v ? [[k, v]] : [];
    }),
  );
  const [text, ...padding] = (m[2] as string).split('&#847;&zwnj;&nbsp;');
  return { style, text: (text as string).trim(), padding };
}

describe('the subject', () => {
  it('ends with the session as a short date with its year, not the ISO date', () => {
    // 2025-04-03 is April 3, 2025: the month abbreviated, the day without a leading zero.
    expect(composeEmail(input()).subject).toBe(
      'Russell 2000 enters a bear market, 21.8% below its November 2024 high (Apr 3, 2025)',
    );
    const jan9 = composeEmail(input({ summary: { ...summary, date: '2026-01-09' } }));
    expect(jan9.subject).toMatch(/ \(Jan 9, 2026\)$/);
  });

  it('is the same whatever the default locale and time zone', () => {
    const { defaultLocale, defaultZone } = Settings;
    try {
      Settings.defaultLocale = 'fr-FR';
      Settings.defaultZone = 'Pacific/Kiritimati'; // UTC+14: already April 4 at 10:00 UTC
      expect(composeEmail(input()).subject).toMatch(/ \(Apr 3, 2025\)$/);
    } finally {
      Settings.defaultLocale = defaultLocale;
      Settings.defaultZone = defaultZone;
    }
  });

  it('keeps a custom ROTATION_BRIEF_MAIL_SUBJECT, with or without the short date', () => {
    const subject = (subjectTemplate: string) =>
      composeEmail(input({ mail: { ...mail, subjectTemplate } })).subject;
    expect(subject('{{title}}: {{headline}} ({{date}})')).toBe(
      `Rotation Brief: April 3, 2025: ${summary.headline} (2025-04-03)`,
    );
    expect(subject('Rotation Brief, {{dateShort}}')).toBe('Rotation Brief, Apr 3, 2025');
  });

  it('names dateShort among the fields when a field is unknown', () => {
    expect(() => composeEmail(input({ mail: { ...mail, subjectTemplate: '{{nope}}' } }))).toThrow(
      expect.objectContaining({ hint: expect.stringContaining('dateShort (Apr 3, 2025)') }),
    );
  });
});

describe('the preheader', () => {
  it('is the first element in the body, hidden, padded, and gives the three index moves', () => {
    const { style, text, padding } = firstInBody(composeEmail(input()).html);
    expect(style).toMatchObject({ display: 'none', 'mso-hide': 'all', 'max-height': '0' });
    expect(style).toMatchObject({ overflow: 'hidden', opacity: '0', 'font-size': '1px' });
    expect(style.color).toBe('#f3f5f7'); // the body's background
    expect(padding.length).toBeGreaterThanOrEqual(30);
    expect(text).toBe(MOVES.replace('S&P', 'S&amp;P')); // as HTML writes it
    expect(text).not.toContain(summary.headline);
    expect(text.length).toBeLessThanOrEqual(MAX_PREHEADER);
  });

  it('is escaped by Handlebars', () => {
    const keyFigures = summary.keyFigures.map((k, i) =>
      i === 1 ? { ...k, label: 'S&P <500>' } : k,
    );
    const { text } = firstInBody(composeEmail(input({ summary: { ...summary, keyFigures } })).html);
    expect(text).toBe('Russell 2000 -6.59% · S&amp;P &lt;500&gt; -4.84% · Nasdaq Composite -5.97%');
  });

  it('reads the Unicode minus too, and no other figure', () => {
    const keyFigures = summary.keyFigures.map((k) => ({
      ...k,
      detail: k.detail.replace('-', '−'),
    }));
    expect(preheaderText({ ...summary, keyFigures })).toBe(MOVES.replaceAll('-', '−'));
  });

  it('without three day moves, is the lead’s first sentence without its citation markers', () => {
    const keyFigures = summary.keyFigures.map((k, i) =>
      i === 2 ? { ...k, detail: 'no previous close', tone: 'muted' } : k,
    );
    // summary.lead up to its first ". ", " [1]" left out.
    const expected = 'The Russell 2000 fell 6.59%, its worst day since 2020.';
    const { text } = firstInBody(composeEmail(input({ summary: { ...summary, keyFigures } })).html);
    expect(text).toBe(expected);
    const { lead: _lead, ...noLead } = summary; // an older summary: the dek stands in
    expect(preheaderText({ ...noLead, keyFigures: [] })).toBe(summary.dek);
  });

  it('is cut at a word to 110 characters when the sentence is longer', () => {
    const words = 'Small caps rose again '; // 22 characters: 5 times is 110, 109 trimmed
    const lead = `${words.repeat(8)}today. Second sentence.`;
    expect(preheaderText({ ...summary, keyFigures: [], lead })).toBe(`${words.repeat(5).trim()}…`);
    // One more letter: the fifth "again" no longer fits whole, and is left out.
    expect(preheaderText({ ...summary, keyFigures: [], lead: `S${lead}` })).toBe(
      `S${words.repeat(4)}Small caps rose…`,
    );
    expect(MAX_PREHEADER).toBe(110);
  });

  it('is left out when there is nothing to say, and never in the plain-text part', () => {
    const { lead: _lead, ...noLead } = summary;
    const empty = composeEmail(input({ summary: { ...noLead, keyFigures: [], dek: '' } }));
    expect(empty.html).not.toContain('preheader');
    expect(empty.html).toMatch(/<body[^>]*>\s*<div role="article"/);
    const m = composeEmail(input());
    expect(m.text).not.toContain(MOVES);
    expect(m.text.startsWith(`${summary.title}\n\n${summary.headline}\n`)).toBe(true);
  });
});
