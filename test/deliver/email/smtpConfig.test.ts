import { describe, expect, it } from 'vitest';
import { readSmtpConfig, smtpSecrets } from '../../../src/deliver/email/smtpConfig.js';
import { BriefError } from '../../../src/errors.js';

const SECRET = 'pa:ss/w@rd%';

function usageError(env: Record<string, string>): BriefError {
  try {
    readSmtpConfig(env);
  } catch (e) {
    expect(e).toBeInstanceOf(BriefError);
    expect((e as BriefError).kind).toBe('usage');
    return e as BriefError;
  }
  throw new Error('expected a BriefError');
}

describe('readSmtpConfig', () => {
  it('reads an smtps URL with a percent-encoded password; implicit TLS on 465', () => {
    const c = readSmtpConfig({
      ROTATION_BRIEF_SMTP_URL: `smtps://bot%40example.com:${encodeURIComponent(SECRET)}@mail.example.com`,
    });
    expect(c).toEqual({
      host: 'mail.example.com',
      port: 465,
      secure: true,
      requireTls: false,
      auth: { user: 'bot@example.com', pass: SECRET },
    });
  });

  it('reads an smtp URL: port 587 and STARTTLS required when logging in', () => {
    const c = readSmtpConfig({ ROTATION_BRIEF_SMTP_URL: 'smtp://bot:x@mail.example.com' });
    expect(c).toMatchObject({ port: 587, secure: false, requireTls: true });
  });

  it('takes the password of a URL without one from ROTATION_BRIEF_SMTP_PASSWORD', () => {
    const c = readSmtpConfig({
      ROTATION_BRIEF_SMTP_URL: 'smtp://bot@mail.example.com:2525',
      ROTATION_BRIEF_SMTP_PASSWORD: SECRET,
    });
    expect(c).toMatchObject({ port: 2525, auth: { user: 'bot', pass: SECRET } });
  });

  it('reads the separate variables, with SECURE and REQUIRE_TLS', () => {
    const env = {
      ROTATION_BRIEF_SMTP_HOST: 'mail.example.com',
      ROTATION_BRIEF_SMTP_PORT: '2465',
      ROTATION_BRIEF_SMTP_SECURE: 'true',
      ROTATION_BRIEF_SMTP_USER: 'bot',
      ROTATION_BRIEF_SMTP_PASSWORD: SECRET,
    };
    expect(readSmtpConfig(env)).toEqual({
      host: 'mail.example.com',
      port: 2465,
      secure: true,
      requireTls: false,
      auth: { user: 'bot', pass: SECRET },
    });
    expect(
      readSmtpConfig({
        ROTATION_BRIEF_SMTP_HOST: 'relay.local',
        ROTATION_BRIEF_SMTP_REQUIRE_TLS: 'no',
      }),
    ).toEqual({ host: 'relay.local', port: 587, secure: false, requireTls: false, auth: null });
  });

  it.each([
    [{}, /neither ROTATION_BRIEF_SMTP_URL nor ROTATION_BRIEF_SMTP_HOST is set/],
    [
      { ROTATION_BRIEF_SMTP_URL: `http://bot:${encodeURIComponent(SECRET)}@mail.example.com` },
      /ROTATION_BRIEF_SMTP_URL must start with smtp:\/\/ or smtps:\/\//,
    ],
    [
      { ROTATION_BRIEF_SMTP_URL: `smtps://bot:${SECRET} @mail` },
      /ROTATION_BRIEF_SMTP_URL is not a valid URL/,
    ],
    [
      {
        ROTATION_BRIEF_SMTP_URL: 'smtps://bot:x@mail.example.com',
        ROTATION_BRIEF_SMTP_HOST: 'other',
      },
      /set either ROTATION_BRIEF_SMTP_URL or ROTATION_BRIEF_SMTP_HOST/,
    ],
    [
      {
        ROTATION_BRIEF_SMTP_URL: `smtps://bot:${encodeURIComponent(SECRET)}@mail.example.com`,
        ROTATION_BRIEF_SMTP_PASSWORD: SECRET,
      },
      /already holds a password/,
    ],
    [
      { ROTATION_BRIEF_SMTP_HOST: 'mail.example.com', ROTATION_BRIEF_SMTP_USER: 'bot' },
      /ROTATION_BRIEF_SMTP_PASSWORD is not set/,
    ],
    [
      { ROTATION_BRIEF_SMTP_HOST: 'mail.example.com', ROTATION_BRIEF_SMTP_PASSWORD: SECRET },
      /no user name is \(ROTATION_BRIEF_SMTP_USER\)/,
    ],
    [
      { ROTATION_BRIEF_SMTP_HOST: `bot:${SECRET}@mail.example.com` },
      /ROTATION_BRIEF_SMTP_HOST is not a host name/,
    ],
    [
      { ROTATION_BRIEF_SMTP_HOST: 'mail.example.com', ROTATION_BRIEF_SMTP_PORT: '99999' },
      /ROTATION_BRIEF_SMTP_PORT: the port must be a number from 1 to 65535/,
    ],
    [
      { ROTATION_BRIEF_SMTP_HOST: 'mail.example.com', ROTATION_BRIEF_SMTP_SECURE: 'maybe' },
      /ROTATION_BRIEF_SMTP_SECURE must be true or false/,
    ],
  ])('rejects %j naming the variable, never the password', (env, message) => {
    const e = usageError(env as Record<string, string>);
    expect(e.message).toMatch(message);
    for (const text of [e.message, e.hint ?? '']) {
      expect(text).not.toContain(SECRET);
      expect(text).not.toContain(encodeURIComponent(SECRET));
    }
  });

  it('lists the password and the AUTH PLAIN token as secrets', () => {
    const c = readSmtpConfig({
      ROTATION_BRIEF_SMTP_HOST: 'm.example.com',
      ROTATION_BRIEF_SMTP_USER: 'bot',
      ROTATION_BRIEF_SMTP_PASSWORD: SECRET,
    });
    expect(smtpSecrets(c)).toEqual(expect.arrayContaining([SECRET, `\u0000bot\u0000${SECRET}`]));
    expect(smtpSecrets(readSmtpConfig({ ROTATION_BRIEF_SMTP_HOST: 'm.example.com' }))).toEqual([]);
  });
});
