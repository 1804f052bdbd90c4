import { describe, expect, it } from 'vitest';
import { DEFAULT_SUBJECT, readMailConfig } from '../../../src/deliver/email/mailConfig.js';
import { parseAddressList } from '../../../src/deliver/email/parseAddressList.js';
import { BriefError } from '../../../src/errors.js';

const base = {
  ROTATION_BRIEF_MAIL_FROM: 'Rotation Brief <brief@example.com>',
  ROTATION_BRIEF_MAIL_TO: 'a@example.com, "Lee, Bo" <bo@example.org>',
};

function usage(fn: () => unknown): BriefError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(BriefError);
    expect((e as BriefError).kind).toBe('usage');
    return e as BriefError;
  }
  throw new Error('expected a BriefError');
}

describe('readMailConfig', () => {
  it('reads from, recipients, the default subject and no site link', () => {
    expect(readMailConfig(base)).toEqual({
      from: { name: 'Rotation Brief', address: 'brief@example.com' },
      to: [
        { name: '', address: 'a@example.com' },
        { name: 'Lee, Bo', address: 'bo@example.org' },
      ],
      subjectTemplate: DEFAULT_SUBJECT,
      siteUrl: null,
      unsubscribe: { mailto: 'brief@example.com', url: null },
      placeholders: [],
    });
  });

  it('reads the unsubscribe address and one-click URL', () => {
    const env = {
      ...base,
      ROTATION_BRIEF_UNSUBSCRIBE_MAILTO: 'Leave <leave@example.com>',
      ROTATION_BRIEF_UNSUBSCRIBE_URL: 'https://example.com/unsubscribe?list=brief',
    };
    expect(readMailConfig(env).unsubscribe).toEqual({
      mailto: 'leave@example.com',
      url: 'https://example.com/unsubscribe?list=brief',
    });
  });

  it('needs neither address for a dry run (placeholders on example.invalid)', () => {
    const c = readMailConfig({}, { dryRun: true });
    expect(c.from.address).toBe('rotation-brief@example.invalid');
    expect(c.to.map((a) => a.address)).toEqual(['subscriber@example.invalid']);
    expect(c.placeholders).toEqual(['ROTATION_BRIEF_MAIL_FROM', 'ROTATION_BRIEF_MAIL_TO']);
    expect(readMailConfig(base, { dryRun: true }).placeholders).toEqual([]);
    expect(() => readMailConfig({})).toThrow(/^ROTATION_BRIEF_MAIL_FROM is not set$/);
  });

  it('normalises the site URL to end in a slash', () => {
    expect(
      readMailConfig({ ...base, ROTATION_BRIEF_SITE_URL: 'https://x.github.io/rotation-brief' })
        .siteUrl,
    ).toBe('https://x.github.io/rotation-brief/');
    expect(
      readMailConfig({ ...base, ROTATION_BRIEF_SITE_URL: 'https://briefs.example.com/' }).siteUrl,
    ).toBe('https://briefs.example.com/');
  });

  it.each([
    [{ ROTATION_BRIEF_MAIL_TO: 'a@example.com' }, /^ROTATION_BRIEF_MAIL_FROM is not set$/],
    [
      { ROTATION_BRIEF_MAIL_FROM: 'b@example.com', ROTATION_BRIEF_MAIL_TO: '  ' },
      /^ROTATION_BRIEF_MAIL_TO is not set$/,
    ],
    [
      { ...base, ROTATION_BRIEF_MAIL_TO: 'a@example.com, not-an-address' },
      /^ROTATION_BRIEF_MAIL_TO: "not-an-address" is not an email address$/,
    ],
    [{ ...base, ROTATION_BRIEF_MAIL_TO: 'a@example' }, /"a@example" is not an email address/],
    [
      { ...base, ROTATION_BRIEF_MAIL_FROM: 'a@example.com, b@example.com' },
      /ROTATION_BRIEF_MAIL_FROM must hold exactly one address/,
    ],
    [
      { ...base, ROTATION_BRIEF_MAIL_SUBJECT: 'Brief {{#if}}' },
      /^ROTATION_BRIEF_MAIL_SUBJECT: not a valid Handlebars template/,
    ],
    [
      { ...base, ROTATION_BRIEF_SITE_URL: 'ftp://example.com/' },
      /ROTATION_BRIEF_SITE_URL must be an http\(s\) URL/,
    ],
    [
      { ...base, ROTATION_BRIEF_SITE_URL: 'https://u:secret@example.com/' },
      /ROTATION_BRIEF_SITE_URL must not carry a user name or password/,
    ],
    [
      { ...base, ROTATION_BRIEF_UNSUBSCRIBE_URL: 'http://example.com/u' },
      /^ROTATION_BRIEF_UNSUBSCRIBE_URL must be an https URL$/,
    ],
    [
      { ...base, ROTATION_BRIEF_UNSUBSCRIBE_URL: 'https://u:secret@example.com/u' },
      /ROTATION_BRIEF_UNSUBSCRIBE_URL must not carry a user name, password or fragment/,
    ],
    [
      { ...base, ROTATION_BRIEF_UNSUBSCRIBE_MAILTO: 'a@example.com, b@example.com' },
      /^ROTATION_BRIEF_UNSUBSCRIBE_MAILTO must hold exactly one address$/,
    ],
  ])('rejects %j naming the variable', (env, message) => {
    const e = usage(() => readMailConfig(env));
    expect(e.message).toMatch(message);
    expect(e.message).not.toContain('secret');
  });
});

describe('parseAddressList', () => {
  it('keeps a repeated address once and reads groups', () => {
    expect(
      parseAddressList(
        'a@example.com, A@EXAMPLE.COM, team: c@example.com, d@example.com;',
        'X',
      ).map((a) => a.address),
    ).toEqual(['a@example.com', 'c@example.com', 'd@example.com']);
  });

  it('refuses a line break: "a@b.org\\nBcc: evil@x.org" was read as From: evil@x.org', () => {
    expect(() => parseAddressList('a@b.org\nBcc: evil@x.org', 'ROTATION_BRIEF_MAIL_FROM')).toThrow(
      /^ROTATION_BRIEF_MAIL_FROM holds a line break or another control character$/,
    );
  });

  it('refuses two addresses without a comma (one read as the display name of the other)', () => {
    expect(() =>
      parseAddressList('desk@example.org other@example.org', 'ROTATION_BRIEF_MAIL_FROM'),
    ).toThrow(/reads as one address named "other@example\.org"; a comma missing\?/);
    // A display name in an angle-bracket form may hold an @.
    expect(parseAddressList('"Desk @ Example" <d@example.org>', 'X')).toEqual([
      { name: 'Desk @ Example', address: 'd@example.org' },
    ]);
  });

  it.each([
    'a@@example.com',
    'a@-example.com',
    '.a@example.com',
    'a..b@example.com',
    'a@example..com',
  ])('rejects %s', (bad) => {
    expect(() => parseAddressList(bad, 'ROTATION_BRIEF_MAIL_TO')).toThrow(/ROTATION_BRIEF_MAIL_TO/);
  });
});
